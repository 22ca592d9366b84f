"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a dungeon master narrating a tabletop game ("adventurers", "roll for perception", "what do you do?"),
  where the players, the dice, the map and the table are never in the video, and the scene narrated is
  the clip;
- a spaceship's onboard computer ("sensors", "scan complete", "tracking", "Captain"), where the ship, the
  crew and the sensors are never in the video, and the contact reported is the clip; it logs no stardates
  or readings, since it writes no numbers;
- a butler announcing guests ("presenting", "may I announce", "sir", "madam", "my lord"), where the butler,
  the household and the house are never in the video, and the guest announced is the object in the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
dice, ship or guests beside the count) and put no other number word beside it (no "natural twenty", no
"first contact", no "a couple of"). No voice gives its own props a colour or a count (no alerts by colour,
no gloves, no livery), no idiom hides a class noun or a side (no "carriage", "ballroom", "right away",
"what's left"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route,
and "still" only of a relation's second object. A relation names its second object at both ends and says
that object stays still; a route is always seen from above. It takes LVD's attribution pairs 90-99 and
0-19 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 174/180 on fd7de27 (numeracy 27, visibility 28, dynamic_one 29, the rest 30), and the same 174/180
on the session's last code, after every fix of that session for sets 91-94 and its known misreadings (none carried
over), and 174/180 again on 6b7fb3e; 180/180 after the fixes of its own commits (a ship computer's sensors that
"register" or "confirm" what the clip holds report it and are no things, a butler's "my lady" or "sir" set off by
commas is the one spoken to, "no bird in the first half, no bird at all, and in the second half it appears" is the
bird named before coming later, and "arriving on the left side and proceeding to the right side" starts on the left).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Roll for perception. Before you is one moving car, there from the opening of the clip to its close, and nothing "
     "else at all.",
     "car", 1),
    ("Scan complete. Two moving cars, tracked from start to finish. Nothing else registers on the sensors.",
     "car", 2),
    ("Announcing, if it please you: three moving cars, in view from start to finish, and nothing else whatsoever.",
     "car", 3),
    ("The scene is set, adventurers: four moving cars, the whole clip through, and nothing else beside them. What do "
     "you do?",
     "car", 4),
    ("Attention. Sensors register one lively cat, in view from the start of the clip to the end. Nothing else is "
     "detected.",
     "cat", 1),
    ("Presenting two lively cats, sir, who remain in view from start to finish. Nobody else is expected, and nothing "
     "else appears.",
     "cat", 2),
    ("You peer into the gloom and roll well: three lively cats, from start to finish, and nothing else. Nothing at "
     "all.",
     "cat", 3),
    ("Log entry: four lively cats observed for the full duration of the clip, start to finish. No other objects "
     "registered.",
     "cat", 4),
    ("May I present one flying bird, madam, in view from the start of the clip to its end, and nothing else besides.",
     "bird", 1),
    ("Roll initiative! Two flying birds, and they are in view from start to finish. There is nothing else here.",
     "bird", 2),
    ("Query acknowledged. Displaying three flying birds, visible from start to finish. Nothing else is present in the "
     "clip.",
     "bird", 3),
    ("Four flying birds have arrived, my lord, and remain in view from start to finish. There is nothing else to "
     "announce.",
     "bird", 4),
    ("What do you see? I will tell you: one moving ball, from the opening of the clip to its close, and nothing else.",
     "ball", 1),
    ("Visual feed: two moving balls, in frame from start to finish. Nothing else detected. Please remain calm.",
     "ball", 2),
    ("If you would permit me, sir: three moving balls, present for the whole clip, from start to finish. Nothing else.",
     "ball", 3),
    ("I describe it plainly, as your narrator must: four moving balls, start to finish, and nothing else in the clip.",
     "ball", 4),
    ("Sensors confirm one walking dog, tracked from the start of the clip to its end. No other contacts.",
     "dog", 1),
    ("Announcing two walking dogs, madam, in view from start to finish. I am told nothing else will appear.",
     "dog", 2),
    ("The tension rises... three walking dogs, from start to finish, and nothing else. Roll for perception, if you "
     "dare.",
     "dog", 3),
    ("Affirmative. Four walking dogs in view from start to finish. Nothing else on the scan, Captain.",
     "dog", 4),
    ("Two moving cars, sir, now in view, and they remain from start to finish. Nothing else is announced this evening.",
     "car", 2),
    ("A perfect roll! You spot one lively cat, there for the whole clip, start to finish, and nothing else.",
     "cat", 1),
    ("Alert: three flying birds within visual range from start to finish. No other contacts detected. End of report.",
     "bird", 3),
    ("Presenting, with due ceremony, four moving balls, in view from the start of the clip to its end, and nothing "
     "more.",
     "ball", 4),
    ("Quiet now, adventurers. One walking dog, in view from start to finish; nothing else stirs. Roll to listen.",
     "dog", 1),
    ("Scan result: three moving cars, present from start to finish. No further objects. Awaiting instructions, "
     "Captain.",
     "car", 3),
    ("Four lively cats, my lady, are with us, and they stay in view from start to finish. Nothing else, I assure you.",
     "cat", 4),
    ("And what do you behold? Two flying birds, from start to finish, and beyond them nothing else.",
     "bird", 2),
    ("Processing... result: one moving ball, visible from start to finish. Nothing else in the clip.",
     "ball", 1),
    ("Announcing two walking dogs, sir, in view from start to finish. There is nothing else, and nobody else.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 and 0-19, in order.
_ATTRIBUTION = [
    ("The dice have spoken: a white cat sits beside an orange dog, and both stay in view from start to finish.",
     "cat", "white", "dog", "orange"),
    ("Sensors identify a green bird beside an orange car. Both remain in view for the entire clip.",
     "bird", "green", "car", "orange"),
    ("Presenting a brown dog, sir, and beside it a red ball. Both remain in view from start to finish.",
     "dog", "brown", "ball", "red"),
    ("In the clearing you see a yellow car, and perched beside it a white bird. They stay the whole clip. What do you "
     "do?",
     "car", "yellow", "bird", "white"),
    ("Object classification complete: a blue cat next to a brown bird, both in frame from start to finish.",
     "cat", "blue", "bird", "brown"),
    ("May I announce a black bird, and at its side an orange cat. Both will be in view throughout the clip.",
     "bird", "black", "cat", "orange"),
    ("Roll for perception. Success: a black ball lies beside a red dog, and both are there from start to finish.",
     "ball", "black", "dog", "red"),
    ("Visual confirmed, Captain: a brown bird, an orange dog beside it, in view from start to finish.",
     "bird", "brown", "dog", "orange"),
    ("A red ball, madam, and beside it a purple car. They keep each other company for the whole clip.",
     "ball", "red", "car", "purple"),
    ("Behold, adventurers: a purple car with a white bird beside it, in view from start to finish. Roll initiative if "
     "you must.",
     "car", "purple", "bird", "white"),
    ("Scan report: a blue cat and a white bird side by side, present for the entire clip.",
     "cat", "blue", "bird", "white"),
    ("Announcing a yellow dog, accompanied by a green ball at its side, both in view from start to finish.",
     "dog", "yellow", "ball", "green"),
    ("The dice fall, and you see a blue dog beside an orange car. Both are there from start to finish. Make a note of "
     "it.",
     "dog", "blue", "car", "orange"),
    ("Attention, crew: a purple ball beside a blue car, both tracked in view from start to finish.",
     "ball", "purple", "car", "blue"),
    ("Presenting a green dog and, at its side, a black bird. They remain with us from start to finish, sir.",
     "dog", "green", "bird", "black"),
    ("A purple ball. Beside it, a black cat. Both stay in view from start to finish, adventurers. Roll for perception.",
     "ball", "purple", "cat", "black"),
    ("Detected: a black car with an orange bird next to it. Both remain in frame for the whole clip. No threat.",
     "car", "black", "bird", "orange"),
    ("A black ball, my lord, with a purple cat beside it; both in view from start to finish, if I may say so.",
     "ball", "black", "cat", "purple"),
    ("As you look closer, a pink bird perches beside a brown dog, and both stay in view the whole clip.",
     "bird", "pink", "dog", "brown"),
    ("Object log: a brown ball beside a blue dog, both visible from start to finish. Logging complete.",
     "ball", "brown", "dog", "blue"),
    ("Announcing a yellow ball and, beside it, a pink dog, both in view from start to finish, madam.",
     "ball", "yellow", "dog", "pink"),
    ("What lies ahead? A pink bird next to a gray ball, both there from start to finish. Roll for investigation.",
     "bird", "pink", "ball", "gray"),
    ("Sensor sweep shows a gray dog beside a purple car, both in view for the entire clip. Awaiting orders.",
     "dog", "gray", "car", "purple"),
    ("Presenting a green cat, sir, seated beside a purple ball, in view from start to finish.",
     "cat", "green", "ball", "purple"),
    ("The dice clatter. You see a green dog and a gray ball beside it, both in view from start to finish.",
     "dog", "green", "ball", "gray"),
    ("Confirming: a yellow ball with a pink bird beside it, both in view from start to finish, Captain.",
     "ball", "yellow", "bird", "pink"),
    ("A pink cat and a yellow dog at its side, my lady, both in view from start to finish. They will stay throughout.",
     "cat", "pink", "dog", "yellow"),
    ("You step into the courtyard: a brown car, a yellow ball beside it, both in view from start to finish.",
     "car", "brown", "ball", "yellow"),
    ("Visual: a brown car beside a white dog. Both remain in frame from start to finish. Recommend observation.",
     "car", "brown", "dog", "white"),
    ("And now, an orange dog with a brown car beside it, in view from start to finish, if it please the company.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Roll for perception. In the first half, no car. In the second half a moving car rumbles in and stays until the "
     "end.",
     "car"),
    ("Sensor log: no car during the first half of the clip. Second half: a moving car appears and remains to the end.",
     "car"),
    ("Through the first half, sir, there is no car. In the second half a moving car is announced, and it stays to the "
     "end.",
     "car"),
    ("Incoming contact. First half: no cat detected. Second half: a lively cat appears and remains until the end of "
     "the clip.",
     "cat"),
    ("Nothing in the first half, not a cat anywhere; then, in the second half, a lively cat pads into view and stays. "
     "Roll initiative!",
     "cat"),
    ("A lively cat, madam, who arrives only in the second half; in the first half there is no cat. It stays to the "
     "end.",
     "cat"),
    ("The first half is empty sky, adventurers: no bird. In the second half a flying bird swoops in and stays to the "
     "end.",
     "bird"),
    ("Presenting, late as ever, a flying bird: none in the first half, no bird at all, and in the second half it "
     "appears and remains.",
     "bird"),
    ("Warning: no bird on sensors in the first half. In the second half a flying bird appears. It is tracked until the "
     "end.",
     "bird"),
    ("May I announce a moving ball, sir, which is not here in the first half, no ball at all, but appears in the "
     "second half and stays.",
     "ball"),
    ("You wait. The first half passes with no ball. Then, in the second half, a moving ball rolls into view and stays "
     "until the end.",
     "ball"),
    ("Analysis: the first half contains no ball. In the second half a moving ball appears and persists to the end of "
     "the clip.",
     "ball"),
    ("The first half: no dog. The second half: a walking dog appears, and it remains until the end. Affirmative.",
     "dog"),
    ("Hark, adventurers, no dog in the first half. But in the second half a walking dog appears and stays to the end.",
     "dog"),
    ("A walking dog, my lady, arriving in the second half and staying to the end; in the first half there is no dog.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half, adventurers. In the second half it is gone: no car. Roll to track it, if you "
     "like.",
     "car"),
    ("Contact lost. A moving car is tracked in the first half; in the second half there is no car.",
     "car"),
    ("A moving car in the first half, sir, which has departed by the second half. No car remains.",
     "car"),
    ("Sensor log: a lively cat in the first half. In the second half, no cat detected. Logging the absence.",
     "cat"),
    ("A lively cat, madam, present in the first half, has taken its leave by the second half; there is no cat at all.",
     "cat"),
    ("A lively cat prowls through the first half. In the second half it is gone, and no cat can be found. Roll for "
     "investigation.",
     "cat"),
    ("Presenting a flying bird in the first half, my lord; by the second half it has gone, and there is no bird.",
     "bird"),
    ("In the first half, a flying bird wheels overhead; in the second half, there is no bird. Gone, as if by a spell.",
     "bird"),
    ("Alert: flying bird in the first half. Second half: no bird on any scan. Target lost.",
     "bird"),
    ("Roll for perception! A moving ball in the first half, and in the second half no ball anywhere.",
     "ball"),
    ("Visual: a moving ball during the first half. During the second half, no ball. Recalibrating.",
     "ball"),
    ("A moving ball, sir, graced us in the first half; the second half brings no ball whatsoever.",
     "ball"),
    ("Tracking a walking dog in the first half. No dog detected in the second half. End of log.",
     "dog"),
    ("Announcing a walking dog in the first half, madam, and regretfully no dog in the second half.",
     "dog"),
    ("A walking dog trots through the first half. In the second half, no dog: it has vanished. What do you do?",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Roll initiative! A moving car speeds from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Tracking: a moving car, heading from the right side of the frame to the left side. Trajectory stable.",
     "car", LEFTWARD),
    ("Announcing a moving car, sir, arriving on the left side of the frame and proceeding to the right side.",
     "car", RIGHTWARD),
    ("A moving car, adventurers, races from the right side of the frame across to the left side. Do you give chase?",
     "car", LEFTWARD),
    ("Vector confirmed: a moving car travels from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, madam, a moving car makes its way.",
     "car", LEFTWARD),
    ("Sensors track a lively cat running from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Presenting a lively cat, who dashes from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("A lively cat darts across, adventurers: from the left side of the frame to the right side. Roll for dexterity.",
     "cat", RIGHTWARD),
    ("Motion detected. A lively cat runs from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("May I present a lively cat, running from the left side of the frame to the right side, sir.",
     "cat", RIGHTWARD),
    ("You see a lively cat bolt from the right side of the frame to the left side. What do you do?",
     "cat", LEFTWARD),
    ("A flying bird, my lady, flies in on the left side of the frame and across to the right side.",
     "bird", RIGHTWARD),
    ("From the right side of the frame, a flying bird soars to the left side. Roll for perception.",
     "bird", LEFTWARD),
    ("Airborne contact: a flying bird moving from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Announcing a flying bird, which crosses from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Overhead, adventurers, a flying bird glides from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Heading computed: a flying bird flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("A moving ball rolls, adventurers, from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("Object in motion: a moving ball, rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Presenting a moving ball, sir, rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Roll for initiative as a moving ball bounds from the right side of the frame to the left side!",
     "ball", LEFTWARD),
    ("Tracking a moving ball from the left side of the frame to the right side. Velocity nominal.",
     "ball", RIGHTWARD),
    ("A moving ball, madam, rolling in from the right side of the frame and on to the left side.",
     "ball", LEFTWARD),
    ("Announcing a walking dog, who strolls from the left side of the frame to the right side, my lord.",
     "dog", RIGHTWARD),
    ("A walking dog pads from the right side of the frame to the left side. It ignores you. Roll for animal handling.",
     "dog", LEFTWARD),
    ("Sensors report a walking dog proceeding from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("May I present a walking dog, madam, walking from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("A walking dog, adventurers, wanders from the left side of the frame over to the right side.",
     "dog", RIGHTWARD),
    ("Biological contact: a walking dog, walking from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stays still, adventurers, as a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Tracking: a bird flies from the right of the ball to the left of the ball. The ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Announcing a car, sir, driving from the left of the ball to the right of the ball, while the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("Roll for perception: a bird flies from the right of the dog to the left of the dog, and the dog stays still.",
     "bird", "dog", LEFTWARD),
    ("The car stays still. A dog walks from the left of the car to the right of the car. No action required.",
     "dog", "car", RIGHTWARD),
    ("The ball stays still, madam, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("You see the cat stay still while a dog walks from the left of the cat to the right of the cat. What do you do?",
     "dog", "cat", RIGHTWARD),
    ("Motion log: the car stays still; a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Presenting a cat, which runs from the left of the dog to the right of the dog; the dog stays still, sir.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball, adventurers, and the ball stays still.",
     "cat", "ball", LEFTWARD),
    ("Sensors confirm the dog stays still as a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("The dog stays still, my lord, while a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird. The bird stays still. Roll initiative.",
     "dog", "bird", RIGHTWARD),
    ("Observation: the cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("May I present a cat running from the left of the bird to the right of the bird, the bird staying still.",
     "cat", "bird", RIGHTWARD),
    ("The cat stays still, adventurers; a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Tracking a dog walking from the left of the cat to the right of the cat. The cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("Announcing a bird, madam, flying from the right of the dog to the left of the dog, while the dog stays still.",
     "bird", "dog", LEFTWARD),
    ("Roll for stealth as a dog walks from the left of the cat to the right of the cat. The cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("Trajectory logged: a bird flies from the right of the car to the left of the car; the car stays still.",
     "bird", "car", LEFTWARD),
    ("The car stays still, sir, and a bird flies from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("While the bird stays still, adventurers, a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Sensors: the cat stays still. A bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Presenting a car, driving from the right of the bird to the left of the bird, while the bird stays still.",
     "car", "bird", LEFTWARD),
    ("A bird flies from the left of the dog to the right of the dog, and the dog stays still. What do you do?",
     "bird", "dog", RIGHTWARD),
    ("Alert: a dog walks from the right of the cat to the left of the cat. The cat stays still. No threat.",
     "dog", "cat", LEFTWARD),
    ("The dog stays still, my lady, as a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("You spot a bird flying from the right of the cat to the left of the cat; the cat stays still. Roll perception.",
     "bird", "cat", LEFTWARD),
    ("Motion detected: a car drives from the left of the ball to the right of the ball. The ball stays still.",
     "car", "ball", RIGHTWARD),
    ("A cat, sir, runs from the right of the bird to the left of the bird, and the bird stays still.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("From above, adventurers, as on a battle map: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Overhead view engaged. A moving car drives from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "car", BL_TL_TR),
    ("Seen from above, sir: a moving car proceeds from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "car", BR_BL_TL),
    ("Roll for perception from above: a moving car goes from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("Top-down feed: a lively cat runs from the lower left corner to the lower right corner, then to the upper right "
     "corner.",
     "cat", BL_BR_TR),
    ("Viewed from above, madam, a lively cat runs from the lower left corner to the upper left corner and on to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("Looking straight down, adventurers: a lively cat runs from the lower right corner to the lower left corner, then "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Aerial scan: a lively cat moves from the lower right corner to the upper right corner, then to the upper left "
     "corner.",
     "cat", BR_TR_TL),
    ("From above, my lord, a flying bird flies from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "bird", BL_BR_TR),
    ("Seen from overhead, a flying bird goes from the lower left corner to the upper left corner, then to the upper "
     "right corner. Roll initiative.",
     "bird", BL_TL_TR),
    ("Overhead tracking: a flying bird flies from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "bird", BR_BL_TL),
    ("Viewed from directly above, sir: a flying bird flies from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("Top-down projection: a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "ball", BL_BR_TR),
    ("From above, madam, a moving ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "ball", BL_TL_TR),
    ("You look down from above: a moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("Overhead camera: a moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "ball", BR_TR_TL),
    ("Seen from above, adventurers: a walking dog walks from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "dog", BL_BR_TR),
    ("Aerial view: a walking dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner. Logging route.",
     "dog", BL_TL_TR),
    ("From overhead, my lady, a walking dog walks from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ("Looking down from above, you see a walking dog walk from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "dog", BR_TR_TL),
    ("Top-down view, Captain: a moving car drives from the bottom left corner to the bottom right corner, then to the "
     "top right corner.",
     "car", BL_BR_TR),
    ("Viewed from above, sir, a lively cat runs from the bottom left corner to the top left corner, then to the top "
     "right corner.",
     "cat", BL_TL_TR),
    ("From above, adventurers, a flying bird flies from the bottom right corner to the bottom left corner, then to the "
     "top left corner.",
     "bird", BR_BL_TL),
    ("Overhead sensors: a moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "ball", BR_TR_TL),
    ("Seen from above, madam: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("Gaze down from above, adventurers: a moving car drives from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Aerial tracking: a lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner.",
     "cat", BR_BL_TL),
    ("Viewed from above, my lord, a flying bird flies from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "bird", BR_TR_TL),
    ("From above, as the dice decide: a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Top-down view: a walking dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner. Route logged.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
