"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a ballet choreographer's rehearsal notes ("From the top", "plié", "hold the line", "lovely"), where the
  choreographer, the dancers and the studio are never in the video, and the notes only ever tell the
  dancers what the clip shows; the notes never count the dancers in, and never say "stage left" or
  "stage right", since those would be sides of the picture;
- a ransom note made of cut-out words ("WE HAVE YOUR CLIP", "do EXACTLY as we say", "no police", mixed
  capitals), where the kidnappers, the reader and the note itself are never in the video, and the
  demands are plain facts about the clip;
- an air-traffic controller on the radio ("Tower to all stations", "cleared for", "hold short", "roger",
  "wilco"), where the controller, the aircraft and the runway are never in the video; the controller
  calls the clip's objects "traffic" and never uses "bird" or "flying" for an aircraft, and says no
  headings, frequencies or runway numbers.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "and one...", no "no one", no ordinals). No voice uses a
colour word for its own props, no idiom hides a class noun or a side ("all right", "we left"), and
"still" is only ever said of a relation's second object. A relation names its second object at both
ends and says that object stays still; a route names its corners "lower" and "upper", now and then
"bottom" and "top", and is always seen from above. It takes LVD's attribution pairs 80-99 then 0-9,
and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 173/180 on the session's first code, 6bd52b3 (numeracy 27, sequential 28, dynamic_one 29, dynamic_two 29, the
rest 30), kept off main until the session's other fixes were in: 173/180 on 2eaf4b2, none of them carried over; 180/180 after the
fixes of its own commit ("Tower to all stations", "All stations, Tower:" name the caller, no tower, and "Hold short.", "Stand
by.", "Wilco." are radio orders and answers; a thing "cleared across the frame" goes that way once; "We are watching." is no
keeper's watch, so listed corners stay a route; a bare corner set off after the thing before its first "to" is the route's start).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("From the top, please. The clip holds one moving car, in the frame from the very start to the very end, and "
     "nothing else at all. Hold the line... lovely.",
     "car", 1),
    ("WE HAVE YOUR CLIP. it shows TWO moving cars, from START to finish, and NOTHING else. do EXACTLY as we say. "
     "no police.",
     "car", 2),
    ("Tower to all stations: traffic in the frame is three moving cars, present from start to finish. Nothing else "
     "on the screen. Acknowledge.",
     "car", 3),
    ("Notes for this afternoon: four moving cars, in view the whole clip through, and not another thing in the frame. "
     "Plié, breathe, lovely.",
     "car", 4),
    ("lIsTeN CAREFULLY. a lively cat. just ONE. in the clip from start to END. NOTHING ELSE. no police, no "
     "TRICKS.",
     "cat", 1),
    ("All stations, Tower. Be advised: two lively cats in the frame for the whole clip, no other traffic. Roger.",
     "cat", 2),
    ("Hold the line, everybody. Three lively cats, there from the opening of the clip to its close, with nothing "
     "else in the frame. Lovely.",
     "cat", 3),
    ("do EXACTLY as WE say: the clip SHOWS four lively cats from START to FINISH. nothing ELSE in it. NO POLICE.",
     "cat", 4),
    ("Tower to all stations, hold short and observe: one flying bird, in view for the entire clip, and nothing else "
     "in the frame. Wilco.",
     "bird", 1),
    ("From the top. Two flying birds, the whole clip, start to finish, and nothing else anywhere in the frame. "
     "Such lift in them. Lovely.",
     "bird", 2),
    ("WE have YOUR clip. in IT: three flying birds. from start TO end. NOTHING else. tell NOBODY.",
     "bird", 3),
    ("Tower, all stations: four flying birds remain in the frame from start to finish. No other traffic. Roger, "
     "wilco.",
     "bird", 4),
    ("Plié... and hold. Now watch one moving ball, rolling through the clip from start to finish, with nothing else "
     "in the frame. Lovely.",
     "ball", 1),
    ("two MOVING balls. the WHOLE clip. start to FINISH. NOTHING else. do exactly AS we SAY or ELSE.",
     "ball", 2),
    ("Tower to all stations, be advised: three moving balls in the frame from the start of the clip to the end. "
     "Nothing else. Read back.",
     "ball", 3),
    ("Lovely work today. What I want to see: four moving balls, in the frame from start to finish, and nothing else. "
     "Hold the line.",
     "ball", 4),
    ("we HAVE your CLIP. it has one walking dog. START to finish. NOTHING else in the FRAME. NO police.",
     "dog", 1),
    ("All stations, this is Tower. Two walking dogs in the frame for the whole clip, nothing else. Acknowledge, "
     "over.",
     "dog", 2),
    ("Three walking dogs, darlings, in the frame from start to finish and not a thing else. From the top, and "
     "lovely, everyone.",
     "dog", 3),
    ("FOUR walking dogs. in VIEW from START to finish. nothing ELSE. do EXACTLY as we SAY.",
     "dog", 4),
    ("Tower to all stations, hold short: the clip shows one moving car, start to finish, and no other traffic. "
     "Wilco.",
     "car", 1),
    ("Again from the top, please. Two lively cats for the whole clip, start to finish, and nothing else in the "
     "frame. Lovely.",
     "cat", 2),
    ("you WANT it back? then LOOK: one flying bird. from START to finish. Nothing ELSE. no POLICE.",
     "bird", 1),
    ("Is that four moving balls I have in the frame? Affirmative, four, start to finish, and no other traffic. "
     "Tower to all stations, roger.",
     "ball", 4),
    ("Hold the line... and in the clip, one walking dog, in the frame from start to finish, nothing else. Lovely, "
     "lovely.",
     "dog", 1),
    ("THREE moving cars. START to FINISH. nothing ELSE in the clip. do EXACTLY as we say and NOBODY gets hurt.",
     "car", 3),
    ("Tower to all stations: four lively cats in the frame for the duration of the clip. No other traffic. Wilco.",
     "cat", 4),
    ("Plié, and hold. Three flying birds the whole clip through, from start to finish, and nothing else in the "
     "frame. Lovely.",
     "bird", 3),
    ("one MOVING ball. the WHOLE clip. NOTHING else. NO police. WE are WATCHING you.",
     "ball", 1),
    ("Tower, roger: four walking dogs in the frame from start to finish, nothing else. All stations, hold short.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("From the top. A purple bird beside a red dog, both in the frame from start to finish. Hold the line. Lovely.",
     "bird", "purple", "dog", "red"),
    ("WE HAVE YOUR CLIP. in it: a RED dog. next to it: a YELLOW car. both there START to finish. do EXACTLY as we "
     "say.",
     "dog", "red", "car", "yellow"),
    ("Tower to all stations: traffic is an orange dog beside a brown car, both in the frame for the whole clip. "
     "Roger.",
     "dog", "orange", "car", "brown"),
    ("Lovely, everyone. Now a gray cat, and by its side an orange dog, the pair of them in the frame from start to "
     "finish. Plié.",
     "cat", "gray", "dog", "orange"),
    ("a GREEN ball. a PINK dog BESIDE it. the WHOLE clip. no POLICE.",
     "ball", "green", "dog", "pink"),
    ("All stations, Tower: a white dog with a pink bird next to it, in view from start to finish. Acknowledge.",
     "dog", "white", "bird", "pink"),
    ("Hold the line, darlings. A purple car with a gray ball beside it, both in the frame the whole clip. Lovely.",
     "car", "purple", "ball", "gray"),
    ("do EXACTLY as we say: a yellow DOG and a BROWN cat, side BY side, from start to FINISH. tell NOBODY.",
     "dog", "yellow", "cat", "brown"),
    ("Tower to all stations, be advised: a brown ball and a green cat, side by side in the frame for the entire "
     "clip. Wilco.",
     "ball", "brown", "cat", "green"),
    ("From the top, please. A brown cat next to an orange car, there from start to finish. Soft arms. Lovely.",
     "cat", "brown", "car", "orange"),
    ("WE have your CLIP. a WHITE cat. an ORANGE dog by its SIDE. START to finish. or ELSE.",
     "cat", "white", "dog", "orange"),
    ("Tower, all stations: in the frame, a green bird beside an orange car, both present from start to finish. "
     "Roger.",
     "bird", "green", "car", "orange"),
    ("Plié... and hold. A brown dog with a red ball at its side, in the frame the whole clip through. Lovely.",
     "dog", "brown", "ball", "red"),
    ("a YELLOW car. a WHITE bird NEXT to it. from START to FINISH. NO police. NO tricks.",
     "car", "yellow", "bird", "white"),
    ("Tower to all stations: a blue cat and a brown bird, side by side in the frame from start to finish. Hold "
     "short. Wilco.",
     "cat", "blue", "bird", "brown"),
    ("Lovely. Now, a black bird beside an orange cat, both in the frame from start to finish, and hold the line.",
     "bird", "black", "cat", "orange"),
    ("we HAVE your clip. A BLACK ball. a RED dog beside IT. the WHOLE clip. do EXACTLY as we SAY.",
     "ball", "black", "dog", "red"),
    ("All stations, this is Tower. A brown bird with an orange dog next to it, both in the frame for the whole clip. "
     "Roger.",
     "bird", "brown", "dog", "orange"),
    ("From the top: a red ball beside a purple car, both there from start to finish. Lovely line, everyone.",
     "ball", "red", "car", "purple"),
    ("IF you EVER want your clip BACK, it will show a PURPLE car with a WHITE bird beside it, from START to "
     "finish. NOBODY talks. no POLICE.",
     "car", "purple", "bird", "white"),
    ("Tower to all stations: a blue cat with a white bird beside it, in the frame from start to finish. Acknowledge.",
     "cat", "blue", "bird", "white"),
    ("Hold the line, please. A yellow dog, a green ball at its side, both there the whole clip. Plié. Lovely.",
     "dog", "yellow", "ball", "green"),
    ("WE have YOUR clip: a BLUE dog NEXT to an ORANGE car, from START to FINISH. do EXACTLY as we say.",
     "dog", "blue", "car", "orange"),
    ("All stations, Tower: a purple ball and a blue car, side by side in the frame for the entire clip. Wilco.",
     "ball", "purple", "car", "blue"),
    ("From the top. A green dog with a black bird beside it, in the frame from start to finish. Lovely.",
     "dog", "green", "bird", "black"),
    ("a PURPLE ball. a BLACK cat beside it. the WHOLE clip. NO police. we MEAN it.",
     "ball", "purple", "cat", "black"),
    ("Tower to all stations: traffic is a black car with an orange bird next to it, both in the frame start to "
     "finish. Roger.",
     "car", "black", "bird", "orange"),
    ("Plié, and hold the line. A black ball, a purple cat beside it, the pair of them there the whole clip. Lovely.",
     "ball", "black", "cat", "purple"),
    ("WE HAVE YOUR CLIP. a PINK bird. a BROWN dog beside it. START to finish. tell NOBODY.",
     "bird", "pink", "dog", "brown"),
    ("All stations, this is Tower: a brown ball beside a blue dog, both in the frame for the whole clip. Wilco.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("From the top. In the first half of the clip there is no car; in the second half a moving car appears and stays "
     "to the end. Lovely.",
     "car"),
    ("FIRST half: NO car. SECOND half: a moving CAR appears and STAYS. do EXACTLY as we say.",
     "car"),
    ("Tower to all stations: first half of the clip, no car in the frame. Second half, a moving car appears and "
     "remains to the end. Roger.",
     "car"),
    ("WE HAVE YOUR CLIP. no CAT in the first HALF. in the SECOND half a lively cat APPEARS and stays. no police.",
     "cat"),
    ("All stations, Tower: no cat in the frame during the first half. In the second half a lively cat appears and "
     "stays until the end. Wilco.",
     "cat"),
    ("Hold the line through the first half, darlings, there is no cat yet. In the second half a lively cat appears, "
     "and it stays to the end. Lovely.",
     "cat"),
    ("Tower to all stations, hold short: no bird in the first half. A flying bird appears in the second half and "
     "stays in the frame to the end.",
     "bird"),
    ("Plié through the first half: no bird at all. Then, in the second half, a flying bird appears and stays to the "
     "end. Lovely.",
     "bird"),
    ("no BIRD in the FIRST half. THEN a flying bird APPEARS in the second HALF and stays. TELL nobody.",
     "bird"),
    ("From the top, please. No ball in the first half of the clip; in the second half a moving ball appears and stays "
     "to the end.",
     "ball"),
    ("the FIRST half has NO ball. in the SECOND half a MOVING ball appears. it STAYS. or ELSE.",
     "ball"),
    ("All stations, this is Tower: first half, no ball in the frame. Second half, a moving ball appears and remains "
     "until the end. Acknowledge.",
     "ball"),
    ("Lovely patience in the first half: no dog. In the second half a walking dog appears and stays to the end. Hold "
     "the line.",
     "dog"),
    ("Tower to all stations: no dog in the first half of the clip. A walking dog appears in the second half and stays "
     "to the end. Roger, wilco.",
     "dog"),
    ("WE HAVE YOUR CLIP. first HALF: no DOG. second HALF: a walking dog APPEARS and STAYS. no POLICE.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car is there in the first half of the clip, darlings, and in the second half it is gone: no car at "
     "all. From the top.",
     "car"),
    ("a MOVING car in the FIRST half. in the SECOND half: NO car. GONE. do EXACTLY as we say.",
     "car"),
    ("Tower to all stations: a moving car in the frame for the first half. Second half, no car. Roger.",
     "car"),
    ("WE have your CLIP. a lively CAT in the first HALF. then in the SECOND half, no cat. NO police.",
     "cat"),
    ("All stations, Tower: a lively cat in the frame during the first half. In the second half it has gone, no cat. "
     "Wilco.",
     "cat"),
    ("Plié. A lively cat for the first half, and then in the second half it vanishes: no cat. Lovely, hold the line.",
     "cat"),
    ("Tower to all stations, be advised: a flying bird in the frame for the first half; in the second half, no bird. "
     "Acknowledge.",
     "bird"),
    ("From the top. A flying bird in the first half of the clip, and in the second half no bird anywhere. Lovely.",
     "bird"),
    ("a FLYING bird. the FIRST half ONLY. second HALF: no BIRD. tell NOBODY.",
     "bird"),
    ("Hold the line. A moving ball rolls through the first half, and in the second half there is no ball at all. "
     "Lovely.",
     "ball"),
    ("first HALF: a moving BALL. SECOND half: NO ball. it is GONE. or ELSE.",
     "ball"),
    ("Moving ball, first half of the clip, in the frame. Second half, no ball; it has gone. Tower to all stations, "
     "say again if unclear.",
     "ball"),
    ("A walking dog in the first half, darlings, and in the second half no dog at all. Plié, and lovely.",
     "dog"),
    ("Tower to all stations: a walking dog in the frame during the first half. Second half, the dog is gone. Wilco.",
     "dog"),
    ("WE HAVE YOUR CLIP. a walking DOG in the FIRST half. NO dog in the SECOND half. no POLICE.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("From the top, please. A moving car travels from the left side of the frame all the way across to the right "
     "side. Keep that line clean. Lovely.",
     "car", RIGHTWARD),
    ("a MOVING car. it STARTS on the RIGHT side of the frame. it ENDS on the LEFT side. do EXACTLY as we say.",
     "car", LEFTWARD),
    ("Tower to all stations: traffic, a moving car, cleared for a crossing from the left side of the frame to the "
     "right side. Roger.",
     "car", RIGHTWARD),
    ("Watch the travel, darlings: a moving car crosses from the right side of the frame to the left side, smooth as "
     "a glissade. Lovely.",
     "car", LEFTWARD),
    ("WE HAVE YOUR CLIP. a moving CAR drives from the LEFT side to the RIGHT side of the FRAME. no police.",
     "car", RIGHTWARD),
    ("All stations, Tower. A moving car is cleared across the frame, right side to left side. Hold short until it "
     "passes. Wilco.",
     "car", LEFTWARD),
    ("a LIVELY cat runs from the LEFT side of the frame to the RIGHT side. TELL nobody.",
     "cat", RIGHTWARD),
    ("Tower to all stations, be advised: a lively cat crossing the frame from the right side to the left side. "
     "Acknowledge.",
     "cat", LEFTWARD),
    ("Plié, and watch the lively cat: it runs from the left side of the frame clean across to the right side. "
     "Lovely, that is the energy I want.",
     "cat", RIGHTWARD),
    ("do EXACTLY as WE say: a lively CAT. from the RIGHT side of the FRAME to the LEFT side. or ELSE.",
     "cat", LEFTWARD),
    ("All stations, this is Tower: a lively cat is cleared from the left side of the frame to the right side. "
     "Roger.",
     "cat", RIGHTWARD),
    ("Hold the line while the lively cat runs through: right side of the frame to the left side. Lovely.",
     "cat", LEFTWARD),
    ("Tower to all stations: traffic is a flying bird crossing from the left side of the frame to the right side. "
     "Wilco.",
     "bird", RIGHTWARD),
    ("From the top. A flying bird sweeps from the right side of the frame across to the left side, like a grand "
     "jeté. Lovely.",
     "bird", LEFTWARD),
    ("a FLYING bird. LEFT side of the frame to the RIGHT side. do EXACTLY as we SAY. NO police.",
     "bird", RIGHTWARD),
    ("All stations, Tower: a flying bird in the frame, moving from the right side to the left side. Hold short. "
     "Roger.",
     "bird", LEFTWARD),
    ("Lovely arms, everyone. Now the flying bird: it crosses from the left side of the frame to the right side. "
     "Hold the line.",
     "bird", RIGHTWARD),
    ("WE HAVE YOUR CLIP. the FLYING bird goes from the RIGHT side of the frame to the LEFT side. tell NOBODY.",
     "bird", LEFTWARD),
    ("Plié... and a moving ball rolls from the left side of the frame across to the right side. Lovely.",
     "ball", RIGHTWARD),
    ("Tower to all stations: a moving ball is cleared from the right side of the frame to the left side. "
     "Acknowledge.",
     "ball", LEFTWARD),
    ("a MOVING ball ROLLS from the LEFT side of the frame to the RIGHT side. WE are WATCHING.",
     "ball", RIGHTWARD),
    ("From the top: a moving ball rolls from the right side of the frame to the left side. Follow it with your "
     "eyes. Lovely.",
     "ball", LEFTWARD),
    ("All stations, this is Tower: traffic, a moving ball, rolling from the left side of the frame to the right "
     "side. Wilco.",
     "ball", RIGHTWARD),
    ("you THOUGHT we were BLUFFING? watch the MOVING ball roll from the RIGHT side of the FRAME to the LEFT side. "
     "NO tricks. no POLICE.",
     "ball", LEFTWARD),
    ("Tower to all stations, hold short: a walking dog crossing the frame from the left side to the right side. "
     "Roger.",
     "dog", RIGHTWARD),
    ("Hold the line, darlings. A walking dog strolls from the right side of the frame across to the left side. "
     "Lovely.",
     "dog", LEFTWARD),
    ("WE HAVE YOUR CLIP. a walking DOG walks from the LEFT side of the frame to the RIGHT side. do EXACTLY as we say.",
     "dog", RIGHTWARD),
    ("All stations, Tower: a walking dog is cleared across the frame, right side to left side. Wilco.",
     "dog", LEFTWARD),
    ("From the top. A walking dog walks from the left side of the frame to the right side, unhurried. Plié. Lovely.",
     "dog", RIGHTWARD),
    ("a WALKING dog. FROM the right SIDE of the frame TO the left SIDE. or ELSE.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("From the top. The ball stays still, darlings, and a bird flies from the left of the ball to the right of the "
     "ball. Lovely.",
     "bird", "ball", RIGHTWARD),
    ("the BALL stays STILL. a BIRD flies from the RIGHT of the ball to the LEFT of the ball. do EXACTLY as we say.",
     "bird", "ball", LEFTWARD),
    ("Traffic advisory from Tower: a car passes from the left of the ball to the right of the ball. The ball stays "
     "still, no factor. Roger.",
     "car", "ball", RIGHTWARD),
    ("Hold the line. The dog stays still while a bird flies from the right of the dog to the left of the dog. "
     "Lovely.",
     "bird", "dog", LEFTWARD),
    ("WE HAVE YOUR CLIP. a DOG walks from the LEFT of the car to the RIGHT of the car. the CAR stays STILL. no "
     "police.",
     "dog", "car", RIGHTWARD),
    ("All stations, Tower: the ball stays still. Traffic, a bird, passing from the right of the ball to the left of "
     "the ball. Wilco.",
     "bird", "ball", LEFTWARD),
    ("Plié. A dog walks from the left of the cat to the right of the cat, and the cat stays still, as still as a "
     "held pose. Lovely.",
     "dog", "cat", RIGHTWARD),
    ("the CAR stays STILL. a DOG goes from the RIGHT of the car to the LEFT of the car. TELL nobody.",
     "dog", "car", LEFTWARD),
    ("Tower to all stations, be advised: the dog stays still. A cat runs from the left of the dog to the right of "
     "the dog. Acknowledge.",
     "cat", "dog", RIGHTWARD),
    ("From the top, please. The ball stays still; a cat runs from the right of the ball to the left of the ball. "
     "Lovely.",
     "cat", "ball", LEFTWARD),
    ("a CAT runs from the LEFT of the dog to the RIGHT of the dog. the DOG stays still. or ELSE.",
     "cat", "dog", RIGHTWARD),
    ("All stations, this is Tower: the dog stays still. A ball rolls from the right of the dog to the left of the "
     "dog. Roger.",
     "ball", "dog", LEFTWARD),
    ("Hold the line, everyone. The bird stays still, and a dog walks from the left of the bird to the right of the "
     "bird. Lovely.",
     "dog", "bird", RIGHTWARD),
    ("WE have YOUR clip. the CAT stays still. a BIRD flies from the RIGHT of the cat to the LEFT of the cat. no "
     "POLICE.",
     "bird", "cat", LEFTWARD),
    ("Tower to all stations: the bird stays still. A cat is cleared from the left of the bird to the right of the "
     "bird. Wilco.",
     "cat", "bird", RIGHTWARD),
    ("Lovely. Now: a bird flies from the right of the cat to the left of the cat, and the cat stays still. Plié.",
     "bird", "cat", LEFTWARD),
    ("do EXACTLY as we SAY: the CAT stays still. a DOG walks from the LEFT of the cat to the RIGHT of the cat.",
     "dog", "cat", RIGHTWARD),
    ("All stations, Tower: traffic, a bird, from the right of the dog to the left of the dog. The dog stays still. "
     "Hold short. Roger.",
     "bird", "dog", LEFTWARD),
    ("From the top. The cat stays still while a dog walks from the left of the cat to the right of the cat. "
     "Lovely.",
     "dog", "cat", RIGHTWARD),
    ("the CAR stays STILL. a bird FLIES from the RIGHT of the car to the LEFT of the car. we are WATCHING.",
     "bird", "car", LEFTWARD),
    ("Tower to all stations: the car stays still. A bird passes from the left of the car to the right of the car. "
     "Acknowledge.",
     "bird", "car", RIGHTWARD),
    ("Hold the line. The bird stays still, and a car drives from the right of the bird to the left of the bird. "
     "Lovely.",
     "car", "bird", LEFTWARD),
    ("WE HAVE YOUR CLIP. the CAT stays STILL. a BIRD flies from the LEFT of the cat to the RIGHT of the cat.",
     "bird", "cat", RIGHTWARD),
    ("All stations, this is Tower: a car is cleared from the right of the bird to the left of the bird. The bird "
     "stays still. Wilco.",
     "car", "bird", LEFTWARD),
    ("Plié, and watch: the dog stays still, and a bird flies from the left of the dog to the right of the dog. "
     "Lovely.",
     "bird", "dog", RIGHTWARD),
    ("a DOG walks from the RIGHT of the cat to the LEFT of the cat. the CAT stays STILL. NO police.",
     "dog", "cat", LEFTWARD),
    ("Ball, continue from the left of the dog to the right of the dog; the dog stays still and is no factor. "
     "Tower to all stations, wilco.",
     "ball", "dog", RIGHTWARD),
    ("From the top. A bird flies from the right of the cat to the left of the cat, and the cat stays still. Hold "
     "the line. Lovely.",
     "bird", "cat", LEFTWARD),
    ("the BALL stays STILL. a CAR drives from the LEFT of the ball to the RIGHT of the ball. do EXACTLY as we say.",
     "car", "ball", RIGHTWARD),
    ("All stations, Tower: the bird stays still. A cat runs from the right of the bird to the left of the bird. "
     "Hold short. Wilco.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Picture it from straight above, darlings. A moving car drives from the lower "
     "left corner to the lower right corner, then to the upper right corner. Lovely.",
     "car", BL_BR_TR),
    ("SEEN from ABOVE. a moving CAR: lower LEFT corner, then upper LEFT corner, then upper RIGHT corner. do EXACTLY "
     "as we say.",
     "car", BL_TL_TR),
    ("Tower to all stations: view is top-down. A moving car, cleared from the lower right corner to the lower left "
     "corner, then to the upper left corner. Roger.",
     "car", BR_BL_TL),
    ("Plié, and picture it from above: a moving car drives from the lower right corner to the upper right corner, "
     "and on to the upper left corner. Lovely.",
     "car", BR_TR_TL),
    ("WE HAVE YOUR CLIP. from ABOVE, a lively cat runs from the lower LEFT corner to the lower RIGHT corner, THEN to "
     "the upper RIGHT corner. no police.",
     "cat", BL_BR_TR),
    ("All stations, Tower: seen from overhead, a lively cat goes from the lower left corner to the upper left "
     "corner, then to the upper right corner. Wilco.",
     "cat", BL_TL_TR),
    ("From above, everyone. A lively cat runs from the lower right corner to the lower left corner, then up to the "
     "upper left corner. Hold the line. Lovely.",
     "cat", BR_BL_TL),
    ("TOP-down VIEW. a lively CAT: lower RIGHT corner, upper RIGHT corner, upper LEFT corner. in THAT order. or "
     "ELSE.",
     "cat", BR_TR_TL),
    ("Tower to all stations: from overhead, a flying bird moves from the lower left corner to the lower right "
     "corner, then to the upper right corner. Acknowledge.",
     "bird", BL_BR_TR),
    ("Seen from above, darlings: a flying bird goes from the lower left corner to the upper left corner and "
     "finishes in the upper right corner. Lovely.",
     "bird", BL_TL_TR),
    ("a FLYING bird, SEEN from above: LOWER right corner, then LOWER left corner, THEN upper LEFT corner. tell "
     "NOBODY.",
     "bird", BR_BL_TL),
    ("All stations, this is Tower: top-down view. A flying bird from the lower right corner to the upper right "
     "corner, then to the upper left corner. Roger.",
     "bird", BR_TR_TL),
    ("From the top, and from above this time: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner. Lovely.",
     "ball", BL_BR_TR),
    ("WE HAVE YOUR CLIP. SEEN from ABOVE, a moving BALL rolls: lower LEFT corner, upper LEFT corner, upper RIGHT "
     "corner. do EXACTLY as we say.",
     "ball", BL_TL_TR),
    ("Tower to all stations, view from overhead: a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner. Wilco.",
     "ball", BR_BL_TL),
    ("Hold the line. Seen from directly above, a moving ball rolls from the lower right corner up to the upper right "
     "corner, then across to the upper left corner. Lovely.",
     "ball", BR_TR_TL),
    ("TOP-DOWN. a walking DOG walks from the lower LEFT corner to the lower RIGHT corner, THEN to the upper RIGHT "
     "corner. no POLICE.",
     "dog", BL_BR_TR),
    ("All stations, Tower: seen from above, a walking dog walks from the lower left corner to the upper left "
     "corner, then on to the upper right corner. Roger.",
     "dog", BL_TL_TR),
    ("Plié. From above, a walking dog goes from the lower right corner to the lower left corner, and then to the "
     "upper left corner. Lovely.",
     "dog", BR_BL_TL),
    ("from ABOVE: a walking dog. LOWER right corner, UPPER right corner, UPPER left corner. WE are WATCHING.",
     "dog", BR_TR_TL),
    ("Tower to all stations, from overhead: a moving car drives from the bottom left corner to the bottom right "
     "corner, then to the top right corner. Wilco.",
     "car", BL_BR_TR),
    ("Seen from above, darlings: a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner. Hold the line.",
     "cat", BL_TL_TR),
    ("SEEN from ABOVE, a FLYING bird: BOTTOM right corner, then BOTTOM left corner, then TOP left corner. or ELSE.",
     "bird", BR_BL_TL),
    ("All stations, this is Tower: top-down view, a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner. Acknowledge.",
     "ball", BR_TR_TL),
    ("Lovely. From directly above, a walking dog walks the lower left corner, then the lower right corner, then the "
     "upper right corner. Plié.",
     "dog", BL_BR_TR),
    ("WE HAVE YOUR CLIP. from OVERHEAD: a moving car, lower LEFT corner, to UPPER left corner, to UPPER right "
     "corner. no police.",
     "car", BL_TL_TR),
    ("Tower to all stations: seen from above, a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner. Roger.",
     "cat", BR_BL_TL),
    ("Hold the line and look down from above: a flying bird flies from the lower right corner to the upper right "
     "corner, then over to the upper left corner. Lovely.",
     "bird", BR_TR_TL),
    ("a moving BALL seen from ABOVE: LOWER left corner, LOWER right corner, UPPER right corner. do EXACTLY as we "
     "SAY.",
     "ball", BL_BR_TR),
    ("All stations, Tower: from overhead, a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner. Wilco.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
