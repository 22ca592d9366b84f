"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a courtroom's description of exhibits ("Exhibit C: the footage shows ...", "Let the record show that
  ...", "The witness confirms nothing else appears"), where the court, the witness, the record and the
  screen the footage is played on are never in the video;
- a podcast host's show notes or sponsor read ("In this episode's clip, ...", "Timestamps: opening -
  ..., halfway - ..., close - ...", "Thanks for listening!"), where the host, the listeners and the
  sponsor are never in the video, and moments are named in words, never as clock times;
- a museum's activity worksheet for children ("Can you find the ...? Tick the box!", "Draw a line
  showing where the ... goes", "Colour in ..."), where the child, the pencil and the sheet are never in
  the video, and the sheet states every answer plainly.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 80-99 then 0-9, and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b946a93 143/180 = 79.4% (numeracy 20, attribution 30, visibility 24, one-object 26, two-object 25,
sequential 18 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Exhibit A: the footage shows one moving car, in view from the first frame to the last. The witness "
     "confirms nothing else appears.", "car", 1),
    ("In this episode's clip, two moving cars stay on screen from start to finish, and that is all there is to "
     "see. Thanks for listening!", "car", 2),
    ("Can you find the three moving cars? They are there the whole clip long, and there is nothing else to "
     "find. Answer: three cars. Tick the box!", "car", 3),
    ("Let the record show that the clip contains four moving cars, present throughout, and nothing besides "
     "them.", "car", 4),
    ("Quick one this week: the clip is just one lively cat, start to end, with nothing else in it at all. "
     "Thanks for listening!", "cat", 1),
    ("How many lively cats can you count? There are two, and they stay for the whole clip. Nothing else is "
     "there. Write the answer: two.", "cat", 2),
    ("Exhibit B: three lively cats, visible for the entire recording. The witness confirms nothing else "
     "appears.", "cat", 3),
    ("Show notes: four lively cats, the whole clip through, nothing else in the picture. That's the episode. "
     "Thanks for listening!", "cat", 4),
    ("Can you find the flying bird? There is only one, and it is there from start to end. Nothing else is "
     "in the clip. Tick the box!", "bird", 1),
    ("Let the record show two flying birds in the footage, from its first frame to its last, and that the "
     "witness confirms nothing else appears.", "bird", 2),
    ("In this episode's clip, three flying birds, and only them, fill the whole run time. Thanks for "
     "listening!", "bird", 3),
    ("Count the flying birds and write the number. Answer: four flying birds, all there for the whole clip, "
     "and nothing else to count.", "bird", 4),
    ("Exhibit C: the footage shows one moving ball, on view throughout. The witness confirms nothing else "
     "appears.", "ball", 1),
    ("In this episode's clip we've got two moving balls, both there the whole time, and nothing else at all. "
     "Thanks for listening!", "ball", 2),
    ("Can you spot the moving balls? There are three of them, in the clip from start to end, and nothing else. "
     "Tick the box for three!", "ball", 3),
    ("Let the record show that four moving balls appear for the full length of the footage, and nothing "
     "else.", "ball", 4),
    ("Timestamps: opening - one walking dog; halfway - the same walking dog; close - still that one walking "
     "dog. Nothing else shows up. Thanks for listening!", "dog", 1),
    ("How many walking dogs are in the clip? Two. They stay the whole time and nothing else joins them. "
     "Write two in the answer space.", "dog", 2),
    ("Exhibit D: three walking dogs, present for the whole recording. The witness confirms nothing else "
     "appears.", "dog", 3),
    ("This episode's clip: four walking dogs from beginning to end, and that's the lot, nothing else. Thanks "
     "for listening!", "dog", 4),
    ("Can you find the two moving cars? Both stay for the whole clip, and there is nothing else to find. Tick "
     "the box!", "car", 2),
    ("Let the record show one lively cat in the footage throughout; the witness confirms nothing else "
     "appears.", "cat", 1),
    ("In this episode's clip, four flying birds, the whole way through, nothing else in frame. Thanks for "
     "listening!", "bird", 4),
    ("How many moving balls? Just one! It is in the clip from start to end, and nothing else is there. Tick "
     "the box!", "ball", 1),
    ("Exhibit E: the footage shows two walking dogs, on view throughout, and the witness confirms nothing "
     "else appears.", "dog", 2),
    ("Timestamps: opening - three moving cars; halfway - three moving cars; close - three moving cars. "
     "Nothing else all episode. Thanks for listening!", "car", 3),
    ("Count the lively cats. Answer: four, and all four stay the whole clip. There is nothing else to "
     "count. Tick the box!", "cat", 4),
    ("Let the record show that one flying bird, and nothing else, is visible from the first frame of the "
     "footage to the last.", "bird", 1),
    ("In this episode's clip, three moving balls stay on screen start to finish, and nothing else does. "
     "Thanks for listening!", "ball", 3),
    ("Can you find the walking dogs? There are four, in the clip from start to end, and nothing else. Write "
     "four and tick the box!", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("Exhibit A: the footage shows a purple bird beside a red dog, both there throughout. The witness "
     "confirms nothing else appears.", "bird", "purple", "dog", "red"),
    ("In this episode's clip, a red dog and a yellow car sit side by side for the whole thing. Thanks for "
     "listening!", "dog", "red", "car", "yellow"),
    ("Colour in the dog orange and the car brown: in the clip, an orange dog stands next to a brown car, "
     "and nothing else is there.", "dog", "orange", "car", "brown"),
    ("Let the record show a gray cat and an orange dog, next to each other for the length of the footage, "
     "and nothing else.", "cat", "gray", "dog", "orange"),
    ("Show notes: a green ball next to a pink dog, start to end, and that's the whole picture. Thanks for "
     "listening!", "ball", "green", "dog", "pink"),
    ("Can you find the white dog and the pink bird? They are side by side for the whole clip. Tick the "
     "box!", "dog", "white", "bird", "pink"),
    ("Exhibit B: a purple car alongside a gray ball, visible for the entire recording. The witness confirms "
     "nothing else appears.", "car", "purple", "ball", "gray"),
    ("This episode's clip is simple: a yellow dog, a brown cat, side by side from the first moment to the "
     "last. Thanks for listening!", "dog", "yellow", "cat", "brown"),
    ("Colour in a brown ball and a green cat. In the clip they stay next to each other the whole time, and "
     "there is nothing else.", "ball", "brown", "cat", "green"),
    ("Let the record show that a brown cat and an orange car stand side by side throughout the footage, and "
     "that nothing else appears.", "cat", "brown", "car", "orange"),
    ("In this episode's clip, a white cat keeps company with an orange dog, side by side the whole way. "
     "Thanks for listening!", "cat", "white", "dog", "orange"),
    ("Which colour is the bird? Green. Which colour is the car? Orange. A green bird and an orange car sit "
     "side by side for the whole clip.", "bird", "green", "car", "orange"),
    ("Exhibit C: a brown dog next to a red ball, on view from start to finish. The witness confirms nothing "
     "else appears.", "dog", "brown", "ball", "red"),
    ("Sponsor break over, back to the clip: a yellow car and a white bird, side by side, the whole way "
     "through. Thanks for listening!", "car", "yellow", "bird", "white"),
    ("Can you find the blue cat next to the brown bird? They stay together for the whole clip, and there is "
     "nothing else. Tick the box!", "cat", "blue", "bird", "brown"),
    ("Let the record show a black bird beside an orange cat, both present for the full footage, and nothing "
     "besides them.", "bird", "black", "cat", "orange"),
    ("In this episode's clip: a black ball and a red dog, next to each other from open to close. Thanks for "
     "listening!", "ball", "black", "dog", "red"),
    ("Colour in the bird brown and the dog orange. The clip shows a brown bird and an orange dog side by "
     "side the whole time.", "bird", "brown", "dog", "orange"),
    ("Exhibit D: a red ball alongside a purple car for the length of the recording. The witness confirms "
     "nothing else appears.", "ball", "red", "car", "purple"),
    ("Show notes: a purple car, a white bird, side by side, the whole clip, nothing more. Thanks for "
     "listening!", "car", "purple", "bird", "white"),
    ("Can you find the blue cat and the white bird? They sit next to each other the whole clip long. Tick the "
     "box!", "cat", "blue", "bird", "white"),
    ("Let the record show that the footage holds a yellow dog next to a green ball throughout, and the "
     "witness confirms nothing else appears.", "dog", "yellow", "ball", "green"),
    ("This episode's clip: a blue dog beside an orange car, from the opening to the close. Thanks for "
     "listening!", "dog", "blue", "car", "orange"),
    ("Colour in a purple ball and a blue car. In the clip they are side by side from start to end, and "
     "nothing else is there.", "ball", "purple", "car", "blue"),
    ("Exhibit E: a green dog and a black bird, side by side for the whole recording. The witness confirms "
     "nothing else appears.", "dog", "green", "bird", "black"),
    ("In this episode's clip, a purple ball and a black cat share the frame side by side the whole time. "
     "Thanks for listening!", "ball", "purple", "cat", "black"),
    ("Which colour is the car? Black. And the bird? Orange. A black car and an orange bird stay side by side "
     "for the whole clip.", "car", "black", "bird", "orange"),
    ("Let the record show a black ball next to a purple cat, present from the first frame to the last, and "
     "nothing else.", "ball", "black", "cat", "purple"),
    ("Show notes: a pink bird and a brown dog, next to each other, beginning to end. Thanks for "
     "listening!", "bird", "pink", "dog", "brown"),
    ("Can you find the brown ball next to the blue dog? They stay side by side for the whole clip, with "
     "nothing else there. Tick the box!", "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Exhibit A: in the first half of the footage there is no car; in the second half a moving car enters and "
     "remains to the end. The witness confirms nothing else appears.", "car"),
    ("Timestamps: opening - no car at all; halfway - a moving car shows up; close - the moving car is still "
     "there. Thanks for listening!", "car"),
    ("Is there a car in the first half? No. Is there a car in the second half? Yes, a moving car comes in and "
     "stays until the end. Tick the yes box!", "car"),
    ("Let the record show that no cat is visible during the first half, and that a lively cat appears in the "
     "second half and stays until the footage ends.", "cat"),
    ("In this episode's clip, the first half has no cat whatsoever, then in the second half a lively cat turns "
     "up and sticks around to the end. Thanks for listening!", "cat"),
    ("Draw a line showing when the lively cat comes in: not in the first half, where there is no cat, but in "
     "the second half, and it stays until the end.", "cat"),
    ("Exhibit B: the first half shows no bird; a flying bird appears in the second half and remains until the "
     "close of the footage.", "bird"),
    ("Timestamps: opening - empty, no bird; halfway - a flying bird arrives; close - the flying bird is still "
     "around. Thanks for listening!", "bird"),
    ("Can you find the flying bird in the first half? No, there is no bird there. It comes in the second half "
     "and stays to the end. Tick the box!", "bird"),
    ("Let the record show no ball during the first half of the footage; a moving ball enters in the second "
     "half and is there until the end.", "ball"),
    ("In this episode's clip, there's no ball for the first half, and then a moving ball arrives in the second "
     "half and stays put on screen to the end. Thanks for listening!", "ball"),
    ("When does the moving ball appear? Tick one box: first half or second half. Answer: the second half; in "
     "the first half there is no ball, and once it comes it stays.", "ball"),
    ("Exhibit C: no dog in the first half; in the second half a walking dog comes into view and stays until "
     "the end. The witness confirms nothing else appears.", "dog"),
    ("Timestamps: opening - no dog; halfway - a walking dog comes in; close - the walking dog is still here. "
     "Thanks for listening!", "dog"),
    ("Draw a line from the walking dog to the second half of the clip, because that is when it arrives. In the "
     "first half there is no dog, and it stays to the end.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("In this episode's clip, a moving car is there for the first half, and then in the second half it's gone, "
     "no car at all. Thanks for listening!", "car"),
    ("Is the moving car in the second half? No! It is only in the first half, and the second half has no car. "
     "Tick the box for the first half.", "car"),
    ("Let the record show a moving car in the first half of the footage and no car in the second half.",
     "car"),
    ("Timestamps: opening - a lively cat; halfway - the cat leaves; close - no cat anywhere. Thanks for "
     "listening!", "cat"),
    ("Draw a line showing where the lively cat is: in the first half. In the second half there is no cat, so "
     "leave that half empty.", "cat"),
    ("Exhibit D: a lively cat is visible during the first half only; the second half contains no cat. The "
     "witness confirms nothing else appears.", "cat"),
    ("In this episode's clip, a flying bird hangs around for the first half and is nowhere to be seen in the "
     "second half, no bird at all. Thanks for listening!", "bird"),
    ("Can you find the flying bird? Look in the first half, because in the second half there is no bird. "
     "Tick the box!", "bird"),
    ("Let the record show that a flying bird appears in the first half and that there is no bird in the "
     "second half of the footage.", "bird"),
    ("Timestamps: opening - a moving ball; halfway - the ball goes away; close - no ball. Thanks for "
     "listening!", "ball"),
    ("When is the moving ball there? Answer: in the first half only. The second half has no ball. Colour in "
     "the first-half box.", "ball"),
    ("Exhibit E: the first half of the footage shows a moving ball; the second half shows no ball. The "
     "witness confirms nothing else appears.", "ball"),
    ("In this episode's clip, a walking dog is around for the first half; by the second half there's no dog "
     "left at all. Thanks for listening!", "dog"),
    ("Draw a line showing where the walking dog goes: it is there in the first half and gone in the second "
     "half, where there is no dog.", "dog"),
    ("Let the record show a walking dog in the first half and no dog in the second half of the footage; the "
     "witness confirms nothing else appears.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Exhibit A: the footage shows a moving car that starts on the left side of the frame and ends on the "
     "right side. The witness confirms nothing else appears.", "car", RIGHTWARD),
    ("Timestamps: opening - a moving car on the right side; halfway - it's crossing the middle; close - it's "
     "over on the left side. Thanks for listening!", "car", LEFTWARD),
    ("Draw a line showing where the moving car goes: from the left side of the picture all the way to the "
     "right side.", "car", RIGHTWARD),
    ("Let the record show a moving car travelling from the right side of the frame to the left side.", "car",
     LEFTWARD),
    ("In this episode's clip, a moving car heads from the left of the frame over to the right. Thanks for "
     "listening!", "car", RIGHTWARD),
    ("Which way does the moving car go? Tick one: left to right, or right to left. Answer: right to left; it "
     "starts on the right side and ends on the left side.", "car", LEFTWARD),
    ("Timestamps: opening - a lively cat on the left side; halfway - mid-frame; close - on the right side. "
     "Thanks for listening!", "cat", RIGHTWARD),
    ("Exhibit B: a lively cat moves across the frame from the right side to the left side. The witness "
     "confirms nothing else appears.", "cat", LEFTWARD),
    ("Which way does the lively cat walk? From the left side to the right side. Draw an arrow pointing "
     "right!", "cat", RIGHTWARD),
    ("In this episode's clip, a lively cat starts on the right of the frame and finishes on the left. Thanks "
     "for listening!", "cat", LEFTWARD),
    ("Let the record show that a lively cat begins on the left side of the frame and ends on the right "
     "side.", "cat", RIGHTWARD),
    ("Draw a line showing where the lively cat goes: it begins on the right side and finishes on the left "
     "side.", "cat", LEFTWARD),
    ("Exhibit C: a flying bird crosses the frame from the left side to the right side. The witness confirms "
     "nothing else appears.", "bird", RIGHTWARD),
    ("Timestamps: opening - a flying bird on the right side; halfway - the centre; close - the left side. "
     "Thanks for listening!", "bird", LEFTWARD),
    ("Can you follow the flying bird? It starts on the left side and ends on the right side. Tick the box "
     "marked left to right!", "bird", RIGHTWARD),
    ("Let the record show a flying bird that enters on the right side of the frame and leaves it on the left "
     "side.", "bird", LEFTWARD),
    ("In this episode's clip, a flying bird goes left to right across the whole frame, starting on the left "
     "side and ending on the right side. Thanks for listening!", "bird", RIGHTWARD),
    ("Draw a line showing where the flying bird goes: from the right side of the picture to the left "
     "side.", "bird", LEFTWARD),
    ("Let the record show a moving ball rolling from the left side of the frame to the right side.", "ball",
     RIGHTWARD),
    ("Timestamps: opening - a moving ball on the right side; halfway - in the middle; close - on the left "
     "side. Thanks for listening!", "ball", LEFTWARD),
    ("Draw a line showing where the moving ball goes: it starts on the left side and rolls to the right "
     "side.", "ball", RIGHTWARD),
    ("Exhibit D: a moving ball begins on the right side of the frame and ends on the left side. The witness "
     "confirms nothing else appears.", "ball", LEFTWARD),
    ("In this episode's clip, a moving ball rolls from left to right: left side at the start, right side at "
     "the end. Thanks for listening!", "ball", RIGHTWARD),
    ("Which way does the moving ball roll? Right to left. It starts on the right side and stops on the left "
     "side. Tick the box!", "ball", LEFTWARD),
    ("Exhibit E: a walking dog, first seen on the left side of the frame, ends on the right side. The "
     "witness confirms nothing else appears.", "dog", RIGHTWARD),
    ("Timestamps: opening - a walking dog on the right side; halfway - centre frame; close - the left side. "
     "Thanks for listening!", "dog", LEFTWARD),
    ("Draw a line showing where the walking dog goes: from the left side of the picture to the right "
     "side.", "dog", RIGHTWARD),
    ("Let the record show that a walking dog crosses the frame from the right side to the left side.", "dog",
     LEFTWARD),
    ("In this episode's clip, a walking dog sets off on the left side and ends up on the right side. Thanks "
     "for listening!", "dog", RIGHTWARD),
    ("Which way does the walking dog go? From the right side to the left side. Draw an arrow pointing "
     "left!", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Exhibit A: a ball stays still while a bird moves from the left of the ball to the right of the ball. The "
     "witness confirms the ball never moves.", "bird", "ball", RIGHTWARD),
    ("Timestamps: opening - a bird on the right of a ball; halfway - the bird is passing the ball; close - the "
     "bird is on the left of the ball. The ball never moves. Thanks for listening!", "bird", "ball", LEFTWARD),
    ("Draw a line showing where the bird goes: from the left of the dog to the right of the dog. The dog stays "
     "still the whole time.", "bird", "dog", RIGHTWARD),
    ("Let the record show that a car remains still and that a bird passes from the right of the car to the "
     "left of the car.", "bird", "car", LEFTWARD),
    ("In this episode's clip, a cat just stays put while a car drives from the left of the cat to the right of "
     "the cat. Thanks for listening!", "car", "cat", RIGHTWARD),
    ("Which way does the dog go? It starts on the right of the ball and ends on the left of the ball. The ball "
     "does not move. Tick the box!", "dog", "ball", LEFTWARD),
    ("Exhibit B: a cat moves from the left of a ball to the right of the ball; the ball remains still "
     "throughout.", "cat", "ball", RIGHTWARD),
    ("Timestamps: opening - a dog on the right of a ball that never moves; halfway - the dog passes the ball; "
     "close - the dog is on the left of the ball. Thanks for listening!", "dog", "ball", LEFTWARD),
    ("Draw a line showing where the cat walks: from the left of the bird to the right of the bird. The bird "
     "stays still.", "cat", "bird", RIGHTWARD),
    ("Let the record show a car that does not move, and a dog going from the right of the car to the left of "
     "the car.", "dog", "car", LEFTWARD),
    ("In this episode's clip, a ball sits still and a bird flies from the left of the ball over to the right "
     "of the ball. Thanks for listening!", "bird", "ball", RIGHTWARD),
    ("Can you find the bird? It begins on the right of the ball and ends on the left of the ball, and the "
     "ball stays still. Tick the box!", "bird", "ball", LEFTWARD),
    ("Exhibit C: a ball held still; a car travels from the left of the ball to the right of the ball. The "
     "witness confirms the ball never moves.", "car", "ball", RIGHTWARD),
    ("Timestamps: opening - a bird on the right of a dog; halfway - the bird passes the dog; close - the bird on "
     "the left of the dog. The dog stays still. Thanks for listening!", "bird", "dog", LEFTWARD),
    ("Draw a line showing where the dog goes: from the left of the car to the right of the car. The car does "
     "not move.", "dog", "car", RIGHTWARD),
    ("Let the record show a ball that stays still and a bird moving from the right of the ball to the left of "
     "the ball.", "bird", "ball", LEFTWARD),
    ("In this episode's clip, a dog trots from the left of a cat to the right of the cat, and the cat doesn't "
     "budge. Thanks for listening!", "dog", "cat", RIGHTWARD),
    ("Which side does the dog end on? It starts on the right of the car and ends on the left of the car. The "
     "car stays still. Tick the box!", "dog", "car", LEFTWARD),
    ("Exhibit D: a dog stays still while a cat moves from the left of the dog to the right of the dog. The "
     "witness confirms the dog never moves.", "cat", "dog", RIGHTWARD),
    ("Timestamps: opening - a cat on the right of a ball; halfway - the cat passes the ball; close - the cat "
     "on the left of the ball. The ball stays put. Thanks for listening!", "cat", "ball", LEFTWARD),
    ("Draw a line showing where the cat goes: from the left of the dog to the right of the dog. The dog "
     "does not move at all.", "cat", "dog", RIGHTWARD),
    ("Let the record show that a dog is still throughout and that a ball rolls from the right of the dog to "
     "the left of the dog.", "ball", "dog", LEFTWARD),
    ("In this episode's clip, a bird stays still and a dog walks from the left of the bird to the right of the "
     "bird. Thanks for listening!", "dog", "bird", RIGHTWARD),
    ("Can you find the bird? It starts on the right of the cat and finishes on the left of the cat. The cat "
     "stays still. Tick the box!", "bird", "cat", LEFTWARD),
    ("Exhibit E: a cat moves from the left of a bird to the right of the bird, and the bird stays still. The "
     "witness confirms nothing else appears.", "cat", "bird", RIGHTWARD),
    ("Timestamps: opening - a bird on the right of a cat; halfway - the bird passes the cat; close - the bird "
     "on the left of the cat. The cat never moves. Thanks for listening!", "bird", "cat", LEFTWARD),
    ("Draw a line showing where the dog goes: from the left of the cat to the right of the cat. The cat "
     "stays still.", "dog", "cat", RIGHTWARD),
    ("Let the record show a dog that does not move and a bird going from the right of the dog to the left of "
     "the dog.", "bird", "dog", LEFTWARD),
    ("In this episode's clip, a cat stays still while a dog goes from the left of the cat to the right of the "
     "cat. Thanks for listening!", "dog", "cat", RIGHTWARD),
    ("Which way does the bird fly? From the right of the car to the left of the car. The car stays still. "
     "Tick the box!", "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Exhibit A, filmed from directly overhead: a moving car starts in the lower left corner, is in the lower "
     "right corner halfway through, and ends in the upper right corner.", "car", BL_BR_TR),
    ("Timestamps, top-down view: opening - a lively cat in the lower left corner; halfway - the upper left "
     "corner; close - the upper right corner. Thanks for listening!", "cat", BL_TL_TR),
    ("Looking down from above, draw a line showing where the flying bird goes: it starts in the lower right "
     "corner, then the lower left corner by the middle, then the upper left corner at the end.", "bird",
     BR_BL_TL),
    ("Let the record show, in an overhead view, a moving ball starting in the lower right corner, reaching the "
     "upper right corner at the midpoint, and finishing in the upper left corner.", "ball", BR_TR_TL),
    ("In this episode's clip, shot from straight above, a walking dog goes from the lower left corner to the "
     "lower right corner by halfway, and on to the upper right corner at the close. Thanks for "
     "listening!", "dog", BL_BR_TR),
    ("Seen from above. Where is the moving car? Start: lower left corner. Middle: upper left corner. End: "
     "upper right corner. Tick each corner in that order!", "car", BL_TL_TR),
    ("Exhibit B, an overhead recording: a lively cat starts in the lower right corner, is in the lower left "
     "corner halfway through, and ends in the upper left corner.", "cat", BR_BL_TL),
    ("Timestamps, bird's-eye view: opening - a flying bird in the lower right corner; halfway - the upper "
     "right corner; close - the upper left corner. Thanks for listening!", "bird", BR_TR_TL),
    ("Viewed from straight above, draw a line showing where the moving ball goes: lower left corner at the "
     "start, lower right corner in the middle, upper right corner at the end.", "ball", BL_BR_TR),
    ("Let the record show, from an overhead camera, a walking dog that starts in the lower left corner, is in "
     "the upper left corner at the midpoint, and ends in the upper right corner.", "dog", BL_TL_TR),
    ("In this episode's clip, top-down: a moving car begins in the lower right corner, passes the lower left "
     "corner at the halfway point, and wraps up in the upper left corner. Thanks for listening!", "car",
     BR_BL_TL),
    ("From above, can you find the lively cat? At the start it is in the lower right corner, in the middle it "
     "is in the upper right corner, and at the end it is in the upper left corner. Tick the box!", "cat",
     BR_TR_TL),
    ("Exhibit C, filmed from overhead: a flying bird starts in the lower left corner, is in the lower right "
     "corner halfway through, and ends in the upper right corner.", "bird", BL_BR_TR),
    ("Timestamps, straight-down view: opening - a moving ball in the lower left corner; halfway - the upper "
     "left corner; close - the upper right corner. Thanks for listening!", "ball", BL_TL_TR),
    ("Seen from above, draw a line showing where the walking dog goes: lower right corner first, then the "
     "lower left corner by the middle, then the upper left corner at the end.", "dog", BR_BL_TL),
    ("Let the record show, in a top-down view, a moving car starting in the lower right corner, in the upper "
     "right corner at the midpoint, and in the upper left corner at the end.", "car", BR_TR_TL),
    ("In this episode's clip, shot looking straight down, a lively cat starts in the lower left corner, hits "
     "the lower right corner halfway, and finishes in the upper right corner. Thanks for listening!", "cat",
     BL_BR_TR),
    ("From above, where does the flying bird go? Start: lower left corner. Middle: upper left corner. End: "
     "upper right corner. Tick the corners in order!", "bird", BL_TL_TR),
    ("Exhibit D, an overhead recording: a moving ball starts in the lower right corner, is in the lower left "
     "corner halfway through, and ends in the upper left corner.", "ball", BR_BL_TL),
    ("Timestamps, top-down view: opening - a walking dog in the lower right corner; halfway - the upper right "
     "corner; close - the upper left corner. Thanks for listening!", "dog", BR_TR_TL),
    ("Looking down from above, draw a line showing where the moving car goes: the lower left corner at the "
     "start, the lower right corner in the middle, the upper right corner at the end.", "car", BL_BR_TR),
    ("Let the record show, from directly above, a lively cat that begins in the lower left corner, is in the "
     "upper left corner at the midpoint, and ends in the upper right corner.", "cat", BL_TL_TR),
    ("In this episode's clip, seen from overhead, a flying bird starts in the lower right corner, is in the "
     "lower left corner halfway through, and ends in the upper left corner. Thanks for listening!", "bird",
     BR_BL_TL),
    ("Seen from above, can you find the moving ball? Lower right corner at the start, upper right corner in "
     "the middle, upper left corner at the end. Tick the box!", "ball", BR_TR_TL),
    ("Exhibit E, filmed from straight above: a walking dog starts in the lower left corner, is in the lower "
     "right corner halfway through, and ends in the upper right corner.", "dog", BL_BR_TR),
    ("Timestamps, overhead view: opening - a moving car in the lower left corner; halfway - the upper left "
     "corner; close - the upper right corner. Thanks for listening!", "car", BL_TL_TR),
    ("From above, draw a line showing where the lively cat goes: it starts in the lower right corner, is in "
     "the lower left corner by the middle, and ends in the upper left corner.", "cat", BR_BL_TL),
    ("Let the record show, in an overhead view, a flying bird starting in the lower right corner, in the upper "
     "right corner at the midpoint, and in the upper left corner at the end.", "bird", BR_TR_TL),
    ("In this episode's clip, top-down, a moving ball starts in the lower left corner, is in the lower right "
     "corner by halfway, and ends in the upper right corner. Thanks for listening!", "ball", BL_BR_TR),
    ("Looking down from above, where is the walking dog? Start: lower left corner. Middle: upper left "
     "corner. End: upper right corner. Tick each corner in order!", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
