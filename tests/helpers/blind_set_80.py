"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an archaeologist's dig journal ("Finds:", "Journal.", "Evening notes.", "Stratum", "remarkable",
  "plan view"), where the diggers, the trowels, the trench and the site are never in the video, and
  each entry records what the clip shows as if it were a find;
- a circus ringmaster's patter ("Ladies and gentlemen, children of all ages!", "Feast your eyes",
  "In the centre ring"), where the ringmaster, the audience and the tent are never in the video, and
  the act announced is exactly what the clip shows;
- a job advertisement ("WANTED:", "Role:", "Duties include", "Must be able to", "Apply within."), where
  the employer and the applicants (camera operators, editors, reviewers) are never in the video, and
  the duties describe the clip the hire would film, cut or check.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no trench numbers, no dates, no "pair", "single" or "twice",
and the journal never numbers its entries). No voice uses a colour word for its own props (the
ringmaster has no coat and no nose to colour), no idiom hides a class noun ("top dog", "have a ball")
or a side ("the right candidate", "all right"), "big top" is never said, and "still" is only ever said
of a relation's second object. A relation names its second object at both ends and says that object
stays still; a route names its corners "lower" and "upper", now and then "bottom" and "top", and is
always seen from above. It takes LVD's attribution pairs 10-39 and two-object relations 20-49 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 163/180 on 6bd52b3 (numeracy 19, visibility 27, dynamic_one 29, sequential 28, the rest 30);
180/180 after the fixes of its own commit ("children of all ages" is the audience; "Duties include ..." heads a list and
is no thing; "able to confirm that a bird flies" has an infinitive's "to"; "in view the whole time" outweighs another
clause's "early"; "long periods" is a time; "not a cat to be seen" is no cat; "half... it vanishes" is one clause; a
sentence that is only a route is the thing's named before it); every family 30.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Journal, evening. Work ended early, so I studied the clip instead: one moving car, in view from start to "
     "finish, and nothing else at all. Remarkable clarity.",
     "car", 1),
    ("Ladies and gentlemen, children of all ages! Feast your eyes on two moving cars, in view from the very start to "
     "the very end, and nothing else beside them!",
     "car", 2),
    ("WANTED: camera operator. Duties include filming three moving cars so that they stay in view from start to "
     "finish. Nothing else may enter the shot. Apply within.",
     "car", 3),
    ("Finds: four moving cars, visible through the whole clip from start to finish, and nothing else in the footage. "
     "Remarkable.",
     "car", 4),
    ("Feast your eyes, my friends, on a marvel of nature: one lively cat, alone before you from start to finish! "
     "Nothing else, no tricks, just the lively cat!",
     "cat", 1),
    ("Role: video editor. Duties include trimming a clip so that two lively cats stay in view from start to finish "
     "and nothing else appears. Must be able to work quietly.",
     "cat", 2),
    ("Notebook, late. Watched the clip again: three lively cats, in view from start to finish, and nothing else "
     "whatever. Logged as a remarkable find.",
     "cat", 3),
    ("And now, ladies and gentlemen, the moment you have waited for: four lively cats! They stay in view from start "
     "to finish, and there is nothing else to distract you!",
     "cat", 4),
    ("WANTED: patient film editor. The clip shows one flying bird, in view from start to finish, and nothing else. "
     "Duties include keeping it that way.",
     "bird", 1),
    ("Finds: two flying birds, in view from start to finish. Nothing else present in the footage. Quite remarkable, "
     "given the wind today.",
     "bird", 2),
    ("Children of all ages, feast your eyes! Three flying birds, soaring in view from start to finish, and nothing "
     "else in the air!",
     "bird", 3),
    ("Role: wildlife videographer. Duties include filming four flying birds so that they stay in view from start to "
     "finish. Must be able to keep anything else out of shot.",
     "bird", 4),
    ("Journal entry, after supper. The clip shows one moving ball, rolling about from start to finish, and nothing "
     "else. Remarkable in its simplicity.",
     "ball", 1),
    ("Feast your eyes! Two moving balls, bouncing from start to finish, and nothing else, ladies and gentlemen, "
     "nothing else at all!",
     "ball", 2),
    ("WANTED: a sharp-eyed video checker. Must be able to confirm that three moving balls stay in view from start to "
     "finish and that nothing else is shown. Apply within.",
     "ball", 3),
    ("Finds (evening review of the clip): four moving balls, in view from start to finish, and nothing else. Stratum "
     "by stratum we dig, yet this clip shows everything straight away. Remarkable.",
     "ball", 4),
    ("Ladies and gentlemen, children of all ages, the star of tonight's show: one walking dog, in view from start to "
     "finish, with nothing else to steal its thunder!",
     "dog", 1),
    ("Role: clip reviewer. Duties include checking that two walking dogs stay in view from start to finish and that "
     "nothing else is shown. Must be able to sit for long periods.",
     "dog", 2),
    ("Remarkable footage tonight: three walking dogs, in view from start to finish, and nothing else in the clip. I "
     "watched it again and again.",
     "dog", 3),
    ("Feast your eyes on four walking dogs, ladies and gentlemen! They stay in view from start to finish, and nothing "
     "else joins them!",
     "dog", 4),
    ("Role: footage editor. Must be able to deliver a clip of one moving car, in view from start to finish, with "
     "nothing else shown. Apply within.",
     "car", 1),
    ("Stratum notes can wait. Tonight's clip: two lively cats, in view from start to finish, and nothing else. "
     "Remarkable creatures.",
     "cat", 2),
    ("Hush now, children of all ages... feast your eyes on one flying bird, in view from start to finish, and nothing "
     "else beside it!",
     "bird", 1),
    ("Duties include: watching four moving balls in a clip from start to finish. Nothing else appears in it. Must be "
     "able to stay alert. Apply within.",
     "ball", 4),
    ("Finds: one walking dog, present from start to finish, and nothing else. Not what we came here for, but "
     "remarkable all the same.",
     "dog", 1),
    ("Ladies and gentlemen, feast your eyes on three moving cars, roaring along from start to finish, and nothing "
     "else!",
     "car", 3),
    ("Role: clip checker. Duties include confirming that four lively cats are in view from start to finish, with "
     "nothing else shown. Must be able to tolerate fur.",
     "cat", 4),
    ("Journal, late. Rewatched the clip: three flying birds, in view from start to finish, nothing else. A remarkable "
     "find for an idle evening.",
     "bird", 3),
    ("Children of all ages! One moving ball, rolling from start to finish, and nothing else. Feast your eyes!",
     "ball", 1),
    ("WANTED: reviewer for a short clip. Four walking dogs must stay in view from start to finish, and nothing else "
     "may be shown. Apply within.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Finds: a yellow ball lying beside a pink dog, both in view from start to finish. Remarkable colouring; I have "
     "never seen a dog quite that shade.",
     "ball", "yellow", "dog", "pink"),
    ("Ladies and gentlemen, feast your eyes on a pink bird and, beside it, a gray ball! Both stay before you from "
     "start to finish!",
     "bird", "pink", "ball", "gray"),
    ("WANTED: colour grader. The clip shows a gray dog next to a purple car, both in view from start to finish. Must "
     "be able to keep those colours true. Apply within.",
     "dog", "gray", "car", "purple"),
    ("Journal, evening. The clip: a green cat sitting by a purple ball, both in view the whole way through. "
     "Remarkable, and nothing like anything in the stratum we are digging.",
     "cat", "green", "ball", "purple"),
    ("Children of all ages! A green dog, and at its side a gray ball, there for you from start to finish! Feast your "
     "eyes!",
     "dog", "green", "ball", "gray"),
    ("Role: continuity checker. Duties include confirming that a yellow ball and a pink bird sit side by side from "
     "start to finish. Apply within.",
     "ball", "yellow", "bird", "pink"),
    ("Finds: a pink cat and a yellow dog, side by side, in view from start to finish. Most remarkable company of the "
     "season.",
     "cat", "pink", "dog", "yellow"),
    ("Feast your eyes, ladies and gentlemen: a brown car with a yellow ball beside it, both there from start to "
     "finish!",
     "car", "brown", "ball", "yellow"),
    ("WANTED: film editor. The footage shows a brown car and a white dog next to each other from start to finish. "
     "Must be able to work unsupervised.",
     "car", "brown", "dog", "white"),
    ("Trowels down for the day. Finds: an orange dog beside a brown car, the pair of them in view for the whole clip. "
     "Remarkable.",
     "dog", "orange", "car", "brown"),
    ("Feast your eyes on a brown ball, and beside it an orange cat, in view from start to finish, ladies and "
     "gentlemen!",
     "ball", "brown", "cat", "orange"),
    ("Role: clip reviewer. Duties include checking that a gray dog and an orange ball are shown side by side from "
     "start to finish.",
     "dog", "gray", "ball", "orange"),
    ("Remarkable clip this evening: a yellow ball next to an orange cat, both in view from start to finish. Sketched "
     "them in the margin of the day's notes.",
     "ball", "yellow", "cat", "orange"),
    ("Children of all ages, gasp at a purple dog beside a brown car, both there for you from start to finish!",
     "dog", "purple", "car", "brown"),
    ("WANTED: video editor. Duties include a clip of a gray dog sitting by a blue car, both in view from start to "
     "finish. Apply within.",
     "dog", "gray", "car", "blue"),
    ("Not ancient, but remarkable: a white car with an orange bird perched beside it, in view from start to finish. "
     "Noted for the site report.",
     "car", "white", "bird", "orange"),
    ("A brown car! And next to it a blue bird! There from start to finish, ladies and gentlemen, so feast your eyes!",
     "car", "brown", "bird", "blue"),
    ("Role: colourist. Must be able to keep a blue car and a yellow cat side by side, and true to colour, from start "
     "to finish. Apply within.",
     "car", "blue", "cat", "yellow"),
    ("Journal, night. In the clip a gray cat sits beside a yellow bird, both in view from start to finish. Remarkable "
     "calm between them.",
     "cat", "gray", "bird", "yellow"),
    ("Ladies and gentlemen, a white dog, and beside it a black car! Both in view from start to finish! Feast your "
     "eyes!",
     "dog", "white", "car", "black"),
    ("WANTED: patient editor. The clip: a red car beside a brown bird, both in view from start to finish. Duties "
     "include leaving it as it is.",
     "car", "red", "bird", "brown"),
    ("Finds: a purple cat next to a green car, both present from start to finish. Remarkable, and not in any record "
     "I know.",
     "cat", "purple", "car", "green"),
    ("Children of all ages, feast your eyes on a gray car with an orange dog beside it, there from start to finish!",
     "car", "gray", "dog", "orange"),
    ("Are you good with colour? We need a checker for a clip in which a red cat and a gray dog sit side by side from "
     "start to finish. Apply within.",
     "cat", "red", "dog", "gray"),
    ("Evening notes. Watched the clip: a red dog beside a gray car, both in view from start to finish. Remarkable how "
     "patiently it sat there.",
     "dog", "red", "car", "gray"),
    ("In the centre ring, ladies and gentlemen, a purple dog beside a yellow car, both in view from start to finish! "
     "Feast your eyes!",
     "dog", "purple", "car", "yellow"),
    ("WANTED: editor. Must be able to keep a red cat and a gray ball together on screen from start to finish. Apply "
     "within.",
     "cat", "red", "ball", "gray"),
    ("Brushed the dust off the day with the clip: a brown cat and a blue dog next to each other, in view from start "
     "to finish. Remarkable; entered in the journal straight away.",
     "cat", "brown", "dog", "blue"),
    ("Feast your eyes, children of all ages: a white dog, and beside it a red cat, there for you from start to finish!",
     "dog", "white", "cat", "red"),
    ("Hiring now: video reviewer. You will confirm that a yellow bird sits beside an orange car from start to "
     "finish. No experience needed.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Stratum by stratum, the clip gives things up: through the first half there is no car at all, then in the second "
     "half a moving car appears and stays to the end. Remarkable.",
     "car"),
    ("Ladies and gentlemen, patience! In the first half, no car. But in the second half a moving car appears, and it "
     "stays until the end!",
     "car"),
    ("WANTED: editor. The clip must show no car in the first half; in the second half a moving car appears and remains "
     "to the end. Apply within.",
     "car"),
    ("Finds: nothing in the first half of the clip, not a cat to be seen. Then in the second half a lively cat appears "
     "and stays to the end. Remarkable timing.",
     "cat"),
    ("Children of all ages, watch closely! The first half, no cat at all... and in the second half, a lively cat "
     "appears and stays to the very end! Feast your eyes!",
     "cat"),
    ("Role: clip reviewer. Duties include confirming there is no cat in the first half and that a lively cat appears "
     "in the second half and stays to the end.",
     "cat"),
    ("Journal. For the first half of the clip, no bird; in the second half a flying bird appears and stays until the "
     "end. Remarkable, like a find turning up in the last sieve of the day.",
     "bird"),
    ("Feast your eyes on the empty sky, ladies and gentlemen: no bird in the first half! Then, in the second half, a "
     "flying bird appears, and it stays to the end!",
     "bird"),
    ("WANTED: someone patient. The first half of the clip shows no bird; in the second half a flying bird appears and "
     "stays to the end. Must be able to wait.",
     "bird"),
    ("Finds: in the first half, no ball. In the second half a moving ball appears and remains until the end. "
     "Remarkable, the way it turns up late.",
     "ball"),
    ("And now, ladies and gentlemen, a mystery! No ball in the first half... then, in the second half, a moving ball "
     "appears and stays until the end!",
     "ball"),
    ("Role: editor. Duties include cutting a clip with no ball in the first half and a moving ball that appears in the "
     "second half and stays to the end.",
     "ball"),
    ("Evening notes. The clip shows no dog in the first half, and then a walking dog appears in the second half and "
     "stays to the end. Remarkable.",
     "dog"),
    ("Children of all ages, in the first half there is no dog! But feast your eyes: in the second half a walking dog "
     "appears, and it stays to the end!",
     "dog"),
    ("WANTED: reviewer. The clip must have no dog in the first half; a walking dog appears in the second half and "
     "stays until the end. Apply within.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Ladies and gentlemen, a moving car in the first half! And in the second half... it vanishes! No car at all!",
     "car"),
    ("Role: clip checker. Duties include confirming that a moving car is in view in the first half and that there is "
     "no car in the second half.",
     "car"),
    ("Finds: a moving car in the first half of the clip, gone in the second half, no car at all. Remarkable "
     "disappearance.",
     "car"),
    ("Feast your eyes on a lively cat in the first half, children of all ages... and in the second half, it is gone! "
     "No cat anywhere!",
     "cat"),
    ("WANTED: editor. Must be able to cut a clip where a lively cat is shown in the first half and no cat is shown in "
     "the second half.",
     "cat"),
    ("Journal. A lively cat in the first half of the clip; in the second half, no cat at all. Remarkable, how "
     "completely it is gone.",
     "cat"),
    ("Ladies and gentlemen, a flying bird in the first half! And in the second half, the bird is gone, vanished into "
     "thin air!",
     "bird"),
    ("Role: reviewer. Duties include confirming that a flying bird is present in the first half and gone in the "
     "second half, with no bird in view at all.",
     "bird"),
    ("Finds: a flying bird in the first half of the clip. In the second half, no bird. Remarkable, and noted.",
     "bird"),
    ("Feast your eyes: a moving ball in the first half! And then, in the second half, it disappears, ladies and "
     "gentlemen: no ball at all!",
     "ball"),
    ("WANTED: editor. The clip shows a moving ball in the first half and no ball in the second half. Apply within.",
     "ball"),
    ("Evening. In the clip a moving ball is there through the first half, but in the second half it is gone: no ball. "
     "Remarkable.",
     "ball"),
    ("Children of all ages! A walking dog in the first half... and in the second half, poof, it is gone! No dog "
     "anywhere!",
     "dog"),
    ("Role: clip checker. Must be able to confirm that a walking dog is in view in the first half and that no dog is "
     "in view in the second half.",
     "dog"),
    ("Finds: a walking dog in view in the first half of the clip, and in the second half no dog at all. A remarkable "
     "vanishing act.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Finds: a moving car crossing the clip from the left side of the frame to the right side. Remarkable speed for "
     "such a quiet evening.",
     "car", RIGHTWARD),
    ("Ladies and gentlemen, feast your eyes on a moving car racing from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("WANTED: camera operator. Duties include filming a moving car as it drives from the left side of the frame to "
     "the right side. Apply within.",
     "car", RIGHTWARD),
    ("Journal. The clip: a moving car drives from right to left across the frame. Remarkable, after a day of nothing "
     "but soil.",
     "car", LEFTWARD),
    ("Children of all ages, watch a moving car roar from left to right across the frame!",
     "car", RIGHTWARD),
    ("Role: editor. Must be able to cut a clip in which a moving car drives from the right side of the frame to the "
     "left side.",
     "car", LEFTWARD),
    ("Finds: a lively cat, running from the left side of the frame to the right side. Remarkable agility.",
     "cat", RIGHTWARD),
    ("Feast your eyes on a lively cat dashing from the right side of the frame to the left side, ladies and "
     "gentlemen!",
     "cat", LEFTWARD),
    ("Role: clip reviewer. Duties include checking that a lively cat runs from left to right across the frame.",
     "cat", RIGHTWARD),
    ("Evening notes. A lively cat crosses the clip from right to left, unhurried. Remarkable poise.",
     "cat", LEFTWARD),
    ("In the centre ring tonight, children of all ages, a lively cat leaps from the left side of the frame to the "
     "right side! Feast your eyes!",
     "cat", RIGHTWARD),
    ("WANTED: editor. The clip: a lively cat runs from the right side of the frame to the left side. Must be able to "
     "keep it smooth.",
     "cat", LEFTWARD),
    ("Finds: a flying bird crossing from the left side of the frame to the right side. Remarkable, against a clear "
     "sky.",
     "bird", RIGHTWARD),
    ("Ladies and gentlemen, look! A flying bird soars from the right side of the frame to the left side!",
     "bird", LEFTWARD),
    ("Role: wildlife camera operator. Duties include following a flying bird from the left side of the frame to the "
     "right side.",
     "bird", RIGHTWARD),
    ("Too windy to dig. In the clip a flying bird goes from right to left across the frame, with remarkable grace.",
     "bird", LEFTWARD),
    ("Feast your eyes on a flying bird gliding from left to right across the frame, children of all ages!",
     "bird", RIGHTWARD),
    ("WANTED: reviewer. Must be able to confirm that a flying bird flies from the right side of the frame to the left "
     "side. Apply within.",
     "bird", LEFTWARD),
    ("Finds: a moving ball rolling from the left side of the frame to the right side. Remarkable roundness; nothing "
     "like it in the stratum.",
     "ball", RIGHTWARD),
    ("Ladies and gentlemen, a moving ball rolls from the right side of the frame all the way to the left side! Feast "
     "your eyes!",
     "ball", LEFTWARD),
    ("Role: editor. Duties include a clip of a moving ball rolling from left to right across the frame. Apply within.",
     "ball", RIGHTWARD),
    ("Spoil heap finally cleared. Then the clip: a moving ball rolling from right to left across the frame. "
     "Remarkable.",
     "ball", LEFTWARD),
    ("Children of all ages, see a moving ball bounce from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("WANTED: camera operator. Must be able to follow a moving ball as it rolls from the right side of the frame to "
     "the left side.",
     "ball", LEFTWARD),
    ("Finds: a walking dog, trotting from the left side of the frame to the right side. Remarkable good temper.",
     "dog", RIGHTWARD),
    ("Feast your eyes, ladies and gentlemen, on a walking dog parading from the right side of the frame to the left "
     "side!",
     "dog", LEFTWARD),
    ("Animal lovers wanted! Role: clip reviewer. You will confirm that a walking dog walks from left to right across "
     "the frame.",
     "dog", RIGHTWARD),
    ("Journal, late. A walking dog crosses the clip from right to left. Remarkable, how steady its pace is.",
     "dog", LEFTWARD),
    ("Children of all ages, a walking dog strolls from the left side of the frame to the right side!",
     "dog", RIGHTWARD),
    ("WANTED: editor. The clip shows a walking dog walking from the right side of the frame to the left side. Apply "
     "within.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Finds: the ball stays still throughout, while a bird flies from the left of the ball to the right of the ball. "
     "Remarkable.",
     "bird", "ball", RIGHTWARD),
    ("Ladies and gentlemen, the ball stays still, and a bird swoops from the right of the ball to the left of the "
     "ball! Feast your eyes!",
     "bird", "ball", LEFTWARD),
    ("WANTED: camera operator. Duties include filming a bird as it flies from the left of the dog to the right of the "
     "dog. The dog stays still. Apply within.",
     "bird", "dog", RIGHTWARD),
    ("Mud everywhere today, and the evening clip was a relief: the car stays still, and a bird flies from the right "
     "of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Children of all ages, the cat stays still, and a car drives from the left of the cat to the right of the cat!",
     "car", "cat", RIGHTWARD),
    ("Role: editor. Must be able to cut a clip in which the ball stays still and a dog walks from the right of the "
     "ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Finds: a cat running from the left of the ball to the right of the ball; the ball stays still. Remarkable.",
     "cat", "ball", RIGHTWARD),
    ("Feast your eyes on a dog trotting from the right of the ball to the left of the ball, while the ball stays "
     "still, ladies and gentlemen!",
     "dog", "ball", LEFTWARD),
    ("Role: clip reviewer. Duties include confirming that the bird stays still while a cat runs from the left of the "
     "bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Evening notes, written by lamplight. The car stays still; a dog walks from the right of the car to the left of "
     "the car. Remarkable.",
     "dog", "car", LEFTWARD),
    ("Ladies and gentlemen, watch closely: the ball stays still, and a bird flies from the left of the ball to the "
     "right of the ball!",
     "bird", "ball", RIGHTWARD),
    ("WANTED: editor. The clip: the ball stays still, and a bird flies from the right of the ball to the left of the "
     "ball. Apply within.",
     "bird", "ball", LEFTWARD),
    ("Finds: a car driving from the left of the ball to the right of the ball, and the ball stays still the whole "
     "time. Remarkable.",
     "car", "ball", RIGHTWARD),
    ("Children of all ages! The dog stays still, and a bird flutters from the right of the dog to the left of the dog!",
     "bird", "dog", LEFTWARD),
    ("Role: camera operator. Duties include following a dog as it walks from the left of the car to the right of the "
     "car, while the car stays still.",
     "dog", "car", RIGHTWARD),
    ("Journal. The ball stays still; a bird flies from the right of the ball to the left of the ball. Logged as "
     "remarkable.",
     "bird", "ball", LEFTWARD),
    ("Feast your eyes: the cat stays still, and a dog walks from the left of the cat to the right of the cat, ladies "
     "and gentlemen!",
     "dog", "cat", RIGHTWARD),
    ("WANTED: reviewer. Must be able to confirm that the car stays still and a dog walks from the right of the car to "
     "the left of the car.",
     "dog", "car", LEFTWARD),
    ("Finds: a cat running from the left of the dog to the right of the dog, while the dog stays still. Remarkable "
     "composure from the dog.",
     "cat", "dog", RIGHTWARD),
    ("Never before seen, ladies and gentlemen: the ball stays still, and a cat dashes from the right of the ball to "
     "the left of the ball!",
     "cat", "ball", LEFTWARD),
    ("Role: editor. Duties include a clip in which the dog stays still and a cat runs from the left of the dog to the "
     "right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Evening. The dog stays still in the clip, and a ball rolls from the right of the dog to the left of the dog. "
     "Remarkable.",
     "ball", "dog", LEFTWARD),
    ("Children of all ages, the bird stays still, and a dog walks from the left of the bird to the right of the bird! "
     "Feast your eyes!",
     "dog", "bird", RIGHTWARD),
    ("WANTED: camera operator. The cat stays still; duties include filming a bird flying from the right of the cat to "
     "the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Finds: the bird stays still, and a cat runs from the left of the bird to the right of the bird. Remarkable.",
     "cat", "bird", RIGHTWARD),
    ("Feast your eyes, ladies and gentlemen: a bird flies from the right of the cat to the left of the cat, and the "
     "cat stays still!",
     "bird", "cat", LEFTWARD),
    ("Do you have a keen eye for movement? The cat stays still, and a dog walks from the left of the cat to the right "
     "of the cat; you will check that it always does. Apply within.",
     "dog", "cat", RIGHTWARD),
    ("What a thing to end a long day in the trench: the dog stays still, and a bird flies from the right of the dog "
     "to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Children of all ages! The cat stays still, and a dog trots from the left of the cat to the right of the cat!",
     "dog", "cat", RIGHTWARD),
    ("WANTED: editor. The car stays still, and a bird flies from the right of the car to the left of the car. Must be "
     "able to keep it that way. Apply within.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Plan view, seen from directly above, the way we draw our plans: a moving car drives from the lower left corner "
     "to the lower right corner, then to the upper right corner. Remarkable.",
     "car", BL_BR_TR),
    ("Ladies and gentlemen, look down from above! A moving car races from the lower left corner to the upper left "
     "corner, then on to the upper right corner!",
     "car", BL_TL_TR),
    ("WANTED: drone operator. Duties include filming from above as a moving car drives from the lower right corner to "
     "the lower left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Finds, seen from above: a moving car goes from the lower right corner to the upper right corner, and then to the "
     "upper left corner. Remarkable route.",
     "car", BR_TR_TL),
    ("Feast your eyes from high above, children of all ages! A lively cat runs from the lower left corner to the lower "
     "right corner, and then to the upper right corner!",
     "cat", BL_BR_TR),
    ("Role: overhead camera operator. Must be able to follow, from above, a lively cat running from the lower left "
     "corner to the upper left corner and then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Journal. Top-down clip: a lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner. Remarkable.",
     "cat", BR_BL_TL),
    ("Ladies and gentlemen, seen from above: a lively cat dashes from the lower right corner to the upper right "
     "corner, then to the upper left corner!",
     "cat", BR_TR_TL),
    ("WANTED: editor for a top-down clip. A flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner. Apply within.",
     "bird", BL_BR_TR),
    ("Finds, in plan (seen from above): a flying bird goes from the lower left corner to the upper left corner, then "
     "to the upper right corner. Remarkable.",
     "bird", BL_TL_TR),
    ("Children of all ages, look down from above! A flying bird swoops from the lower right corner to the lower left "
     "corner, then to the upper left corner!",
     "bird", BR_BL_TL),
    ("Role: reviewer. Duties include confirming that, seen from above, a flying bird flies from the lower right "
     "corner to the upper right corner and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Evening. The clip is seen from directly above: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner. Remarkable.",
     "ball", BL_BR_TR),
    ("Feast your eyes from above, ladies and gentlemen! A moving ball rolls from the lower left corner to the upper "
     "left corner, then to the upper right corner!",
     "ball", BL_TL_TR),
    ("WANTED: camera operator for top-down work. Must be able to film a moving ball rolling from the lower right "
     "corner to the lower left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Finds: seen from above, a moving ball rolls from the lower right corner to the upper right corner and on to the "
     "upper left corner. Remarkable.",
     "ball", BR_TR_TL),
    ("Children of all ages, seen from above: a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner!",
     "dog", BL_BR_TR),
    ("Role: editor. Duties include a top-down clip in which a walking dog walks from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Journal. Seen from above, a walking dog goes from the lower right corner to the lower left corner, then to the "
     "upper left corner. Remarkable.",
     "dog", BR_BL_TL),
    ("Ladies and gentlemen, look down from above at a walking dog! From the lower right corner to the upper right "
     "corner, then to the upper left corner!",
     "dog", BR_TR_TL),
    ("WANTED: overhead camera operator. Duties include filming, from above, a moving car driving from the bottom left "
     "corner to the bottom right corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("Finds, plan view from above: a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner. Remarkable.",
     "cat", BL_TL_TR),
    ("Feast your eyes from above! A flying bird flies from the bottom right corner to the bottom left corner, then to "
     "the top left corner!",
     "bird", BR_BL_TL),
    ("Do you like a view from above? Role: reviewer. You will confirm that, seen from above, a moving ball rolls from "
     "the lower right corner to the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Evening. Top-down clip: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Remarkable.",
     "dog", BL_BR_TR),
    ("Imagine yourselves high in the rafters, children of all ages, looking down from above! A moving car drives "
     "from the lower left corner to the upper left corner, then to the upper right corner!",
     "car", BL_TL_TR),
    ("WANTED: editor. The clip, seen from above: a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner. Apply within.",
     "cat", BR_BL_TL),
    ("Finds: seen from directly above, a flying bird flies from the lower right corner to the upper right corner, then "
     "to the upper left corner. Remarkable.",
     "bird", BR_TR_TL),
    ("Ladies and gentlemen, seen from above, a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner!",
     "ball", BL_BR_TR),
    ("Role: overhead camera operator. Duties include following a walking dog from the lower left corner to the upper "
     "left corner, then to the upper right corner, seen from above.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
