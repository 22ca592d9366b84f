"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a drone pilot's flight log ("flight log", "sortie", "hovering", "logged", "gimbal"), where the pilot, the
  drone, its gimbal and camera and the landing pad are never in the video, and what the footage shows is
  the clip; a route's view from above is the pilot's own, but is always said in words ("seen from above");
- a trucker talking on CB radio ("breaker, breaker", "good buddy", "come on back", "over"), where the
  trucker, the radio and the road he drives are never in the video; he never names his own vehicle, so no
  truck or rig stands beside LVD's cars, and no CB code with a number in it is used;
- a scientific paper's figure captions ("Figure.", "representative example", "no other objects are
  present", "trajectory"), where the paper, its panels and its readers are never in the video; captions
  give no figure numbers, panel letters, sample sizes or scale bars, since they write no numbers and
  name no side.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
drone, truck, road or panel beside the count) and put no other number word beside it (no "first pass",
no "single", no "pair"). No voice gives its own props a colour, no idiom hides a class noun or a side
(no pilot calling the drone a "bird", no "shiny side up", no "left lane"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 80-99 and 0-9 and its two-object relations
20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on 8f296c0 (numeracy 28, visibility 29, dynamic_one 29, sequential 29, the rest 30), and the
same 175/180 on 039bcb0, after every fix of that session for sets 119, 121, 123 and 124 and its known misreadings (none
carried over): held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch ("appear
throughout" there the whole clip; a shared space, "sharing the airspace", no thing; a verbless denial after a time,
"First half, good buddy, not a bird in the sky."; an opening question on "that" thing before a fronted path or view,
"Which way's that ball going? From the right ..., a moving ball, rolling along.", no second thing and no second move;
a radio sign-off, "Come back.", no return).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Flight log, morning sortie. Footage shows one moving car, in view from the start of the clip to the end, and "
     "nothing else in frame. Landed clean.",
     "car", 1),
    ("Breaker, breaker, got two moving cars rolling along out here, there the whole clip, start to finish, and not "
     "a thing else. Come on back.",
     "car", 2),
    ("Figure. Three moving cars, visible from the opening frame of the clip to its closing frame; no other objects "
     "are present.",
     "car", 3),
    ("Sortie notes: four moving cars tracked from the start of the clip to the end. Nothing else entered the shot. "
     "Wind calm.",
     "car", 4),
    ("You copy, good buddy? One lively cat on the screen, whole clip long, start to finish, and nothing else. Over.",
     "cat", 1),
    ("Two lively cats, present from the opening frame to the closing frame, with no other objects in the scene "
     "(representative clip).",
     "cat", 2),
    ("Hovering low. Three lively cats in the shot, start of the clip through to the end; nothing else down there. "
     "Logging it.",
     "cat", 3),
    ("Well now, who'd have guessed it: four lively cats, start to finish, the whole clip, and nothing else around. "
     "Hammer down, y'all.",
     "cat", 4),
    ("Figure caption: one flying bird, tracked across the full clip from start to end. No other objects appear in "
     "the scene.",
     "bird", 1),
    ("Log entry: two flying birds sharing the airspace, in view from start to finish. Nothing else in the footage. "
     "Kept my distance.",
     "bird", 2),
    ("Breaker, breaker, you seeing this? Three flying birds up there from the start of the clip to the end, and "
     "nothing else. Come back.",
     "bird", 3),
    ("Four flying birds are shown throughout the clip, start to finish. No other objects are visible. Clip shown "
     "unedited.",
     "bird", 4),
    ("Pre-flight checks done. Footage: one moving ball, on screen from the start of the clip until it ends, nothing "
     "else in the shot.",
     "ball", 1),
    ("Got two moving balls out here, good buddy, from start to finish, and that's all she wrote, nothing else. "
     "Over.",
     "ball", 2),
    ("Observed scene: three moving balls persist from the start of the clip to its end; nothing else is present.",
     "ball", 3),
    ("What did we catch on this pass? Four moving balls, start to finish, and nothing else at all. End of entry.",
     "ball", 4),
    ("Come on back, good buddy: one walking dog, there from the start of the clip to the end, nothing else worth a "
     "mention.",
     "dog", 1),
    ("Two walking dogs appear throughout, from the start of the clip to its end. No other objects are present in "
     "any frame.",
     "dog", 2),
    ("Three walking dogs, start to finish; nothing else in shot. Flight log closed, pilot signing off.",
     "dog", 3),
    ("Four walking dogs from the start of the clip to the end, and nothing else out there. Y'all copy? Over.",
     "dog", 4),
    ("Control condition: one moving car, visible for the entire clip. No other objects are present.",
     "car", 1),
    ("Hover at low altitude. Subject: one lively cat, in view for the whole clip. Nothing else spotted.",
     "cat", 1),
    ("Hey there, good buddy, just one flying bird up yonder, start to finish, and nothing else. Drive safe "
     "now.",
     "bird", 1),
    ("Two moving balls, tracked from the start to the end of the clip. No additional objects are present; motion "
     "shown qualitatively.",
     "ball", 2),
    ("Note to self: one walking dog, visible from the start of the clip to the end, and nothing else down there. "
     "Smooth flight.",
     "dog", 1),
    ("Three moving cars, good buddy, start to finish, and nothing else out here but them. Come on back.",
     "car", 3),
    ("Three lively cats throughout the clip, from its start to its end, with no other objects present. Qualitative "
     "example.",
     "cat", 3),
    ("Four flying birds in the shot, all of them there from start to finish, nothing else in frame. Logged and "
     "landed.",
     "bird", 4),
    ("Listen here: three moving balls, in view the whole clip, start to finish. Nothing else. Over and out.",
     "ball", 3),
    ("Four walking dogs, shown from the start of the clip to its end; no other objects appear. Representative "
     "sample.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 and 0-9, in order.
_ATTRIBUTION = [
    ("Flight log: a purple bird and a red dog side by side below, in view from the start of the clip to its end. "
     "Holding position.",
     "bird", "purple", "dog", "red"),
    ("Breaker, breaker: there's a red dog sitting by a yellow car, and the pair of 'em stay put start to finish. "
     "Come on back.",
     "dog", "red", "car", "yellow"),
    ("An orange dog next to a brown car; both remain visible from the start of the clip to its end.",
     "dog", "orange", "car", "brown"),
    ("Gimbal tilted toward the pair: a gray cat beside an orange dog, both in shot for the whole clip.",
     "cat", "gray", "dog", "orange"),
    ("Good buddy, you'll never guess: a green ball with a pink dog close beside it, the whole clip through. Over.",
     "ball", "green", "dog", "pink"),
    ("A white dog and a pink bird beside it, shown together throughout the clip. Colours are unedited.",
     "dog", "white", "bird", "pink"),
    ("Is that a purple car down there? Affirmative, with a gray ball beside it, both in view start to finish. "
     "Logged.",
     "car", "purple", "ball", "gray"),
    ("Copy that, a yellow dog beside a brown cat, in view the whole clip, start to finish, nothing in a hurry.",
     "dog", "yellow", "cat", "brown"),
    ("A brown ball alongside a green cat. Both objects remain in view from the start of the clip to its end.",
     "ball", "brown", "cat", "green"),
    ("Flight log, afternoon: brown cat, orange car beside it. Both in view from start to finish. Wind light.",
     "cat", "brown", "car", "orange"),
    ("Y'all hear me? A white cat and an orange dog beside her, sitting pretty the whole clip. Come back.",
     "cat", "white", "dog", "orange"),
    ("A green bird perched beside an orange car; both visible for the duration of the clip.",
     "bird", "green", "car", "orange"),
    ("Brown dog. Red ball beside it. Both in shot, start of the clip to the end. Pilot notes nothing further.",
     "dog", "brown", "ball", "red"),
    ("Breaker, got a yellow car with a white bird sitting next to it, start to finish. Pretty as you please. Over.",
     "car", "yellow", "bird", "white"),
    ("A blue cat and a brown bird beside it, both present throughout the clip.",
     "cat", "blue", "bird", "brown"),
    ("Hover check: a black bird next to an orange cat, both holding in shot from start to finish.",
     "bird", "black", "cat", "orange"),
    ("Good buddy, there's a black ball sitting by a red dog, and they're both there the whole clip. Come back.",
     "ball", "black", "dog", "red"),
    ("A brown bird beside an orange dog, both visible from the start of the clip to its end (representative "
     "example).",
     "bird", "brown", "dog", "orange"),
    ("From altitude: a red ball lying next to a purple car, both in frame the whole clip. Battery good.",
     "ball", "red", "car", "purple"),
    ("Come on back, good buddy: a purple car with a white bird next to it, sitting there start to finish.",
     "car", "purple", "bird", "white"),
    ("Blue cat beside white bird. Both remain visible throughout the clip.",
     "cat", "blue", "bird", "white"),
    ("Log entry: yellow dog, green ball at its side, both in shot from start to finish.",
     "dog", "yellow", "ball", "green"),
    ("Breaker, breaker: a blue dog sitting by an orange car, whole clip long. Ain't that something? Over.",
     "dog", "blue", "car", "orange"),
    ("A purple ball adjacent to a blue car. Both persist from the start of the clip to its end.",
     "ball", "purple", "car", "blue"),
    ("Circling wide: a green dog with a black bird beside it, in view start to finish. Pilot keeps the distance.",
     "dog", "green", "bird", "black"),
    ("Copy, a purple ball and a black cat beside it, there the whole clip, start to finish. Come on back.",
     "ball", "purple", "cat", "black"),
    ("A black car with an orange bird beside it, both visible across the whole clip.",
     "car", "black", "bird", "orange"),
    ("Footage review: a black ball next to a purple cat. Both in frame for the full clip.",
     "ball", "black", "cat", "purple"),
    ("Good buddy, what do you make of a pink bird sitting next to a brown dog, start to finish? Over.",
     "bird", "pink", "dog", "brown"),
    ("A brown ball beside a blue dog; both objects are present throughout the clip.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Flight log: first half of the clip, no car on the road. Second half, a moving car appears and stays through "
     "the end.",
     "car"),
    ("Breaker, breaker, nothing doing in the first half, no car at all, then in the second half here comes a moving "
     "car, and it sticks around to the end.",
     "car"),
    ("No car is present in the first half of the clip; a moving car appears in the second half and remains until "
     "the end.",
     "car"),
    ("You won't see a cat in the first half, good buddy, but in the second half a lively cat shows up and stays put "
     "to the end. Over.",
     "cat"),
    ("First half: no cat. Second half: a lively cat appears and remains visible to the end of the clip.",
     "cat"),
    ("Hovering. First half of the clip, no cat anywhere. Second half, a lively cat appears and stays in shot "
     "through the end.",
     "cat"),
    ("A flying bird appears in the second half of the clip and remains until the end; in the first half there is no "
     "bird.",
     "bird"),
    ("No bird in the airspace during the first half. In the second half a flying bird appears and stays with us to "
     "the end. Keeping clear.",
     "bird"),
    ("First half, good buddy, not a bird in the sky. Second half, a flying bird pops up and hangs around to the "
     "end. Come back.",
     "bird"),
    ("Log: the first half shows no ball. Second half: a moving ball appears and stays in frame until the end.",
     "ball"),
    ("Where's that ball at? Not in the first half, no ball there. Second half, a moving ball appears and stays to "
     "the end, good buddy.",
     "ball"),
    ("No ball is visible in the first half. In the second half, a moving ball appears and persists to the end of "
     "the clip.",
     "ball"),
    ("Onset example: no dog in the first half; a walking dog appears in the second half and stays until the end.",
     "dog"),
    ("Second half of the clip, a walking dog appears and stays to the end. First half: no dog. Noted in the log.",
     "dog"),
    ("Come on back: the first half's empty, no dog, but in the second half a walking dog shows up and stays there "
     "to the end. Over.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car is present in the first half of the clip; in the second half there is no car.",
     "car"),
    ("Flight log: a moving car in shot for the first half. Second half, it's gone, no car. Returning to the pad.",
     "car"),
    ("Had a moving car in the first half, good buddy, then in the second half, gone, no car nowhere. Over.",
     "car"),
    ("First half: a lively cat in view. Second half: no cat. Subject lost, logging it.",
     "cat"),
    ("Breaker, breaker, a lively cat there in the first half, and come the second half, no cat. Where'd she go?",
     "cat"),
    ("A lively cat is visible in the first half only; in the second half, no cat is present.",
     "cat"),
    ("Flying bird up there in the first half, good buddy, but in the second half it's gone, no bird at all. Come "
     "back.",
     "bird"),
    ("Disappearance example: a flying bird in the first half; no bird in the second half.",
     "bird"),
    ("A flying bird shared our airspace in the first half. In the second half, no bird. Airspace clear.",
     "bird"),
    ("A moving ball in the first half of the clip; no ball at all in the second half (offset example).",
     "ball"),
    ("Log entry: moving ball in frame during the first half. By the second half, gone. No ball.",
     "ball"),
    ("There's a moving ball in the first half, and in the second half there ain't no ball. Copy?",
     "ball"),
    ("A walking dog in the first half; in the second half, no dog in shot. End of sortie.",
     "dog"),
    ("Good buddy, a walking dog for the first half, and then, second half, no dog. Gone with the wind.",
     "dog"),
    ("A walking dog is visible in the first half; in the second half the dog is gone, and no dog appears.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Flight log: a moving car tracked from the left side of the frame to the right side. Gimbal followed it.",
     "car", RIGHTWARD),
    ("Breaker, breaker, got a moving car coming from the right side of the frame, headed over to the left side. "
     "Hammer down.",
     "car", LEFTWARD),
    ("A moving car travels from the left side of the frame to the right side over the course of the clip.",
     "car", RIGHTWARD),
    ("Tracking shot. Moving car, right side of the frame to the left side. Holding altitude.",
     "car", LEFTWARD),
    ("Good buddy, a moving car starts on the left side of the frame and drives clear across to the right side. "
     "Over.",
     "car", RIGHTWARD),
    ("Trajectory of a moving car, from the right side of the frame to the left side, over the clip.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side (representative trajectory).",
     "cat", RIGHTWARD),
    ("Low pass. A lively cat running from the right side of the frame to the left side; kept it centred in the "
     "shot.",
     "cat", LEFTWARD),
    ("Y'all see that lively cat? Running from the left side of the frame to the right side, quick as you like. "
     "Come back.",
     "cat", RIGHTWARD),
    ("The lively cat moves from the right side of the frame toward the left side, ending there.",
     "cat", LEFTWARD),
    ("From the left side of the frame to the right side: a lively cat, running the whole way. Logged.",
     "cat", RIGHTWARD),
    ("Lively cat on the right side of the frame, good buddy, and she runs on over to the left side. Over.",
     "cat", LEFTWARD),
    ("Breaker, breaker, there's a flying bird going from the left side of the frame to the right side. Copy?",
     "bird", RIGHTWARD),
    ("A flying bird flies from the right side of the frame to the left side; motion shown across the clip.",
     "bird", LEFTWARD),
    ("Shared the air with a flying bird today: it flew from the left side of the frame to the right side. Gave it "
     "room.",
     "bird", RIGHTWARD),
    ("A flying bird, right side of the frame to the left side, good buddy, easy as you please.",
     "bird", LEFTWARD),
    ("Flight path of a flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Hovering, watched a flying bird cross from the right side of the frame over to the left side.",
     "bird", LEFTWARD),
    ("Log: a moving ball rolling from the left side of the frame to the right side. Nothing further to note.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side (rolling example).",
     "ball", LEFTWARD),
    ("Got a moving ball rolling from the left side of the frame to the right side, good buddy. Come on back.",
     "ball", RIGHTWARD),
    ("Right side of the frame to the left side, a moving ball rolls; gimbal steady through the pass.",
     "ball", LEFTWARD),
    ("Which way's that ball going? From the right side of the frame to the left side, a moving ball, rolling "
     "along. Over.",
     "ball", LEFTWARD),
    ("Rolling motion: a moving ball travels from the left side of the frame toward the right side.",
     "ball", RIGHTWARD),
    ("A walking dog walks from the left side of the frame to the right side; gait shown across the clip.",
     "dog", RIGHTWARD),
    ("Breaker: a walking dog on the right side of the frame, walking across to the left side. Over.",
     "dog", LEFTWARD),
    ("Walking dog spotted on the left side of the frame; tracked it all the way to the right side.",
     "dog", RIGHTWARD),
    ("Figure. A walking dog proceeds from the right side of the frame to the left side; trajectory overlaid.",
     "dog", LEFTWARD),
    ("Good buddy, a walking dog moseying from the left side of the frame to the right side. Come back.",
     "dog", RIGHTWARD),
    ("Flight log, evening: a walking dog, right side of the frame across to the left side. Landed after.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Flight log: the ball stays still while a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Breaker, breaker, the ball's sitting still, and a bird flies from the right of the ball to the left of the "
     "ball. Over.",
     "bird", "ball", LEFTWARD),
    ("The dog remains still as a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Hovering. The car stays still; a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Good buddy, the cat stays still, and a car drives from the left of the cat to the right of the cat. Easy now.",
     "car", "cat", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball; the ball stays still.",
     "dog", "ball", LEFTWARD),
    ("Log entry: cat runs from the left of the ball to the right of the ball. Ball stays still throughout.",
     "cat", "ball", RIGHTWARD),
    ("The ball stays still, good buddy, while a dog walks from the right of the ball on over to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("With the bird staying still, a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The car stays still. A dog walks from the right of the car to the left of the car. Tracked it the whole way.",
     "dog", "car", LEFTWARD),
    ("Breaker: a bird flying from the left of the ball to the right of the ball, and that ball stays still. Copy?",
     "bird", "ball", RIGHTWARD),
    ("Relative motion: a bird flies from the right of the ball to the left of the ball, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Sortie notes: ball stays still, car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Good buddy, that dog stays still while a bird flies from the right of the dog to the left of the dog. Over.",
     "bird", "dog", LEFTWARD),
    ("The car stays still; a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("What's moving? A bird, from the right of the ball to the left of the ball. The ball stays still. Logged.",
     "bird", "ball", LEFTWARD),
    ("Cat's staying still, good buddy, and a dog walks from the left of the cat to the right of the cat. Come back.",
     "dog", "cat", RIGHTWARD),
    ("A dog walks from the right of the car to the left of the car while the car stays still.",
     "dog", "car", LEFTWARD),
    ("Camera level. The dog stays still and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Breaker, breaker: a cat running from the right of the ball to the left of the ball, ball staying still the "
     "whole while.",
     "cat", "ball", LEFTWARD),
    ("Figure. A cat runs from the left of the dog to the right of the dog; the dog stays still throughout.",
     "cat", "dog", RIGHTWARD),
    ("Log: the dog stays still. A ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Good buddy, the bird stays still and a dog walks from the left of the bird to the right of the bird, slow "
     "and steady.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Bird on the ground, staying still; cat runs from the left of the bird to the right of the bird. Logged.",
     "cat", "bird", RIGHTWARD),
    ("There's a bird flying from the right of the cat to the left of the cat, and the cat stays still. Copy that? "
     "Over.",
     "bird", "cat", LEFTWARD),
    ("Stationary reference: the cat stays still as a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Final pass of the sortie: the dog stays still, and a bird flies from the right of the dog to the left of the "
     "dog.",
     "bird", "dog", LEFTWARD),
    ("Breaker, a dog walks from the left of the cat to the right of the cat, cat stays still, nice and easy. Come "
     "on back.",
     "dog", "cat", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car, with the car staying still.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Camera pointed straight down, seen from above: a moving car drives from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Breaker, breaker, looking down from above on this one: a moving car goes from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Top-down view. A moving car travels from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "car", BR_BL_TL),
    ("Flight log, overhead pass: from above, a moving car drives from the lower right corner to the upper right "
     "corner and on to the upper left corner.",
     "car", BR_TR_TL),
    ("Seen from above, good buddy, a moving car drives from the lower left corner to the lower right corner, then "
     "up to the upper right corner. Over.",
     "car", BL_BR_TR),
    ("Overhead view of a moving car visiting the lower left corner, then the upper left corner, then the upper "
     "right corner, in that order.",
     "car", BL_TL_TR),
    ("Nadir shot, seen from above: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Looking down from above, a lively cat runs from the lower right corner to the upper right corner, then to "
     "the upper left corner. Come back.",
     "cat", BR_TR_TL),
    ("Viewed from above, a lively cat runs from the lower left corner to the lower right corner and then to the "
     "upper right corner.",
     "cat", BL_BR_TR),
    ("Log: overhead, seen from above, a lively cat running from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Good buddy, picture it from above: a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Top-down trajectory: a lively cat moves from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "cat", BR_TR_TL),
    ("Straight down from above: a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner. Kept clear of it.",
     "bird", BL_BR_TR),
    ("From up above, good buddy, a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. Over.",
     "bird", BL_TL_TR),
    ("Seen from above, a flying bird flies from the lower right corner to the lower left corner, then to the upper "
     "left corner (top-down trajectory).",
     "bird", BR_BL_TL),
    ("Overhead hover, viewed from above: a flying bird goes from the lower right corner to the upper right corner, "
     "then on to the upper left corner.",
     "bird", BR_TR_TL),
    ("Breaker, breaker: from above, a flying bird flies from the lower left corner to the lower right corner, and "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Top-down view of a flying bird, from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "bird", BL_TL_TR),
    ("Gimbal straight down, seen from above: a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner, good buddy.",
     "ball", BR_TR_TL),
    ("Viewed from above: a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner. Trajectory overlaid.",
     "ball", BL_BR_TR),
    ("Flight log: from above, a moving ball rolls from the lower left corner to the upper left corner and then to "
     "the upper right corner.",
     "ball", BL_TL_TR),
    ("Where's that ball headed? Seen from above, a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner. Come on back.",
     "ball", BR_BL_TL),
    ("Top-down view. A moving ball travels from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("Overhead, seen from above: a walking dog walks from the lower left corner to the lower right corner, then to "
     "the upper right corner. Logged.",
     "dog", BL_BR_TR),
    ("Good buddy, from above it looks like this: a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Seen from above, a walking dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. Path shown in full.",
     "dog", BR_BL_TL),
    ("A walking dog, seen from above, walks from the lower right corner to the upper right corner, then to the "
     "upper left corner. End of flight.",
     "dog", BR_TR_TL),
    ("From above, a walking dog walks from the lower left corner to the lower right corner and then the upper "
     "right corner. Come on back.",
     "dog", BL_BR_TR),
    ("Viewed from above, a walking dog walks from the lower right corner to the lower left corner, then on to the "
     "upper left corner.",
     "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
