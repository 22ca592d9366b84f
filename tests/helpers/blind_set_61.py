"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a text-adventure game's room descriptions ("You are in ...", "You see ...", "> LOOK", "> WAIT", "Time
  passes.", "There is nothing else here."), where the player, the parser and the game's commands are never
  in the video, each "> WAIT" is a later moment of the same clip, and the room is the frame itself;
- a yoga instructor's class ("Breathe in ...", "As you breathe out, ...", "Let your gaze rest on ...",
  "Namaste."), where the instructor, the students and the mats are never in the video, no pose is named
  (so no pose lends its animal's name), and the gaze rests on what the clip shows;
- a subtitle file's cues, each with its number and its time range ("1", "00:00:00,000 --> 00:00:08,000")
  on lines of their own before the cue's text, where the speaker and the captions are never in the video;
  the times only place the cues, and every half, side and corner is also said in words.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words and never follow a cue's digits directly, and numeracy prompts name nothing else a
reader would draw as an object. No voice uses a colour word for its own props. A relation names its second
object at both ends and says that object stays still. It takes LVD's next draws: attribution pairs 70-99,
and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b707e9d 173/180 = 96.1% (numeracy 26, attribution 30, visibility 30, one-object 29, two-object 30,
sequential 28 of 30); 179/180 after the fixes of its own commit; 180/180 on
9a005fc (the next session's rules for framing sentences).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("You are in a wide open view. You see one moving car. It stays in view from the start of the clip to the end. "
     "There is nothing else here.",
     "car", 1),
    ("Breathe in, and let your gaze rest on two moving cars, in the frame from the start of the clip to its end. "
     "Breathe out. There is nothing else to see. Namaste.",
     "car", 2),
    ("1\n00:00:00,000 --> 00:00:08,000\n- Three moving cars, in the frame from start to end.\n\n2\n"
     "00:00:08,000 --> 00:00:10,000\n- Nothing else in the frame.",
     "car", 3),
    ("> LOOK\nYou see four moving cars here, from the start of the clip to its end. Nothing else is here.",
     "car", 4),
    ("As you breathe out, soften your eyes toward one lively cat, the only thing in the frame for the whole clip.",
     "cat", 1),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Look: two lively cats, in the frame for the whole clip, and nothing else.",
     "cat", 2),
    ("You are in an empty open place. Three lively cats are here, from the start of the clip to its end. You see "
     "nothing else.",
     "cat", 3),
    ("Inhale slowly. Four lively cats are in the frame from beginning to end, and nothing else is. Exhale. Namaste.",
     "cat", 4),
    ("1\n00:00:00,000 --> 00:00:06,000\n- A single flying bird.\n\n2\n00:00:06,000 --> 00:00:12,000\n- It stays in "
     "the frame until the end. Nothing else is there.",
     "bird", 1),
    ("> LOOK\nYou are in the open air. Two flying birds are here from start to end. There is nothing else here.",
     "bird", 2),
    ("Breathe in through the nose, and notice three flying birds in the frame from the start of the clip to the "
     "end, with nothing else around them.",
     "bird", 3),
    ("1\n00:00:00,000 --> 00:00:09,000\n- Four flying birds, in the frame from the start to the end. Nothing else.",
     "bird", 4),
    ("You are in a bare, open space. You see one moving ball. It is here from start to end, and nothing else is.",
     "ball", 1),
    ("Gently breathe out. Let your gaze settle on two moving balls, in the frame for the whole clip. Nothing else is "
     "in the frame.",
     "ball", 2),
    ("1\n00:00:00,000 --> 00:00:07,500\n- Three moving balls stay in the frame from beginning to end.\n\n2\n"
     "00:00:07,500 --> 00:00:10,000\n- There is nothing else.",
     "ball", 3),
    ("> LOOK\nYou see four moving balls. They are here for the whole clip. You see nothing else.",
     "ball", 4),
    ("Breathe in. One walking dog is in the frame from the start of the clip to the end, and nothing else. Breathe "
     "out.",
     "dog", 1),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Two walking dogs, from the start of the clip to its end. Nothing else is "
     "in the frame.",
     "dog", 2),
    ("You are in a wide open view. Three walking dogs are here, from start to finish. There is nothing else here.",
     "dog", 3),
    ("Let your breath be slow, and let your eyes find four walking dogs in the frame for the whole clip. Nothing "
     "else is there. Namaste.",
     "dog", 4),
    ("1\n00:00:00,000 --> 00:00:05,000\n- A single moving car.\n\n2\n00:00:05,000 --> 00:00:10,000\n- Still in the "
     "frame at the end, and nothing else.",
     "car", 1),
    ("> WAIT\nTime passes. You see four lively cats here, from the start of the clip to the end, and nothing else.",
     "cat", 4),
    ("Exhale fully. Two flying birds are in the frame from beginning to end, and nothing else is. Namaste.",
     "bird", 2),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Just one moving ball, in the frame from start to end, and nothing else.",
     "ball", 1),
    ("You are in an open place. You see two walking dogs, here from the start of the clip to its end. Nothing else "
     "is here.",
     "dog", 2),
    ("Breathe in, breathe out, and keep your gaze on three moving cars in the frame for the whole clip. There is "
     "nothing else.",
     "car", 3),
    ("1\n00:00:00,000 --> 00:00:08,000\n- One lively cat, alone in the frame from the start to the end.",
     "cat", 1),
    ("> LOOK\nThree flying birds are here. They stay from the start of the clip to its end. There is nothing else "
     "here.",
     "bird", 3),
    ("Slowly breathe out. Four moving balls stay in the frame from the start of the clip to the end, and nothing "
     "else is in it.",
     "ball", 4),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Four walking dogs in the frame, start to end.\n\n2\n00:00:10,000 --> "
     "00:00:12,000\n- Nothing else in the frame.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("You are in a wide open view. You see a white cat and a purple bird, side by side, here for the whole clip.",
     "cat", "white", "bird", "purple"),
    ("Breathe in, and rest your gaze on a green bird beside a purple dog, together in the frame from start to end.",
     "bird", "green", "dog", "purple"),
    ("1\n00:00:00,000 --> 00:00:10,000\n- An orange bird next to a brown car, both in the frame from start to end.",
     "bird", "orange", "car", "brown"),
    ("> LOOK\nA blue car is here. Beside it you see a brown bird. Both stay for the whole clip.",
     "car", "blue", "bird", "brown"),
    ("As you breathe out, notice a red dog and a purple cat, next to each other in the frame for the whole clip.",
     "dog", "red", "cat", "purple"),
    ("1\n00:00:00,000 --> 00:00:06,000\n- A purple dog and a brown cat, side by side.\n\n2\n00:00:06,000 --> "
     "00:00:10,000\n- Both are still in the frame at the end.",
     "dog", "purple", "cat", "brown"),
    ("You are in an open place. There is a black cat here, and next to it a blue ball. They stay from start to end.",
     "cat", "black", "ball", "blue"),
    ("Inhale. A yellow cat and a black dog sit side by side in the frame from beginning to end. Exhale. Namaste.",
     "cat", "yellow", "dog", "black"),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A green cat beside a white bird, in the frame for the whole clip.",
     "cat", "green", "bird", "white"),
    ("You see a purple car here. A pink cat is next to it. Both are here for the whole clip.",
     "car", "purple", "cat", "pink"),
    ("Breathe slowly and let your eyes find a purple bird next to a red dog, both in the frame from start to end.",
     "bird", "purple", "dog", "red"),
    ("1\n00:00:00,000 --> 00:00:08,000\n- A red dog and a yellow car, next to each other from the start of the "
     "clip to its end.",
     "dog", "red", "car", "yellow"),
    ("> LOOK\nYou are in a wide open view. An orange dog stands beside a brown car. They stay here for the whole "
     "clip.",
     "dog", "orange", "car", "brown"),
    ("Breathe out, and see a gray cat and an orange dog side by side in the frame, from the start to the end.",
     "cat", "gray", "dog", "orange"),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A green ball lies next to a pink dog, in the frame from start to end.",
     "ball", "green", "dog", "pink"),
    ("You see a white dog and a pink bird here, next to each other, from the start of the clip to the end.",
     "dog", "white", "bird", "pink"),
    ("Inhale, and rest your gaze on a purple car with a gray ball beside it, in the frame for the whole clip.",
     "car", "purple", "ball", "gray"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- A yellow dog and a brown cat.\n\n2\n00:00:05,000 --> 00:00:10,000\n- "
     "They stay side by side in the frame until the end.",
     "dog", "yellow", "cat", "brown"),
    ("> LOOK\nThere is a brown ball here. A green cat sits beside it. Both stay for the whole clip.",
     "ball", "brown", "cat", "green"),
    ("As you breathe in, notice a brown cat next to an orange car, in the frame from beginning to end.",
     "cat", "brown", "car", "orange"),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A white cat beside an orange dog, both in the frame the whole time.",
     "cat", "white", "dog", "orange"),
    ("You are in an open place. You see a green bird and an orange car, side by side, here from start to end.",
     "bird", "green", "car", "orange"),
    ("Breathe out slowly. A brown dog and a red ball rest next to each other in the frame for the whole clip.",
     "dog", "brown", "ball", "red"),
    ("1\n00:00:00,000 --> 00:00:09,000\n- A yellow car, and next to it a white bird, in the frame from start to "
     "end.",
     "car", "yellow", "bird", "white"),
    ("> WAIT\nTime passes. A blue cat and a brown bird are still here, side by side, as they were from the start.",
     "cat", "blue", "bird", "brown"),
    ("Inhale, exhale, and let your gaze fall on a black bird beside an orange cat, in the frame for the whole clip.",
     "bird", "black", "cat", "orange"),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A black ball next to a red dog, from the start of the clip to its end.",
     "ball", "black", "dog", "red"),
    ("You see a brown bird here, and beside it an orange dog. They are here for the whole clip.",
     "bird", "brown", "dog", "orange"),
    ("Breathe in. A red ball and a purple car sit side by side in the frame from start to end. Namaste.",
     "ball", "red", "car", "purple"),
    ("1\n00:00:00,000 --> 00:00:04,000\n- A purple car.\n\n2\n00:00:04,000 --> 00:00:10,000\n- And a white bird "
     "beside it, both in the frame until the end.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("You are in a wide open view. There is no car here in the first half of the clip.\n> WAIT\nIn the second half, "
     "a moving car arrives and stays until the end.",
     "car"),
    ("Breathe in: for the first half of the clip there is no car in the frame. Breathe out: in the second half a "
     "moving car appears and stays.",
     "car"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- First half: no car in the frame.\n\n2\n00:00:05,000 --> 00:00:10,000\n- "
     "Second half: a moving car appears and stays.",
     "car"),
    ("> LOOK\nNo cat is here during the first half.\n> WAIT\nTime passes. In the second half a lively cat appears "
     "and stays.",
     "cat"),
    ("As you hold this stillness, notice there is no cat in the first half of the clip. In the second half a lively "
     "cat comes into the frame and stays.",
     "cat"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- There is no cat in the first half.\n\n2\n00:00:05,000 --> 00:00:10,000\n"
     "- In the second half, a lively cat appears and remains until the end.",
     "cat"),
    ("You are in the open air. You see no bird in the first half of the clip. In the second half, a flying bird "
     "appears here and stays.",
     "bird"),
    ("Inhale. The first half of the clip holds no bird. Exhale. In the second half a flying bird appears in the "
     "frame and stays to the end.",
     "bird"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- No bird yet. This is the first half.\n\n2\n00:00:05,000 --> 00:00:10,000\n"
     "- Second half: a flying bird appears and stays.",
     "bird"),
    ("> WAIT\nThe first half passes with no ball here. In the second half, a moving ball appears and stays to the "
     "end.",
     "ball"),
    ("Let your gaze rest softly. No ball is in the frame for the first half of the clip; in the second half a moving "
     "ball appears and stays.",
     "ball"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- The first half: no ball in the frame.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- The second half: a moving ball in the frame.",
     "ball"),
    ("You are in a wide open view. There is no dog here in the first half of the clip. In the second half a walking "
     "dog appears and stays.",
     "dog"),
    ("Breathe out. In the first half of the clip there is no dog in the frame; in the second half a walking dog "
     "appears and stays until the end. Namaste.",
     "dog"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- No dog in the first half of the clip.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- A walking dog appears in the second half and stays.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("You are in a wide open view. A moving car is here for the first half of the clip.\n> WAIT\nIn the second "
     "half, there is no car here.",
     "car"),
    ("Breathe in with a moving car in the frame for the first half of the clip. Breathe out: in the second half "
     "there is no car.",
     "car"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- A moving car, in the frame for the first half.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- Second half: no car at all.",
     "car"),
    ("> LOOK\nA lively cat is here during the first half of the clip. In the second half there is no cat here.",
     "cat"),
    ("Notice a lively cat in the frame for the first half of the clip, and let it go: in the second half there is no "
     "cat.",
     "cat"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- First half: a lively cat in the frame.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- Second half: no cat in the frame.",
     "cat"),
    ("You are in the open air. A flying bird is here in the first half of the clip. In the second half you see no "
     "bird.",
     "bird"),
    ("Inhale, and see a flying bird in the frame for the first half. Exhale: in the second half of the clip there "
     "is no bird.",
     "bird"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- A flying bird, for the first half only.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- No bird in the second half.",
     "bird"),
    ("> LOOK\nYou see a moving ball here during the first half.\n> WAIT\nTime passes. In the second half there is no "
     "ball here.",
     "ball"),
    ("Let your gaze follow a moving ball in the frame for the first half of the clip. In the second half there is "
     "no ball. Namaste.",
     "ball"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- A moving ball in the first half of the clip.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- In the second half, no ball.",
     "ball"),
    ("You are in a wide open view. A walking dog is here for the first half of the clip; in the second half there "
     "is no dog here.",
     "dog"),
    ("Breathe in: a walking dog is in the frame for the first half. Breathe out: the second half of the clip has no "
     "dog.",
     "dog"),
    ("1\n00:00:00,000 --> 00:00:05,000\n- First half: a walking dog in the frame.\n\n2\n00:00:05,000 --> "
     "00:00:10,000\n- Second half: the dog is gone. No dog in the frame.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("You are in a wide open view. A moving car is on the left side of the frame.\n> WAIT\nBy the end it is on the "
     "right side.",
     "car", RIGHTWARD),
    ("Breathe in as a moving car starts on the right side of the frame; breathe out as it reaches the left side.",
     "car", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("> LOOK\nYou see a moving car on the right side of the frame. It drives across and ends on the left side.",
     "car", LEFTWARD),
    ("Let your gaze travel with a moving car from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:03,000\n- A moving car, on the right side of the frame.\n\n2\n00:00:07,000 --> "
     "00:00:10,000\n- Now it is on the left side.",
     "car", LEFTWARD),
    ("You see a lively cat here on the left side of the frame. It runs to the right side by the end of the clip.",
     "cat", RIGHTWARD),
    ("Inhale, and watch a lively cat walk from the right side of the frame to the left side. Exhale.",
     "cat", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A lively cat runs across, from the left side of the frame to the right "
     "side.",
     "cat", RIGHTWARD),
    ("> LOOK\nA lively cat is here, on the right side of the frame.\n> WAIT\nTime passes. The cat is now on the left "
     "side.",
     "cat", LEFTWARD),
    ("Breathe out, and follow a lively cat as it moves from the left side of the frame to the right side. Namaste.",
     "cat", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A lively cat starts on the right side of the frame and ends on the left "
     "side.",
     "cat", LEFTWARD),
    ("You are in the open air. A flying bird starts on the left side of the frame and flies to the right side.",
     "bird", RIGHTWARD),
    ("As you breathe, let a flying bird carry your gaze from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:04,000\n- A flying bird on the left side of the frame.\n\n2\n00:00:06,000 --> "
     "00:00:10,000\n- The bird has flown to the right side.",
     "bird", RIGHTWARD),
    ("> LOOK\nA flying bird is here on the right side of the frame. By the end of the clip it has flown to the left "
     "side.",
     "bird", LEFTWARD),
    ("Inhale slowly. A flying bird crosses the frame from the left side to the right side. Exhale.",
     "bird", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A flying bird crosses from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("You see a moving ball on the left side of the frame. It rolls to the right side and stops there.",
     "ball", RIGHTWARD),
    ("Breathe in with a moving ball on the right side of the frame, and breathe out as it rolls to the left side.",
     "ball", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A moving ball rolls from the left side of the frame over to the right "
     "side.",
     "ball", RIGHTWARD),
    ("> WAIT\nA moving ball rolls from the right side of the frame to the left side. Time passes.",
     "ball", LEFTWARD),
    ("Let your eyes follow a moving ball from the left side of the frame at the start to the right side at the end.",
     "ball", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:03,000\n- A moving ball on the right side of the frame.\n\n2\n00:00:07,000 --> "
     "00:00:10,000\n- The ball ends on the left side.",
     "ball", LEFTWARD),
    ("You are in a wide open view. A walking dog is on the left side of the frame. It walks to the right side.",
     "dog", RIGHTWARD),
    ("Exhale, and watch a walking dog go from the right side of the frame to the left side. Namaste.",
     "dog", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("> LOOK\nYou see a walking dog on the right side of the frame.\n> WAIT\nThe dog has walked to the left side.",
     "dog", LEFTWARD),
    ("Breathe in as a walking dog sets off from the left side of the frame; breathe out as it reaches the right "
     "side.",
     "dog", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- A walking dog, from the right side of the frame at the start to the left "
     "side at the end.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("You are in a wide open view. A car stands still here. A dog walks from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("Breathe in. The bird stays still. Breathe out, as a ball rolls from the right of the bird to the left of the "
     "bird.",
     "ball", "bird", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The dog stays still. A ball rolls from the left of the dog to the right of "
     "the dog.",
     "ball", "dog", RIGHTWARD),
    ("> LOOK\nYou see a cat that does not move. A ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Let your gaze rest on a ball that stays still, while a car drives from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:04,000\n- The cat stays still. A bird is on the right of the cat.\n\n2\n"
     "00:00:06,000 --> 00:00:10,000\n- The bird has flown to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("You see a bird here that stays still. A dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Inhale. The cat holds still. Exhale, as a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The car does not move. A ball rolls from the left of the car to the right "
     "of the car.",
     "ball", "car", RIGHTWARD),
    ("> LOOK\nA cat stays still here. A dog is on the right of the cat.\n> WAIT\nThe dog is now on the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("As you breathe out, notice the ball staying still and a bird flying from the left of the ball to the right of "
     "the ball.",
     "bird", "ball", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The ball stays still. A bird flies from the right of the ball to the left "
     "of the ball.",
     "bird", "ball", LEFTWARD),
    ("You are in the open air. A dog stays still here. A bird flies from the left of the dog to the right of the "
     "dog.",
     "bird", "dog", RIGHTWARD),
    ("Breathe in. The car stays still while a bird flies from the right of the car to the left of the car. Namaste.",
     "bird", "car", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:04,000\n- A car on the left of a cat. The cat stays still.\n\n2\n00:00:06,000 --> "
     "00:00:10,000\n- The car has driven to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("> LOOK\nYou see a ball that does not move, and a dog walking from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Let your gaze soften on a ball that stays still, as a cat moves from the left of the ball to the right of the "
     "ball.",
     "cat", "ball", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The ball stays put. A dog walks from the right of the ball to the left of "
     "the ball.",
     "dog", "ball", LEFTWARD),
    ("You see a bird here. It stays still. A cat walks from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Exhale. The car does not move, and a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The ball stays still. A bird flies from the left of the ball to the right "
     "of the ball.",
     "bird", "ball", RIGHTWARD),
    ("> LOOK\nA ball stays still here. A bird is on the right of the ball.\n> WAIT\nTime passes. The bird is now on "
     "the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Breathe in, and watch a car drive from the left of the ball to the right of the ball while the ball stays "
     "still.",
     "car", "ball", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The dog stays still. A bird flies from the right of the dog to the left of "
     "the dog.",
     "bird", "dog", LEFTWARD),
    ("You are in a wide open view. A car stays still here, and a dog walks from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("Inhale. The ball stays still. Exhale, as a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("1\n00:00:00,000 --> 00:00:04,000\n- A dog on the left of a cat. The cat stays still.\n\n2\n00:00:06,000 --> "
     "00:00:10,000\n- The dog has walked to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("> LOOK\nYou see a car that does not move. A dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Let your gaze rest on a dog that stays still, as a cat walks from the left of the dog to the right of the "
     "dog. Namaste.",
     "cat", "dog", RIGHTWARD),
    ("1\n00:00:00,000 --> 00:00:10,000\n- The ball stays still. A cat walks from the right of the ball to the left "
     "of the ball.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("You are looking straight down on an open space. A moving car is in the lower left corner. It drives to the "
     "lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Breathe in, and picture a top-down view: a moving car starts in the lower left corner, moves to the upper left "
     "corner, and ends in the upper right corner.",
     "car", BL_TL_TR),
    ("1\n00:00:00,000 --> 00:00:03,000\n- Seen from above: a moving car in the lower right corner.\n\n2\n"
     "00:00:04,000 --> 00:00:06,000\n- Then the lower left corner.\n\n3\n00:00:07,000 --> 00:00:10,000\n- It ends "
     "in the upper left corner.",
     "car", BR_BL_TL),
    ("> LOOK\nYou see it all from directly above. A moving car starts in the lower right corner, drives to the upper "
     "right corner, and stops in the upper left corner.",
     "car", BR_TR_TL),
    ("From a top-down view, let your gaze follow a lively cat from the lower left corner to the lower right corner, "
     "then to the upper right corner. Exhale.",
     "cat", BL_BR_TR),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Top-down view. A lively cat walks from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("You are above an open space, looking down. A lively cat is in the lower right corner.\n> WAIT\nIt walks to the "
     "lower left corner, then on to the upper left corner.",
     "cat", BR_BL_TL),
    ("Inhale. Seen from overhead, a lively cat begins in the lower right corner. Exhale as it moves to the upper "
     "right corner, and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("1\n00:00:00,000 --> 00:00:03,000\n- Viewed from above, a flying bird in the lower left corner.\n\n2\n"
     "00:00:04,000 --> 00:00:06,000\n- Now in the lower right corner.\n\n3\n00:00:07,000 --> 00:00:10,000\n- And "
     "last, the upper right corner.",
     "bird", BL_BR_TR),
    ("> LOOK\nThe view is from straight overhead. You see a flying bird in the lower left corner. It flies to the "
     "upper left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Breathe out, and with a top-down view follow a flying bird from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("1\n00:00:00,000 --> 00:00:10,000\n- From directly above: a flying bird goes from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("You are looking down from above. A moving ball is in the lower left corner. It rolls to the lower right "
     "corner, and then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Let your gaze drop to a top-down view. A moving ball rolls from the lower left corner to the upper left "
     "corner, then on to the upper right corner. Namaste.",
     "ball", BL_TL_TR),
    ("1\n00:00:00,000 --> 00:00:03,000\n- Overhead view: a moving ball in the lower right corner.\n\n2\n"
     "00:00:04,000 --> 00:00:06,000\n- It rolls to the lower left corner.\n\n3\n00:00:07,000 --> 00:00:10,000\n- "
     "Then to the upper left corner.",
     "ball", BR_BL_TL),
    ("> LOOK\nSeen from above, a moving ball sits in the lower right corner.\n> WAIT\nIt rolls to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Inhale, and from a view straight down, see a walking dog start in the lower left corner, walk to the lower "
     "right corner, and end in the upper right corner.",
     "dog", BL_BR_TR),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Seen from overhead, a walking dog goes from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("You are above a wide open space, looking straight down. You see a walking dog in the lower right corner. It "
     "walks to the lower left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Breathe slowly. From a top-down view, a walking dog moves from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("1\n00:00:00,000 --> 00:00:03,000\n- Top-down view: a moving car in the lower left corner.\n\n2\n00:00:04,000 "
     "--> 00:00:06,000\n- Then the lower right corner.\n\n3\n00:00:07,000 --> 00:00:10,000\n- Then the upper right "
     "corner.",
     "car", BL_BR_TR),
    ("> LOOK\nYou look down from directly above. A moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Exhale, and seen from above, follow a lively cat from the lower right corner to the lower left corner, and "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Viewed from overhead, a lively cat starts in the lower right corner, moves "
     "to the upper right corner, and ends in the upper left corner.",
     "cat", BR_TR_TL),
    ("You are looking straight down. A flying bird starts in the lower left corner, flies to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Inhale, and from a top-down view notice a flying bird in the lower left corner; it flies to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("1\n00:00:00,000 --> 00:00:03,000\n- From above: a moving ball in the lower right corner.\n\n2\n00:00:04,000 "
     "--> 00:00:06,000\n- The lower left corner.\n\n3\n00:00:07,000 --> 00:00:10,000\n- The upper left corner.",
     "ball", BR_BL_TL),
    ("> LOOK\nFrom overhead you see a moving ball roll from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "ball", BR_TR_TL),
    ("Breathe out. Seen from directly above, a walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("1\n00:00:00,000 --> 00:00:10,000\n- Top-down view. A walking dog walks from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
