"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a wizard's spellbook ("Incantation:", "Components:", "Upon casting,"), where the wizard, the reader and
  the components are never in the video, and what the casting shows is exactly the clip; its
  incantations are short invented words or plain wishes that never name a thing, a number or a side,
  and in numeracy its components are only ever silence, breath or the spoken word;
- an escape-room clue card ("CLUE:", "Watch closely", "The code is hidden in what you see"), where the
  players, the room and the lock are never in the video; the card never gives a digit or a code number,
  and in numeracy it names no lock, door or key beside the count;
- a plumber's job ticket ("Job:", "Customer reports", "Work done:"), where the plumber, the customer and
  the pipes are never in the video, and what the customer reports is the clip they asked about; in
  numeracy the ticket names no fitting, tool or appliance, only the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "both", "twice", "single", no ordinals, no times on site).
No voice uses a colour word for its own props (no red herring, no grey water), no prop hides a class
noun (no ballcock or ball valve, no cat flap, no catnip), no idiom hides a side or a half ("left site",
"all right" and "half an hour" are never written), and "still" is only ever said of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route names
its corners "lower" and "upper", now and then "bottom" and "top", and is always seen from above. It takes
LVD's attribution pairs 30-59 and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 171/180 on d75c763 (numeracy 24, attribution 29, visibility 29, dynamic_two 29, the rest 30), kept
off main until its fixes were in; 180/180 after the fixes of its own commit (a seer's "vision" is the picture shown, so
"from the start of the vision to its end" is the whole clip and what fills it is the scene; "CLUE: ... . Watch closely,
players: ..." is a label over prose, no spec; what is "hidden in what you see" is in the clip, no absence; "nothing
else is in this clip but one bird" names the bird; a heading's quoted words, 'Incantation: "Roll ..."', are said).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('Incantation: "By breath and by will, reveal." Components: only the spoken word. Upon casting, the vision '
     "holds one moving car from its opening to its close, and nothing else at all.",
     "car", 1),
    ("CLUE: Watch closely. Two moving cars stay in the picture from start to finish, and nothing else ever shows. The "
     "code is hidden in what you see.",
     "car", 2),
    ("Job: look over the customer's clip. Customer reports three moving cars in it, start to finish, with nothing "
     "else in shot. Work done: watched it through, confirmed as reported.",
     "car", 3),
    ("Upon casting, let the vision fill with four moving cars and nothing besides, kept in sight from the opening "
     'to the close. Incantation: "Show, and hold." Components: silence alone.',
     "car", 4),
    ("Watch closely: one lively cat, in view the whole way through, and nothing else anywhere. CLUE: the code is "
     "hidden in what you see.",
     "cat", 1),
    ("Customer reports two lively cats in the clip, present from start to finish, and nothing else. Job: confirm the "
     "report. Work done: played it back, all as described, no further action.",
     "cat", 2),
    ('Incantation: "Mirrin, mirrin, let me see." Components: nothing at all. Upon casting, three lively cats are '
     "shown from beginning to end, and no other thing besides.",
     "cat", 3),
    ("CLUE: Four lively cats, visible from beginning to end, and nothing else in the picture. Look hard; the code is "
     "hidden in what you see.",
     "cat", 4),
    ("Job: callout about a clip. Customer reports one flying bird, in view from start to finish, nothing else. Work "
     "done: watched it; that is all there is. No fault found.",
     "bird", 1),
    ("Upon casting, two flying birds shall be seen from the start of the vision to its end, and nothing more. "
     'Incantation: "Aeris, reveal." Components: a whispered word.',
     "bird", 2),
    ("Watch closely. Three flying birds, in view from start to finish; nothing else at all. The code is hidden in "
     "what you see, so count with care.",
     "bird", 3),
    ("Customer reports four flying birds in the clip, visible start to finish, nothing else in it. Work done: "
     "reviewed the clip, report confirmed. No parts used.",
     "bird", 4),
    ('Incantation: "Roll, and be revealed." Components: breath alone. Upon casting, the vision shows one moving ball, '
     "by itself, from its beginning to its end.",
     "ball", 1),
    ("CLUE: two moving balls, from the start of the clip to its end, and nothing else to see. Watch closely, for the "
     "code is hidden in what you see.",
     "ball", 2),
    ("Job: customer wants the clip checked. Customer reports three moving balls, in view from start to finish, and "
     "nothing else. Work done: checked; as reported.",
     "ball", 3),
    ("Upon casting, four moving balls fill the vision from the opening to the close, with nothing else beside them. "
     'Incantation: "Orbis, orbis." Components: silence.',
     "ball", 4),
    ("Watch closely: this clip shows one walking dog, in view throughout, and nothing else. CLUE: the code is hidden "
     "in what you see.",
     "dog", 1),
    ("Customer reports: two walking dogs, on screen from start to finish, nothing else. Work done: had a look, "
     "confirmed. Job closed.",
     "dog", 2),
    ('Incantation: "Let it be shown." Components: a spoken word. Upon casting, three walking dogs are seen from start '
     "to finish, and nothing else.",
     "dog", 3),
    ("CLUE: Four walking dogs, visible from beginning to end, with nothing else in the clip. Watch closely. The code "
     "is hidden in what you see.",
     "dog", 4),
    ("Job: clip check. Customer reports one moving car, on screen from start to finish, with nothing else in shot. "
     "Work done: confirmed; no other issues.",
     "car", 1),
    ("Upon casting, two lively cats are seen from the opening of the vision to its close, and nothing else stirs in "
     'it. Incantation: "Velisha." Components: breath.',
     "cat", 2),
    ("Nothing else is in this clip but one flying bird, there from start to finish. Watch closely. CLUE: the code is "
     "hidden in what you see.",
     "bird", 1),
    ("Customer reports the clip shows two moving balls and nothing else, in view from start to finish. Work done: "
     "watched it; agreed with the customer.",
     "ball", 2),
    ('Incantation: "Vela, vela." Upon casting, one walking dog is seen from beginning to end, with '
     "nothing else in the vision. Components: silence.",
     "dog", 1),
    ("CLUE: Three moving cars drive through the clip from start to finish, and there is nothing else. The code is "
     "hidden in what you see.",
     "car", 3),
    ("Job: review footage for the customer. Customer reports three lively cats, present start to finish, nothing "
     "else. Work done: reviewed, as reported. No charge.",
     "cat", 3),
    ("Upon casting, the vision holds four flying birds from start to finish and nothing else besides. Components: "
     'the spoken word. Incantation: "Asha, asha."',
     "bird", 4),
    ("Watch closely: three moving balls, in the picture from beginning to end, and nothing else at all. The code is "
     "hidden in what you see.",
     "ball", 3),
    ("Customer reports four walking dogs in the clip from start to finish, nothing else shown. Work done: watched "
     "it through; customer's report is accurate.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ('Incantation: "Hue and form, be bound." Components: a pinch of salt, a drop of wax. Upon casting, a red car and, '
     "beside it, a brown bird stay in view from start to finish.",
     "car", "red", "bird", "brown"),
    ("CLUE: a purple cat beside a green car, both in the picture from start to finish. Watch closely: the code is "
     "hidden in the colours you see.",
     "cat", "purple", "car", "green"),
    ("Job: boiler service; customer also asked about a clip. Customer reports a gray car with an orange dog next to "
     "it, both in view throughout. Work done: serviced the boiler, watched the clip, confirmed.",
     "car", "gray", "dog", "orange"),
    ("Upon casting, a red cat shall sit beside a gray dog, and both shall stay in the vision from beginning to end. "
     "Components: chalk dust and candle wax.",
     "cat", "red", "dog", "gray"),
    ("Watch closely: a red dog and a gray car, side by side for the whole clip. CLUE: the players who name both "
     "colours open the lock.",
     "dog", "red", "car", "gray"),
    ("Customer reports a purple dog sitting next to a yellow car, both there from start to finish. Work done: "
     "reviewed the footage; description accurate. Job closed.",
     "dog", "purple", "car", "yellow"),
    ('Incantation: "Let the colours hold true." Upon casting, a red cat beside a gray ball, both in sight the whole '
     "way through. Components: a thimble of rainwater.",
     "cat", "red", "ball", "gray"),
    ("CLUE: Beside a blue dog sits a brown cat; neither leaves the picture from start to finish. The code for the "
     "padlock is hidden in what you see.",
     "cat", "brown", "dog", "blue"),
    ("Job: clip review, after the radiators were bled. Customer reports a white dog and a red cat next to each "
     "other, both in view throughout. Work done: checked the clip; all as reported.",
     "dog", "white", "cat", "red"),
    ("Upon casting, a yellow bird perches beside an orange car, and both remain in the vision from its opening to "
     'its close. Incantation: "Plumage and steel, be shown."',
     "bird", "yellow", "car", "orange"),
    ("Watch closely. A green dog waits beside a blue car, both on screen from beginning to end. CLUE: the code is "
     "hidden in what you see.",
     "dog", "green", "car", "blue"),
    ("Customer reports a black cat with a brown ball beside it, both visible start to finish. Work done: confirmed "
     "on playback. Parts used: none.",
     "cat", "black", "ball", "brown"),
    ('Incantation: "Sharpen, and show." Components: powdered moonstone. Upon casting, a purple car with a red cat '
     "beside it, both seen from start to finish.",
     "car", "purple", "cat", "red"),
    ("CLUE: a gray dog next to a brown cat, both in view for the whole clip. Watch closely, players: the code is "
     "hidden in what you see.",
     "dog", "gray", "cat", "brown"),
    ("Job: look at a clip for the customer. Customer reports a black car and a brown dog beside it, both in shot "
     "from start to finish. Work done: agreed, that is what it shows.",
     "car", "black", "dog", "brown"),
    ("Upon casting, a yellow ball lies beside a pink dog, and both stay in the vision throughout. Components: chalk "
     'dust. Incantation: "Be as I name you."',
     "ball", "yellow", "dog", "pink"),
    ("Watch closely: a gray cat sits beside a white dog from the start of the clip to its end. CLUE: what you see "
     "opens the lock.",
     "cat", "gray", "dog", "white"),
    ("Customer reports a yellow dog next to an orange car, both visible the whole way through. Work done: watched it "
     "through, confirmed. Stopcock checked while on site.",
     "dog", "yellow", "car", "orange"),
    ('Incantation: "Feather and fur, be true." Upon casting, a black bird beside a brown cat, both kept in view from '
     "beginning to end.",
     "bird", "black", "cat", "brown"),
    ("CLUE: A white ball rests beside a red car, both in the picture from start to finish. Watch closely. The code "
     "is hidden in what you see.",
     "ball", "white", "car", "red"),
    ("Job: clip query. Customer reports a white ball with a black cat beside it, both on screen throughout. Work "
     "done: reviewed, confirmed, no further work needed.",
     "ball", "white", "cat", "black"),
    ("Upon casting, the scrying bowl shows a yellow cat beside a pink ball, both there from the opening to the "
     "close. Components: rainwater, a pinch of salt.",
     "cat", "yellow", "ball", "pink"),
    ("Watch closely: a black car with an orange bird beside it, both visible throughout. CLUE: nothing in the room "
     "matters; the code is hidden in what you see.",
     "car", "black", "bird", "orange"),
    ("Customer reports an orange ball next to a brown car, both in view start to finish. Work done: checked it on "
     "the customer's laptop; as described.",
     "ball", "orange", "car", "brown"),
    ('Incantation: "Wing and whisker, hold." Components: candle wax. Upon casting, a gray bird beside a green cat, '
     "both kept in sight for the whole clip.",
     "bird", "gray", "cat", "green"),
    ("CLUE: a blue car and, next to it, a red cat, both in view from beginning to end. The code is hidden in what "
     "you see; watch closely.",
     "car", "blue", "cat", "red"),
    ("Job: the customer's clip, looked at after fixing the kitchen tap. Customer reports a white ball beside a black "
     "car, both visible from start to finish. Work done: confirmed.",
     "ball", "white", "car", "black"),
    ("Upon casting, a green bird stands beside a white ball, and neither leaves the vision from start to finish. "
     'Incantation: "Hold fast."',
     "bird", "green", "ball", "white"),
    ("Watch closely. A blue ball lies beside a yellow dog for the whole clip. CLUE: the colours are the code.",
     "ball", "blue", "dog", "yellow"),
    ("Customer reports a yellow bird next to a blue ball, both on screen throughout. Work done: watched the clip, "
     "report accurate. Invoice to follow.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Upon casting, the vision holds no car through the first half; in the second half a moving car appears and "
     'remains to the end. Incantation: "Arrive."',
     "car"),
    ("CLUE: In the first half there is no car. Watch closely: a moving car appears only in the second half, and it "
     "stays. The code is hidden in what you see.",
     "car"),
    ("Customer reports no car in the first half of the clip; a moving car appears in the second half and stays till "
     "the end. Work done: confirmed on playback.",
     "car"),
    ("Watch closely: no cat in the first half, then in the second half a lively cat appears and stays to the end. "
     "CLUE: when it comes is part of the code.",
     "cat"),
    ("Job: clip review. Customer reports a lively cat that shows up only in the second half; in the first half there "
     "is no cat. Work done: agreed, it stays to the end.",
     "cat"),
    ("Upon casting, no cat is seen at the start; only in the second half does a lively cat appear, and it stays "
     "until the end. Components: a pinch of dust.",
     "cat"),
    ("Customer reports: first half of the clip, no bird; second half, a flying bird appears and stays in view to the "
     "end. Work done: checked, correct.",
     "bird"),
    ("Upon casting, the first half passes with no bird; then, in the second half, a flying bird appears and does not "
     'depart. Incantation: "Be summoned."',
     "bird"),
    ("CLUE: a flying bird appears only in the second half of the clip and stays; before that, no bird at all. Watch "
     "closely.",
     "bird"),
    ('Incantation: "Late, but surely." Upon casting, a moving ball appears only in the second half and stays to the '
     "end; in the first half there is no ball.",
     "ball"),
    ("Watch closely. For the first half, no ball. In the second half a moving ball appears, and it stays until the "
     "end. The code is hidden in what you see.",
     "ball"),
    ("Job: customer's clip. Customer reports a moving ball turning up in the second half and no ball in the first "
     "half. Work done: watched it, confirmed; it stays to the end.",
     "ball"),
    ("CLUE: no dog in the first half. In the second half, a walking dog appears and stays. Remember when it came; "
     "the players who do will open the lock.",
     "dog"),
    ("Customer reports a walking dog that appears only in the second half of the clip and stays there till the end; "
     "no dog in the first half. Work done: confirmed.",
     "dog"),
    ("Upon casting, let there be no dog while the first half lasts, and in the second half let a walking dog appear "
     "and stay to the end. Components: moonstone dust.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Customer reports a moving car in the first half of the clip and no car in the second half. Work done: "
     "confirmed; it is gone by the second half.",
     "car"),
    ("Upon casting, a moving car is seen in the first half; in the second half it is gone, and no car remains. "
     'Incantation: "Depart."',
     "car"),
    ("CLUE: a moving car is there only in the first half. In the second half, no car at all. Watch closely.",
     "car"),
    ('Incantation: "Fade, and be gone." Upon casting, a lively cat is there in the first half, and in the second '
     "half there is no cat.",
     "cat"),
    ("Watch closely: a lively cat in the first half, gone in the second half; there is no cat anywhere after that. "
     "The code is hidden in what you see.",
     "cat"),
    ("Job: clip check. Customer reports a lively cat in the first half only; no cat in the second half. Work done: "
     "confirmed.",
     "cat"),
    ("CLUE: a flying bird is in view during the first half; in the second half there is no bird. The code is hidden "
     "in what you see.",
     "bird"),
    ("Customer reports a flying bird present in the first half and gone in the second half, no bird at all. Work "
     "done: watched it, agreed.",
     "bird"),
    ("Upon casting, a flying bird is seen only in the first half; in the second half, no bird. Components: salt and "
     "candle wax.",
     "bird"),
    ("Upon casting, a moving ball rolls through the first half, and in the second half it is gone: no ball remains. "
     'Incantation: "Away."',
     "ball"),
    ("Watch closely. A moving ball in the first half; in the second half, no ball at all. CLUE: notice what goes "
     "missing.",
     "ball"),
    ("Customer reports a moving ball in the first half of the clip; by the second half there is no ball. Work done: "
     "confirmed on playback.",
     "ball"),
    ("Job: customer's clip. Customer reports a walking dog in the first half and no dog in the second half. Work "
     "done: checked, correct, job closed.",
     "dog"),
    ('Incantation: "Let it pass from sight." Upon casting, a walking dog is seen in the first half only; in the '
     "second half there is no dog.",
     "dog"),
    ("CLUE: A walking dog is there in the first half. In the second half, no dog. Watch closely; the code is hidden "
     "in what you see.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Upon casting, a moving car drives from the left side of the frame to the right side. Incantation: "
     '"Onward."',
     "car", RIGHTWARD),
    ("CLUE: a moving car crosses the frame from the right side to the left side. Watch closely which way it goes.",
     "car", LEFTWARD),
    ("Customer reports a moving car driving from the left side of the frame to the right side. Work done: confirmed "
     "on playback.",
     "car", RIGHTWARD),
    ('Incantation: "Drive on." Upon casting, a moving car starts at the right edge of the frame and drives to '
     "the left edge.",
     "car", LEFTWARD),
    ("Watch closely: a moving car goes from the left side of the frame over to the right side. The code is hidden in "
     "what you see.",
     "car", RIGHTWARD),
    ("Job: clip review. Customer reports a moving car going from the right side of the frame to the left side. Work "
     "done: agreed with the customer.",
     "car", LEFTWARD),
    ("Upon casting, a lively cat runs from the left side of the frame to the right side. Components: a pinch of "
     "valerian.",
     "cat", RIGHTWARD),
    ("CLUE: A lively cat runs across the frame, from the right side to the left side. Watch closely.",
     "cat", LEFTWARD),
    ("Customer reports a lively cat running from the left side of the frame to the right side. Work done: watched "
     "it, confirmed. Washer replaced on the bath tap while there.",
     "cat", RIGHTWARD),
    ('Incantation: "Swift paws, go." Upon casting, a lively cat runs from the right side of the frame to the left '
     "side.",
     "cat", LEFTWARD),
    ("Watch closely: the lively cat begins on the left side of the frame and ends on the right side. CLUE: the way "
     "it runs is part of the code.",
     "cat", RIGHTWARD),
    ("Job: customer's clip. Customer reports a lively cat crossing from the right side of the frame to the left "
     "side. Work done: confirmed.",
     "cat", LEFTWARD),
    ('Incantation: "Ride the wind." Upon casting, a flying bird flies from the left side of the frame to the right '
     "side.",
     "bird", RIGHTWARD),
    ("CLUE: a flying bird crosses the frame from its right side to its left side. The code is hidden in what you "
     "see.",
     "bird", LEFTWARD),
    ("Job: clip query. Customer reports a flying bird going across the frame from the left side to the right side. "
     "Work done: checked, as reported.",
     "bird", RIGHTWARD),
    ("Upon casting, a flying bird sets off at the right edge of the frame and flies to the left edge. Components: "
     "the spoken word.",
     "bird", LEFTWARD),
    ("Watch closely. A flying bird flies from the left side of the frame to the right side, and the players who "
     "follow it find the code.",
     "bird", RIGHTWARD),
    ("Customer reports a flying bird flying from the right side of the frame across to the left side. Work done: "
     "confirmed on playback.",
     "bird", LEFTWARD),
    ("Upon casting, a moving ball rolls from the left side of the frame to the right side. Incantation: "
     '"Volvere."',
     "ball", RIGHTWARD),
    ("CLUE: a moving ball rolls from the right side of the frame all the way to the left side. Watch closely.",
     "ball", LEFTWARD),
    ("Customer reports a moving ball rolling across the frame, from the left side to the right side. Work done: "
     "watched it through; report accurate.",
     "ball", RIGHTWARD),
    ('Incantation: "Roll on." Components: none. Upon casting, a moving ball starts on the right side of the frame '
     "and rolls to the left side.",
     "ball", LEFTWARD),
    ("Watch closely: a moving ball, starting on the left side of the frame, rolls to the right side. The code is "
     "hidden in what you see.",
     "ball", RIGHTWARD),
    ("Job: clip review after the drain job. Customer reports a moving ball rolling from the right side of the frame "
     "to the left side. Work done: confirmed.",
     "ball", LEFTWARD),
    ("Upon casting, a walking dog walks from the left side of the frame to the right side. Components: a drop of "
     "rainwater.",
     "dog", RIGHTWARD),
    ("CLUE: a walking dog walks across the frame from the right side to the left side. The code is hidden in what "
     "you see.",
     "dog", LEFTWARD),
    ("Customer reports a walking dog walking from the left side of the frame to the right side. Work done: watched "
     "it, confirmed. Parts used: none.",
     "dog", RIGHTWARD),
    ('Incantation: "Patient steps." Upon casting, a walking dog walks from the right side of the frame to the left '
     "side.",
     "dog", LEFTWARD),
    ("Watch closely. A walking dog starts on the left side of the frame and walks to the right side. CLUE: follow "
     "its path.",
     "dog", RIGHTWARD),
    ("Job: customer's clip. Customer reports a walking dog going from the right side of the frame to the left side. "
     "Work done: agreed with the report.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Upon casting, the car stays still, and a bird flies from the left of the car to the right of the car. "
     'Incantation: "Pass it by."',
     "bird", "car", RIGHTWARD),
    ("CLUE: The bird stays still. A car drives from the right of the bird to the left of the bird. Watch closely.",
     "car", "bird", LEFTWARD),
    ("Customer reports a bird flying from the left of the cat to the right of the cat while the cat stays still. "
     "Work done: confirmed on playback.",
     "bird", "cat", RIGHTWARD),
    ('Incantation: "Around, not through." Upon casting, a car drives from the right of the bird to the left of the '
     "bird, and the bird stays still.",
     "car", "bird", LEFTWARD),
    ("Watch closely: the dog stays still while a bird flies from the left of the dog to the right of the dog. The "
     "code is hidden in what you see.",
     "bird", "dog", RIGHTWARD),
    ("Job: clip review. Customer reports the cat staying still and a dog walking from the right of the cat to the "
     "left of the cat. Work done: agreed.",
     "dog", "cat", LEFTWARD),
    ("Upon casting, a ball rolls from the left of the dog to the right of the dog, and the dog stays still. "
     "Components: a pinch of salt.",
     "ball", "dog", RIGHTWARD),
    ("CLUE: a bird flies from the right of the cat to the left of the cat. The cat stays still. The code is hidden "
     "in what you see.",
     "bird", "cat", LEFTWARD),
    ("Customer reports a car driving from the left of the ball to the right of the ball; the ball stays still. Work "
     "done: watched it, confirmed.",
     "car", "ball", RIGHTWARD),
    ('Incantation: "Keep your place." Upon casting, the bird stays still, and a cat runs from the right of the bird '
     "to the left of the bird.",
     "cat", "bird", LEFTWARD),
    ("Watch closely. A dog walks from the left of the car to the right of the car, and the car stays still. CLUE: "
     "who moves, and which way?",
     "dog", "car", RIGHTWARD),
    ("Job: customer's clip. Customer reports a ball rolling from the right of the bird to the left of the bird, the "
     "bird staying still. Work done: confirmed.",
     "ball", "bird", LEFTWARD),
    ("Upon casting, the dog stays still as a ball rolls from the left of the dog to the right of the dog. "
     'Incantation: "Roll past."',
     "ball", "dog", RIGHTWARD),
    ("CLUE: the cat stays still. A ball rolls from the right of the cat to the left of the cat. Watch closely.",
     "ball", "cat", LEFTWARD),
    ("Customer reports the ball staying still and a car driving from the left of the ball to the right of the ball. "
     "Work done: reviewed the clip; as reported.",
     "car", "ball", RIGHTWARD),
    ('Incantation: "Fly on." Upon casting, a bird flies from the right of the cat to the left of the '
     "cat, and the cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Watch closely: the bird stays still, and a dog walks from the left of the bird to the right of the bird. The "
     "code is hidden in what you see.",
     "dog", "bird", RIGHTWARD),
    ("Job: clip query. Customer reports a dog walking from the right of the cat to the left of the cat; the cat "
     "stays still. Work done: confirmed.",
     "dog", "cat", LEFTWARD),
    ("Upon casting, the car stays still, and a ball rolls from the left of the car to the right of the car. "
     "Components: candle wax.",
     "ball", "car", RIGHTWARD),
    ("CLUE: A dog walks from the right of the cat to the left of the cat, while the cat stays still. The code is "
     "hidden in what you see.",
     "dog", "cat", LEFTWARD),
    ("Customer reports a bird flying from the left of the ball to the right of the ball, and the ball staying still. "
     "Work done: watched it through, agreed.",
     "bird", "ball", RIGHTWARD),
    ('Incantation: "Go by." Upon casting, the ball stays still while a bird flies from the right of the ball to the '
     "left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Watch closely. The dog stays still; a bird flies from the left of the dog to the right of the dog. CLUE: "
     "whatever moves holds the code.",
     "bird", "dog", RIGHTWARD),
    ("Job: customer's clip, seen after the boiler repair. Customer reports the car staying still and a bird flying "
     "from the right of the car to the left of the car. Work done: confirmed.",
     "bird", "car", LEFTWARD),
    ("Upon casting, a car drives from the left of the cat to the right of the cat, and the cat stays still. "
     'Incantation: "Pass, and spare it."',
     "car", "cat", RIGHTWARD),
    ("CLUE: the ball stays still. A dog walks from the right of the ball to the left of the ball. Watch closely.",
     "dog", "ball", LEFTWARD),
    ("Customer reports a cat running from the left of the ball to the right of the ball while the ball stays still. "
     "Work done: confirmed on playback.",
     "cat", "ball", RIGHTWARD),
    ('Incantation: "Walk on by." Upon casting, the ball stays still, and a dog walks from the right of the ball to '
     "the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Watch closely: a cat runs from the left of the bird to the right of the bird, and the bird stays still. The "
     "code is hidden in what you see.",
     "cat", "bird", RIGHTWARD),
    ("Job: clip review. Customer reports the car staying still and a dog walking from the right of the car to the "
     "left of the car. Work done: agreed with the customer.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Upon casting, the vision looks down from above: a moving car drives from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("CLUE: Seen from above, a moving car drives from the lower left corner to the upper left corner, then to the "
     "upper right corner. The path it takes is the code.",
     "car", BL_TL_TR),
    ("Customer reports an overhead clip: a moving car drives from the lower right corner to the lower left corner, "
     "then to the upper left corner. Work done: confirmed.",
     "car", BR_BL_TL),
    ('Incantation: "Eye that sees all." Upon casting, seen from above, a moving car goes from the lower right corner '
     "to the upper right corner, and on to the upper left corner.",
     "car", BR_TR_TL),
    ("Watch closely, from above: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner. The code is hidden in what you see.",
     "cat", BL_BR_TR),
    ("Job: clip review. Customer reports a top-down view in which a lively cat runs from the lower left corner to "
     "the upper left corner, then to the upper right corner. Work done: agreed.",
     "cat", BL_TL_TR),
    ("Upon casting, a view from above: a lively cat runs from the lower right corner to the lower left corner, and "
     "from there to the upper left corner.",
     "cat", BR_BL_TL),
    ("CLUE: a top-down view. A lively cat runs from the lower right corner to the upper right corner, then to the "
     "upper left corner. Watch closely.",
     "cat", BR_TR_TL),
    ("Customer reports a clip seen from above: a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner. Work done: watched it, confirmed.",
     "bird", BL_BR_TR),
    ('Incantation: "Show me from on high." Upon casting, seen from above, a flying bird flies from the lower left '
     "corner to the upper left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Watch closely, looking straight down from above: a flying bird flies from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Job: customer's clip, overhead view. Customer reports a flying bird going from the lower right corner to the "
     "upper right corner, then to the upper left corner. Work done: confirmed.",
     "bird", BR_TR_TL),
    ("Upon casting, seen from directly above, a moving ball rolls from the lower left corner to the lower right "
     'corner, then to the upper right corner. Incantation: "Trace the way."',
     "ball", BL_BR_TR),
    ("CLUE: From above, a moving ball rolls from the lower left corner to the upper left corner, and then to the "
     "upper right corner. Its route is the code.",
     "ball", BL_TL_TR),
    ("Customer reports a top-down clip of a moving ball rolling from the lower right corner to the lower left "
     "corner, then to the upper left corner. Work done: checked, as reported.",
     "ball", BR_BL_TL),
    ("Upon casting, the vision is seen from above: a moving ball rolls from the lower right corner to the upper "
     "right corner, then to the upper left corner. Components: chalk dust.",
     "ball", BR_TR_TL),
    ("Watch closely. Seen from above, a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. The code is hidden in what you see.",
     "dog", BL_BR_TR),
    ("Job: clip review. Customer reports an overhead view of a walking dog walking from the lower left corner to "
     "the upper left corner, then to the upper right corner. Work done: confirmed.",
     "dog", BL_TL_TR),
    ('Incantation: "Above all, see." Upon casting, from overhead, a walking dog walks from the lower right corner to '
     "the lower left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("CLUE: viewed from above, a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner. Watch closely.",
     "dog", BR_TR_TL),
    ("Customer reports a clip from above: a moving car drives from the bottom left corner to the bottom right "
     "corner, then to the top right corner. Work done: watched it, agreed.",
     "car", BL_BR_TR),
    ("Upon casting, the vision looks down from above, and a lively cat runs from the bottom left corner to the top "
     "left corner, then to the top right corner.",
     "cat", BL_TL_TR),
    ("Watch closely: in a top-down view, a flying bird flies from the bottom right corner to the bottom left corner, "
     "then to the top left corner. The code is hidden in what you see.",
     "bird", BR_BL_TL),
    ("Job: customer's clip. Customer reports a view from directly above: a moving ball rolls from the lower right "
     "corner to the upper right corner, then to the upper left corner. Work done: confirmed.",
     "ball", BR_TR_TL),
    ('Incantation: "Look down, and follow." Upon casting, seen from above, a walking dog walks from the lower left '
     "corner to the lower right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("CLUE: From overhead, a moving car drives from the lower left corner to the upper left corner, and on to the "
     "upper right corner. Watch closely.",
     "car", BL_TL_TR),
    ("Customer reports a top-down clip: a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner. Work done: reviewed, as described.",
     "cat", BR_BL_TL),
    ("Upon casting, from above, a flying bird flies from the lower right corner to the upper right corner, then to "
     "the upper left corner. Components: a whispered word.",
     "bird", BR_TR_TL),
    ("Watch closely, seen from above: a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner. The code is hidden in what you see.",
     "ball", BL_BR_TR),
    ("Job: clip query. Customer reports an overhead view in which a walking dog walks from the lower left corner to "
     "the upper left corner, then to the upper right corner. Work done: confirmed.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
