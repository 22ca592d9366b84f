"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a committee's meeting minutes ("Present:", "Agenda item:", "Action:", "Minutes approved."), where the
  committee, its members, the chair, the secretary and the meeting room are never in the video, and the
  clip under discussion is the video; the minutes number no items and, in numeracy prompts, list nobody
  present;
- a politician's campaign stump speech ("My fellow citizens", promises, bracketed "[applause]" cues),
  where the politician, the crowd, his opponents, the nation and the applause are never in the video, and the clip
  promised is the video; the speech names no citizens in numeracy prompts and never says "the left" or
  "the right" of politics;
- an ASMR whisperer ("shhh", "tingles", "let's just relax"), hushed and repetitive, where the whisperer,
  the listener, the microphone and the listener's ears are never in the video, and what is whispered
  about is the clip; the whisperer says "soft" and "gentle", never "still", and gives nothing a colour
  but the two things of an attribution prompt.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
committee members, no crowd, no microphone beside the count) and put no other number word beside it (no
"first order of business", no "single", no "a thousand promises"). No voice gives its own props a
colour (no red tape, no golden voice), no idiom hides a class noun or a side (no "ballot", no "carried",
no "right now", no "left behind"), "half" is only said of the clip's halves, "upper", "lower" and
"corner" only of a route, and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 0-29 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 150/180 (83.3%) on 6e7d0a6a (numeracy 24, visibility 28, dynamic_one 22, dynamic_two 22, sequential
24); 180/180 after the fixes of its own branch (a record's topic heading named again, "Agenda item: the dog and the
car.", "Agenda item: the car's route, seen from above.", introduces its things once, its aside kept; a creature's body
named bare after it, "one lively cat... soft little paws...", is no thing; the speaker's fellows addressed, "My fellow
citizens,", are the audience).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Agenda item: the clip. Resolved that it shows one moving car from beginning to end and nothing else. "
     "Action: none further. Minutes approved.",
     "car", 1),
    ("I promise you this, and I mean it: two moving cars, in the clip from its opening to its close, and nothing "
     "else in it. No extras, no waste! [applause]",
     "car", 2),
    ("shhh... three moving cars... only three moving cars, there the whole clip, start to end... nothing else... "
     "let's just relax...",
     "car", 3),
    ("Agenda item: contents of the clip. Agreed: four moving cars throughout, start to finish, nothing else shown. "
     "Action: proceed. Minutes approved.",
     "car", 4),
    ("Under my plan there will be one lively cat in this clip, from the very start to the very end, and nothing "
     "else. That is my pledge! [applause]",
     "cat", 1),
    ("shhh, shhh... two lively cats... soft and lively... from the beginning of the clip to its end... nothing "
     "else at all... feel those tingles...",
     "cat", 2),
    ("Agenda item: the feline question. Three lively cats to be shown the whole clip through, and no other "
     "object. Action: adopted as tabled. Minutes approved.",
     "cat", 3),
    ("They said it could not be done. I say four lively cats, in view from start to finish, nothing else beside "
     "them! [applause] [applause]",
     "cat", 4),
    ("let's just relax... shhh... one flying bird... flying the whole clip through, start to end... and nothing "
     "else... nothing else at all...",
     "bird", 1),
    ("Agenda item: birds. Motion passed: two flying birds, visible from the clip's start to its end, nothing else "
     "included. Minutes approved.",
     "bird", 2),
    ("My promise to you is simple: three flying birds, in the clip from start to finish, and not a thing more. "
     "[applause]",
     "bird", 3),
    ("shhh... four flying birds... four... soft wings the whole clip long, beginning to end... nothing else... "
     "mmm, tingles...",
     "bird", 4),
    ("Agenda item: the ball. It was agreed on one moving ball, present from start to finish, nothing else in the "
     "clip. Action: none. Minutes approved.",
     "ball", 1),
    ("No more empty promises! Two moving balls, start to finish, the whole clip, nothing else. That's a promise "
     "I'll keep. [applause]",
     "ball", 2),
    ("let's just relax together... three moving balls... rolling, rolling, from start to end of the clip... "
     "nothing else... shhh...",
     "ball", 3),
    ("Agenda item: clip contents. Decision: four moving balls throughout, from opening to close; nothing else to "
     "appear. Minutes approved.",
     "ball", 4),
    ("Let me be clear: one walking dog, from the beginning of this clip to its end, and nothing else whatsoever! "
     "[applause]",
     "dog", 1),
    ("shhh... two walking dogs... padding softly from the start of the clip to the end... nothing else... let's "
     "just relax...",
     "dog", 2),
    ("Agenda item: dogs. Agreed without objection: three walking dogs, shown start to finish, and nothing else in "
     "the clip. Action: proceed. Minutes approved.",
     "dog", 3),
    ("I will deliver four walking dogs, there from start to finish, nothing else in the clip, and that is a "
     "promise! [applause]",
     "dog", 4),
    ("mmm... shhh... two moving cars... the whole clip, start to end... and that's all... that's all... "
     "tingles...",
     "car", 2),
    ("Three lively cats! From the clip's opening to its close! Nothing else, not a thing! That is what I promise "
     "you! [applause]",
     "cat", 3),
    ("Agenda item: birds, revisited. Four flying birds to remain in view start to finish; nothing else. Minutes "
     "approved.",
     "bird", 4),
    ("shhh... only one moving ball... rolling gently from the beginning to the end... nothing else there... "
     "let's just relax...",
     "ball", 1),
    ("Two walking dogs, from start to finish, and nothing else in the clip. I make that promise with my whole "
     "heart! [applause]",
     "dog", 2),
    ("Agenda item: motoring. Four moving cars for the whole clip, start to end, and nothing else. Action: none. "
     "Minutes approved.",
     "car", 4),
    ("shhh... one lively cat... soft little paws... there from the start of the clip to its end... nothing "
     "else... feel the tingles...",
     "cat", 1),
    ("Here is my pledge: two flying birds, start to finish, nothing else in the clip. Hold me to it! [applause]",
     "bird", 2),
    ("Agenda item: the clip. Three moving balls, visible from opening to close; no other object. Minutes "
     "approved.",
     "ball", 3),
    ("shhh... four walking dogs... walking, walking... the whole clip, start to finish... nothing else... let's "
     "just relax...",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Present: the chair, the secretary, the treasurer. Agenda item: the clip. Agreed that it shows a blue cat "
     "and a white bird together. Minutes approved.",
     "cat", "blue", "bird", "white"),
    ("My fellow citizens, I give you a yellow dog and a green ball, side by side in this clip! [applause]",
     "dog", "yellow", "ball", "green"),
    ("shhh... a blue dog... and an orange car... side by side... so gentle... let's just relax and look...",
     "dog", "blue", "car", "orange"),
    ("Agenda item: colours. Resolved: a purple ball and a blue car, both in the scene. Action: secretary to "
     "circulate the clip. Minutes approved.",
     "ball", "purple", "car", "blue"),
    ("My fellow citizens, a green dog and a black bird! That is the future I am offering you! [applause]",
     "dog", "green", "bird", "black"),
    ("mmm... a purple ball... and a black cat beside it... shhh... the tingles... the tingles...",
     "ball", "purple", "cat", "black"),
    ("Present: all members. Agenda item: scene contents. Noted: a black car and an orange bird, both in view. "
     "Minutes approved.",
     "car", "black", "bird", "orange"),
    ("My fellow citizens, a black ball and a purple cat, both of them in this scene, I promise you that! "
     "[applause]",
     "ball", "black", "cat", "purple"),
    ("shhh... shhh... a pink bird... a brown dog... both here with us... so soft... let's just relax...",
     "bird", "pink", "dog", "brown"),
    ("Agenda item: the colour scheme. After discussion the committee settled on a brown ball and a blue dog. "
     "Action: none. Minutes approved.",
     "ball", "brown", "dog", "blue"),
    ("A yellow ball and a pink dog, my fellow citizens! I promised them and I will deliver them! [applause]",
     "ball", "yellow", "dog", "pink"),
    ("let's just relax... a pink bird... resting by a gray ball... shhh... pink... and gray... tingles...",
     "bird", "pink", "ball", "gray"),
    ("Present: the chair and the treasurer. Agenda item: the clip. Agreed: a gray dog and a purple car in the "
     "scene. Minutes approved.",
     "dog", "gray", "car", "purple"),
    ("My fellow citizens, I stand for a green cat and a purple ball, together in the same scene! [applause]",
     "cat", "green", "ball", "purple"),
    ("shhh... a green dog... next to a gray ball... so quiet... so gentle... let's just relax...",
     "dog", "green", "ball", "gray"),
    ("Agenda item: scene contents. The meeting agreed on a yellow ball and a pink bird. Action: proceed. Minutes "
     "approved.",
     "ball", "yellow", "bird", "pink"),
    ("My fellow citizens, a pink cat and a yellow dog, side by side! That is my promise! [applause]",
     "cat", "pink", "dog", "yellow"),
    ("mmm... a brown car... and a yellow ball... shhh... let's just relax and watch them... tingles...",
     "car", "brown", "ball", "yellow"),
    ("Present: the full committee. Agenda item: the scene. Decided: a brown car and a white dog. Minutes "
     "approved.",
     "car", "brown", "dog", "white"),
    ("My fellow citizens, an orange dog beside a brown car! Promise made, promise kept! [applause]",
     "dog", "orange", "car", "brown"),
    ("shhh... a brown ball... and an orange cat... so soft... shhh... let's just relax together...",
     "ball", "brown", "cat", "orange"),
    ("Agenda item: the clip. Members agreed on a gray dog and an orange ball in the scene. Action: none. Minutes "
     "approved.",
     "dog", "gray", "ball", "orange"),
    ("My fellow citizens, a yellow ball and an orange cat, in this very scene, I give you my word! [applause]",
     "ball", "yellow", "cat", "orange"),
    ("let's just relax... a purple dog... by a brown car... shhh... purple... brown... tingles...",
     "dog", "purple", "car", "brown"),
    ("Present: the secretary and the chair. Agenda item: contents. Resolved: a gray dog and a blue car. Minutes "
     "approved.",
     "dog", "gray", "car", "blue"),
    ("My fellow citizens, a white car and an orange bird together in the same scene! That is the change we need! "
     "[applause]",
     "car", "white", "bird", "orange"),
    ("shhh... a brown car... and a blue bird... so gentle... let's just relax... mmm, tingles...",
     "car", "brown", "bird", "blue"),
    ("Agenda item: the clip's scene. Agreed after brief debate: a blue car and a yellow cat. Action: proceed. "
     "Minutes approved.",
     "car", "blue", "cat", "yellow"),
    ("My fellow citizens, a gray cat and a yellow bird, both together! I promise it and I will do it! [applause]",
     "cat", "gray", "bird", "yellow"),
    ("shhh... a white dog... beside a black car... so soft, so quiet... let's just relax...",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Present: the chair, the secretary. Agenda item: the clip. Noted that no car is seen in the first half; in "
     "the second half a moving car appears and remains to the end. Minutes approved.",
     "car"),
    ("My fellow citizens, in the first half of this clip there is no car. But in the second half, a moving car "
     "arrives, and it stays to the very end! [applause]",
     "car"),
    ("shhh... no car in the first half... nothing... then in the second half... a moving car appears... and "
     "stays... and stays until the end...",
     "car"),
    ("Agenda item: timing. Agreed: no cat during the first half of the clip; a lively cat appears in the second "
     "half and stays through the end. Action: none. Minutes approved.",
     "cat"),
    ("They told you the first half would have no cat, and it won't. But I promise you, in the second half a "
     "lively cat appears, and it stays to the end! [applause]",
     "cat"),
    ("let's just relax... the first half... no cat at all... shhh... then the second half... a lively cat "
     "appears... and stays to the end... tingles...",
     "cat"),
    ("Present: all members. Agenda item: the bird. Resolved: no bird in the first half of the clip; a flying "
     "bird appears in the second half and remains until the end. Minutes approved.",
     "bird"),
    ("My fellow citizens, for the first half, no bird. Then, in the second half, a flying bird appears and stays "
     "to the end! That is a comeback! [applause]",
     "bird"),
    ("shhh... the first half is empty... no bird... then, in the second half... a flying bird appears... so "
     "gentle... and it stays until the end...",
     "bird"),
    ("Agenda item: the ball. It was agreed that no ball is present in the first half and that a moving ball "
     "appears in the second half and stays to the end. Minutes approved.",
     "ball"),
    ("No ball in the first half, my fellow citizens, I admit it! But in the second half a moving ball appears, "
     "and it stays until the end! [applause]",
     "ball"),
    ("mmm... no ball in the first half... shhh... and then... in the second half... a moving ball appears... and "
     "it stays... to the end...",
     "ball"),
    ("Present: the treasurer and the chair. Agenda item: the dog. Noted: no dog in the first half; a walking dog "
     "appears in the second half and stays to the end. Minutes approved.",
     "dog"),
    ("My fellow citizens, the first half has no dog. The second half brings a walking dog, and that dog stays "
     "until the end! [applause]",
     "dog"),
    ("shhh... no dog yet... the whole first half... no dog... then in the second half a walking dog appears... "
     "and stays to the end... let's just relax...",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Agenda item: the car. Agreed: a moving car is visible in the first half of the clip and is gone in the "
     "second half, with no car at all. Minutes approved.",
     "car"),
    ("My fellow citizens, a moving car in the first half, and in the second half no car at all! Gone! Just like "
     "my opponent's promises! [applause]",
     "car"),
    ("shhh... a moving car... in the first half... and then... in the second half... no car... gone... let's "
     "just relax...",
     "car"),
    ("Present: the chair and the secretary. Agenda item: the cat. Noted: a lively cat in the first half; no cat "
     "in the second half. Minutes approved.",
     "cat"),
    ("A lively cat in the first half, my fellow citizens, and in the second half no cat! It has gone, and I "
     "promise you it is not coming back! [applause]",
     "cat"),
    ("mmm... a lively cat... there in the first half... shhh... and in the second half... no cat... gone... "
     "tingles...",
     "cat"),
    ("Agenda item: the bird. Resolved that a flying bird is seen in the first half and that no bird is seen in "
     "the second half. Action: none. Minutes approved.",
     "bird"),
    ("My fellow citizens, a flying bird fills the first half, and then in the second half there is no bird, not "
     "a trace! [applause]",
     "bird"),
    ("shhh... a flying bird... in the first half... soft wings... and in the second half... no bird... it has "
     "gone... let's just relax...",
     "bird"),
    ("Present: all members. Agenda item: the ball. Agreed: a moving ball visible in the first half; in the "
     "second half no ball. Minutes approved.",
     "ball"),
    ("A moving ball in the first half! And in the second half, my fellow citizens, no ball at all! I promise you "
     "that! [applause]",
     "ball"),
    ("shhh... a moving ball rolling in the first half... and then the second half... no ball... no ball at "
     "all... tingles...",
     "ball"),
    ("Agenda item: the dog. Noted: a walking dog is present in the first half of the clip; in the second half "
     "the dog is gone and no dog is seen. Minutes approved.",
     "dog"),
    ("My fellow citizens, a walking dog in the first half, and in the second half, no dog! Gone, and I "
     "don't blame him! [applause]",
     "dog"),
    ("let's just relax... a walking dog... in the first half... shhh... and in the second half... no dog... "
     "gone... so gentle...",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Agenda item: the car. Agreed: a moving car travels from the left side of the frame to the right side. "
     "Minutes approved.",
     "car", RIGHTWARD),
    ("My fellow citizens, watch this moving car go from the right side of the frame all the way to the left side! "
     "[applause]",
     "car", LEFTWARD),
    ("shhh... a moving car... gliding from the left side of the frame... slowly... to the right side... let's "
     "just relax...",
     "car", RIGHTWARD),
    ("Present: the chair, the secretary. Agenda item: the car's direction. Resolved: a moving car drives from the "
     "right side of the frame to the left side. Minutes approved.",
     "car", LEFTWARD),
    ("I promise you a moving car that drives from the left side of the frame to the right side, and it gets "
     "there! [applause]",
     "car", RIGHTWARD),
    ("mmm... a moving car... from the right side of the frame... over to the left side... shhh... tingles...",
     "car", LEFTWARD),
    ("Agenda item: the cat. Noted: a lively cat runs from the left side of the frame to the right side. Action: "
     "none. Minutes approved.",
     "cat", RIGHTWARD),
    ("My fellow citizens, a lively cat, running from the right side of the frame to the left side, never looking "
     "back! [applause]",
     "cat", LEFTWARD),
    ("shhh... a lively cat... padding from the left side of the frame... softly... to the right side... let's "
     "just relax...",
     "cat", RIGHTWARD),
    ("Present: all members. Agenda item: movement. Agreed: a lively cat crosses from the right side of the frame "
     "to the left side. Minutes approved.",
     "cat", LEFTWARD),
    ("A lively cat, my fellow citizens, going from the left side of the frame to the right side! Forward, always "
     "forward! [applause]",
     "cat", RIGHTWARD),
    ("let's just relax... a lively cat... from the right side of the frame... to the left side... shhh... "
     "shhh...",
     "cat", LEFTWARD),
    ("Agenda item: the bird. Resolved: a flying bird flies from the left side of the frame to the right side. "
     "Minutes approved.",
     "bird", RIGHTWARD),
    ("My fellow citizens, I give you a flying bird, soaring from the right side of the frame to the left side! "
     "[applause]",
     "bird", LEFTWARD),
    ("shhh... a flying bird... drifting from the left side of the frame... to the right side... soft wings... "
     "tingles...",
     "bird", RIGHTWARD),
    ("Present: the treasurer. Agenda item: flight path. Noted: a flying bird goes from the right side of the "
     "frame to the left side. Minutes approved.",
     "bird", LEFTWARD),
    ("I promise a flying bird that crosses from the left side of the frame to the right side, and it will fly! "
     "[applause]",
     "bird", RIGHTWARD),
    ("mmm... a flying bird... from the right side of the frame... gently... to the left side... let's just "
     "relax...",
     "bird", LEFTWARD),
    ("Agenda item: the ball. Agreed: a moving ball rolls from the left side of the frame to the right side. "
     "Action: proceed. Minutes approved.",
     "ball", RIGHTWARD),
    ("My fellow citizens, a moving ball rolling from the right side of the frame to the left side! Momentum! "
     "[applause]",
     "ball", LEFTWARD),
    ("shhh... a moving ball... rolling from the left side of the frame... rolling... to the right side... "
     "tingles...",
     "ball", RIGHTWARD),
    ("Present: the chair. Agenda item: the ball's path. Resolved: a moving ball rolls from the right side of the "
     "frame to the left side. Minutes approved.",
     "ball", LEFTWARD),
    ("A moving ball, from the left side of the frame to the right side, my fellow citizens, and nothing will "
     "stop it! [applause]",
     "ball", RIGHTWARD),
    ("let's just relax... a moving ball... from the right side of the frame... softly... to the left side... "
     "shhh...",
     "ball", LEFTWARD),
    ("Agenda item: the dog. Noted: a walking dog walks from the left side of the frame to the right side. Minutes "
     "approved.",
     "dog", RIGHTWARD),
    ("My fellow citizens, a walking dog, walking from the right side of the frame to the left side, steady as I "
     "am! [applause]",
     "dog", LEFTWARD),
    ("shhh... a walking dog... from the left side of the frame... step by step... to the right side... let's just "
     "relax...",
     "dog", RIGHTWARD),
    ("Present: all members. Agenda item: the dog's walk. Agreed: a walking dog goes from the right side of the "
     "frame to the left side. Minutes approved.",
     "dog", LEFTWARD),
    ("I promise you a walking dog that walks from the left side of the frame to the right side! Every step! "
     "[applause]",
     "dog", RIGHTWARD),
    ("mmm... a walking dog... from the right side of the frame... to the left side... shhh... gentle tingles...",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Agenda item: the dog and the car. Agreed: the car stays still while a dog walks from the left of the car to "
     "the right of the car. Minutes approved.",
     "dog", "car", RIGHTWARD),
    ("My fellow citizens, the bird stays still, and a ball rolls from the right of the bird to the left of the "
     "bird! [applause]",
     "ball", "bird", LEFTWARD),
    ("shhh... the dog stays still... and a ball rolls... from the left of the dog... to the right of the dog... "
     "let's just relax...",
     "ball", "dog", RIGHTWARD),
    ("Present: the chair, the secretary. Agenda item: the ball. Noted: a ball moves from the right of the cat to "
     "the left of the cat; the cat stays still. Minutes approved.",
     "ball", "cat", LEFTWARD),
    ("I promise you a car that drives from the left of the ball to the right of the ball, while the ball stays "
     "still! [applause]",
     "car", "ball", RIGHTWARD),
    ("mmm... the cat stays still... and a bird flies... from the right of the cat... to the left of the cat... "
     "tingles...",
     "bird", "cat", LEFTWARD),
    ("Agenda item: movement. Resolved: the bird stays still and a dog walks from the left of the bird to the "
     "right of the bird. Minutes approved.",
     "dog", "bird", RIGHTWARD),
    ("My fellow citizens, the cat stays still, and a dog walks from the right of the cat to the left of the cat! "
     "[applause]",
     "dog", "cat", LEFTWARD),
    ("shhh... the car stays still... a ball rolls from the left of the car... softly... to the right of the "
     "car... let's just relax...",
     "ball", "car", RIGHTWARD),
    ("Present: all members. Agenda item: the dog. Agreed: a dog goes from the right of the cat to the left of the "
     "cat, and the cat stays still. Minutes approved.",
     "dog", "cat", LEFTWARD),
    ("The ball stays still, my fellow citizens, and a bird flies from the left of the ball to the right of the "
     "ball! Onward! [applause]",
     "bird", "ball", RIGHTWARD),
    ("let's just relax... the ball stays still... a bird flies from the right of the ball... to the left of the "
     "ball... shhh...",
     "bird", "ball", LEFTWARD),
    ("Agenda item: flight path. Noted: the dog stays still; a bird flies from the left of the dog to the right of "
     "the dog. Minutes approved.",
     "bird", "dog", RIGHTWARD),
    ("My fellow citizens, a bird flies from the right of the car to the left of the car, and the car stays still! "
     "[applause]",
     "bird", "car", LEFTWARD),
    ("shhh... the cat stays still... and a car drives... from the left of the cat... to the right of the cat... "
     "tingles...",
     "car", "cat", RIGHTWARD),
    ("Present: the treasurer. Agenda item: the dog. Resolved: the ball stays still while a dog walks from the "
     "right of the ball to the left of the ball. Minutes approved.",
     "dog", "ball", LEFTWARD),
    ("I promise a cat that runs from the left of the ball to the right of the ball, and the ball stays still! "
     "[applause]",
     "cat", "ball", RIGHTWARD),
    ("mmm... the ball stays still... a dog walks from the right of the ball... to the left of the ball... let's "
     "just relax...",
     "dog", "ball", LEFTWARD),
    ("Agenda item: the cat. Agreed: the bird stays still and a cat runs from the left of the bird to the right of "
     "the bird. Action: none. Minutes approved.",
     "cat", "bird", RIGHTWARD),
    ("My fellow citizens, the car stays still, and a dog walks from the right of the car to the left of the car! "
     "[applause]",
     "dog", "car", LEFTWARD),
    ("shhh... the ball stays still... a bird flies from the left of the ball... gently... to the right of the "
     "ball... tingles...",
     "bird", "ball", RIGHTWARD),
    ("Present: the chair. Agenda item: the bird. Noted: a bird flies from the right of the ball to the left of "
     "the ball; the ball stays still. Minutes approved.",
     "bird", "ball", LEFTWARD),
    ("A car, my fellow citizens, driving from the left of the ball to the right of the ball, while the ball stays "
     "still! [applause]",
     "car", "ball", RIGHTWARD),
    ("let's just relax... the dog stays still... a bird flies from the right of the dog... to the left of the "
     "dog... shhh...",
     "bird", "dog", LEFTWARD),
    ("Agenda item: the dog. Resolved: the car stays still, and a dog walks from the left of the car to the right "
     "of the car. Minutes approved.",
     "dog", "car", RIGHTWARD),
    ("My fellow citizens, a bird flies from the right of the ball to the left of the ball, and the ball stays "
     "still! [applause]",
     "bird", "ball", LEFTWARD),
    ("shhh... the cat stays still... a dog walks from the left of the cat... to the right of the cat... let's "
     "just relax...",
     "dog", "cat", RIGHTWARD),
    ("Present: all members. Agenda item: the dog. Agreed: a dog walks from the right of the car to the left of "
     "the car, and the car stays still. Minutes approved.",
     "dog", "car", LEFTWARD),
    ("I promise you a cat that runs from the left of the dog to the right of the dog, and the dog stays still! "
     "[applause]",
     "cat", "dog", RIGHTWARD),
    ("mmm... the ball stays still... a cat runs from the right of the ball... to the left of the ball... shhh... "
     "tingles...",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Agenda item: the car's route, seen from above. Agreed: a moving car drives from the lower left corner to "
     "the lower right corner, then to the upper right corner. Minutes approved.",
     "car", BL_BR_TR),
    ("My fellow citizens, seen from above, a moving car goes from the lower left corner to the upper left "
     "corner, and on to the upper right corner! [applause]",
     "car", BL_TL_TR),
    ("shhh... from above... a moving car... from the lower right corner... to the lower left corner... then the "
     "upper left corner... let's just relax...",
     "car", BR_BL_TL),
    ("Present: the chair, the secretary. Agenda item: route, viewed from above. Noted: a moving car from the "
     "bottom right corner to the top right corner, then to the top left corner. Minutes approved.",
     "car", BR_TR_TL),
    ("I promise you, seen from above, a moving car that drives from the bottom left corner to the bottom right "
     "corner and then up to the top right corner! [applause]",
     "car", BL_BR_TR),
    ("mmm... looking down from above... a moving car... lower left corner... upper left corner... then upper "
     "right corner... tingles...",
     "car", BL_TL_TR),
    ("Agenda item: the cat's route. Resolved, viewed from above: a lively cat runs from the lower right corner "
     "to the lower left corner, then to the upper left corner. Minutes approved.",
     "cat", BR_BL_TL),
    ("My fellow citizens, from above you will see a lively cat run from the lower right corner to the upper "
     "right corner, then to the upper left corner! [applause]",
     "cat", BR_TR_TL),
    ("shhh... seen from above... a lively cat... from the lower left corner... to the lower right corner... and "
     "then the upper right corner... let's just relax...",
     "cat", BL_BR_TR),
    ("Present: all members. Agenda item: overhead view. Agreed: seen from above, a lively cat goes from the "
     "lower left corner to the upper left corner, then to the upper right corner. Minutes approved.",
     "cat", BL_TL_TR),
    ("Seen from above, my fellow citizens: a lively cat from the bottom right corner to the bottom left corner, "
     "then on to the top left corner! [applause]",
     "cat", BR_BL_TL),
    ("let's just relax... from above... a lively cat runs from the lower right corner... to the upper right "
     "corner... then to the upper left corner... shhh...",
     "cat", BR_TR_TL),
    ("Agenda item: the bird's route. Noted, seen from above: a flying bird flies from the lower left corner to "
     "the lower right corner, then to the upper right corner. Minutes approved.",
     "bird", BL_BR_TR),
    ("My fellow citizens, seen from above, a flying bird soars from the lower left corner to the upper left "
     "corner, then to the upper right corner! [applause]",
     "bird", BL_TL_TR),
    ("shhh... from above... a flying bird... from the lower right corner... to the lower left corner... then to "
     "the upper left corner... soft wings... tingles...",
     "bird", BR_BL_TL),
    ("Present: the treasurer. Agenda item: flight route, seen from above. Resolved: a flying bird goes from the "
     "lower right corner to the upper right corner, then to the upper left corner. Minutes approved.",
     "bird", BR_TR_TL),
    ("I promise you a flying bird, seen from above, flying from the bottom left corner to the bottom right "
     "corner, then to the top right corner! [applause]",
     "bird", BL_BR_TR),
    ("mmm... seen from above... a flying bird... lower left corner... then upper left corner... then upper right "
     "corner... let's just relax...",
     "bird", BL_TL_TR),
    ("Agenda item: the ball's route. Agreed, seen from above: a moving ball rolls from the lower right corner to "
     "the lower left corner, then to the upper left corner. Minutes approved.",
     "ball", BR_BL_TL),
    ("My fellow citizens, from above, a moving ball rolls from the lower right corner to the upper right corner, "
     "and then to the upper left corner! [applause]",
     "ball", BR_TR_TL),
    ("shhh... from above... a moving ball... rolling from the lower left corner... to the lower right corner... "
     "then to the upper right corner... tingles...",
     "ball", BL_BR_TR),
    ("Present: the chair. Agenda item: overhead route. Noted, seen from above: a moving ball from the lower left "
     "corner to the upper left corner, then the upper right corner. Minutes approved.",
     "ball", BL_TL_TR),
    ("Seen from above, my fellow citizens, a moving ball rolls from the bottom right corner to the bottom left "
     "corner, and on to the top left corner! [applause]",
     "ball", BR_BL_TL),
    ("let's just relax... seen from above... a moving ball... from the lower right corner... to the upper right "
     "corner... to the upper left corner... shhh...",
     "ball", BR_TR_TL),
    ("Agenda item: the dog's route. Resolved, viewed from above: a walking dog walks from the lower left corner "
     "to the lower right corner, then to the upper right corner. Minutes approved.",
     "dog", BL_BR_TR),
    ("My fellow citizens, seen from above, a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner! [applause]",
     "dog", BL_TL_TR),
    ("shhh... from above... a walking dog... from the lower right corner... to the lower left corner... then the "
     "upper left corner... let's just relax...",
     "dog", BR_BL_TL),
    ("Present: all members. Agenda item: route, seen from above. Agreed: a walking dog from the lower right "
     "corner to the upper right corner, then to the upper left corner. Minutes approved.",
     "dog", BR_TR_TL),
    ("I promise you, seen from above, a walking dog going from the bottom left corner to the bottom right "
     "corner, then up to the top right corner! [applause]",
     "dog", BL_BR_TR),
    ("mmm... looking down from above... a walking dog... lower left corner... upper left corner... upper right "
     "corner... tingles...",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
