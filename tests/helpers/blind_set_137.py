"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a school science-fair poster ("Question:", "Hypothesis:", "Method:", "Observation:", "Conclusion:"),
  where the pupil, the judges, the poster board and any apparatus are never in the video, and the
  experiment it reports is the clip itself; its headings are never numbered and its method names no
  tool;
- an e-mail out-of-office auto-reply ("Thank you for your message", "I am away", "For urgent matters"),
  where the writer, the sender, the office, the desk and the inbox are never in the video, and the clip
  the reply describes is the video; it gives no dates in digits, no colleague to contact, and says
  "away", never that the writer has "left";
- a sleep-talker's mumbles written down by a partner ("[mumbles]", trailing dots, broken-off words),
  where the sleeper, the partner, the bed and the dream are never in the video, and what the sleeper
  murmurs about is the clip's own content; a word is broken off only before it is said whole, so every
  class noun, colour, side and corner is said in full.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
pupil, no desk, no pillow beside the count) and put no other number word beside it (no "step one", no
"first week", no "single"). No voice gives its own props a colour (no red ink, no white sheets), no
idiom hides a class noun or a side (no "vacation", no "catalogue", no "right away", no "I have left"),
"half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still"
only of a relation's second object (the sleeper is never "still asleep", the writer never "still
away"). A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 20-49 and its two-object relations 20-49 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 170/180 (94.4%) on 6e7d0a6a (numeracy 26, dynamic_one 28, dynamic_two 29, sequential 27); held back
from every fixer of its session and scored again on its last code (9605ebb7): 171/180. They wait for the next session: a
poster's "Observation:" restating its "Hypothesis:" count, "Hypothesis: four moving cars stay in view ... Observation:
four moving cars the whole way through", drew eight; a sleep-talker's broken-off words, "[mumbles] a flying bird... the
right side of the frame... flies to... to the left side...", lost the direction; a question whose route is told in its
"Observation:", "Question: seen from above, which way does a moving ball roll? Observation: lower left corner, then
...", lost the route; 177/180 after the fixes of its own branch (a poster's "Observation:" restating its "Hypothesis:"
or answering its "Question:" read as one statement, "Question: seen from above, which way does a moving ball roll?
Observation: lower left corner, then ..." that route, and an auto-reply's "Please picture four walking dogs" no picture;
a sleep-talker's ellipses splitting a direction or route, "... flies to... to the left side...", still miss, so it stays
unfixed); 180/180 after the fixes of the next session (a sleep-talker's fragments parted by ellipses joined where one
goes on with the one before, "... the right side of the frame... flies to... to the left side..." one move from the
right to the left, and bare corners broken off, "lower right corner, upper right corner... then upper left corner...",
one route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Question: how many moving cars are in the clip? Hypothesis: one. Observation: one moving car, in view from "
     "start to finish, and nothing else. Conclusion: one moving car.",
     "car", 1),
    ("Thank you for your message. I am away, but the clip you asked about shows two moving cars, in view from "
     "start to finish, and nothing else. For urgent matters, please write again later.",
     "car", 2),
    ("[mumbles] ...three moving cars... the whole clip, start... to finish... nothing else... just the cars...",
     "car", 3),
    ("Hypothesis: four moving cars stay in view from the clip's start to its finish. Observation: four moving "
     "cars the whole way through; nothing else appeared. Conclusion: supported.",
     "car", 4),
    ("Thank you for your message. I am away until Monday. Meanwhile the clip holds a lively cat, only one, from "
     "start to finish, with nothing else beside it. For urgent matters, write next week.",
     "cat", 1),
    ("[mumbles] two... two lively cats... from the start... to the fin... finish... nothing else, no... just "
     "two...",
     "cat", 2),
    ("Question: can a clip hold three lively cats from start to finish and nothing else? Method: watch it all. "
     "Observation: three lively cats, the whole way through. Conclusion: yes.",
     "cat", 3),
    ("Thank you for your message. I am away and reading nothing. Your clip: four lively cats, visible from its "
     "start to its finish, with nothing else in it. For urgent matters, try again later.",
     "cat", 4),
    ("[mumbles] ...a flying bird... one... one flying bird... start to finish... nothing else... mm.",
     "bird", 1),
    ("Observation: two flying birds stayed in view from the clip's opening to its close. Nothing else was seen. "
     "Conclusion: two flying birds, start to finish.",
     "bird", 2),
    ("Thank you for your message. I am away. Meanwhile the clip shows three flying birds from start to finish, "
     "nothing else. For urgent matters, please be patient.",
     "bird", 3),
    ("[mumbles] four flying birds... four... the whole clip, start to... to finish... nothing else... just the "
     "birds...",
     "bird", 4),
    ("Question: what fills the clip? Hypothesis: one moving ball and nothing else. Observation: one moving ball, "
     "in view from start to finish. Conclusion: hypothesis confirmed.",
     "ball", 1),
    ("Thank you for your message. I am away and cannot answer. The clip: two moving balls, in view from start to "
     "finish, and nothing else. For urgent matters, please wait for my return.",
     "ball", 2),
    ("[mumbles] ...three moving balls... start... finish... no, nothing else... only the balls...",
     "ball", 3),
    ("Hypothesis: four moving balls. Method: watch the clip from start to finish. Observation: four moving balls, "
     "all in view the whole time, nothing else. Conclusion: correct.",
     "ball", 4),
    ("Thank you for your message. I am away. The clip you want holds one walking dog, from start to finish, and "
     "nothing else. For urgent matters, the answer can wait.",
     "dog", 1),
    ("[mumbles] two walking dogs... walk... walking... the whole clip... start to fin... finish... nothing "
     "else...",
     "dog", 2),
    ("Question: three walking dogs from start to finish, nothing else? Observation: yes, three walking dogs in "
     "view the whole clip. Conclusion: three walking dogs, nothing more.",
     "dog", 3),
    ("Thank you for your message. I am away. Please picture four walking dogs in the clip from start to finish "
     "and nothing else. For urgent matters, write when I return.",
     "dog", 4),
    ("[mumbles] ...one moving car... just one... start to... finish... nothing else, nothing...",
     "car", 1),
    ("Hypothesis: a clip with one lively cat and nothing else. Observation: one lively cat, visible from start to "
     "finish. Conclusion: as predicted.",
     "cat", 1),
    ("Thank you for your message. I am away. The clip holds one flying bird, from start to finish, and nothing "
     "else. For urgent matters, please resend later.",
     "bird", 1),
    ("[mumbles] a moving ball... mm... one moving ball, the whole... the whole clip... nothing else...",
     "ball", 1),
    ("Question: one walking dog, start to finish? Method: watch. Observation: one walking dog in view throughout, "
     "nothing else. Conclusion: yes.",
     "dog", 1),
    ("Thank you for your message. I am away. The clip should show four moving cars from start to finish and "
     "nothing else. For urgent matters, this reply is all there is.",
     "car", 4),
    ("[mumbles] three... three lively cats... start... to finish... no, nothing else... shh...",
     "cat", 3),
    ("Observation: three flying birds, from the clip's start to its finish, nothing else in view. Conclusion: "
     "three flying birds.",
     "bird", 3),
    ("Thank you for your message. I am away. Two moving balls, start to finish, nothing else: that is the clip. "
     "For urgent matters, wait until I am back.",
     "ball", 2),
    ("[mumbles] ...four walking dogs... start to fin... to finish... and nothing else...",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Question: will a brown ball and an orange cat stay side by side? Observation: a brown ball with an orange "
     "cat beside it, both in view from start to finish. Conclusion: yes.",
     "ball", "brown", "cat", "orange"),
    ("Thank you for your message. I am away. The clip you asked for: a gray dog beside an orange ball, both there "
     "from start to finish. For urgent matters, write later.",
     "dog", "gray", "ball", "orange"),
    ("[mumbles] ...a yellow ball... and an orange cat next to... next to it... the whole time...",
     "ball", "yellow", "cat", "orange"),
    ("Hypothesis: a purple dog and a brown car can share the clip side by side. Observation: both in view from "
     "start to finish. Conclusion: supported.",
     "dog", "purple", "car", "brown"),
    ("Thank you for your message. I am away. In the clip a gray dog sits beside a blue car from start to finish. "
     "For urgent matters, please be patient.",
     "dog", "gray", "car", "blue"),
    ("[mumbles] white car... an orange bird beside the... beside it... start to finish...",
     "car", "white", "bird", "orange"),
    ("Observation: a brown car and a blue bird next to each other, both in view the whole clip. Conclusion: they "
     "never part.",
     "car", "brown", "bird", "blue"),
    ("Thank you for your message. I am away. Meanwhile: a blue car with a yellow cat beside it, both in the clip "
     "from start to finish. For urgent matters, try again later.",
     "car", "blue", "cat", "yellow"),
    ("[mumbles] a gray cat... a yellow bird next to... next to the cat... the whole clip...",
     "cat", "gray", "bird", "yellow"),
    ("Question: does a white dog stay beside a black car for the whole clip? Method: watch from start to finish. "
     "Conclusion: both stayed, side by side.",
     "dog", "white", "car", "black"),
    ("Thank you for your message. I am away. The clip shows a red car and a brown bird beside it, in view from "
     "start to finish. For urgent matters, write again next week.",
     "car", "red", "bird", "brown"),
    ("[mumbles] purple cat... purple... and a green car, side by... side... start to finish...",
     "cat", "purple", "car", "green"),
    ("Hypothesis: a gray car and an orange dog side by side. Observation: both visible from start to finish. "
     "Conclusion: confirmed.",
     "car", "gray", "dog", "orange"),
    ("Thank you for your message. I am away. Your clip: a red cat next to a gray dog, both in view from start to "
     "finish. For urgent matters, wait for my return.",
     "cat", "red", "dog", "gray"),
    ("[mumbles] ...a red dog... by a gray car... both... both there the whole time...",
     "dog", "red", "car", "gray"),
    ("Observation: a purple dog beside a yellow car, both present from the clip's start to its finish. "
     "Conclusion: a purple dog and a yellow car, side by side.",
     "dog", "purple", "car", "yellow"),
    ("Thank you for your message. I am away. In the clip a red cat sits beside a gray ball, both in view from "
     "start to finish. For urgent matters, please resend later.",
     "cat", "red", "ball", "gray"),
    ("[mumbles] brown cat... and a blue dog... next to each... each other... start to fin... finish...",
     "cat", "brown", "dog", "blue"),
    ("Question: can a white dog and a red cat stay side by side? Observation: both in view from start to finish. "
     "Conclusion: yes.",
     "dog", "white", "cat", "red"),
    ("Thank you for your message. I am away. The clip holds a yellow bird beside an orange car from start to "
     "finish. For urgent matters, this reply is all there is.",
     "bird", "yellow", "car", "orange"),
    ("[mumbles] a green dog... green... beside a blue car... the whole clip...",
     "dog", "green", "car", "blue"),
    ("Hypothesis: a black cat and a brown ball, side by side, from start to finish. Observation: exactly that. "
     "Conclusion: supported.",
     "cat", "black", "ball", "brown"),
    ("Thank you for your message. I am away. The clip: a purple car and a red cat beside it, both in view from "
     "start to finish. For urgent matters, write when I return.",
     "car", "purple", "cat", "red"),
    ("[mumbles] gray dog... a brown cat by... by the dog... start to finish... mm...",
     "dog", "gray", "cat", "brown"),
    ("Observation: a black car with a brown dog next to it, both in the clip from start to finish. Conclusion: "
     "they stayed together.",
     "car", "black", "dog", "brown"),
    ("Thank you for your message. I am away. Picture a yellow ball beside a pink dog, both there from start to "
     "finish. For urgent matters, wait until I am back.",
     "ball", "yellow", "dog", "pink"),
    ("[mumbles] a gray cat... and a white dog... side... side by side... the whole time...",
     "cat", "gray", "dog", "white"),
    ("Question: does a yellow dog stay beside an orange car? Method: watch from start to finish. Observation: both "
     "stayed in view. Conclusion: yes.",
     "dog", "yellow", "car", "orange"),
    ("Thank you for your message. I am away. The clip shows a black bird next to a brown cat, both in view from "
     "start to finish. For urgent matters, be patient.",
     "bird", "black", "cat", "brown"),
    ("[mumbles] ...white ball... a red car beside the... the ball... start to finish...",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Question: when does the car come? Observation: no car in the first half; in the second half a moving car "
     "appears and stays to the end. Conclusion: it arrives late.",
     "car"),
    ("Thank you for your message. I am away. In the clip there is no car in the first half; a moving car appears "
     "in the second half and stays until the end. For urgent matters, write later.",
     "car"),
    ("[mumbles] no car... no car yet... first half... then the second half... a moving car comes... stays... "
     "stays to the end...",
     "car"),
    ("Hypothesis: a lively cat appears only in the second half. Observation: no cat in the first half; in the "
     "second half a lively cat appeared and stayed to the end. Conclusion: supported.",
     "cat"),
    ("Thank you for your message. I am away. No cat in the first half of the clip; in the second half a lively "
     "cat appears and remains to the end. For urgent matters, be patient.",
     "cat"),
    ("[mumbles] where's the... no cat... first half, no cat... second half... there, a lively cat... stays... "
     "till the end...",
     "cat"),
    ("Observation: the first half shows no bird. In the second half a flying bird appears and stays until the "
     "end. Conclusion: the bird arrives in the second half.",
     "bird"),
    ("Thank you for your message. I am away. The first half of the clip has no bird; in the second half a flying "
     "bird appears and stays to the end. For urgent matters, please resend later.",
     "bird"),
    ("[mumbles] ...no bird... not in the first half... then... a flying bird... second half... it stays... to "
     "the end...",
     "bird"),
    ("Question: is there a ball in the first half? Observation: no. In the second half a moving ball appears and "
     "stays to the end. Conclusion: the ball comes in the second half.",
     "ball"),
    ("Thank you for your message. I am away. No ball in the first half; then a moving ball appears in the second "
     "half and remains until the end. For urgent matters, write next week.",
     "ball"),
    ("[mumbles] no ball... first half, no... then the second half... a moving ball... it stays, stays to the "
     "end...",
     "ball"),
    ("Hypothesis: no dog in the first half. Observation: correct; a walking dog appears in the second half and "
     "stays to the end. Conclusion: confirmed.",
     "dog"),
    ("Thank you for your message. I am away, and for the first half of the clip so is the dog: no dog then. In "
     "the second half a walking dog appears and stays until the end. For urgent matters, wait for my return.",
     "dog"),
    ("[mumbles] no dog... first half... no dog... then a walking dog in the second half... stays... stays till "
     "the end...",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Observation: a moving car is visible in the first half; in the second half there is no car. Conclusion: the "
     "car is gone in the second half.",
     "car"),
    ("Thank you for your message. I am away. In the clip a moving car is there in the first half and gone in the "
     "second half: no car at all. For urgent matters, write later.",
     "car"),
    ("[mumbles] a moving car... first half... then gone... second half, no car... gone...",
     "car"),
    ("Question: does the cat last? Observation: a lively cat in the first half; no cat in the second half. "
     "Conclusion: no.",
     "cat"),
    ("Thank you for your message. I am away. The clip shows a lively cat in the first half; in the second half it "
     "is gone, no cat at all. For urgent matters, be patient.",
     "cat"),
    ("[mumbles] lively cat... there in the first half... then... second half... no cat... where did it...",
     "cat"),
    ("Hypothesis: the flying bird will go. Observation: a flying bird in the first half; in the second half, no "
     "bird. Conclusion: supported.",
     "bird"),
    ("Thank you for your message. I am away. A flying bird is visible in the first half of the clip; in the "
     "second half there is no bird. For urgent matters, please resend later.",
     "bird"),
    ("[mumbles] a flying bird... first half... and then... gone... second half no bird... no...",
     "bird"),
    ("Observation: a moving ball is present in the first half and absent in the second half. Conclusion: no ball "
     "in the second half.",
     "ball"),
    ("Thank you for your message. I am away. A moving ball is in the first half of the clip, and in the second "
     "half there is no ball. For urgent matters, write next week.",
     "ball"),
    ("[mumbles] moving ball... first half... then the second half... no ball... gone...",
     "ball"),
    ("Question: where is the dog in the second half? Observation: a walking dog in the first half; no dog in the "
     "second half. Conclusion: gone.",
     "dog"),
    ("Thank you for your message. I am away. A walking dog is visible in the first half; in the second half no "
     "dog is there. For urgent matters, wait for my return.",
     "dog"),
    ("[mumbles] a walking dog... first half... walk... walking... second half... no dog... gone...",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Question: which way does the moving car go? Observation: from the left side of the frame to the right "
     "side. Conclusion: left to right.",
     "car", RIGHTWARD),
    ("Thank you for your message. I am away. In the clip a moving car drives from the right side of the frame to "
     "the left side. For urgent matters, write later.",
     "car", LEFTWARD),
    ("[mumbles] moving car... from the left side... of the frame... to the right... right side...",
     "car", RIGHTWARD),
    ("Hypothesis: a moving car crosses from the right side of the frame to the left side. Observation: it does. "
     "Conclusion: supported.",
     "car", LEFTWARD),
    ("Thank you for your message. I am away. A moving car travels from the left side of the frame to the right "
     "side. For urgent matters, be patient.",
     "car", RIGHTWARD),
    ("[mumbles] ...the moving car... right side of the frame... going to the left... left side...",
     "car", LEFTWARD),
    ("Observation: a lively cat runs from the left side of the frame to the right side. Conclusion: the cat ends "
     "on the right side.",
     "cat", RIGHTWARD),
    ("Thank you for your message. I am away. A lively cat runs from the right side of the frame to the left side. "
     "For urgent matters, please resend later.",
     "cat", LEFTWARD),
    ("[mumbles] lively cat... runs... from the left side of the fr... frame... to the right side...",
     "cat", RIGHTWARD),
    ("Question: where does the lively cat go? Method: watch it run. Observation: from the right side of the frame "
     "to the left side. Conclusion: right to left.",
     "cat", LEFTWARD),
    ("Thank you for your message. I am away. The clip shows a lively cat running from the left side of the frame "
     "to the right side. For urgent matters, write next week.",
     "cat", RIGHTWARD),
    ("[mumbles] lively cat... right side... the frame... running to the left side... mm...",
     "cat", LEFTWARD),
    ("Hypothesis: a flying bird flies from the left side of the frame to the right side. Observation: correct. "
     "Conclusion: confirmed.",
     "bird", RIGHTWARD),
    ("Thank you for your message. I am away. A flying bird crosses from the right side of the frame to the left "
     "side. For urgent matters, wait for my return.",
     "bird", LEFTWARD),
    ("[mumbles] flying bird... from the left side of the frame... to the ri... right side...",
     "bird", RIGHTWARD),
    ("Observation: a flying bird moves from the right side of the frame to the left side. Conclusion: the bird "
     "flies right to left.",
     "bird", LEFTWARD),
    ("Thank you for your message. I am away. A flying bird goes from the left side of the frame to the right "
     "side. For urgent matters, this reply is all there is.",
     "bird", RIGHTWARD),
    ("[mumbles] a flying bird... the right side of the frame... flies to... to the left side...",
     "bird", LEFTWARD),
    ("Question: which way does the moving ball roll? Observation: from the left side of the frame to the right "
     "side. Conclusion: left to right.",
     "ball", RIGHTWARD),
    ("Thank you for your message. I am away. A moving ball rolls from the right side of the frame to the left "
     "side. For urgent matters, write when I return.",
     "ball", LEFTWARD),
    ("[mumbles] moving ball... rolling... left side of the frame to the right side... rolling...",
     "ball", RIGHTWARD),
    ("Hypothesis: a moving ball rolls from the right side of the frame to the left side. Observation: it did. "
     "Conclusion: supported.",
     "ball", LEFTWARD),
    ("Thank you for your message. I am away. The clip: a moving ball rolls from the left side of the frame to the "
     "right side. For urgent matters, be patient.",
     "ball", RIGHTWARD),
    ("[mumbles] the moving ball... from the right side... of the frame... to the left side... mm...",
     "ball", LEFTWARD),
    ("Observation: a walking dog walks from the left side of the frame to the right side. Conclusion: the dog "
     "ends on the right side.",
     "dog", RIGHTWARD),
    ("Thank you for your message. I am away. A walking dog walks from the right side of the frame to the left "
     "side. For urgent matters, write later.",
     "dog", LEFTWARD),
    ("[mumbles] walking dog... walks from the left side of the frame... to the right... right side...",
     "dog", RIGHTWARD),
    ("Question: where does the walking dog go? Observation: from the right side of the frame to the left side. "
     "Conclusion: right to left.",
     "dog", LEFTWARD),
    ("Thank you for your message. I am away. A walking dog goes from the left side of the frame to the right "
     "side. For urgent matters, please resend later.",
     "dog", RIGHTWARD),
    ("[mumbles] a walking dog... from the right side of the frame... walking... to the left side...",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Method: keep the ball still. Observation: a bird flies from the left of the ball to the right of the ball. "
     "Conclusion: the ball stayed still.",
     "bird", "ball", RIGHTWARD),
    ("Thank you for your message. I am away. In the clip the ball stays still and a bird flies from the right of "
     "the ball to the left of the ball. For urgent matters, write later.",
     "bird", "ball", LEFTWARD),
    ("[mumbles] the dog... stays still... a bird flies... from the left of the dog... to the right of the dog...",
     "bird", "dog", RIGHTWARD),
    ("Question: can a bird pass a car that stays still? Observation: a bird flies from the right of the car to "
     "the left of the car. Conclusion: yes.",
     "bird", "car", LEFTWARD),
    ("Thank you for your message. I am away. The cat stays still while a car drives from the left of the cat to "
     "the right of the cat. For urgent matters, be patient.",
     "car", "cat", RIGHTWARD),
    ("[mumbles] ball stays still... still... a dog walks from the right of the ball... to the left of the "
     "ball...",
     "dog", "ball", LEFTWARD),
    ("Hypothesis: the ball stays still as a cat runs past. Observation: the cat runs from the left of the ball to "
     "the right of the ball. Conclusion: supported.",
     "cat", "ball", RIGHTWARD),
    ("Thank you for your message. I am away. A dog walks from the right of the ball to the left of the ball, and "
     "the ball stays still. For urgent matters, please resend later.",
     "dog", "ball", LEFTWARD),
    ("[mumbles] the bird... stays still... a cat runs... left of the bird... to the right of the bird...",
     "cat", "bird", RIGHTWARD),
    ("Observation: the car stays still; a dog walks from the right of the car to the left of the car. "
     "Conclusion: only the dog moves.",
     "dog", "car", LEFTWARD),
    ("Thank you for your message. I am away. The ball stays still and a bird flies from the left of the ball to "
     "the right of the ball. For urgent matters, write next week.",
     "bird", "ball", RIGHTWARD),
    ("[mumbles] a bird... flying from the right of the ball... to the left of the ball... the ball stays "
     "still...",
     "bird", "ball", LEFTWARD),
    ("Question: does the ball move? Observation: no, the ball stays still while a car drives from the left of the "
     "ball to the right of the ball. Conclusion: only the car moves.",
     "car", "ball", RIGHTWARD),
    ("Thank you for your message. I am away. The dog stays still as a bird flies from the right of the dog to the "
     "left of the dog. For urgent matters, wait for my return.",
     "bird", "dog", LEFTWARD),
    ("[mumbles] car stays still... a dog... walks from the left of the car... to the right of the car...",
     "dog", "car", RIGHTWARD),
    ("Hypothesis: a bird can fly from the right of the ball to the left of the ball while the ball stays still. "
     "Observation: it did. Conclusion: supported.",
     "bird", "ball", LEFTWARD),
    ("Thank you for your message. I am away. The cat stays still and a dog walks from the left of the cat to the "
     "right of the cat. For urgent matters, this reply is all there is.",
     "dog", "cat", RIGHTWARD),
    ("[mumbles] the car... stays still... dog walks from the right of the car... to the left of the... the "
     "car...",
     "dog", "car", LEFTWARD),
    ("Observation: the dog stays still; a cat runs from the left of the dog to the right of the dog. Conclusion: "
     "the cat passes the dog.",
     "cat", "dog", RIGHTWARD),
    ("Thank you for your message. I am away. A cat runs from the right of the ball to the left of the ball; the "
     "ball stays still. For urgent matters, write when I return.",
     "cat", "ball", LEFTWARD),
    ("[mumbles] a cat... runs from the left of the dog... to the right of the dog... dog stays still...",
     "cat", "dog", RIGHTWARD),
    ("Question: what moves past the dog? Observation: a ball rolls from the right of the dog to the left of the "
     "dog, and the dog stays still. Conclusion: the ball.",
     "ball", "dog", LEFTWARD),
    ("Thank you for your message. I am away. The bird stays still and a dog walks from the left of the bird to "
     "the right of the bird. For urgent matters, be patient.",
     "dog", "bird", RIGHTWARD),
    ("[mumbles] the cat stays still... a bird... flies from the right of the cat... to the left of the cat...",
     "bird", "cat", LEFTWARD),
    ("Hypothesis: the bird stays still. Observation: a cat runs from the left of the bird to the right of the "
     "bird, and the bird stays still. Conclusion: supported.",
     "cat", "bird", RIGHTWARD),
    ("Thank you for your message. I am away. A bird flies from the right of the cat to the left of the cat, and "
     "the cat stays still. For urgent matters, write later.",
     "bird", "cat", LEFTWARD),
    ("[mumbles] dog... walking... from the left of the cat... to the right of the cat... the cat stays still...",
     "dog", "cat", RIGHTWARD),
    ("Observation: the dog stays still; a bird flies from the right of the dog to the left of the dog. "
     "Conclusion: only the bird moves.",
     "bird", "dog", LEFTWARD),
    ("Thank you for your message. I am away. A dog walks from the left of the cat to the right of the cat while "
     "the cat stays still. For urgent matters, please resend later.",
     "dog", "cat", RIGHTWARD),
    ("[mumbles] the car stays still... a bird flies... from the right of the car... to the left of the car...",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Method: view from above. Observation: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner. Conclusion: route complete.",
     "car", BL_BR_TR),
    ("Thank you for your message. I am away. Seen from above, a moving car goes from the lower left corner to the "
     "upper left corner, then to the upper right corner. For urgent matters, write later.",
     "car", BL_TL_TR),
    ("[mumbles] from above... a moving car... lower right corner... to the lower left corner... then the upper "
     "left corner...",
     "car", BR_BL_TL),
    ("Question: seen from above, where does the moving car go? Observation: from the lower right corner to the "
     "upper right corner, then to the upper left corner. Conclusion: route complete.",
     "car", BR_TR_TL),
    ("Thank you for your message. I am away. Seen from above, a lively cat runs from the lower left corner to the "
     "lower right corner, then to the upper right corner. For urgent matters, be patient.",
     "cat", BL_BR_TR),
    ("[mumbles] looking down from above... a lively cat... lower left corner... up to the upper left corner... "
     "then the upper right corner...",
     "cat", BL_TL_TR),
    ("Hypothesis: seen from above, a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner. Observation: it does. Conclusion: supported.",
     "cat", BR_BL_TL),
    ("Thank you for your message. I am away. From above: a lively cat runs from the lower right corner to the "
     "upper right corner, then on to the upper left corner. For urgent matters, please resend later.",
     "cat", BR_TR_TL),
    ("[mumbles] from above... flying bird... the lower left corner... lower right corner... then upper right "
     "corner...",
     "bird", BL_BR_TR),
    ("Observation, from above: a flying bird flies from the lower left corner to the upper left corner, then to "
     "the upper right corner. Conclusion: route complete.",
     "bird", BL_TL_TR),
    ("Thank you for your message. I am away. Seen from above, a flying bird flies from the lower right corner to "
     "the lower left corner, then to the upper left corner. For urgent matters, write next week.",
     "bird", BR_BL_TL),
    ("[mumbles] seen from above... a flying bird... lower right corner... up to the upper right corner... then "
     "upper left corner...",
     "bird", BR_TR_TL),
    ("Question: seen from above, which way does a moving ball roll? Observation: lower left corner, then lower "
     "right corner, then upper right corner. Conclusion: route complete.",
     "ball", BL_BR_TR),
    ("Thank you for your message. I am away. Seen from above, a moving ball rolls from the lower left corner to "
     "the upper left corner, then to the upper right corner. For urgent matters, wait for my return.",
     "ball", BL_TL_TR),
    ("[mumbles] from above... moving ball... rolling from the lower right corner... to the lower left corner... "
     "then the upper left corner...",
     "ball", BR_BL_TL),
    ("Hypothesis: seen from above, a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Conclusion: supported.",
     "ball", BR_TR_TL),
    ("Thank you for your message. I am away. Seen from above, a walking dog walks from the lower left corner to "
     "the lower right corner, then to the upper right corner. For urgent matters, this reply is all there is.",
     "dog", BL_BR_TR),
    ("[mumbles] above... from above... walking dog... lower left corner... upper left corner... then the upper "
     "right corner...",
     "dog", BL_TL_TR),
    ("Observation, seen from above: a walking dog walks from the lower right corner to the lower left corner, "
     "then to the upper left corner. Conclusion: route complete.",
     "dog", BR_BL_TL),
    ("Thank you for your message. I am away. From above, a walking dog goes from the lower right corner to the "
     "upper right corner, then to the upper left corner. For urgent matters, write when I return.",
     "dog", BR_TR_TL),
    ("[mumbles] seen from above... the moving car... lower right corner, upper right corner... then upper left "
     "corner...",
     "car", BR_TR_TL),
    ("Method: view from above. Observation: a lively cat runs from the lower left corner to the upper left "
     "corner, then to the upper right corner. Conclusion: route complete.",
     "cat", BL_TL_TR),
    ("Thank you for your message. I am away. From above, a flying bird goes from the lower right corner to the "
     "lower left corner, and on to the upper left corner. For urgent matters, be patient.",
     "bird", BR_BL_TL),
    ("[mumbles] from above... a moving ball... lower left corner... to the lower right... lower right corner... "
     "then upper right corner...",
     "ball", BL_BR_TR),
    ("Question: seen from above, where does a walking dog walk? Observation: lower right corner, then upper right "
     "corner, then upper left corner. Conclusion: route complete.",
     "dog", BR_TR_TL),
    ("Thank you for your message. I am away. From above, a moving car drives from the lower left corner to the "
     "upper left corner, and on to the upper right corner. For urgent matters, write later.",
     "car", BL_TL_TR),
    ("[mumbles] looking down from above... lively cat... lower right corner... lower left corner... then the "
     "upper left corner...",
     "cat", BR_BL_TL),
    ("Hypothesis: seen from above, a flying bird flies from the lower left corner to the lower right corner, then "
     "to the upper right corner. Observation: it does. Conclusion: supported.",
     "bird", BL_BR_TR),
    ("Thank you for your message. I am away. Seen from above, a moving ball rolls from the lower right corner to "
     "the upper right corner, and on to the upper left corner. For urgent matters, please resend later.",
     "ball", BR_TR_TL),
    ("[mumbles] from above... walking dog... lower left corner... up to the upper left corner... then the upper "
     "right corner... mm...",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
