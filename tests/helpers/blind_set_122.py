"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a rodeo announcer on the loudspeaker ("Ladies and gentlemen", "give 'em a hand", "hoo-wee", "what a
  ride"), where the announcer, the crowd, the arena and the cowhands are never in the video, and the run
  being called is the clip; the rodeo's own animals are never named, since a reader would draw them;
- a graduation commencement speech ("Graduates", "as you go forth", "congratulations", "the journey
  ahead"), where the speaker, the graduates, their caps and gowns and the stage are never in the video, and
  the clip is the parable the speech draws its lesson from; the speech names no class year;
- a ventriloquist and his dummy trading lines ("Vent:" and "Dummy:", or "says the dummy"), where the
  ventriloquist, the dummy and the audience are never in the video, and what the dummy blurts out is the
  clip; the pair's gags never name a thing a reader would draw.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no arena,
no diploma, no lips beside the count) and put no other number word beside it (no "first", no "both", no
"once"). No voice gives its own props a colour (no hats, gowns or tassels), no idiom hides a class noun or a
side (no "hot dog", no "right out of the gate", nothing "left" behind), "half" is only said of the clip's
halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second object. A
relation names its second object at both ends and says that object stays still; a route is always seen
from above. It takes LVD's attribution pairs 70-99 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 164/180 on 873590d (numeracy 26, attribution 28, visibility 27, dynamic_one 27, dynamic_two 29,
sequential 27); 180/180 after the fixes of its own branch (a dialogue told only in quoted turns and their speakers'
tags, 'Dummy: "..." Vent: "...?"', '"...," says the dummy', is read as labelled turns, question and answer across
them, the speakers outside the clip; a lesson to the listener closing the prompt after a colon, "...: treasure what
you have while you have it.", is the speaker's moral, its "it" no thing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Ladies and gentlemen, turn your eyes to the clip: one moving car, there from the opening to the close, and "
     "nothing else out there with it. Give it a hand!",
     "car", 1),
    ("Graduates, consider this clip: two moving cars, in view from start to finish, and nothing else. Such is "
     "focus, and such will be your journey.",
     "car", 2),
    ("Vent: \"Tell the folks what you see.\" Dummy: \"Three moving cars, start to finish, and nothing else in the "
     "whole clip!\" Vent: \"Now say it without wobbling.\"",
     "car", 3),
    ("Hoo-wee, what a run! Four moving cars, folks, in view from the start of the clip clear to the end, and not "
     "another thing out there.",
     "car", 4),
    ("As you go forth, remember this clip: a lively cat, just one, present from beginning to end, with nothing else "
     "beside it. Congratulations.",
     "cat", 1),
    ("\"Two lively cats,\" says the dummy, \"from start to finish, and nothing else!\" \"Is that so?\" says the "
     "ventriloquist. \"That's so,\" says the dummy.",
     "cat", 2),
    ("Give 'em a hand, ladies and gentlemen: three lively cats, on view for the entire clip, and nothing else "
     "comes in to spoil it.",
     "cat", 3),
    ("What do four lively cats teach us, graduates? They stay in view from the start of the clip to its end, and "
     "nothing else joins them. Persistence.",
     "cat", 4),
    ("Dummy: \"A flying bird!\" Vent: \"How many?\" Dummy: \"One, start to finish, and not a thing else in the "
     "clip.\"",
     "bird", 1),
    ("Folks, don't blink: two flying birds, in sight from the opening of the clip to the close. Nothing else "
     "out there. What a ride!",
     "bird", 2),
    ("Three flying birds, from start to finish and nothing else: that, graduates, is the image I leave you with "
     "today.",
     "bird", 3),
    ("\"Count 'em for the folks,\" says the ventriloquist. The dummy, without a pause: \"Four flying birds, the "
     "whole clip, nothing else.\"",
     "bird", 4),
    ("Now here's a sight, ladies and gentlemen. A moving ball, just the one, in view from the start of the clip to "
     "the end, with nothing else around it.",
     "ball", 1),
    ("Congratulations, graduates. Let this clip be your companion: two moving balls, seen from beginning to end, "
     "and nothing else.",
     "ball", 2),
    ("Vent: \"What's in the clip?\" Dummy: \"Three moving balls.\" Vent: \"And?\" Dummy: \"And nothing else, from "
     "start to finish. Keep up!\"",
     "ball", 3),
    ("Four moving balls, folks! In view the whole clip through, and nothing else out there. Give 'em a big hand!",
     "ball", 4),
    ("The journey ahead, graduates, may look like this clip: one walking dog, present from start to finish, and "
     "nothing else. Walk on.",
     "dog", 1),
    ("\"Two walking dogs,\" the dummy pipes up, \"start to finish!\" \"Anything else?\" \"Nothing else at all.\"",
     "dog", 2),
    ("Ladies and gentlemen, hold on tight: three walking dogs, in view from the opening of the clip to its close, "
     "and nothing else to see.",
     "dog", 3),
    ("Graduates, four walking dogs, there from start to finish, and nothing else: may you keep such steady "
     "company as you go forth.",
     "dog", 4),
    ("Dummy: \"Two moving cars, the whole clip!\" Vent: \"And nothing else?\" Dummy: \"Nothing else. I don't "
     "make this stuff up.\"",
     "car", 2),
    ("Here's a lively cat, folks, and it's alone out there: one lively cat, start to finish, nothing else in the "
     "clip. Hoo-wee!",
     "cat", 1),
    ("Three flying birds stay in the clip from start to finish, graduates, and nothing else does. Remember them when "
     "the journey gets long.",
     "bird", 3),
    ("\"Four moving balls,\" the dummy says, \"from the start of the clip to the end.\" The ventriloquist: "
     "\"Nothing else?\" \"Not a thing.\"",
     "ball", 4),
    ("What a ride, ladies and gentlemen! Two walking dogs, in view from start to finish, and nothing else out "
     "there. Give 'em a hand!",
     "dog", 2),
    ("Look around you, graduates, and then look at this clip: four moving cars, present from beginning to end, with "
     "nothing else. Congratulations.",
     "car", 4),
    ("Vent: \"Lively cats?\" Dummy: \"Three lively cats, start to finish.\" Vent: \"Anything else in the clip?\" "
     "Dummy: \"Nope.\"",
     "cat", 3),
    ("Folks, eyes up: one flying bird, in view the whole clip long, and nothing else. That's the whole show!",
     "bird", 1),
    ("Two moving balls, present from start to finish, and nothing else: graduates, there is a lesson in their "
     "constancy.",
     "ball", 2),
    ("\"Three walking dogs,\" says the dummy, \"in view from start to finish, and nothing else.\" \"Good "
     "counting,\" says the ventriloquist.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Ladies and gentlemen, a white cat and a purple bird, side by side, in view from start to finish. Give 'em a "
     "hand!",
     "cat", "white", "bird", "purple"),
    ("Graduates, picture a green bird beside a purple dog, both in the clip from beginning to end. Difference, "
     "side by side.",
     "bird", "green", "dog", "purple"),
    ("Vent: \"What's out there?\" Dummy: \"An orange bird next to a brown car, the whole clip long!\"",
     "bird", "orange", "car", "brown"),
    ("A blue car with a brown bird beside it, folks, and they're in view from start to finish. Hoo-wee!",
     "car", "blue", "bird", "brown"),
    ("As you go forth, think of a red dog and a purple cat beside it, both present from the start of the clip to "
     "its end.",
     "dog", "red", "cat", "purple"),
    ("\"A purple dog,\" says the dummy, \"and beside it a brown cat.\" \"For how long?\" \"Start to finish!\"",
     "dog", "purple", "cat", "brown"),
    ("Folks, out there now: a black cat and a blue ball beside it, both in view the whole clip. What a sight!",
     "cat", "black", "ball", "blue"),
    ("Consider, graduates, a yellow cat next to a black dog, both in view from start to finish. They get along; so "
     "can you.",
     "cat", "yellow", "dog", "black"),
    ("Dummy: \"A green cat!\" Vent: \"Green?\" Dummy: \"Green, with a white bird beside it, from start to "
     "finish.\"",
     "cat", "green", "bird", "white"),
    ("Ladies and gentlemen, a purple car with a pink cat beside it, in view from the start of the clip to the end. "
     "Let's hear it!",
     "car", "purple", "cat", "pink"),
    ("A purple bird and a red dog, side by side from beginning to end: graduates, that is what friendship looks "
     "like.",
     "bird", "purple", "dog", "red"),
    ("\"Tell 'em,\" says the ventriloquist. \"A red dog beside a yellow car,\" says the dummy, \"both in view the "
     "whole clip.\"",
     "dog", "red", "car", "yellow"),
    ("Give it up, folks, for an orange dog next to a brown car, both in view from start to finish!",
     "dog", "orange", "car", "brown"),
    ("Graduates, a gray cat with an orange dog beside it, both present for the whole clip. Remember who stood by "
     "you.",
     "cat", "gray", "dog", "orange"),
    ("Vent: \"Describe it.\" Dummy: \"A green ball and a pink dog beside it, start to finish.\" Vent: \"Lovely.\"",
     "ball", "green", "dog", "pink"),
    ("Hoo-wee, ladies and gentlemen: a white dog, and beside it a pink bird, and they're both in view the whole "
     "clip!",
     "dog", "white", "bird", "pink"),
    ("As you go forth, graduates, remember a purple car and a gray ball beside it, both in view from start to "
     "finish.",
     "car", "purple", "ball", "gray"),
    ("\"A yellow dog!\" shouts the dummy. \"Beside a brown cat!\" \"The whole clip?\" asks the ventriloquist. "
     "\"Start to finish.\"",
     "dog", "yellow", "cat", "brown"),
    ("Folks, feast your eyes: a brown ball with a green cat beside it, in view from the opening to the close.",
     "ball", "brown", "cat", "green"),
    ("Graduates, a brown cat beside an orange car, both in the clip from start to finish: patience, side by side.",
     "cat", "brown", "car", "orange"),
    ("Dummy: \"A white cat with an orange dog next to it!\" Vent: \"For how long?\" Dummy: \"The whole clip, "
     "boss.\"",
     "cat", "white", "dog", "orange"),
    ("Ladies and gentlemen, a green bird beside an orange car, both in view from start to finish. Give 'em a hand!",
     "bird", "green", "car", "orange"),
    ("Graduates, a brown dog and a red ball side by side, present from beginning to end. Keep good company.",
     "dog", "brown", "ball", "red"),
    ("\"What've we got?\" asks the ventriloquist. \"A yellow car with a white bird beside it,\" says the dummy, "
     "\"start to finish.\"",
     "car", "yellow", "bird", "white"),
    ("Folks, here it is: a blue cat next to a brown bird, both of 'em in view the whole clip. What a pair!",
     "cat", "blue", "bird", "brown"),
    ("Consider a black bird with an orange cat beside it, graduates, both in view from start to finish.",
     "bird", "black", "cat", "orange"),
    ("Vent: \"And now?\" Dummy: \"A black ball beside a red dog, from the start of the clip to the end.\"",
     "ball", "black", "dog", "red"),
    ("Ladies and gentlemen, a brown bird and an orange dog beside it, in view start to finish. Let's hear it!",
     "bird", "brown", "dog", "orange"),
    ("A red ball beside a purple car, both in view from start to finish: go forth, graduates, and stand by each "
     "other.",
     "ball", "red", "car", "purple"),
    ("\"A purple car,\" says the dummy, \"with a white bird beside it, the whole clip!\" \"Bravo,\" says the "
     "ventriloquist.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Ladies and gentlemen, no car in the first half, but in the second half here comes a moving car, and it stays "
     "to the end!",
     "car"),
    ("Graduates, the first half of this clip holds no car. In the second half a moving car appears and remains to "
     "the end. Your moment will come.",
     "car"),
    ("Vent: \"Where's the car?\" Dummy: \"Not in the first half! In the second half a moving car appears and stays "
     "till the end.\"",
     "car"),
    ("Folks, no cat in the first half, none at all, and then in the second half a lively cat shows up and sticks "
     "around to the end. Hoo-wee!",
     "cat"),
    ("In the first half, graduates, there is no cat; in the second half a lively cat appears and stays until the "
     "end. Late bloomers, take heart.",
     "cat"),
    ("\"No cat,\" says the dummy, \"in the first half. Then in the second half, a lively cat appears and stays to "
     "the end!\"",
     "cat"),
    ("Keep watching, ladies and gentlemen: there's no bird in the first half, and in the second half a flying bird "
     "appears and stays to the end.",
     "bird"),
    ("What arrives late may stay the longest, graduates: no bird in the first half, then a flying bird appears in "
     "the second half and remains to the end.",
     "bird"),
    ("Dummy: \"First half, no bird.\" Vent: \"And the second half?\" Dummy: \"A flying bird appears and stays to "
     "the end!\"",
     "bird"),
    ("Folks, the first half's got no ball, but wait for it: a moving ball appears in the second half and stays to "
     "the end.",
     "ball"),
    ("Graduates, there is no ball in the first half of the clip; in the second half a moving ball appears and "
     "stays until the end.",
     "ball"),
    ("\"No ball in the first half,\" says the ventriloquist. \"Then a moving ball appears in the second half,\" "
     "says the dummy, \"and it stays to the end.\"",
     "ball"),
    ("No dog in the first half, ladies and gentlemen, but in the second half a walking dog appears and stays till "
     "the end. Give it a hand!",
     "dog"),
    ("A walking dog appears only in the second half, graduates; in the first half there is no dog. Once it "
     "appears, it stays to the end.",
     "dog"),
    ("Vent: \"Any dog in the first half?\" Dummy: \"No dog! In the second half a walking dog appears, and it stays "
     "to the end.\"",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Ladies and gentlemen, a moving car in the first half, and in the second half it's gone: no car at all!",
     "car"),
    ("Graduates, a moving car is there in the first half; in the second half there is no car. Not everything "
     "stays with you.",
     "car"),
    ("Dummy: \"A moving car in the first half!\" Vent: \"And the second half?\" Dummy: \"No car. Gone!\"",
     "car"),
    ("Folks, there's a lively cat in the first half, and in the second half, whoosh, no cat anywhere.",
     "cat"),
    ("A lively cat in the first half, graduates, and no cat in the second half: treasure what you have while you "
     "have it.",
     "cat"),
    ("\"A lively cat,\" says the dummy, \"in the first half.\" \"And in the second half?\" \"No cat at all!\"",
     "cat"),
    ("In the first half, folks, a flying bird; in the second half it's gone, no bird anywhere. What a ride!",
     "bird"),
    ("Graduates, a flying bird in the first half, and in the second half there is no bird. Let go, and go forth.",
     "bird"),
    ("Vent: \"Was there a bird?\" Dummy: \"A flying bird, in the first half. In the second half, no bird!\"",
     "bird"),
    ("Ladies and gentlemen, a moving ball in the first half, and then in the second half, no ball at all. Give it "
     "a hand anyway!",
     "ball"),
    ("Graduates, a moving ball is present in the first half and gone in the second half, where there is no ball.",
     "ball"),
    ("\"A moving ball in the first half,\" says the ventriloquist. The dummy: \"And in the second half, no ball. "
     "Poof!\"",
     "ball"),
    ("Folks, a walking dog in the first half, and in the second half he's gone: no dog out there at all.",
     "dog"),
    ("A walking dog in the first half, graduates, and in the second half no dog. Every journey has its "
     "goodbyes.",
     "dog"),
    ("Dummy: \"A walking dog in the first half!\" Vent: \"And then?\" Dummy: \"In the second half, no dog!\"",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Ladies and gentlemen, a moving car, going from the left side of the frame clear across to the right side. "
     "What a run!",
     "car", RIGHTWARD),
    ("Graduates, a moving car travels from the right side of the frame to the left side. So too will you cross "
     "your own distance.",
     "car", LEFTWARD),
    ("Vent: \"Which way's the car going?\" Dummy: \"A moving car, from the left side of the frame to the right "
     "side!\"",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, folks, that moving car goes. Give it a hand!",
     "car", LEFTWARD),
    ("As you go forth, graduates, be like this moving car: from the left side of the frame, onward to the right "
     "side.",
     "car", RIGHTWARD),
    ("\"A moving car,\" says the dummy, \"starting on the right side of the frame and driving to the left side.\"",
     "car", LEFTWARD),
    ("Folks, a lively cat, running from the left side of the frame to the right side. Hoo-wee, look at her go!",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side, graduates; it does not look back.",
     "cat", LEFTWARD),
    ("Dummy: \"A lively cat! From the left side of the frame, running to the right side!\" Vent: \"Easy now.\"",
     "cat", RIGHTWARD),
    ("Ladies and gentlemen, on the right side of the frame, a lively cat, and off she runs to the left side!",
     "cat", LEFTWARD),
    ("Graduates, watch a lively cat cross from the left side of the frame to the right side, and learn to move "
     "with purpose.",
     "cat", RIGHTWARD),
    ("\"Where's the lively cat headed?\" asks the ventriloquist. \"From the right side of the frame to the left "
     "side,\" says the dummy.",
     "cat", LEFTWARD),
    ("A flying bird, folks, from the left side of the frame over to the right side. What a ride!",
     "bird", RIGHTWARD),
    ("Graduates, a flying bird flies from the right side of the frame to the left side. Spread your wings.",
     "bird", LEFTWARD),
    ("Vent: \"Look up!\" Dummy: \"A flying bird, flying from the left side of the frame to the right side!\"",
     "bird", RIGHTWARD),
    ("Ladies and gentlemen, a flying bird goes from the right side of the frame across to the left side!",
     "bird", LEFTWARD),
    ("From the left side of the frame to the right side, graduates, a flying bird makes its way. So will you.",
     "bird", RIGHTWARD),
    ("\"A flying bird,\" says the dummy, \"going from the right side of the frame to the left side.\" \"Bravo.\"",
     "bird", LEFTWARD),
    ("Folks, a moving ball, rolling from the left side of the frame to the right side. Give it a hand!",
     "ball", RIGHTWARD),
    ("Graduates, a moving ball rolls from the right side of the frame to the left side; momentum is a gift.",
     "ball", LEFTWARD),
    ("Dummy: \"A moving ball!\" Vent: \"Going where?\" Dummy: \"From the left side of the frame to the right "
     "side.\"",
     "ball", RIGHTWARD),
    ("Ladies and gentlemen, from the right side of the frame comes a moving ball, rolling on to the left side!",
     "ball", LEFTWARD),
    ("Consider, graduates, a moving ball rolling from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("\"A moving ball,\" says the ventriloquist. \"Rolling from the right side of the frame to the left side,\" "
     "says the dummy.",
     "ball", LEFTWARD),
    ("Folks, a walking dog, strolling from the left side of the frame to the right side. Hoo-wee!",
     "dog", RIGHTWARD),
    ("Graduates, a walking dog walks from the right side of the frame to the left side, step by patient step.",
     "dog", LEFTWARD),
    ("Vent: \"And the dog?\" Dummy: \"A walking dog, walking from the left side of the frame to the right side!\"",
     "dog", RIGHTWARD),
    ("On the right side of the frame, ladies and gentlemen, a walking dog, and he's heading over to the left side!",
     "dog", LEFTWARD),
    ("One step at a time, graduates: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("\"A walking dog,\" says the dummy, \"from the right side of the frame to the left side.\" \"Nice stroll,\" says "
     "the ventriloquist.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Ladies and gentlemen, eyes front: the car stays still, and a dog walks from the left of the car to the "
     "right of the car!",
     "dog", "car", RIGHTWARD),
    ("Graduates, the bird stays still while a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Vent: \"What's the dog doing?\" Dummy: \"The dog stays still, and a ball rolls from the left of the dog to "
     "the right of the dog!\"",
     "ball", "dog", RIGHTWARD),
    ("Folks, that cat is staying still, and here comes a ball rolling from the right of the cat to the left of the "
     "cat!",
     "ball", "cat", LEFTWARD),
    ("A car drives from the left of the ball to the right of the ball, graduates, and the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("\"The cat stays still,\" says the dummy, \"and a bird flies from the right of the cat to the left of the "
     "cat.\"",
     "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, a dog walks from the left of the bird to the right of the bird, and the bird stays "
     "still!",
     "dog", "bird", RIGHTWARD),
    ("Graduates, the cat stays still as a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Dummy: \"The car stays still!\" Vent: \"And?\" Dummy: \"And a ball rolls from the left of the car to the "
     "right of the car.\"",
     "ball", "car", RIGHTWARD),
    ("Folks, the cat holds still there, and a dog walks from the right of the cat over to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("While the ball stays still, graduates, a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("\"A bird,\" says the ventriloquist, \"flies from the right of the ball to the left of the ball.\" \"And the "
     "ball stays still,\" says the dummy.",
     "bird", "ball", LEFTWARD),
    ("Ladies and gentlemen, the dog stays still, and a bird flies from the left of the dog to the right of the "
     "dog!",
     "bird", "dog", RIGHTWARD),
    ("Graduates, a bird flies from the right of the car to the left of the car, while the car stays still.",
     "bird", "car", LEFTWARD),
    ("Vent: \"The cat's staying still?\" Dummy: \"Yep, and a car drives from the left of the cat to the right of "
     "the cat!\"",
     "car", "cat", RIGHTWARD),
    ("Folks, the ball stays still, and there goes a dog, walking from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("The ball stays still, graduates, and a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("\"A dog walks from the right of the ball to the left of the ball,\" says the dummy. \"And the ball stays "
     "still.\"",
     "dog", "ball", LEFTWARD),
    ("Ladies and gentlemen, the bird is staying still, and a cat runs from the left of the bird to the right of "
     "the bird!",
     "cat", "bird", RIGHTWARD),
    ("Graduates, the car stays still while a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Dummy: \"A bird flies from the left of the ball to the right of the ball!\" Vent: \"And the ball?\" Dummy: "
     "\"The ball stays still.\"",
     "bird", "ball", RIGHTWARD),
    ("Folks, the ball stays still, and watch that bird fly from the right of the ball to the left of the ball!",
     "bird", "ball", LEFTWARD),
    ("Graduates, a car drives from the left of the ball to the right of the ball, and the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("\"The dog stays still,\" says the ventriloquist. \"And a bird flies from the right of the dog to the left of "
     "the dog,\" says the dummy.",
     "bird", "dog", LEFTWARD),
    ("Ladies and gentlemen, the car stays still, and a dog walks from the left of the car to the right of the car. "
     "Give 'em a hand!",
     "dog", "car", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball, graduates, while the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Vent: \"Is the cat moving?\" Dummy: \"The cat stays still! A dog walks from the left of the cat to the "
     "right of the cat.\"",
     "dog", "cat", RIGHTWARD),
    ("Folks, the car stays still while a dog walks from the right of the car to the left of the car. Hoo-wee!",
     "dog", "car", LEFTWARD),
    ("Graduates, the dog stays still, and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("\"The ball stays still,\" says the dummy, \"and a cat runs from the right of the ball to the left of the "
     "ball!\"",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Ladies and gentlemen, seen from above: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "car", BL_BR_TR),
    ("Graduates, look down from above on this clip: a moving car drives from the lower left corner to the upper "
     "left corner, then on to the upper right corner.",
     "car", BL_TL_TR),
    ("Vent: \"Where's the camera?\" Dummy: \"Straight above! A moving car goes from the lower right corner to the "
     "lower left corner, then to the upper left corner.\"",
     "car", BR_BL_TL),
    ("Folks, from overhead now: a moving car starts in the lower right corner, drives to the upper right corner, "
     "and ends in the upper left corner.",
     "car", BR_TR_TL),
    ("Seen from above, graduates, a lively cat runs from the lower left corner to the lower right corner, and then "
     "to the upper right corner.",
     "cat", BL_BR_TR),
    ("\"From above,\" says the dummy, \"a lively cat runs from the lower left corner to the upper left corner, then "
     "to the upper right corner.\"",
     "cat", BL_TL_TR),
    ("Ladies and gentlemen, looking straight down: a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner!",
     "cat", BR_BL_TL),
    ("Graduates, from a top-down view, a lively cat runs from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Dummy: \"Seen from above, a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner!\"",
     "bird", BL_BR_TR),
    ("Folks, top-down view on this one: a flying bird goes from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("From above, graduates: a flying bird flies from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("\"Viewed from above,\" says the ventriloquist, \"a flying bird starts at the lower right corner.\" \"Goes to "
     "the upper right corner,\" says the dummy, \"and ends at the upper left corner!\"",
     "bird", BR_TR_TL),
    ("Ladies and gentlemen, seen from directly above: a moving ball rolls from the lower left corner to the lower "
     "right corner, then to the upper right corner!",
     "ball", BL_BR_TR),
    ("Graduates, viewed from above, a moving ball rolls from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "ball", BL_TL_TR),
    ("Vent: \"Seen from above?\" Dummy: \"Yep! A moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner.\"",
     "ball", BR_BL_TL),
    ("Folks, looking down from overhead, a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner. What a ride!",
     "ball", BR_TR_TL),
    ("Graduates, seen from above: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("\"From overhead,\" says the dummy, \"a walking dog goes from the lower left corner to the upper left corner, "
     "then to the upper right corner.\"",
     "dog", BL_TL_TR),
    ("Ladies and gentlemen, from a top-down view: a walking dog walks from the lower right corner to the lower "
     "left corner, then to the upper left corner!",
     "dog", BR_BL_TL),
    ("Graduates, looking straight down, a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Dummy: \"From above, a moving car drives from the bottom left corner to the bottom right corner, then to "
     "the top right corner!\"",
     "car", BL_BR_TR),
    ("Folks, seen from above: a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner. Hoo-wee!",
     "cat", BL_TL_TR),
    ("Graduates, from overhead: a flying bird flies from the bottom right corner to the bottom left corner, then to "
     "the top left corner.",
     "bird", BR_BL_TL),
    ("\"Seen from above,\" says the ventriloquist, \"a moving ball rolls from the lower right corner to the upper "
     "right corner, then to the upper left corner.\"",
     "ball", BR_TR_TL),
    ("Ladies and gentlemen, viewed from above: a walking dog walks from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "dog", BL_BR_TR),
    ("Graduates, from a top-down view: a moving car drives from the lower left corner to the upper left corner, and "
     "on to the upper right corner.",
     "car", BL_TL_TR),
    ("Vent: \"Looking down from above?\" Dummy: \"Yep: a lively cat runs from the lower right corner to the lower "
     "left corner, then to the upper left corner.\"",
     "cat", BR_BL_TL),
    ("Folks, from overhead, a flying bird flies from the lower right corner to the upper right corner, then to the "
     "upper left corner!",
     "bird", BR_TR_TL),
    ("Seen from above, graduates, a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("\"Top-down view,\" says the dummy: \"a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.\"",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
