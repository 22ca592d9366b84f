"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a ship's logbook ("Log entry.", "Logged by the watch:", "Noted at the start of the watch", "End of
  entry", "All quiet otherwise"), where the ship, its crew, the sea and the officer writing are never in
  the video, and each entry records a plain fact about the clip;
- a newspaper headline and its first paragraph (a title-case headline, then "In a clip released this
  week, ..."), where the paper, its reporter and any witnesses are never in the video, and the paragraph
  says in full what the headline says in short;
- a yoga teacher's cues to a class ("Breathe in.", "Breathe out.", "Let your gaze rest on ...", "Soften
  your shoulders", "Namaste"), where the teacher, the class and their mats are never in the video, and
  the gaze is always led to what the clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the log gives no dates or bearings, the paper no figures, and
the teacher counts no breaths). No voice uses a colour word for its own props. A relation names its
second object at both ends and says that object stays still. It takes LVD's next draws: attribution
pairs 0-29, and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b707e9d 140/180 = 77.8% (numeracy 12, attribution 30, visibility 26, one-object 29, two-object 25,
sequential 18 of 30); 168/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Log entry. A single moving car in the frame from the start of the clip to its end. Nothing else sighted.",
     "car", 1),
    ("Two Moving Cars Hold the Frame. In a clip released this week, two moving cars stay in the frame from "
     "beginning to end, and nothing else appears.",
     "car", 2),
    ("Breathe in, and let your gaze rest on three moving cars, in the frame from the start of the clip to the end. "
     "Nothing else is there. Breathe out.",
     "car", 3),
    ("Logged by the watch: four moving cars in the frame the whole clip through. No other object sighted. End of "
     "entry.",
     "car", 4),
    ("Lone Cat Keeps the Frame to Itself. A lively cat, just the one, is in the frame from the clip's start to its "
     "finish, with nothing else in it.",
     "cat", 1),
    ("Soften your shoulders and watch two lively cats. They are in the frame from start to end, and nothing else "
     "is. Namaste.",
     "cat", 2),
    ("Noted at the start of the watch and again at its close: three lively cats in the frame, nothing else "
     "sighted.",
     "cat", 3),
    ("Four Lively Cats, Nothing Else. In a clip released this week, four lively cats fill the frame from the first "
     "moment to the last; nothing else is seen.",
     "cat", 4),
    ("Breathe out slowly. One flying bird is in the frame from the start of the clip to its end. Let nothing else "
     "in; there is nothing else.",
     "bird", 1),
    ("Log entry. Two flying birds kept in the frame from start to finish. All quiet otherwise; nothing else "
     "sighted.",
     "bird", 2),
    ("Three Flying Birds Stay Put in Frame. Three flying birds remain in the frame for the whole clip, according to "
     "a clip released this week. Nothing else is in it.",
     "bird", 3),
    ("Let your gaze rest on four flying birds, in the frame the whole clip long, and on nothing else. Breathe in.",
     "bird", 4),
    ("Logged: a single moving ball, in the frame from the clip's start to its end. No other object. End of entry.",
     "ball", 1),
    ("Two Moving Balls Spotted. In a clip released this week, two moving balls are in the frame from start to "
     "end, and there is nothing else in the frame.",
     "ball", 2),
    ("Settle in and notice three moving balls, in the frame from beginning to end. Nothing else is in the frame. "
     "Namaste.",
     "ball", 3),
    ("Log entry. Four moving balls in the frame throughout the clip. Nothing else sighted from start to end.",
     "ball", 4),
    ("Walking Dog Alone in Frame. A walking dog is in the frame from the start of the clip until its end, a clip "
     "released this week shows, with nothing else in it.",
     "dog", 1),
    ("Breathe in. Two walking dogs, in the frame from start to finish. Breathe out. Nothing else is there.",
     "dog", 2),
    ("Noted by the watch: three walking dogs in the frame from the start of the clip to the end. Nothing else "
     "sighted.",
     "dog", 3),
    ("Four Walking Dogs Fill the Frame. In a clip released this week, four walking dogs are in the frame from "
     "beginning to end, and nothing else is.",
     "dog", 4),
    ("Soften your gaze onto one moving car, in the frame from start to end, and nothing else at all.",
     "car", 1),
    ("Log entry. Four lively cats in the frame from start to end. Nothing else sighted. End of entry.",
     "cat", 4),
    ("Two Flying Birds, Nothing Else. Two flying birds are in the frame from the start of the clip to its end, and "
     "no other object appears.",
     "bird", 2),
    ("Breathe out and let your gaze fall on one moving ball, in the frame from the first moment to the last. "
     "Nothing else.",
     "ball", 1),
    ("Logged by the watch: two walking dogs in the frame the whole clip long. No other object sighted.",
     "dog", 2),
    ("Three Moving Cars on Screen Throughout. In a clip released this week, three moving cars are in the frame "
     "from start to end, with nothing else beside them.",
     "car", 3),
    ("Breathe in and notice one lively cat, in the frame from the clip's start to its end. Nothing else is there. "
     "Namaste.",
     "cat", 1),
    ("Log entry. Three flying birds in the frame from the start of the clip to its end. All quiet otherwise; "
     "nothing else sighted.",
     "bird", 3),
    ("Four Moving Balls, and That Is All. Four moving balls stay in the frame for the whole clip, and nothing else "
     "is in it.",
     "ball", 4),
    ("Let your gaze rest on four walking dogs, in the frame from start to finish, and on nothing else. Breathe out.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Log entry. A blue cat and a white bird sighted side by side in the frame, start to end.",
     "cat", "blue", "bird", "white"),
    ("Yellow Dog and Green Ball Share the Frame. In a clip released this week, a yellow dog stands beside a green "
     "ball from beginning to end.",
     "dog", "yellow", "ball", "green"),
    ("Breathe in and let your gaze rest on a blue dog beside an orange car, both in the frame the whole clip.",
     "dog", "blue", "car", "orange"),
    ("Logged by the watch: a purple ball next to a blue car, in the frame from start to finish.",
     "ball", "purple", "car", "blue"),
    ("Green Dog, Black Bird Side by Side. A green dog and a black bird are next to each other in the frame for the "
     "whole clip.",
     "dog", "green", "bird", "black"),
    ("Soften your shoulders and notice a purple ball and a black cat, side by side in the frame from start to end.",
     "ball", "purple", "cat", "black"),
    ("Log entry. A black car with an orange bird beside it, both in the frame the whole clip through.",
     "car", "black", "bird", "orange"),
    ("Black Ball Sits Beside Purple Cat. In a clip released this week, a black ball and a purple cat stay side by "
     "side in the frame from start to end.",
     "ball", "black", "cat", "purple"),
    ("Breathe out. A pink bird and a brown dog, next to each other in the frame from the start of the clip to its "
     "end.",
     "bird", "pink", "dog", "brown"),
    ("Noted at the start of the watch and at its close: a brown ball beside a blue dog in the frame.",
     "ball", "brown", "dog", "blue"),
    ("Yellow Ball and Pink Dog Pictured Together. A yellow ball and a pink dog are side by side in the frame for "
     "the whole clip.",
     "ball", "yellow", "dog", "pink"),
    ("Let your gaze rest on a pink bird next to a gray ball, both in the frame from beginning to end. Namaste.",
     "bird", "pink", "ball", "gray"),
    ("Log entry. A gray dog sighted beside a purple car, side by side in the frame from start to end.",
     "dog", "gray", "car", "purple"),
    ("Green Cat Keeps Company With Purple Ball. In a clip released this week, a green cat and a purple ball are "
     "next to each other in the frame throughout.",
     "cat", "green", "ball", "purple"),
    ("Breathe in. A green dog with a gray ball beside it, in the frame the whole clip long.",
     "dog", "green", "ball", "gray"),
    ("Logged by the watch: a yellow ball and a pink bird, side by side in the frame from the start of the clip to "
     "its end.",
     "ball", "yellow", "bird", "pink"),
    ("Pink Cat, Yellow Dog. A pink cat sits next to a yellow dog in the frame from start to finish, a clip "
     "released this week shows.",
     "cat", "pink", "dog", "yellow"),
    ("Soften your gaze onto a brown car and a yellow ball, next to each other in the frame for the whole clip.",
     "car", "brown", "ball", "yellow"),
    ("Log entry. A brown car with a white dog next to it, both in the frame from start to end. End of entry.",
     "car", "brown", "dog", "white"),
    ("Orange Dog Waits by Brown Car. In a clip released this week, an orange dog stands beside a brown car from "
     "the first moment to the last.",
     "dog", "orange", "car", "brown"),
    ("Breathe out, and notice a brown ball beside an orange cat, side by side in the frame the whole clip.",
     "ball", "brown", "cat", "orange"),
    ("Noted by the watch: a gray dog and an orange ball, next to each other in the frame from start to finish.",
     "dog", "gray", "ball", "orange"),
    ("Yellow Ball Rests Beside Orange Cat. A yellow ball and an orange cat are side by side in the frame for the "
     "whole clip.",
     "ball", "yellow", "cat", "orange"),
    ("Let your gaze rest on a purple dog next to a brown car, in the frame from beginning to end. Breathe in.",
     "dog", "purple", "car", "brown"),
    ("Log entry. A gray dog beside a blue car in the frame, start to end. All quiet otherwise.",
     "dog", "gray", "car", "blue"),
    ("White Car and Orange Bird Side by Side. In a clip released this week, a white car and an orange bird stay "
     "next to each other in the frame throughout.",
     "car", "white", "bird", "orange"),
    ("Breathe in. A brown car with a blue bird beside it, both in the frame from start to finish. Namaste.",
     "car", "brown", "bird", "blue"),
    ("Logged by the watch: a blue car and a yellow cat, side by side in the frame the whole clip through.",
     "car", "blue", "cat", "yellow"),
    ("Gray Cat and Yellow Bird Pictured Together. A gray cat and a yellow bird are next to each other in the frame "
     "from the start of the clip to its end.",
     "cat", "gray", "bird", "yellow"),
    ("Soften your shoulders and watch a white dog beside a black car, both in the frame for the whole clip.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Log entry. First half of the clip: no car sighted. Second half: a moving car comes into the frame and stays "
     "to the end.",
     "car"),
    ("Moving Car Arrives at Halftime. No car is in the frame in the first half of the clip; in the second half a "
     "moving car appears and stays.",
     "car"),
    ("Breathe in through the first half, where there is no car. In the second half, let your gaze meet a moving "
     "car as it appears and stays.",
     "car"),
    ("Logged by the watch: no cat in the frame during the first half. A lively cat appears in the second half and "
     "remains.",
     "cat"),
    ("Lively Cat Turns Up Late. In a clip released this week, the first half shows no cat, and a lively cat "
     "appears in the second half and stays.",
     "cat"),
    ("Breathe out. The first half holds no cat. In the second half a lively cat appears in the frame and stays "
     "until the end.",
     "cat"),
    ("Log entry. No bird sighted in the first half. In the second half a flying bird enters the frame and stays.",
     "bird"),
    ("Flying Bird Joins Clip Midway. There is no bird in the frame for the first half; a flying bird appears in the "
     "second half and remains to the end.",
     "bird"),
    ("Soften your gaze. First half: no bird in the frame. Second half: a flying bird appears and stays. Namaste.",
     "bird"),
    ("Noted by the watch: the first half of the clip has no ball. A moving ball appears in the second half and "
     "stays in the frame.",
     "ball"),
    ("Moving Ball Appears in Second Half. In a clip released this week, no ball is in the frame for the first "
     "half, and a moving ball appears in the second half.",
     "ball"),
    ("Let your gaze rest on an empty first half, with no ball. In the second half a moving ball appears in the "
     "frame and stays.",
     "ball"),
    ("Log entry. No dog in the frame for the first half. A walking dog appears in the second half and stays to the "
     "end.",
     "dog"),
    ("Walking Dog Makes Second-Half Entrance. The first half of the clip has no dog; in the second half a walking "
     "dog appears and stays.",
     "dog"),
    ("Breathe in: no dog in the first half. Breathe out: a walking dog appears in the frame in the second half and "
     "stays.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Log entry. A moving car in the frame for the first half. Second half: no car sighted.",
     "car"),
    ("Moving Car Gone by Halftime. A moving car is in the frame in the first half of the clip; in the second half "
     "there is no car.",
     "car"),
    ("Breathe in with a moving car in the frame for the first half. Breathe out as it goes: no car in the second "
     "half.",
     "car"),
    ("Logged by the watch: a lively cat in the frame during the first half, and no cat in the second half.",
     "cat"),
    ("Lively Cat Leaves Early. In a clip released this week, a lively cat is in the frame for the first half, and "
     "there is no cat in the second half.",
     "cat"),
    ("Let your gaze rest on a lively cat in the first half. In the second half there is no cat; let it go.",
     "cat"),
    ("Log entry. A flying bird sighted in the frame for the first half. No bird in the second half.",
     "bird"),
    ("Flying Bird Vanishes Midway. A flying bird is in the frame for the first half of the clip; the second half has "
     "no bird.",
     "bird"),
    ("Soften your shoulders. A flying bird is in the frame for the first half, and in the second half there is no "
     "bird. Namaste.",
     "bird"),
    ("Noted by the watch: a moving ball in the frame for the first half only. Second half, no ball.",
     "ball"),
    ("Moving Ball Disappears After Halfway. In a clip released this week, a moving ball is in the frame in the "
     "first half and there is no ball in the second half.",
     "ball"),
    ("Breathe out. A moving ball in the frame for the first half; in the second half, no ball at all.",
     "ball"),
    ("Log entry. A walking dog in the frame for the first half. In the second half no dog sighted. End of entry.",
     "dog"),
    ("Walking Dog Exits at Halftime. A walking dog is in the frame for the first half of the clip, and there is no "
     "dog in the second half.",
     "dog"),
    ("Breathe in and watch a walking dog in the frame for the first half. In the second half there is no dog.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Log entry. A moving car sighted on the left side of the frame, making for the right side, where it ends.",
     "car", RIGHTWARD),
    ("Moving Car Crosses Frame Right to Left. A moving car starts on the right side of the frame and finishes on "
     "the left side.",
     "car", LEFTWARD),
    ("Let your gaze follow a moving car from the left side of the frame to the right side. Breathe out.",
     "car", RIGHTWARD),
    ("Logged by the watch: a moving car, on the right side of the frame at the start and the left side at the end.",
     "car", LEFTWARD),
    ("Car Drives Left to Right. In a clip released this week, a moving car drives from the left side of the frame "
     "to the right side.",
     "car", RIGHTWARD),
    ("Breathe in and follow a moving car as it goes from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Log entry. A lively cat ran from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Lively Cat Heads Left. A lively cat begins on the right side of the frame and ends on the left side.",
     "cat", LEFTWARD),
    ("Soften your gaze and follow a lively cat from the left side of the frame to the right side. Namaste.",
     "cat", RIGHTWARD),
    ("Noted by the watch: a lively cat crossing from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Cat Crosses to the Right. In a clip released this week, a lively cat starts on the left side of the frame and "
     "finishes on the right side.",
     "cat", RIGHTWARD),
    ("Breathe out as a lively cat walks from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Log entry. A flying bird crossed from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Flying Bird Heads Left Across Frame. A flying bird flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Let your gaze rise with a flying bird as it flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Logged by the watch: a flying bird, starting on the right side of the frame and ending on the left side.",
     "bird", LEFTWARD),
    ("Bird Flies Left to Right. In a clip released this week, a flying bird begins on the left side of the frame "
     "and ends on the right side.",
     "bird", RIGHTWARD),
    ("Breathe in. A flying bird moves from the right side of the frame to the left side. Breathe out.",
     "bird", LEFTWARD),
    ("Log entry. A moving ball rolled from the left side of the frame to the right side. End of entry.",
     "ball", RIGHTWARD),
    ("Moving Ball Rolls Right to Left. A moving ball starts on the right side of the frame and stops on the left "
     "side.",
     "ball", LEFTWARD),
    ("Soften your shoulders and follow a moving ball from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Noted by the watch: a moving ball, on the right side of the frame at the start, on the left side at the end.",
     "ball", LEFTWARD),
    ("Ball Rolls Across to the Right. In a clip released this week, a moving ball rolls from the left side of the "
     "frame to the right side.",
     "ball", RIGHTWARD),
    ("Let your gaze follow a moving ball from the right side of the frame to the left side. Namaste.",
     "ball", LEFTWARD),
    ("Log entry. A walking dog sighted on the left side of the frame, walking to the right side.",
     "dog", RIGHTWARD),
    ("Walking Dog Crosses Leftward. A walking dog begins on the right side of the frame and ends on the left side.",
     "dog", LEFTWARD),
    ("Breathe out and follow a walking dog from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Logged by the watch: a walking dog went from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Dog Walks Left to Right. In a clip released this week, a walking dog crosses the frame from the left side to "
     "the right side.",
     "dog", RIGHTWARD),
    ("Breathe in as a walking dog goes from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("Log entry. The dog held still. A cat moved from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Ball Rolls Past Stationary Dog. The dog stays still while a ball rolls from the right of the dog to the left "
     "of the dog.",
     "ball", "dog", LEFTWARD),
    ("Let your gaze rest on the bird, which stays still, as a dog walks from the left of the bird to the right of "
     "the bird.",
     "dog", "bird", RIGHTWARD),
    ("Logged by the watch: the cat stays put, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Cat Passes Still Bird. In a clip released this week, the bird does not move as a cat goes from the left of "
     "the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Breathe in. The cat stays still. Breathe out as a bird flies from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Log entry. The cat did not move. A dog walked from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Bird Flies by Motionless Dog. The dog stays still while a bird flies from the right of the dog to the left of "
     "the dog.",
     "bird", "dog", LEFTWARD),
    ("Soften your gaze: the cat stays still, and a dog moves from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Noted by the watch: the car stays still. A bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Bird Passes Parked Car. In a clip released this week, the car stays still as a bird flies from "
     "the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Breathe out. The bird stays still while a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Log entry. The cat held its place. A bird flew from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Car Drives Past Still Bird. The bird does not move; a car goes from the right of the bird to the left of the "
     "bird.",
     "car", "bird", LEFTWARD),
    ("Let your gaze settle on the dog, which stays still, while a bird flies from the left of the dog to the right "
     "of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Logged by the watch: the cat stays still. A dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Ball Rolls Past Motionless Dog. In a clip released this week, the dog stays still as a ball rolls from the "
     "left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Breathe in. The cat stays put, and a bird moves from the right of the cat to the left of the cat. Namaste.",
     "bird", "cat", LEFTWARD),
    ("Log entry. The ball lay still. A car drove from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Cat Slips Past Still Bird. The bird stays still while a cat moves from the right of the bird to the left of "
     "the bird.",
     "cat", "bird", LEFTWARD),
    ("Soften your shoulders: the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Noted by the watch: the bird does not move. A ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Ball Rolls by Stationary Dog. In a clip released this week, the dog holds still as a ball rolls from the left "
     "of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Breathe out. The cat stays still while a ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Log entry. The ball stayed put. A car went from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Bird Flies Past Still Cat. The cat does not move as a bird flies from the right of the cat to the left of "
     "the cat.",
     "bird", "cat", LEFTWARD),
    ("Let your gaze rest on the bird, staying still, as a dog walks from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("Logged by the watch: the cat holds still, and a dog goes from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Ball Rolls Past Parked Car. In a clip released this week, the car stays still while a ball rolls from the "
     "left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Breathe in. The cat stays still. A dog walks from the right of the cat to the left of the cat. Breathe out.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Log entry, seen from directly above: a moving car sighted in the lower left corner, then the lower right "
     "corner, and last in the upper right corner.",
     "car", BL_BR_TR),
    ("Car Takes Corner Route. Seen from above, a moving car goes from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Let your gaze look straight down on a moving car. It starts in the lower right corner, moves to the lower "
     "left corner, and ends in the upper left corner.",
     "car", BR_BL_TL),
    ("Logged by the watch, viewed from overhead: a moving car went from the lower right corner to the upper right "
     "corner, then on to the upper left corner.",
     "car", BR_TR_TL),
    ("Cat Makes Its Rounds. In a clip released this week, seen from directly above, a lively cat walks from the "
     "lower left corner to the lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Breathe in, looking down from above: a lively cat begins in the lower left corner, goes to the upper left "
     "corner, and finishes in the upper right corner.",
     "cat", BL_TL_TR),
    ("Log entry, top-down view. A lively cat started in the lower right corner, went to the lower left corner, and "
     "ended in the upper left corner.",
     "cat", BR_BL_TL),
    ("Cat Finishes in Upper Left Corner. Viewed from overhead, a lively cat goes from the lower right corner to "
     "the upper right corner, and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Soften your gaze, looking straight down: a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Noted by the watch, seen from above: a flying bird in the lower left corner, then the upper left corner, then "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Bird Traces Three Corners. In a clip released this week, seen from overhead, a flying bird starts in the "
     "lower right corner, flies to the lower left corner, and ends in the upper left corner.",
     "bird", BR_BL_TL),
    ("Breathe out, with a top-down view: a flying bird goes from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Log entry, viewed from directly above. A moving ball rolled from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Ball Rolls Corner to Corner. Seen from above, a moving ball starts in the lower left corner, rolls to the "
     "upper left corner, and stops in the upper right corner.",
     "ball", BL_TL_TR),
    ("Let your gaze fall from overhead on a moving ball as it goes from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Logged by the watch, top-down view: a moving ball began in the lower right corner, rolled to the upper right "
     "corner, and finished in the upper left corner.",
     "ball", BR_TR_TL),
    ("Dog Walks Three-Corner Route. In a clip released this week, viewed from directly above, a walking dog goes "
     "from the lower left corner to the lower right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Breathe in, looking straight down: a walking dog starts in the lower left corner, walks to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Log entry, seen from overhead. A walking dog sighted in the lower right corner, then in the lower left "
     "corner, and last in the upper left corner.",
     "dog", BR_BL_TL),
    ("Dog Ends in Upper Left. Seen from above, a walking dog walks from the lower right corner to the upper right "
     "corner, and ends in the upper left corner.",
     "dog", BR_TR_TL),
    ("Soften your shoulders, with a top-down view: a moving car drives from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Noted by the watch, looking straight down: a moving car went from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Cat Roams Frame. In a clip released this week, seen from directly above, a lively cat goes from the lower "
     "right corner to the lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Breathe out, viewed from overhead: a lively cat starts in the lower right corner, goes to the upper right "
     "corner, and ends in the upper left corner. Namaste.",
     "cat", BR_TR_TL),
    ("Log entry, top-down view. A flying bird passed from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "bird", BL_BR_TR),
    ("Bird Visits Three Corners. Seen from overhead, a flying bird flies from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Let your gaze look down from above on a moving ball: lower right corner first, then the lower left corner, "
     "then the upper left corner.",
     "ball", BR_BL_TL),
    ("Logged by the watch, seen from directly above: a moving ball rolled from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Dog Tours Frame. In a clip released this week, viewed from above, a walking dog goes from the lower left "
     "corner to the lower right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Breathe in, with a top-down view: a walking dog begins in the lower left corner, walks to the upper left "
     "corner, and ends in the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
