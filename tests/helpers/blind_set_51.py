"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a pilot's cockpit callouts read over the clip ("Before take-off: visual on ...", "Cruise: ...",
  "Final approach: ...", "Captain speaking: ...", "Checklist complete.", "Over."), where the pilot, the
  aircraft, the cockpit and the passengers are never in the video, take-off and final approach are the
  clip's start and end, and "looking straight down" is the overhead view of a route;
- a doctor's case notes on the clip as if it were a patient ("Case notes. Presenting: ...", "On
  examination at the midpoint: ...", "Clinical summary: ...", "Ward round: ...", "No other findings.",
  "Plan: no further action."), where the doctor, the ward and the patient are never in the video;
- a theatre programme's synopsis ("Cast, in order of appearance: ...", "Curtain up on ...", "Before the
  interval ...", "Programme note: ...", "the final curtain"), where the theatre, the stage, the audience
  and the curtain are never in the video, curtain up and the final curtain are the clip's start and end,
  the interval is its halfway point, and left and right are always the frame's, never "stage left".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 70-99, and two-object relations
10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 990fe92 156/180 = 86.7% (numeracy 27, attribution 30, visibility 28, one-object 23, two-object 22,
sequential 26 of 30); 180/180 after the fixes of its own commit.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Before take-off: visual on one moving car, nothing else in sight. Cruise: it is still in view. Final "
     "approach: the same, to the last frame. Checklist complete.",
     "car", 1),
    ("Case notes. Presenting: a clip of two moving cars and nothing else. On examination at the midpoint: "
     "both still in view. At the end: unchanged. Plan: no further action.",
     "car", 2),
    ("Cast, in order of appearance: three moving cars. No other roles. On from curtain up to final "
     "curtain, all of them stay in view throughout.",
     "car", 3),
    ("Cockpit callout: four moving cars in sight from the first frame to the last, and nothing else "
     "anywhere in the frame. Holding steady to the end. Over.",
     "car", 4),
    ("Clinical summary: one lively cat, visible throughout the clip, first frame to last. No other "
     "findings. Discharged.",
     "cat", 1),
    ("Curtain up on two lively cats, alone in the frame. They hold the scene through the interval and "
     "until the final curtain; nothing else ever enters.",
     "cat", 2),
    ("Captain speaking: this clip shows three lively cats from start to finish, and nothing else at all. "
     "Prepare for landing.",
     "cat", 3),
    ("Referral letter: thank you for reviewing this clip. It shows four lively cats, in view from the "
     "beginning to the end, with nothing else present. Kind regards.",
     "cat", 4),
    ("Programme note: a short piece for one flying bird and nothing else, in view from the first moment to "
     "the last. Running time: the whole clip, no interval.",
     "bird", 1),
    ("Before take-off: visual on two flying birds, nothing else in sight. Cruise: both are still in view. "
     "Final approach: the same, to the last frame. Checklist complete.",
     "bird", 2),
    ("Case notes. Presenting: a clip of three flying birds and nothing else. On examination at the "
     "midpoint: all of them still in view. At the end: unchanged. Plan: no further action.",
     "bird", 3),
    ("Cast, in order of appearance: four flying birds. No other roles. On from curtain up to final "
     "curtain, all of them stay in view throughout.",
     "bird", 4),
    ("Cockpit callout: one moving ball in sight from the first frame to the last, and nothing else "
     "anywhere in the frame. Holding steady to the end. Over.",
     "ball", 1),
    ("Clinical summary: two moving balls, visible throughout the clip, first frame to last. No other "
     "findings. Discharged.",
     "ball", 2),
    ("Curtain up on three moving balls, alone in the frame. They hold the scene through the interval and "
     "until the final curtain; nothing else ever enters.",
     "ball", 3),
    ("Captain speaking: this clip shows four moving balls from start to finish, and nothing else at all. "
     "Prepare for landing.",
     "ball", 4),
    ("Referral letter: thank you for reviewing this clip. It shows one walking dog, in view from the "
     "beginning to the end, with nothing else present. Kind regards.",
     "dog", 1),
    ("Programme note: a short piece for two walking dogs and nothing else, in view from the first moment "
     "to the last. Running time: the whole clip, no interval.",
     "dog", 2),
    ("Before take-off: visual on three walking dogs, nothing else in sight. Cruise: all are still in view. "
     "Final approach: the same, to the last frame. Checklist complete.",
     "dog", 3),
    ("Case notes. Presenting: a clip of four walking dogs and nothing else. On examination at the "
     "midpoint: all of them still in view. At the end: unchanged. Plan: no further action.",
     "dog", 4),
    ("Curtain up on three moving cars, alone in the frame. They hold the scene through the interval and "
     "until the final curtain; nothing else ever enters.",
     "car", 3),
    ("Before take-off: visual on one lively cat, nothing else in sight. Cruise: it is still in view. Final "
     "approach: the same, to the last frame. Checklist complete.",
     "cat", 1),
    ("Referral letter: thank you for reviewing this clip. It shows four flying birds, in view from the "
     "beginning to the end, with nothing else present. Kind regards.",
     "bird", 4),
    ("Cast, in order of appearance: one moving ball. No other roles. On from curtain up to final curtain, "
     "it stays in view throughout.",
     "ball", 1),
    ("Before take-off: visual on two walking dogs, nothing else in sight. Cruise: both are still in view. "
     "Final approach: the same, to the last frame. Checklist complete.",
     "dog", 2),
    ("Clinical summary: two moving cars, visible throughout the clip, first frame to last. No other "
     "findings. Discharged.",
     "car", 2),
    ("Cast, in order of appearance: four lively cats. No other roles. On from curtain up to final curtain, "
     "all of them stay in view throughout.",
     "cat", 4),
    ("Captain speaking: this clip shows one flying bird from start to finish, and nothing else at all. "
     "Prepare for landing.",
     "bird", 1),
    ("Clinical summary: three moving balls, visible throughout the clip, first frame to last. No other "
     "findings. Discharged.",
     "ball", 3),
    ("Programme note: a short piece for four walking dogs and nothing else, in view from the first moment "
     "to the last. Running time: the whole clip, no interval.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Before take-off: visual on a white cat and a purple bird, side by side. Cruise and landing: both "
     "still in view, next to each other, to the end of the clip.",
     "cat", "white", "bird", "purple"),
    ("Case notes. Presenting: a green bird next to a purple dog, both in view. On review at the end: the "
     "pair still side by side. Plan: no further action.",
     "bird", "green", "dog", "purple"),
    ("Cast, in order of appearance: an orange bird and, beside it, a brown car. The two share the scene "
     "side by side until the final curtain.",
     "bird", "orange", "car", "brown"),
    ("Cockpit callout: a blue car beside a brown bird, in sight from the first frame to the last. Holding "
     "that picture to the end. Over.",
     "car", "blue", "bird", "brown"),
    ("Clinical summary: a red dog and a purple cat, side by side throughout the clip. No other findings.",
     "dog", "red", "cat", "purple"),
    ("Curtain up on a purple dog next to a brown cat; the pair stays side by side in view through the "
     "interval to the final curtain.",
     "dog", "purple", "cat", "brown"),
    ("Captain speaking: today's clip shows a black cat next to a blue ball, the pair side by side for the "
     "whole clip. Sit back and enjoy it.",
     "cat", "black", "ball", "blue"),
    ("Ward round: a yellow cat sits beside a black dog from the start of the clip to its end; both in "
     "view, nothing new to report.",
     "cat", "yellow", "dog", "black"),
    ("Programme note: a duet for a green cat and a white bird, side by side and in view from the first "
     "moment to the last.",
     "cat", "green", "bird", "white"),
    ("Before take-off: visual on a purple car and a pink cat, side by side. Cruise and landing: both still "
     "in view, next to each other, to the end of the clip.",
     "car", "purple", "cat", "pink"),
    ("Case notes. Presenting: a purple bird next to a red dog, both in view. On review at the end: the "
     "pair still side by side. Plan: no further action.",
     "bird", "purple", "dog", "red"),
    ("Cast, in order of appearance: a red dog and, beside it, a yellow car. The two share the scene side "
     "by side until the final curtain.",
     "dog", "red", "car", "yellow"),
    ("Cockpit callout: an orange dog beside a brown car, in sight from the first frame to the last. "
     "Holding that picture to the end. Over.",
     "dog", "orange", "car", "brown"),
    ("Clinical summary: a gray cat and an orange dog, side by side throughout the clip. No other findings.",
     "cat", "gray", "dog", "orange"),
    ("Curtain up on a green ball next to a pink dog; the pair stays side by side in view through the "
     "interval to the final curtain.",
     "ball", "green", "dog", "pink"),
    ("Captain speaking: today's clip shows a white dog next to a pink bird, the pair side by side for the "
     "whole clip. Sit back and enjoy it.",
     "dog", "white", "bird", "pink"),
    ("Ward round: a purple car sits beside a gray ball from the start of the clip to its end; both in "
     "view, nothing new to report.",
     "car", "purple", "ball", "gray"),
    ("Programme note: a duet for a yellow dog and a brown cat, side by side and in view from the first "
     "moment to the last.",
     "dog", "yellow", "cat", "brown"),
    ("Before take-off: visual on a brown ball and a green cat, side by side. Cruise and landing: both "
     "still in view, next to each other, to the end of the clip.",
     "ball", "brown", "cat", "green"),
    ("Case notes. Presenting: a brown cat next to an orange car, both in view. On review at the end: the "
     "pair still side by side. Plan: no further action.",
     "cat", "brown", "car", "orange"),
    ("Cast, in order of appearance: a white cat and, beside it, an orange dog. The two share the scene "
     "side by side until the final curtain.",
     "cat", "white", "dog", "orange"),
    ("Cockpit callout: a green bird beside an orange car, in sight from the first frame to the last. "
     "Holding that picture to the end. Over.",
     "bird", "green", "car", "orange"),
    ("Clinical summary: a brown dog and a red ball, side by side throughout the clip. No other findings.",
     "dog", "brown", "ball", "red"),
    ("Curtain up on a yellow car next to a white bird; the pair stays side by side in view through the "
     "interval to the final curtain.",
     "car", "yellow", "bird", "white"),
    ("Captain speaking: today's clip shows a blue cat next to a brown bird, the pair side by side for the "
     "whole clip. Sit back and enjoy it.",
     "cat", "blue", "bird", "brown"),
    ("Ward round: a black bird sits beside an orange cat from the start of the clip to its end; both in "
     "view, nothing new to report.",
     "bird", "black", "cat", "orange"),
    ("Programme note: a duet for a black ball and a red dog, side by side and in view from the first "
     "moment to the last.",
     "ball", "black", "dog", "red"),
    ("Before take-off: visual on a brown bird and an orange dog, side by side. Cruise and landing: both "
     "still in view, next to each other, to the end of the clip.",
     "bird", "brown", "dog", "orange"),
    ("Case notes. Presenting: a red ball next to a purple car, both in view. On review at the end: the "
     "pair still side by side. Plan: no further action.",
     "ball", "red", "car", "purple"),
    ("Cast, in order of appearance: a purple car and, beside it, a white bird. The two share the scene "
     "side by side until the final curtain.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Case notes. First half of the clip: no car present. Second half: a moving car appears and remains in "
     "view to the end. Plan: observe only.",
     "car"),
    ("Synopsis: the first half plays without any car. In the second half, after the interval, a moving car "
     "makes its entrance and stays on until the final curtain.",
     "car"),
    ("First half of the clip: no car in sight, the frame clear. Second half: visual on a moving car, which "
     "comes into view and stays until the end. Checklist complete.",
     "car"),
    ("Clinical summary: the first half of the clip shows no cat. Onset in the second half: a lively cat "
     "appears, persisting until the end. No other findings.",
     "cat"),
    ("Before the interval, which falls halfway through, there is no cat at all. After the interval a "
     "lively cat enters and stays until the final curtain.",
     "cat"),
    ("Cockpit callout: nothing in sight for the first half, no cat anywhere. Halfway through, a lively cat "
     "comes into view; it stays in sight to the end. Over.",
     "cat"),
    ("Case notes. First half of the clip: no bird present. Second half: a flying bird appears and remains "
     "in view to the end. Plan: observe only.",
     "bird"),
    ("Synopsis: the first half plays without any bird. In the second half, after the interval, a flying "
     "bird makes its entrance and stays on until the final curtain.",
     "bird"),
    ("First half of the clip: no bird in sight, the frame clear. Second half: visual on a flying bird, "
     "which comes into view and stays until the end. Checklist complete.",
     "bird"),
    ("Clinical summary: the first half of the clip shows no ball. Onset in the second half: a moving ball "
     "appears, persisting until the end. No other findings.",
     "ball"),
    ("Before the interval, which falls halfway through, there is no ball at all. After the interval a "
     "moving ball enters and stays until the final curtain.",
     "ball"),
    ("Cockpit callout: nothing in sight for the first half, no ball anywhere. Halfway through, a moving "
     "ball comes into view; it stays in sight to the end. Over.",
     "ball"),
    ("Case notes. First half of the clip: no dog present. Second half: a walking dog appears and remains "
     "in view to the end. Plan: observe only.",
     "dog"),
    ("Synopsis: the first half plays without any dog. In the second half, after the interval, a walking "
     "dog makes its entrance and stays on until the final curtain.",
     "dog"),
    ("First half of the clip: no dog in sight, the frame clear. Second half: visual on a walking dog, "
     "which comes into view and stays until the end. Checklist complete.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Curtain up on a moving car, in view for the first half. The interval comes halfway through, and "
     "after it there is no car until the final curtain.",
     "car"),
    ("Cockpit callout: a moving car in sight during the first half. Lost visual halfway through; for the "
     "whole second half, no car. Checklist complete.",
     "car"),
    ("Clinical summary: a moving car in view during the first half of the clip; in the second half there "
     "is no car at all. No other findings.",
     "car"),
    ("Synopsis: a lively cat carries the first half alone. After the interval, halfway through, the second "
     "half plays with no cat at all.",
     "cat"),
    ("First half of the clip: visual on a lively cat. Second half: no cat in sight anywhere, through to "
     "the end. Over.",
     "cat"),
    ("Case notes. First half: a lively cat present and in view. Second half: no cat seen at all, right up "
     "to the end of the clip. Plan: no further action.",
     "cat"),
    ("Curtain up on a flying bird, in view for the first half. The interval comes halfway through, and "
     "after it there is no bird until the final curtain.",
     "bird"),
    ("Cockpit callout: a flying bird in sight during the first half. Lost visual halfway through; for the "
     "whole second half, no bird. Checklist complete.",
     "bird"),
    ("Clinical summary: a flying bird in view during the first half of the clip; in the second half there "
     "is no bird at all. No other findings.",
     "bird"),
    ("Synopsis: a moving ball carries the first half alone. After the interval, halfway through, the "
     "second half plays with no ball at all.",
     "ball"),
    ("First half of the clip: visual on a moving ball. Second half: no ball in sight anywhere, through to "
     "the end. Over.",
     "ball"),
    ("Case notes. First half: a moving ball present and in view. Second half: no ball seen at all, right "
     "up to the end of the clip. Plan: no further action.",
     "ball"),
    ("Curtain up on a walking dog, in view for the first half. The interval comes halfway through, and "
     "after it there is no dog until the final curtain.",
     "dog"),
    ("Cockpit callout: a walking dog in sight during the first half. Lost visual halfway through; for the "
     "whole second half, no dog. Checklist complete.",
     "dog"),
    ("Clinical summary: a walking dog in view during the first half of the clip; in the second half there "
     "is no dog at all. No other findings.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Visual on a moving car on the left side of the frame at the start. It drives across; by the end the "
     "car is on the right side. Over.",
     "car", RIGHTWARD),
    ("Case notes. At the start: a moving car on the right side of the frame. At the midpoint: crossing the "
     "centre. At the end: the car on the left side.",
     "car", LEFTWARD),
    ("Curtain up on a moving car on the left side of the frame; by the final curtain it has crossed to the "
     "right side.",
     "car", RIGHTWARD),
    ("Cockpit callout: a moving car drives from the right side of the frame to the left side over the "
     "clip. Tracking it the whole way.",
     "car", LEFTWARD),
    ("Clinical summary: a moving car drives from the left side of the frame to the right side. No other "
     "findings.",
     "car", RIGHTWARD),
    ("Synopsis: a moving car begins on the right side of the frame and ends on the left side, crossing the "
     "centre around the interval.",
     "car", LEFTWARD),
    ("Before take-off: a lively cat on the left side of the frame. Cruise: passing the centre. Final "
     "approach: the cat on the right side. Checklist complete.",
     "cat", RIGHTWARD),
    ("Ward round: a lively cat, first seen on the right side of the frame, moves steadily across and is on "
     "the left side by the end of the clip. Nothing new to report.",
     "cat", LEFTWARD),
    ("Programme note: the piece follows a lively cat across the frame, from the left side at curtain up to "
     "the right side at the final curtain.",
     "cat", RIGHTWARD),
    ("Visual on a lively cat on the right side of the frame at the start. It walks across; by the end the "
     "cat is on the left side. Over.",
     "cat", LEFTWARD),
    ("Case notes. At the start: a lively cat on the left side of the frame. At the midpoint: crossing the "
     "centre. At the end: the cat on the right side.",
     "cat", RIGHTWARD),
    ("Curtain up on a lively cat on the right side of the frame; by the final curtain it has crossed to "
     "the left side.",
     "cat", LEFTWARD),
    ("Cockpit callout: a flying bird flies from the left side of the frame to the right side over the "
     "clip. Tracking it the whole way.",
     "bird", RIGHTWARD),
    ("Clinical summary: a flying bird flies from the right side of the frame to the left side. No other "
     "findings.",
     "bird", LEFTWARD),
    ("Synopsis: a flying bird begins on the left side of the frame and ends on the right side, crossing "
     "the centre around the interval.",
     "bird", RIGHTWARD),
    ("Before take-off: a flying bird on the right side of the frame. Cruise: passing the centre. Final "
     "approach: the bird on the left side. Checklist complete.",
     "bird", LEFTWARD),
    ("Ward round: a flying bird, first seen on the left side of the frame, moves steadily across and is on "
     "the right side by the end of the clip. Nothing new to report.",
     "bird", RIGHTWARD),
    ("Programme note: the piece follows a flying bird across the frame, from the right side at curtain up "
     "to the left side at the final curtain.",
     "bird", LEFTWARD),
    ("Visual on a moving ball on the left side of the frame at the start. It rolls across; by the end the "
     "ball is on the right side. Over.",
     "ball", RIGHTWARD),
    ("Case notes. At the start: a moving ball on the right side of the frame. At the midpoint: crossing "
     "the centre. At the end: the ball on the left side.",
     "ball", LEFTWARD),
    ("Curtain up on a moving ball on the left side of the frame; by the final curtain it has crossed to "
     "the right side.",
     "ball", RIGHTWARD),
    ("Cockpit callout: a moving ball rolls from the right side of the frame to the left side over the "
     "clip. Tracking it the whole way.",
     "ball", LEFTWARD),
    ("Clinical summary: a moving ball rolls from the left side of the frame to the right side. No other "
     "findings.",
     "ball", RIGHTWARD),
    ("Synopsis: a moving ball begins on the right side of the frame and ends on the left side, crossing "
     "the centre around the interval.",
     "ball", LEFTWARD),
    ("Before take-off: a walking dog on the left side of the frame. Cruise: passing the centre. Final "
     "approach: the dog on the right side. Checklist complete.",
     "dog", RIGHTWARD),
    ("Ward round: a walking dog, first seen on the right side of the frame, moves steadily across and is "
     "on the left side by the end of the clip. Nothing new to report.",
     "dog", LEFTWARD),
    ("Programme note: the piece follows a walking dog across the frame, from the left side at curtain up "
     "to the right side at the final curtain.",
     "dog", RIGHTWARD),
    ("Visual on a walking dog on the right side of the frame at the start. It walks across; by the end the "
     "dog is on the left side. Over.",
     "dog", LEFTWARD),
    ("Case notes. At the start: a walking dog on the left side of the frame. At the midpoint: crossing the "
     "centre. At the end: the dog on the right side.",
     "dog", RIGHTWARD),
    ("Curtain up on a walking dog on the right side of the frame; by the final curtain it has crossed to "
     "the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Visual on a dog on the left of a car. By the end of the clip, the dog is on the right of the car. "
     "The car stays still throughout. Over.",
     "dog", "car", RIGHTWARD),
    ("Case notes. At the start: a ball on the right of a bird. At the end: the ball on the left of the "
     "bird. The bird does not move at any point.",
     "ball", "bird", LEFTWARD),
    ("Curtain up on a ball on the left of a dog that stays still. By the final curtain, the ball is on the "
     "right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Cockpit callout: a cat holding still, and a ball passing it, from the right of the cat to the left "
     "of the cat. Tracking the ball to the end.",
     "ball", "cat", LEFTWARD),
    ("Clinical summary: a car moves from the left of a ball to the right of the ball, while the ball stays "
     "still. No other findings.",
     "car", "ball", RIGHTWARD),
    ("Synopsis: a cat stays still for the whole clip while a bird crosses from the right of the cat to its "
     "left, ending on the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Approach callout: a bird, stationary for the whole clip, with a dog on the left of the bird. At the "
     "end the dog is on the right of the bird. Checklist complete.",
     "dog", "bird", RIGHTWARD),
    ("Ward round: a cat stays still throughout; a dog starts on the right of the cat and finishes on the "
     "left of the cat. Nothing new to report.",
     "dog", "cat", LEFTWARD),
    ("Programme note: a ball opens on the left of a car, which never moves, and by the final curtain the "
     "ball is on the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Visual on a dog on the right of a cat. By the end of the clip, the dog is on the left of the cat. "
     "The cat stays still throughout. Over.",
     "dog", "cat", LEFTWARD),
    ("Case notes. At the start: a bird on the left of a ball. At the end: the bird on the right of the "
     "ball. The ball does not move at any point.",
     "bird", "ball", RIGHTWARD),
    ("Curtain up on a bird on the right of a ball that stays still. By the final curtain, the bird is on "
     "the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Cockpit callout: a dog holding still, and a bird passing it, from the left of the dog to the right "
     "of the dog. Tracking the bird to the end.",
     "bird", "dog", RIGHTWARD),
    ("Clinical summary: a bird moves from the right of a car to the left of the car, while the car stays "
     "still. No other findings.",
     "bird", "car", LEFTWARD),
    ("Synopsis: a cat stays still for the whole clip while a car crosses from the left of the cat to its "
     "right, ending on the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("Approach callout: a ball, stationary for the whole clip, with a dog on the right of the ball. At the "
     "end the dog is on the left of the ball. Checklist complete.",
     "dog", "ball", LEFTWARD),
    ("Ward round: a ball stays still throughout; a cat starts on the left of the ball and finishes on the "
     "right of the ball. Nothing new to report.",
     "cat", "ball", RIGHTWARD),
    ("Programme note: a dog opens on the right of a ball, which never moves, and by the final curtain the "
     "dog is on the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Visual on a cat on the left of a bird. By the end of the clip, the cat is on the right of the bird. "
     "The bird stays still throughout. Over.",
     "cat", "bird", RIGHTWARD),
    ("Case notes. At the start: a dog on the right of a car. At the end: the dog on the left of the car. "
     "The car does not move at any point.",
     "dog", "car", LEFTWARD),
    ("Curtain up on a bird on the left of a ball that stays still. By the final curtain, the bird is on "
     "the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Cockpit callout: a ball holding still, and a bird passing it, from the right of the ball to the left "
     "of the ball. Tracking the bird to the end.",
     "bird", "ball", LEFTWARD),
    ("Discharge note: the ball stays still throughout. A car passes it, starting on the left of the ball and "
     "ending on the right of the ball. No other findings.",
     "car", "ball", RIGHTWARD),
    ("Synopsis: a dog stays still for the whole clip while a bird crosses from the right of the dog to its "
     "left, ending on the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Approach callout: a car, stationary for the whole clip, with a dog on the left of the car. At the "
     "end the dog is on the right of the car. Checklist complete.",
     "dog", "car", RIGHTWARD),
    ("Ward round: a ball stays still throughout; a bird starts on the right of the ball and finishes on "
     "the left of the ball. Nothing new to report.",
     "bird", "ball", LEFTWARD),
    ("Programme note: a dog opens on the left of a cat, which never moves, and by the final curtain the "
     "dog is on the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Visual on a dog on the right of a car. By the end of the clip, the dog is on the left of the car. "
     "The car stays still throughout. Over.",
     "dog", "car", LEFTWARD),
    ("Case notes. At the start: a cat on the left of a dog. At the end: the cat on the right of the dog. "
     "The dog does not move at any point.",
     "cat", "dog", RIGHTWARD),
    ("Curtain up on a cat on the right of a ball that stays still. By the final curtain, the cat is on the "
     "left of the ball.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Looking straight down from above. At the start: visual on a moving car in the lower left corner. "
     "Halfway through: the lower right corner. At the end: the upper right corner. Over.",
     "car", BL_BR_TR),
    ("Case notes, top-down view. At the start: a lively cat in the lower left corner. At the midpoint: the "
     "upper left corner. At the end: the upper right corner.",
     "cat", BL_TL_TR),
    ("Staged to be seen from directly above. Curtain up: a flying bird in the lower right corner. At the "
     "interval, halfway through: the lower left corner. Final curtain: the upper left corner.",
     "bird", BR_BL_TL),
    ("Cockpit callout, view from directly overhead: a moving ball starts in the lower right corner, "
     "reaches the upper right corner halfway through, and finishes in the upper left corner.",
     "ball", BR_TR_TL),
    ("Clinical summary, seen from above: a walking dog moves from the lower left corner to the lower right "
     "corner by halfway, then to the upper right corner at the end.",
     "dog", BL_BR_TR),
    ("Synopsis, in an overhead view: a moving car opens in the lower left corner, has reached the upper "
     "left corner by the interval halfway through, and closes in the upper right corner.",
     "car", BL_TL_TR),
    ("Captain speaking, with the view straight down: a lively cat in the lower right corner at the start, "
     "the lower left corner halfway through and the upper left corner at the end. Checklist complete.",
     "cat", BR_BL_TL),
    ("Ward round, overhead view: a flying bird first in the lower right corner; by the midpoint it has "
     "moved to the upper right corner; at the end it is in the upper left corner.",
     "bird", BR_TR_TL),
    ("Programme note, for a clip seen from above: a moving ball begins in the lower left corner, is in the "
     "lower right corner at the interval halfway through, and ends the piece in the upper right corner.",
     "ball", BL_BR_TR),
    ("Looking straight down from above. At the start: visual on a walking dog in the lower left corner. "
     "Halfway through: the upper left corner. At the end: the upper right corner. Over.",
     "dog", BL_TL_TR),
    ("Case notes, top-down view. At the start: a moving car in the lower right corner. At the midpoint: "
     "the lower left corner. At the end: the upper left corner.",
     "car", BR_BL_TL),
    ("Staged to be seen from directly above. Curtain up: a lively cat in the lower right corner. At the "
     "interval, halfway through: the upper right corner. Final curtain: the upper left corner.",
     "cat", BR_TR_TL),
    ("Cockpit callout, view from directly overhead: a flying bird starts in the lower left corner, reaches "
     "the lower right corner halfway through, and finishes in the upper right corner.",
     "bird", BL_BR_TR),
    ("Clinical summary, seen from above: a moving ball moves from the lower left corner to the upper left "
     "corner by halfway, then to the upper right corner at the end.",
     "ball", BL_TL_TR),
    ("Synopsis, in an overhead view: a walking dog opens in the lower right corner, has reached the lower "
     "left corner by the interval halfway through, and closes in the upper left corner.",
     "dog", BR_BL_TL),
    ("Captain speaking, with the view straight down: a moving car in the lower right corner at the start, "
     "the upper right corner halfway through and the upper left corner at the end. Checklist complete.",
     "car", BR_TR_TL),
    ("Ward round, overhead view: a lively cat first in the lower left corner; by the midpoint it has moved "
     "to the lower right corner; at the end it is in the upper right corner.",
     "cat", BL_BR_TR),
    ("Programme note, for a clip seen from above: a flying bird begins in the lower left corner, is in the "
     "upper left corner at the interval halfway through, and ends the piece in the upper right corner.",
     "bird", BL_TL_TR),
    ("Looking straight down from above. At the start: visual on a moving ball in the lower right corner. "
     "Halfway through: the lower left corner. At the end: the upper left corner. Over.",
     "ball", BR_BL_TL),
    ("Case notes, top-down view. At the start: a walking dog in the lower right corner. At the midpoint: "
     "the upper right corner. At the end: the upper left corner.",
     "dog", BR_TR_TL),
    ("Staged to be seen from directly above. Curtain up: a moving car in the lower left corner. At the "
     "interval, halfway through: the lower right corner. Final curtain: the upper right corner.",
     "car", BL_BR_TR),
    ("Cockpit callout, view from directly overhead: a lively cat starts in the lower left corner, reaches "
     "the upper left corner halfway through, and finishes in the upper right corner.",
     "cat", BL_TL_TR),
    ("Clinical summary, seen from above: a flying bird moves from the lower right corner to the lower left "
     "corner by halfway, then to the upper left corner at the end.",
     "bird", BR_BL_TL),
    ("Synopsis, in an overhead view: a moving ball opens in the lower right corner, has reached the upper "
     "right corner by the interval halfway through, and closes in the upper left corner.",
     "ball", BR_TR_TL),
    ("Captain speaking, with the view straight down: a walking dog in the lower left corner at the start, "
     "the lower right corner halfway through and the upper right corner at the end. Checklist complete.",
     "dog", BL_BR_TR),
    ("Ward round, overhead view: a moving car first in the lower left corner; by the midpoint it has moved "
     "to the upper left corner; at the end it is in the upper right corner.",
     "car", BL_TL_TR),
    ("Programme note, for a clip seen from above: a lively cat begins in the lower right corner, is in the "
     "lower left corner at the interval halfway through, and ends the piece in the upper left corner.",
     "cat", BR_BL_TL),
    ("Looking straight down from above. At the start: visual on a flying bird in the lower right corner. "
     "Halfway through: the upper right corner. At the end: the upper left corner. Over.",
     "bird", BR_TR_TL),
    ("Case notes, top-down view. At the start: a moving ball in the lower left corner. At the midpoint: "
     "the lower right corner. At the end: the upper right corner.",
     "ball", BL_BR_TR),
    ("Staged to be seen from directly above. Curtain up: a walking dog in the lower left corner. At the "
     "interval, halfway through: the upper left corner. Final curtain: the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
