"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Jamaican patois speaker ("mi", "di", "inna", "pon", "nuh", "dem", "seen?", "a so it go"), where the
  speaker, the bredren spoken to and the yard are never in the video, and what is told is the clip; the
  class nouns, counts and side words stay in their English spelling, and numeracy talk names nobody;
- a peer reviewer's report on a paper ("Reviewer 2", "Summary", numbered "Major comments" and "Minor
  comments", "Recommendation: major revision"), where the reviewer, the authors, the editor and the
  manuscript are never in the video, and the clip the paper reports is the video; numeracy reports letter
  their comments "(a)", "(b)" rather than number them and name no author;
- a TV game-show host ("Come on down!", "the big reveal", "studio audience", "lock it in"), where the
  host, the contestants, the audience and the stage are never in the video, and what is revealed is the
  clip; numeracy reveals bring on no contestant and no prize.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
contestant, no author, no bredren beside the count) and put no other number word beside it (no "door
number", no "both", no "no one"). No voice gives its own props a colour (no golden prize, no red pen), no
idiom hides a class noun or a side (no "scatter", "indicate", "carry", "ballpark", "that's right" or "I am
left unconvinced"), "half" is only said of the clip's halves, "upper", "lower", "corner", "top" and
"bottom" only of a route (never a "top prize"), and "still" only of a relation's second object (never
"still mi seh"). A relation names its second object at both ends and says that object stays still; a route
is always seen from above. It takes LVD's attribution pairs 30-59 and its two-object relations 20-49 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 163/180 (90.6%) on 4a0a41be (numeracy 26, visibility 29, dynamic_one 27, sequential 21); held back
from every fixer of its session and scored again on its last code: 163/180. 180/180 after the fixes of its own branch
in the next session (a patois reader puts "di", "inna", "den", "an", "nutten", "deh", "nuh" and "a di" into English,
inflects the bare verb after one thing, reads a leg strung with "go" and drops the voice's formulas; a lettered point,
"(a) ", "(b) ", numbers a point as "(1) " does; a host's "the big reveal" is no thing and "studio audience" is the
listeners addressed).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Mi a tell yuh: one moving car inna di clip, from start to finish, an nutten else nuh deh deh. A so it go.",
     "car", 1),
    ("Reviewer report. Major comments: (a) The clip should show two moving cars, in view from its start to its "
     "end. (b) Nothing else should appear. Minor comments: nothing further.",
     "car", 2),
    ("Come on down! It's time for the big reveal: three moving cars, from the start of the "
     "clip to the end, and nothing else!",
     "car", 3),
    ("Listen nuh: four moving cars inna di whole clip, start to finish. Nutten else. Seen?", "car", 4),
    ("Summary of the reviewed work: the clip shows one lively cat from start to finish. Major comment (a): "
     "nothing else is in view, and this should be kept so.",
     "cat", 1),
    ("And the big reveal is... two lively cats! Start of the clip to the end, and absolutely nothing else! Give "
     "it up!",
     "cat", 2),
    ("Three lively cats inna di clip from start to finish, an nutten else. Mi nah lie.", "cat", 3),
    ("Major comments: (a) The video must contain four lively cats throughout, from the opening to the close. (b) "
     "Nothing else may be present. Recommendation: major revision.",
     "cat", 4),
    ("Come on down and see it! The big reveal: one flying bird, the whole clip, start to finish, and nothing "
     "else in sight!",
     "bird", 1),
    ("Two flying birds deh inna di clip from di start to di end. Nutten else nuh deh. Bless up.", "bird", 2),
    ("Reviewer report. Major comment (a): three flying birds should be visible throughout the clip, start to "
     "end. Minor comment (a): nothing else should be in view.",
     "bird", 3),
    ("Let's see what we've got... the big reveal: four flying birds, from the very start of the clip to the "
     "very end, and nothing else!",
     "bird", 4),
    ("Wah gwaan! Mi see one moving ball inna di clip, start to finish, an nutten else.", "ball", 1),
    ("Major comments: (a) Two moving balls are required, in view from the start of the clip to its end. (b) No "
     "other objects. Minor comments: nothing at this stage.",
     "ball", 2),
    ("Come on down! It's the big reveal: three moving balls, start to finish, whole clip, and nothing else. Lock "
     "it in!",
     "ball", 3),
    ("Four moving balls inna di clip from start to finish, an nutten else at all. A true mi a tell yuh.",
     "ball", 4),
    ("Summary: the submitted clip contains one walking dog from start to finish. Major comment (a): nothing else "
     "is present, which is appropriate.",
     "dog", 1),
    ("And behind the big reveal... two walking dogs! Start of the clip to the end, and nothing else at all!",
     "dog", 2),
    ("Three walking dogs inna di clip, from start to finish, an nutten else nuh inna it. Yuh zimmi?", "dog", 3),
    ("Major comments: (a) The clip should show four walking dogs throughout, start to finish. (b) Nothing else "
     "should be visible. Recommendation: accept after revision.",
     "dog", 4),
    ("Here it is, the big reveal: two moving cars, whole clip, beginning to end, and nothing else!", "car", 2),
    ("One lively cat inna di clip start to finish, an nutten else. Dat's it.", "cat", 1),
    ("Reviewer report. Major comment (a): three flying birds in view from the start of the clip to its end, "
     "and nothing else. Minor comments: nothing further.",
     "bird", 3),
    ("Come on down! One moving ball, from the start of the clip to the finish, and nothing else! That's our big "
     "reveal!",
     "ball", 1),
    ("Two walking dogs inna di clip from start to finish. Nutten else, mi seh.", "dog", 2),
    ("Major comments: (a) Three moving cars should be present from start to finish of the clip. (b) Nothing "
     "else should appear. Minor comments: nothing further.",
     "car", 3),
    ("The big reveal, at last: four lively cats, start to finish, the entire clip, and nothing else!", "cat", 4),
    ("Two flying birds, di whole clip, start to finish, an nutten else. Irie.", "bird", 2),
    ("Summary: the clip shows four moving balls, in view from the start to the end. Major comment (a): nothing "
     "else is in view, as required.",
     "ball", 4),
    ("It's the big reveal: three walking dogs, from the start of the clip to the end, and nothing else!",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Mi see a red car an a brown bird side by side inna di clip, from start to finish. Bless up.",
     "car", "red", "bird", "brown"),
    ("Reviewer 2. Summary: the paper shows a purple cat next to a green car throughout the clip. Major comments: "
     "1. Both should remain in view start to finish. Minor comments: none.",
     "cat", "purple", "car", "green"),
    ("Come on down! Tonight's big reveal: a gray car and an orange dog, side by side, the whole clip! Studio "
     "audience, make some noise!",
     "car", "gray", "dog", "orange"),
    ("A red cat an a gray dog deh side by side inna di clip, di whole time. Seen?",
     "cat", "red", "dog", "gray"),
    ("Reviewer 2, report on manuscript VID-0412. Major comments: 1. The clip shows a red dog beside a gray car; "
     "both should be in view from start to finish. 2. No further concerns.",
     "dog", "red", "car", "gray"),
    ("And the big reveal is... a purple dog next to a yellow car! Both there the whole clip! Give it up, "
     "folks!",
     "dog", "purple", "car", "yellow"),
    ("Wah gwaan! Inna di clip a red cat siddung next to a gray ball, start to finish.",
     "cat", "red", "ball", "gray"),
    ("Reviewer 2. Major comments: 1. The scene pairs a brown cat with a blue dog beside it; both appear "
     "throughout the clip. Minor comments: 1. None.",
     "cat", "brown", "dog", "blue"),
    ("Come on down! Behind the curtain: a white dog and a red cat, side by side, start to finish! Studio "
     "audience, what do we think?",
     "dog", "white", "cat", "red"),
    ("A yellow bird an an orange car, side by side inna di clip from start to finish. A so it go.",
     "bird", "yellow", "car", "orange"),
    ("Reviewer 2. Summary: a green dog next to a blue car, both visible for the whole clip. Recommendation: "
     "minor revision.",
     "dog", "green", "car", "blue"),
    ("The big reveal, ladies and gentlemen: a black cat beside a brown ball, the entire clip! Lock it in!",
     "cat", "black", "ball", "brown"),
    ("Mi a tell yuh, a purple car an a red cat deh side by side inna di clip, start to finish.",
     "car", "purple", "cat", "red"),
    ("Reviewer 2. Major comments: 1. A gray dog and a brown cat are shown next to each other throughout the "
     "clip. 2. This is adequately presented. Minor comments: none.",
     "dog", "gray", "cat", "brown"),
    ("Come on down! It's a black car with a brown dog just beside it, whole clip! What a reveal!",
     "car", "black", "dog", "brown"),
    ("A yellow ball an a pink dog next to each odda inna di clip, di whole time. Irie.",
     "ball", "yellow", "dog", "pink"),
    ("Reviewer 2. Summary: a gray cat is shown beside a white dog from start to finish of the clip. Minor "
     "comments: 1. Fine as is.",
     "cat", "gray", "dog", "white"),
    ("The big reveal: a yellow dog and an orange car, side by side, from start to finish! Studio audience, "
     "give it up!",
     "dog", "yellow", "car", "orange"),
    ("Inna di clip mi see a black bird next to a brown cat, start to finish. Nuh lie.",
     "bird", "black", "cat", "brown"),
    ("Reviewer 2, report. Major comments: 1. The clip shows a white ball next to a red car, both in view "
     "throughout. Recommendation: accept.",
     "ball", "white", "car", "red"),
    ("Come on down! Our big reveal: a white ball and a black cat, side by side for the whole clip!",
     "ball", "white", "cat", "black"),
    ("A yellow cat an a pink ball deh side by side inna di clip, from start to finish. Seen?",
     "cat", "yellow", "ball", "pink"),
    ("Reviewer 2. Major comments: 1. A black car and an orange bird appear beside each other throughout the "
     "clip. Minor comments: none.",
     "car", "black", "bird", "orange"),
    ("And the big reveal... an orange ball next to a brown car, the entire clip! Studio audience, on your feet!",
     "ball", "orange", "car", "brown"),
    ("Wah gwaan! A gray bird an a green cat side by side inna di clip, start to finish.",
     "bird", "gray", "cat", "green"),
    ("Reviewer 2. Summary: a blue car with a red cat beside it, both visible from start to finish of the clip. "
     "Recommendation: minor revision.",
     "car", "blue", "cat", "red"),
    ("Come on down! Behind the curtain: a white ball beside a black car, whole clip long! Lock it in!",
     "ball", "white", "car", "black"),
    ("Mi see a green bird an a white ball next to each odda inna di clip, start to finish. Bless.",
     "bird", "green", "ball", "white"),
    ("Reviewer 2. Major comments: 1. The clip pairs a blue ball with a yellow dog beside it throughout. 2. No "
     "further issues. Minor comments: none.",
     "ball", "blue", "dog", "yellow"),
    ("The big reveal, folks: a yellow bird and a blue ball, side by side, from start to finish!",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Inna di first half a di clip, no car nuh deh. Den inna di second half a moving car come in an stay till di "
     "end.",
     "car"),
    ("Reviewer 2. Major comments: 1. No car is present in the first half of the clip. 2. A moving car appears in "
     "the second half and remains to the end.",
     "car"),
    ("Come on down! For the first half of the clip there's no car, but in the second half, the big reveal: a "
     "moving car, there till the end!",
     "car"),
    ("Reviewer 2. Summary: the first half of the clip contains no cat; a lively cat enters in the second half and "
     "stays until the end. Minor comments: none.",
     "cat"),
    ("First half of the clip, folks: no cat! Second half: a lively cat appears and stays to the end! What a "
     "reveal!",
     "cat"),
    ("No cat nuh deh inna di first half. Second half now, a lively cat show up an stay till di end. Seen?", "cat"),
    ("The first half of the clip? No bird at all! Then in the second half, come on down, a flying bird, there to "
     "the end!",
     "bird"),
    ("Di first half a di clip, no bird. Second half, a flying bird appear an stay till di end.", "bird"),
    ("Reviewer 2. Major comments: 1. The first half of the clip has no bird. 2. A flying bird appears in the "
     "second half and is visible until the end.",
     "bird"),
    ("No ball inna di first half a di clip. Inna di second half a moving ball appear an stay deh till di end.",
     "ball"),
    ("Reviewer 2. Summary: no ball in the first half of the clip; in the second half a moving ball appears and "
     "stays to the end. Recommendation: accept.",
     "ball"),
    ("Studio audience, in the first half of the clip there's no ball! And in the second half, the big reveal: a "
     "moving ball, all the way to the end!",
     "ball"),
    ("Reviewer 2. Major comments: 1. No dog is seen in the first half of the clip. 2. In the second half a "
     "walking dog appears and remains until the end.",
     "dog"),
    ("No dog in the first half of the clip! Then, in the second half... a walking dog comes on down and stays to "
     "the end!",
     "dog"),
    ("Inna di first half no dog nuh deh. Second half, a walking dog come in an stay till di end. A so it go.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Reviewer 2. Major comments: 1. A moving car is visible in the first half of the clip. 2. In the second "
     "half there is no car.",
     "car"),
    ("A moving car deh inna di first half a di clip, but inna di second half, no car nuh deh. It gwaan.", "car"),
    ("In the first half of the clip, a moving car! And in the second half, the big reveal: no car at all!", "car"),
    ("Inna di first half, a lively cat deh deh. Second half? No cat. Di cat gwaan.", "cat"),
    ("Reviewer 2. Summary: a lively cat is present in the first half of the clip; no cat appears in the second "
     "half. Minor comments: none.",
     "cat"),
    ("Come on down! First half of the clip: a lively cat! Second half: no cat anywhere! Studio audience, where "
     "did it go?",
     "cat"),
    ("Reviewer 2. Major comments: 1. A flying bird is shown in the first half of the clip. 2. No bird is shown "
     "in the second half.",
     "bird"),
    ("First half of the clip: a flying bird! Second half: no bird! That's the big reveal, folks!", "bird"),
    ("A flying bird deh inna di first half a di clip, den inna di second half no bird nuh deh.", "bird"),
    ("Come on down! A moving ball in the first half of the clip, and in the second half... no ball! Gone!",
     "ball"),
    ("Inna di first half, a moving ball deh deh. Second half, no ball. Mi nuh know weh it gwaan.", "ball"),
    ("Reviewer 2. Summary: a moving ball is present during the first half of the clip, with no ball in the "
     "second half. Recommendation: minor revision.",
     "ball"),
    ("A walking dog deh inna di first half a di clip. Inna di second half, no dog. Seen?", "dog"),
    ("Reviewer 2. Major comments: 1. A walking dog is visible in the first half of the clip. 2. No dog is "
     "visible in the second half.",
     "dog"),
    ("The big reveal, studio audience: a walking dog in the first half of the clip, and in the second half, no "
     "dog at all!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car drive from di left side a di frame go over to di right side. Seen?", "car", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. The moving car travels from the right side of the frame to the left side. "
     "Minor comments: none.",
     "car", LEFTWARD),
    ("Come on down! A moving car, from the left side of the frame all the way to the right side! Give it up!",
     "car", RIGHTWARD),
    ("Di moving car come from di right side a di frame an go to di left side. A so it go.", "car", LEFTWARD),
    ("Reviewer 2. Summary: a moving car crosses the frame from the left side to the right side. Recommendation: "
     "accept.",
     "car", RIGHTWARD),
    ("The big reveal: a moving car, from the right side of the frame to the left side! Studio audience, make "
     "some noise!",
     "car", LEFTWARD),
    ("Reviewer 2. Major comments: 1. A lively cat runs from the left side of the frame to the right side. 2. No "
     "further concerns.",
     "cat", RIGHTWARD),
    ("Here she comes! A lively cat from the right side of the frame over to the left side! What a reveal!",
     "cat", LEFTWARD),
    ("A lively cat run from di left side a di frame to di right side. Mi nah lie.", "cat", RIGHTWARD),
    ("Reviewer 2. Summary: a lively cat crosses the frame from the right side to the left side. Minor comments: "
     "none.",
     "cat", LEFTWARD),
    ("Come on down! A lively cat, left side of the frame to the right side, at full speed!", "cat", RIGHTWARD),
    ("Di lively cat run from di right side a di frame go a di left side. Seen?", "cat", LEFTWARD),
    ("And the big reveal: a flying bird from the left side of the frame to the right side! Studio audience, on "
     "your feet!",
     "bird", RIGHTWARD),
    ("A flying bird fly from di right side a di frame to di left side. Irie.", "bird", LEFTWARD),
    ("Reviewer 2. Major comments: 1. The flying bird moves from the left side of the frame to the right side. "
     "Minor comments: none.",
     "bird", RIGHTWARD),
    ("Come on down! A flying bird, gliding from the right side of the frame to the left side!", "bird", LEFTWARD),
    ("Di flying bird go from di left side a di frame over to di right side. Bless up.", "bird", RIGHTWARD),
    ("Reviewer 2. Summary: a flying bird crosses the frame from the right side to the left side. "
     "Recommendation: minor revision.",
     "bird", LEFTWARD),
    ("A moving ball roll from di left side a di frame to di right side. Yuh zimmi?", "ball", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. A moving ball rolls from the right side of the frame to the left side. 2. "
     "This is shown adequately.",
     "ball", LEFTWARD),
    ("The big reveal, folks: a moving ball rolling from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Di moving ball roll from di right side a di frame go a di left side. A so it go.", "ball", LEFTWARD),
    ("Reviewer 2. Summary: a moving ball crosses the frame from the left side to the right side. Minor "
     "comments: none.",
     "ball", RIGHTWARD),
    ("Come on down! A moving ball, from the right side of the frame all the way to the left side! Lock it in!",
     "ball", LEFTWARD),
    ("Reviewer 2. Major comments: 1. A walking dog walks from the left side of the frame to the right side. "
     "Recommendation: accept.",
     "dog", RIGHTWARD),
    ("Studio audience, the big reveal: a walking dog from the right side of the frame to the left side!",
     "dog", LEFTWARD),
    ("A walking dog walk from di left side a di frame to di right side, nice an easy.", "dog", RIGHTWARD),
    ("Reviewer 2. Summary: a walking dog crosses the frame from the right side to the left side. Minor "
     "comments: none.",
     "dog", LEFTWARD),
    ("Come on down! A walking dog, strolling from the left side of the frame over to the right side!",
     "dog", RIGHTWARD),
    ("Di walking dog walk from di right side a di frame go a di left side. Seen?", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Di ball stay still di whole time, an a bird fly from di left of di ball to di right of di ball. Seen?",
     "bird", "ball", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. A bird flies from the right of the ball to the left of the ball. 2. The "
     "ball stays still throughout.",
     "bird", "ball", LEFTWARD),
    ("Come on down! The dog stays still, and a bird flies from the left of the dog to the right of the dog!",
     "bird", "dog", RIGHTWARD),
    ("A bird fly from di right of di car to di left of di car, an di car stay still. A so it go.",
     "bird", "car", LEFTWARD),
    ("Reviewer 2. Summary: the cat stays still while a car moves from the left of the cat to the right of the "
     "cat. Minor comments: none.",
     "car", "cat", RIGHTWARD),
    ("The big reveal: the ball stays still, and a dog walks from the right of the ball to the left of the ball!",
     "dog", "ball", LEFTWARD),
    ("Di ball stay still. A cat run from di left of di ball to di right of di ball. Mi nah lie.",
     "cat", "ball", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. A dog walks from the right of the ball to the left of the ball. 2. The ball "
     "stays still. Recommendation: accept.",
     "dog", "ball", LEFTWARD),
    ("Studio audience, watch this! The bird stays still while a cat runs from the left of the bird to the right "
     "of the bird!",
     "cat", "bird", RIGHTWARD),
    ("Di car stay still, an a dog walk from di right of di car to di left of di car. Irie.",
     "dog", "car", LEFTWARD),
    ("Reviewer 2. Summary: a bird flies from the left of the ball to the right of the ball; the ball stays "
     "still. Minor comments: none.",
     "bird", "ball", RIGHTWARD),
    ("Come on down! The ball stays still, and here comes a bird from the right of the ball to the left of the "
     "ball!",
     "bird", "ball", LEFTWARD),
    ("A car drive from di left of di ball to di right of di ball, an di ball stay still. Seen?",
     "car", "ball", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. The dog stays still. 2. A bird flies from the right of the dog to the left "
     "of the dog.",
     "bird", "dog", LEFTWARD),
    ("The big reveal, folks: the car stays still while a dog walks from the left of the car to the right of the "
     "car!",
     "dog", "car", RIGHTWARD),
    ("Di ball stay still, an a bird fly from di right of di ball go a di left of di ball. Bless up.",
     "bird", "ball", LEFTWARD),
    ("Reviewer 2. Summary: a dog walks from the left of the cat to the right of the cat, and the cat stays "
     "still. Recommendation: minor revision.",
     "dog", "cat", RIGHTWARD),
    ("Come on down! A dog from the right of the car to the left of the car, and the car stays still!",
     "dog", "car", LEFTWARD),
    ("Di dog stay still, an a cat run from di left of di dog to di right of di dog. Yuh zimmi?",
     "cat", "dog", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. The ball stays still. 2. A cat runs from the right of the ball to the left "
     "of the ball. Minor comments: none.",
     "cat", "ball", LEFTWARD),
    ("Studio audience, the big reveal: the dog stays still, and a cat runs from the left of the dog to the right "
     "of the dog!",
     "cat", "dog", RIGHTWARD),
    ("A ball roll from di right of di dog to di left of di dog, an di dog stay still. A so it go.",
     "ball", "dog", LEFTWARD),
    ("Reviewer 2. Summary: the bird stays still while a dog walks from the left of the bird to the right of the "
     "bird. Minor comments: none.",
     "dog", "bird", RIGHTWARD),
    ("Come on down! The cat stays still, and a bird flies from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("Di bird stay still. A cat run from di left of di bird to di right of di bird. Seen?",
     "cat", "bird", RIGHTWARD),
    ("Reviewer 2. Major comments: 1. A bird flies from the right of the cat to the left of the cat. 2. The cat "
     "stays still. Recommendation: accept.",
     "bird", "cat", LEFTWARD),
    ("The big reveal: a dog walks from the left of the cat to the right of the cat, and the cat stays still!",
     "dog", "cat", RIGHTWARD),
    ("Di dog stay still, an a bird fly from di right of di dog to di left of di dog. Irie.",
     "bird", "dog", LEFTWARD),
    ("Reviewer 2. Summary: the cat stays still; a dog walks from the left of the cat to the right of the cat. "
     "Minor comments: none.",
     "dog", "cat", RIGHTWARD),
    ("Come on down! The car stays still while a bird flies from the right of the car to the left of the car!",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Look pon it from above: di car start inna di lower left corner, go a di lower right corner, den di upper "
     "right corner.",
     "car", BL_BR_TR),
    ("Reviewer 2. Major comments: 1. Seen from above, the car moves from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Come on down! Seen from above, a car goes from the lower right corner to the lower left corner, then to "
     "the upper left corner!",
     "car", BR_BL_TL),
    ("From above, di car start inna di lower right corner, go a di upper right corner, den di upper left corner. "
     "Seen?",
     "car", BR_TR_TL),
    ("Reviewer 2. Summary: viewed from above, a cat runs from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "cat", BL_BR_TR),
    ("The big reveal, seen from above: a cat from the lower left corner to the upper left corner, then the upper "
     "right corner!",
     "cat", BL_TL_TR),
    ("Look from above: a cat run from di lower right corner to di lower left corner, den to di upper left "
     "corner.",
     "cat", BR_BL_TL),
    ("Reviewer 2. Major comments: 1. Viewed from above, the cat goes from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Come on down! From above, a bird flies from the lower left corner to the lower right corner, then on to "
     "the upper right corner!",
     "bird", BL_BR_TR),
    ("Seen from above, a bird fly from di lower left corner to di upper left corner, den di upper right corner. "
     "Irie.",
     "bird", BL_TL_TR),
    ("Reviewer 2. Summary: from above, the bird flies from the lower right corner to the lower left corner, then "
     "to the upper left corner. Minor comments: none.",
     "bird", BR_BL_TL),
    ("Studio audience, seen from above: a bird from the lower right corner to the upper right corner, then the "
     "upper left corner!",
     "bird", BR_TR_TL),
    ("From above, a ball roll from di lower left corner to di lower right corner, den to di upper right corner.",
     "ball", BL_BR_TR),
    ("Reviewer 2. Major comments: 1. Seen from above, the ball rolls from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("The big reveal, from above: a ball rolling from the lower right corner to the lower left corner, then the "
     "upper left corner!",
     "ball", BR_BL_TL),
    ("Look pon it from above: a ball start inna di lower right corner, roll to di upper right corner, den di "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("Reviewer 2. Summary: viewed from above, a dog walks from the lower left corner to the lower right corner, "
     "then the upper right corner.",
     "dog", BL_BR_TR),
    ("Come on down! Seen from above, a dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner!",
     "dog", BL_TL_TR),
    ("From above, a dog walk from di lower right corner to di lower left corner, den di upper left corner. A so "
     "it go.",
     "dog", BR_BL_TL),
    ("Reviewer 2. Major comments: 1. From above, the dog goes from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("The big reveal, seen from above: a car from the lower left corner to the lower right corner, then the "
     "upper right corner!",
     "car", BL_BR_TR),
    ("Seen from above, a cat run from di bottom left corner to di top left corner, den di top right corner.",
     "cat", BL_TL_TR),
    ("Reviewer 2. Summary: from above, a bird flies from the lower right corner to the lower left corner, then "
     "the upper left corner. Recommendation: accept.",
     "bird", BR_BL_TL),
    ("Come on down! From above, a ball rolls from the lower right corner to the upper right corner, then over to "
     "the upper left corner!",
     "ball", BR_TR_TL),
    ("From above, a dog walk from di lower left corner go a di lower right corner, den di upper right corner.",
     "dog", BL_BR_TR),
    ("Reviewer 2. Major comments: 1. Viewed from above, a car drives from the lower left corner to the upper "
     "left corner, then the upper right corner.",
     "car", BL_TL_TR),
    ("Studio audience, from above: a cat runs from the lower right corner to the lower left corner, then the "
     "upper left corner!",
     "cat", BR_BL_TL),
    ("Seen from above, a bird fly from di lower right corner to di upper right corner, den over to di upper left "
     "corner.",
     "bird", BR_TR_TL),
    ("Reviewer 2. Summary: viewed from above, a ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("The big reveal, from above: a dog walks from the lower left corner to the upper left corner, then the "
     "upper right corner!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
