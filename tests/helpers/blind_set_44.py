"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a software tester's ticket that specifies the expected clip ("Expected behaviour: ...", "Steps: 1.
  ... 2. ...", "Acceptance: no other objects"), where the tester, the build, the app and the screen are
  never in the video, and the ticket says only what should be shown;
- a learner of English writing with typical non-native errors (dropped articles, wrong plurals and
  verb agreement, odd word order, "on the left side of screen", "in first half of video"), with every
  fact still plain to a reader;
- a scientific abstract or methods section ("We present a clip in which ...", "Stimuli: ...", "In the
  second half, the stimulus ..."), where the authors, observers and apparatus are never in the video.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 60-89, and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b21419f 159/180 = 88.3% (numeracy 22, attribution 29, visibility 29, one-object 30, two-object 29,
sequential 20 of 30); 163/180 (numeracy 26) once unknown nouns that take no part were reported instead of drawn, a
rule written without seeing this set; 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Summary: object count in the generated clip. Expected behaviour: one moving car is visible for the whole clip. "
     "Acceptance: no other objects.", "car", 1),
    ("In the video there are two moving car, they are in whole video from begin until end, and nothing else is in it.",
     "car", 2),
    ("We present a clip in which three moving cars remain in view for its full duration; no other objects are included "
     "in the stimulus.", "car", 3),
    ("Steps: 1. Open the generated clip in the app. 2. Count the cars. Expected behaviour: exactly four moving cars, from "
     "the first frame to the last. Acceptance: no other objects.", "car", 4),
    ("Video show one lively cat, only this cat and no other things, during all the video.", "cat", 1),
    ("Stimuli: a single clip showing two lively cats throughout. No other objects appear at any point.", "cat", 2),
    ("Expected behaviour: three lively cats stay in the frame for the entire clip. Acceptance: no other objects; nothing "
     "else may be drawn.", "cat", 3),
    ("I want video with four lively cat in it. Whole time is same four cats, and not other thing in picture.", "cat", 4),
    ("Methods: the stimulus is a clip of one flying bird, present from onset to offset, with no other objects in the "
     "scene.", "bird", 1),
    ("Steps: 1. Play the clip to the end. 2. Count the birds. Expected behaviour: two flying birds, visible the whole "
     "time. Acceptance: no other objects.", "bird", 2),
    ("Please make video where three flying bird is flying all the time, and nothing more is in video.", "bird", 3),
    ("We present a clip in which four flying birds are visible throughout; the stimulus contains no other objects.",
     "bird", 4),
    ("Expected behaviour: the clip contains one moving ball from start to finish. Acceptance: no other objects anywhere "
     "in the frame.", "ball", 1),
    ("In this video two moving ball is there from start to the end, and there is not any other object.", "ball", 2),
    ("Stimuli: three moving balls, each visible for the full duration of the clip; no other objects were included.",
     "ball", 3),
    ("Steps: 1. Open the clip. 2. Pause at any moment and count. Expected behaviour: four moving balls at every moment of "
     "the clip. Acceptance: no other objects.", "ball", 4),
    ("Video have one walking dog in it for all time, only one dog and nothing else.", "dog", 1),
    ("We present a clip in which two walking dogs remain in view from beginning to end; no other objects appear.",
     "dog", 2),
    ("Expected behaviour: three walking dogs, in the frame for the whole clip. Acceptance: no other objects, nothing else "
     "added.", "dog", 3),
    ("Four walking dog must be in video all the time, from start to end. Not put other thing.", "dog", 4),
    ("Methods: the stimulus consisted of exactly two moving cars, shown for the entire clip, and no other objects.",
     "car", 2),
    ("Steps: 1. Watch the whole clip. 2. Count what is in the frame. Expected behaviour: one lively cat and nothing else. "
     "Acceptance: no other objects.", "cat", 1),
    ("There is four flying bird in video, from the beginning to the finish, no other object is there.", "bird", 4),
    ("Stimuli: a single moving ball, visible for the full length of the clip; no other objects are present.", "ball", 1),
    ("Expected behaviour: exactly two walking dogs for the whole length of the clip. Acceptance: no other objects.",
     "dog", 2),
    ("Make video of three moving car, all time in video. Nothing other in the video please.", "car", 3),
    ("We present a clip in which four lively cats are visible from onset to offset; no other objects are shown.",
     "cat", 4),
    ("Steps: 1. Play the clip. 2. Check the frame at the start, the middle and the end. Expected behaviour: one flying "
     "bird each time. Acceptance: no other objects.", "bird", 1),
    ("In video there is three moving ball and they stay in video whole time, nothing else.", "ball", 3),
    ("Methods: four walking dogs were shown for the full clip duration; the stimulus contains no other objects.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Expected behaviour: a brown bird standing next to a black ball, both visible for the whole clip. Acceptance: no "
     "other objects.", "bird", "brown", "ball", "black"),
    ("In video a brown bird is sit near of a blue cat, and both is in video all the time.", "bird", "brown", "cat", "blue"),
    ("We present a clip in which a blue bird stands beside a red car; both remain in view throughout.",
     "bird", "blue", "car", "red"),
    ("Steps: 1. Play the clip. 2. Check both objects. Expected behaviour: a purple ball next to a pink cat, both present "
     "the whole time. Acceptance: no other objects.", "ball", "purple", "cat", "pink"),
    ("Video must have yellow dog and red cat together, the dog is next cat, both stay in video all time.",
     "dog", "yellow", "cat", "red"),
    ("Stimuli: a green bird and a yellow dog, placed side by side and visible for the full duration of the clip.",
     "bird", "green", "dog", "yellow"),
    ("Expected behaviour: a gray car with a red cat sitting next to it, both in the frame from start to end. Acceptance: "
     "no other objects.", "car", "gray", "cat", "red"),
    ("There is red bird and black cat in the video, bird is beside of cat, they are there whole video.",
     "bird", "red", "cat", "black"),
    ("Methods: the stimulus shows a white bird beside an orange cat; both are present from onset to offset.",
     "bird", "white", "cat", "orange"),
    ("Steps: 1. Open the clip. 2. Look at both objects at any moment. Expected behaviour: a green bird and a black ball "
     "next to each other, visible throughout. Acceptance: no other objects.", "bird", "green", "ball", "black"),
    ("I need video with white cat and purple bird near to it, both is visible in all video.",
     "cat", "white", "bird", "purple"),
    ("We present a clip in which a green bird perches near a purple dog; both are visible for the whole clip.",
     "bird", "green", "dog", "purple"),
    ("Expected behaviour: an orange bird perched beside a brown car for the whole clip; both stay in the frame. "
     "Acceptance: no other objects.", "bird", "orange", "car", "brown"),
    ("In the video blue car is stand and brown bird is next to car, two of them in video from start to end.",
     "car", "blue", "bird", "brown"),
    ("Stimuli: a red dog and a purple cat side by side, both visible for the full duration of the clip.",
     "dog", "red", "cat", "purple"),
    ("Steps: 1. Play the clip. 2. Confirm the colours. Expected behaviour: a purple dog beside a brown cat, both present "
     "throughout. Acceptance: no other objects.", "dog", "purple", "cat", "brown"),
    ("Black cat is playing with blue ball in video, both of them is there all the time.", "cat", "black", "ball", "blue"),
    ("We present a clip in which a yellow cat sits next to a black dog; both remain in view from beginning to end.",
     "cat", "yellow", "dog", "black"),
    ("Expected behaviour: a green cat with a white bird beside it, both visible for the whole clip. Acceptance: no other "
     "objects.", "cat", "green", "bird", "white"),
    ("Video with purple car and pink cat sitting near the car, both must be in video whole time.",
     "car", "purple", "cat", "pink"),
    ("Methods: a purple bird and a red dog were presented together, side by side, for the entire clip.",
     "bird", "purple", "dog", "red"),
    ("Steps: 1. Open the clip. 2. Check the frame at several moments. Expected behaviour: a red dog standing next to a "
     "yellow car for the whole clip. Acceptance: no other objects.", "dog", "red", "car", "yellow"),
    ("There is orange dog and brown car, dog is stand beside car, both in video in all time.",
     "dog", "orange", "car", "brown"),
    ("Stimuli: a gray cat and an orange dog, shown next to each other throughout the clip.", "cat", "gray", "dog", "orange"),
    ("Expected behaviour: a green ball with a pink dog next to it, both in the frame the whole time. Acceptance: no other "
     "objects.", "ball", "green", "dog", "pink"),
    ("In video white dog and pink bird is near each other, and they stay whole video.", "dog", "white", "bird", "pink"),
    ("We present a clip in which a purple car and a gray ball rest side by side; both are visible for its full duration.",
     "car", "purple", "ball", "gray"),
    ("Steps: 1. Play the clip. 2. Check both animals. Expected behaviour: a yellow dog beside a brown cat for the entire "
     "clip. Acceptance: no other objects.", "dog", "yellow", "cat", "brown"),
    ("Brown ball and green cat are in video, cat is next of ball, both is there from begin to end.",
     "ball", "brown", "cat", "green"),
    ("Methods: the stimulus shows a brown cat sitting beside an orange car, both present for the whole clip.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Expected behaviour: no car in the first half of the clip; in the second half a moving car appears and stays until "
     "the end. Acceptance: no other objects.", "car"),
    ("In first half of video there is no car. In second half moving car come in and it stay until end.", "car"),
    ("We present a clip in which no car is visible during the first half; in the second half, the stimulus includes a "
     "moving car, which remains until the end.", "car"),
    ("Steps: 1. Play the first half of the clip: no cat should be visible. 2. Play the second half: a lively cat should "
     "appear and stay to the end. Acceptance: no other objects.", "cat"),
    ("Video start without cat, in first half is no any cat. Then in second half of video lively cat is appear and stay.",
     "cat"),
    ("Stimuli: the first half of the clip contains no cat; in the second half, the stimulus shows a lively cat until the "
     "end.", "cat"),
    ("Expected behaviour: the first half of the clip is empty of birds; a flying bird appears in the second half and "
     "remains until the end. Acceptance: no other objects.", "bird"),
    ("No bird in first half of video. In second half one flying bird is coming and stay there until video finish.",
     "bird"),
    ("Methods: a flying bird was absent for the first half of the clip and present for the whole second half.", "bird"),
    ("Steps: 1. Check the first half of the clip: no ball. 2. Check the second half: a moving ball is in the frame until "
     "the end. Acceptance: no other objects.", "ball"),
    ("Moving ball is not in first half of video, it appear only in second half and stay to end.", "ball"),
    ("We present a clip in which a moving ball is absent throughout the first half and enters in the second half, "
     "remaining in view until the end.", "ball"),
    ("Expected behaviour: no dog during the first half; in the second half of the clip a walking dog appears and stays. "
     "Acceptance: no other objects.", "dog"),
    ("First half of video have no dog. Walking dog is appear in second half of video and is there until end.", "dog"),
    ("Stimuli: no dog is visible in the first half of the clip. In the second half, the stimulus contains a walking dog "
     "up to the final frame.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Expected behaviour: a moving car is in the frame during the first half of the clip; in the second half there is no "
     "car. Acceptance: no other objects.", "car"),
    ("Moving car is in first half of video, then in second half car is gone and not come back.", "car"),
    ("We present a clip in which a moving car is visible only in the first half; in the second half, the stimulus "
     "contains no car.", "car"),
    ("Steps: 1. Play the first half of the clip: a lively cat is visible. 2. Play the second half: no cat anywhere. "
     "Acceptance: no other objects.", "cat"),
    ("In first half of video there is lively cat. In second half is no cat any more, until end.", "cat"),
    ("Methods: a lively cat was present during the first half of the clip and absent for the entire second half.", "cat"),
    ("Expected behaviour: a flying bird in the first half of the clip only; the second half shows no bird. Acceptance: "
     "no other objects.", "bird"),
    ("Flying bird is in video only in first half. In second half bird is go away and there is not bird.", "bird"),
    ("Stimuli: a flying bird visible in the first half of the clip. In the second half, the stimulus contains no bird.",
     "bird"),
    ("Steps: 1. Check the first half of the clip: a moving ball is in the frame. 2. Check the second half: no ball until "
     "the end. Acceptance: no other objects.", "ball"),
    ("Moving ball is there in first half of video, but in second half no ball, it disappear.", "ball"),
    ("We present a clip in which a moving ball is visible during the first half and absent from the second half.",
     "ball"),
    ("Expected behaviour: a walking dog in the frame in the first half of the clip; no dog at all in the second half. "
     "Acceptance: no other objects.", "dog"),
    ("Walking dog is in first half of video. After, in second half, dog is not there anymore.", "dog"),
    ("Stimuli: a walking dog present throughout the first half of the clip. In the second half, the stimulus shows no "
     "dog.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Expected behaviour: a moving car starts on the left side of the frame and drives to the right side by the end of "
     "the clip. Acceptance: no other objects.", "car", RIGHTWARD),
    ("Moving car go from left side of screen to right side of screen in the video.", "car", RIGHTWARD),
    ("We present a clip in which a moving car travels from the left edge of the frame to the right edge.",
     "car", RIGHTWARD),
    ("Steps: 1. Check the first frame: a moving car on the right side. 2. Check the last frame: the car on the left "
     "side. Expected behaviour: it drives from right to left. Acceptance: no other objects.", "car", LEFTWARD),
    ("Car is moving in video, it start in right side and go to left side at end.", "car", LEFTWARD),
    ("Stimuli: a moving car that begins on the right of the frame and ends on the left, travelling leftward throughout "
     "the clip.", "car", LEFTWARD),
    ("Expected behaviour: a lively cat walks from the left of the frame to the right of the frame over the clip. "
     "Acceptance: no other objects.", "cat", RIGHTWARD),
    ("Lively cat is walk from left to right in video, at begin it is on left, at end on right.", "cat", RIGHTWARD),
    ("Methods: the stimulus shows a lively cat moving rightward, from the left side of the frame at onset to the right "
     "side at offset.", "cat", RIGHTWARD),
    ("Steps: 1. Play the clip. 2. Follow the cat. Expected behaviour: a lively cat starts on the right side and walks to "
     "the left side by the end. Acceptance: no other objects.", "cat", LEFTWARD),
    ("In video lively cat go from right side of screen to left side. It finish on left.", "cat", LEFTWARD),
    ("We present a clip in which a lively cat walks leftward, beginning on the right of the frame and ending on the "
     "left.", "cat", LEFTWARD),
    ("Expected behaviour: a flying bird crosses from the left side of the frame to the right side during the clip. "
     "Acceptance: no other objects.", "bird", RIGHTWARD),
    ("Flying bird fly in video from left side to right side, in start left and in end right.", "bird", RIGHTWARD),
    ("Stimuli: a flying bird that starts on the left of the frame and flies rightward, ending on the right.",
     "bird", RIGHTWARD),
    ("Steps: 1. Check the start of the clip: a flying bird on the right. 2. Check the end: the bird on the left. "
     "Expected behaviour: it flies from right to left in between. Acceptance: no other objects.", "bird", LEFTWARD),
    ("Flying bird is go from right of screen to left of screen during the video.", "bird", LEFTWARD),
    ("We present a clip in which a flying bird moves from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Expected behaviour: a moving ball rolls from the left side of the frame to the right side by the end of the clip. "
     "Acceptance: no other objects.", "ball", RIGHTWARD),
    ("Moving ball roll from left to right in video, it begin on left side and stop on right side.", "ball", RIGHTWARD),
    ("Methods: a moving ball was shown rolling rightward, from the left of the frame at the start of the clip to the "
     "right at the end.", "ball", RIGHTWARD),
    ("Steps: 1. Play the clip. 2. Watch the ball. Expected behaviour: a moving ball starts on the right side and rolls "
     "to the left side. Acceptance: no other objects.", "ball", LEFTWARD),
    ("In video there is moving ball, it go from right side to left side of screen.", "ball", LEFTWARD),
    ("Stimuli: a moving ball that begins on the right of the frame and rolls leftward, ending on the left by the end of "
     "the clip.", "ball", LEFTWARD),
    ("Expected behaviour: a walking dog walks from the left side of the frame to the right side during the clip. "
     "Acceptance: no other objects.", "dog", RIGHTWARD),
    ("Walking dog walk from left side of screen to right side of screen, in start it is left.", "dog", RIGHTWARD),
    ("We present a clip in which a walking dog crosses the frame from left to right.", "dog", RIGHTWARD),
    ("Steps: 1. Check the first frame: a walking dog on the right side. 2. Check the last frame: the dog on the left "
     "side. Expected behaviour: it walks from right to left. Acceptance: no other objects.", "dog", LEFTWARD),
    ("Walking dog go from right to left in video, at end the dog is on left side.", "dog", LEFTWARD),
    ("Methods: the stimulus shows a walking dog moving leftward, from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order.
_DYNAMIC_TWO = [
    ("Expected behaviour: a car stays still for the whole clip while a bird flies from the left of the car to the right "
     "of the car. Acceptance: no other objects.", "bird", "car", RIGHTWARD),
    ("Bird is stay still in video, and car is drive from right of bird to left of bird.", "car", "bird", LEFTWARD),
    ("We present a clip in which a cat remains stationary while a bird flies from the left of the cat to the right of "
     "the cat.", "bird", "cat", RIGHTWARD),
    ("Steps: 1. Check the first frame: a car on the right of a bird. 2. Check the last frame: the car on the left of the "
     "bird. Expected behaviour: the bird stays still while the car drives past it. Acceptance: no other objects.",
     "car", "bird", LEFTWARD),
    ("Dog is not moving in video. Bird fly from left of dog to right of dog.", "bird", "dog", RIGHTWARD),
    ("Stimuli: a stationary cat and a dog that walks from the right of the cat to the left of the cat over the course of "
     "the clip.", "dog", "cat", LEFTWARD),
    ("Expected behaviour: a dog stands still the whole clip while a ball rolls from the left of the dog to the right of "
     "the dog. Acceptance: no other objects.", "ball", "dog", RIGHTWARD),
    ("Cat sit still all time. Bird is flying from right of cat to left of cat in video.", "bird", "cat", LEFTWARD),
    ("Methods: a ball was held stationary while a car drove from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Steps: 1. Play the clip. 2. Watch the cat. Expected behaviour: a bird stays still while a cat walks from the right "
     "of the bird to the left of the bird. Acceptance: no other objects.", "cat", "bird", LEFTWARD),
    ("Car is park and not move. Dog walk from left of car to right of car.", "dog", "car", RIGHTWARD),
    ("We present a clip in which a bird stays still as a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Expected behaviour: a ball rolls from the left of a dog to the right of the dog; the dog does not move at any "
     "point. Acceptance: no other objects.", "ball", "dog", RIGHTWARD),
    ("Cat is stay in same place, ball roll from right of cat to left of cat in video.", "ball", "cat", LEFTWARD),
    ("Stimuli: a stationary ball, and a car that drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Steps: 1. Check the start of the clip: a bird on the right of a cat. 2. Check the end: the bird on the left of the "
     "cat. Expected behaviour: the cat stays still while the bird flies across. Acceptance: no other objects.",
     "bird", "cat", LEFTWARD),
    ("Bird stay still in one place. Dog is walk from left of bird to right of bird.", "dog", "bird", RIGHTWARD),
    ("Methods: a cat remained stationary throughout the clip while a dog walked from the right of the cat to the left of "
     "the cat.", "dog", "cat", LEFTWARD),
    ("Expected behaviour: a car is parked and stays still; a ball rolls from the left of the car to the right of the car. "
     "Acceptance: no other objects.", "ball", "car", RIGHTWARD),
    ("In video cat not move, and dog go from right of cat to left of cat.", "dog", "cat", LEFTWARD),
    ("We present a clip in which a ball lies still while a bird flies from the left of the ball to the right of the "
     "ball.", "bird", "ball", RIGHTWARD),
    ("Steps: 1. Play the clip. 2. Follow the bird. Expected behaviour: a ball stays still; a bird flies from the right of "
     "the ball to the left of the ball. Acceptance: no other objects.", "bird", "ball", LEFTWARD),
    ("Dog stand still whole video, bird fly from left of dog to right of dog.", "bird", "dog", RIGHTWARD),
    ("Stimuli: a stationary car and a bird flying from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Expected behaviour: a cat sits still for the whole clip while a car drives from the left of the cat to the right "
     "of the cat. Acceptance: no other objects.", "car", "cat", RIGHTWARD),
    ("Ball not moving in video. Dog walk from right of ball to left of ball.", "dog", "ball", LEFTWARD),
    ("Methods: the stimulus shows a stationary ball and a cat walking from the left of the ball to the right of the "
     "ball.", "cat", "ball", RIGHTWARD),
    ("Steps: 1. Check the first frame: a dog on the right of a ball. 2. Check the last frame: the dog on the left of the "
     "ball. Expected behaviour: the ball never moves. Acceptance: no other objects.", "dog", "ball", LEFTWARD),
    ("Bird is stay still and cat is walking from left of bird to right of bird in the video.", "cat", "bird", RIGHTWARD),
    ("We present a clip in which a car remains stationary while a dog walks from the right of the car to the left of the "
     "car.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Expected behaviour: a top-down view of a moving car that starts in the lower left corner, moves to the lower right "
     "corner by the middle of the clip, and ends in the upper right corner. Acceptance: no other objects.",
     "car", BL_BR_TR),
    ("Video is see from top. Lively cat start in bottom left corner, then go to top left corner, and at end go to top "
     "right corner.", "cat", BL_TL_TR),
    ("We present a clip viewed from directly above in which a flying bird starts in the lower right corner, flies to the "
     "lower left corner, and then to the upper left corner.", "bird", BR_BL_TL),
    ("Steps (top-down view): 1. At the start, a moving ball is in the bottom right corner. 2. At the middle of the clip, "
     "it is in the top right corner. 3. At the end, it is in the top left corner. Acceptance: no other objects.",
     "ball", BR_TR_TL),
    ("Camera look from above. Walking dog is first in lower left corner, after go to lower right corner, and last to "
     "upper right corner.", "dog", BL_BR_TR),
    ("Stimuli: an overhead view of a moving car, beginning in the bottom left corner, reaching the top left corner at "
     "mid-clip, and finishing in the top right corner.", "car", BL_TL_TR),
    ("Expected behaviour (view from straight above): a lively cat begins in the lower right corner, walks to the lower "
     "left corner, then to the upper left corner. Acceptance: no other objects.", "cat", BR_BL_TL),
    ("From above view, flying bird is in bottom right corner at begin, then fly to top right corner, then to top left "
     "corner at end.", "bird", BR_TR_TL),
    ("Methods: viewed top-down, a moving ball rolled from the lower left corner to the lower right corner and then to the "
     "upper right corner.", "ball", BL_BR_TR),
    ("Steps (overhead view): 1. Start: a walking dog in the bottom left corner. 2. Middle of the clip: the dog in the top "
     "left corner. 3. End: the dog in the top right corner. Acceptance: no other objects.", "dog", BL_TL_TR),
    ("Video is from top. Moving car start at lower right corner, drive to lower left corner, and then go up to upper "
     "left corner.", "car", BR_BL_TL),
    ("We present a top-down clip in which a lively cat begins in the bottom right corner, walks to the top right corner, "
     "and ends in the top left corner.", "cat", BR_TR_TL),
    ("Expected behaviour: seen from directly above, a flying bird goes from the lower left corner to the lower right "
     "corner, and then to the upper right corner by the end. Acceptance: no other objects.", "bird", BL_BR_TR),
    ("Look from above. Moving ball is in bottom left corner first, then it roll to top left corner, and finish in top "
     "right corner.", "ball", BL_TL_TR),
    ("Stimuli: viewed from overhead, a walking dog starting in the lower right corner, moving to the lower left corner "
     "at mid-clip, and ending in the upper left corner.", "dog", BR_BL_TL),
    ("Steps (top-down view): 1. At the start, a moving car in the bottom right corner. 2. At the middle, the car in the "
     "top right corner. 3. At the end, the car in the top left corner. Acceptance: no other objects.", "car", BR_TR_TL),
    ("Video see from top down. Lively cat begin in lower left corner, walk to lower right corner, then to upper right "
     "corner.", "cat", BL_BR_TR),
    ("Methods: in an overhead view, a flying bird moved from the bottom left corner to the top left corner and then to "
     "the top right corner.", "bird", BL_TL_TR),
    ("Expected behaviour (viewed from straight above): a moving ball starts in the lower right corner, rolls to the "
     "lower left corner, and finishes in the upper left corner. Acceptance: no other objects.", "ball", BR_BL_TL),
    ("From top view walking dog is first in bottom right corner, then go up to top right corner, then go to top left "
     "corner.", "dog", BR_TR_TL),
    ("We present a clip seen from directly above in which a moving car drives from the lower left corner to the lower "
     "right corner and then to the upper right corner.", "car", BL_BR_TR),
    ("Steps (overhead view): 1. First frame: a lively cat in the bottom left corner. 2. Middle frame: the cat in the top "
     "left corner. 3. Last frame: the cat in the top right corner. Acceptance: no other objects.", "cat", BL_TL_TR),
    ("Video is from above. Flying bird start in lower right corner, fly to lower left corner, at end is in upper left "
     "corner.", "bird", BR_BL_TL),
    ("Stimuli: a top-down view of a moving ball that begins in the bottom right corner, rolls to the top right corner at "
     "mid-clip, and ends in the top left corner.", "ball", BR_TR_TL),
    ("Expected behaviour: from a top-down view, a walking dog starts in the lower left corner, is in the lower right "
     "corner by the middle of the clip, and ends in the upper right corner. Acceptance: no other objects.",
     "dog", BL_BR_TR),
    ("Top view video. Moving car is in bottom left corner, go to top left corner, after that to top right corner.",
     "car", BL_TL_TR),
    ("Methods: viewed from overhead, a lively cat walked from the lower right corner to the lower left corner, then to "
     "the upper left corner.", "cat", BR_BL_TL),
    ("Steps (view from directly above): 1. First frame: a flying bird in the bottom right corner. 2. Middle frame: the "
     "bird in the top right corner. 3. Last frame: the bird in the top left corner. Acceptance: no other objects.",
     "bird", BR_TR_TL),
    ("Video look from up. Moving ball start in lower left corner, roll to lower right corner, and end in upper right "
     "corner.", "ball", BL_BR_TR),
    ("We present an overhead clip in which a walking dog begins in the bottom left corner, walks to the top left corner, "
     "and finishes in the top right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
