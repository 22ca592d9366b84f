"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a chatbot conversation pasted with its role labels and line breaks ("System:", "User:", "Assistant:"),
  where the user asks, tersely or with a question, and the assistant restates or confirms; the user,
  the assistant, the system instruction and the chat itself are never in the video, and the clip being
  ordered is the video; the user types no digits, and a turn that repeats a count repeats the same count;
- a football manager's post-match interview ("the lads", "at the end of the day", "credit to them", "we
  go again"), where the manager, the lads, the team and the match are never in the video, and the game
  he talks through is the clip; his "first half" and "second half" are only ever the clip's halves, and
  in numeracy prompts he names nobody, giving the credit to the counted things themselves;
- a Cockney speaker with rhyming slang ("have a butcher's", "would you Adam and Eve it", "me old china",
  "no porkies", "on his tod"), where the speaker, the mate addressed and whoever the slang names are
  never in the video, and what the speaker points at is the clip; the slang names no object a reader
  would draw and no colour or class noun (no "dicky bird", no "jam jar", no "brown bread", no "dog and
  bone"), and numeracy prompts keep to slang that names nobody.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
lads, no pitch, no mate beside the count) and put no other number word beside it (no "first", no
"single", no "one moment", no "both", no "couple"). No voice gives its own props a colour (no red card,
no yellow card, no green pitch, no silverware), no idiom hides a class noun or a side (no "football", no
"underdogs", no "catch", no "left back", no "that's right"), "half" is only said of the clip's halves
(never half-time), "upper", "lower" and "corner" only of a route (never the top corner of the goal), and
"still" only of a relation's second object. A relation names its second object at both ends and says
that object stays still; a route is always seen from above. It takes LVD's attribution pairs 30-59 and
its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 166/180 (92.2%) on 9323db86 (numeracy 28, visibility 27, dynamic_two 28, sequential 23); held back
from every fixer of its session and scored again on its last code (34520b3f): 166/180. They wait for the next session: a
chatbot transcript's assistant restating the user's request, "User: two flying birds the entire clip. nothing else!!
Assistant: Got it. Two flying birds from the start of the clip to its end ...", drew the things twice and lost routes
told twice; a Cockney "he's done a runner, no dog" and "Have a butcher's." after an absence; a manager's "Credit to him,
lovely little run." after a relation; 180/180 after the fixes of the next session (a chat pasted with its role labels
read once from the turn that restates the request, "User: two flying birds the entire clip ... Assistant: Got it. Two
flying birds ...", its "System:" turn never drawn; a Cockney "he's done a runner" the going it says; and a closing
"Credit to him, lovely little run." no move of its own).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("System: You turn requests into short clips.\nUser: can i get one moving car, the whole clip, nothing else in "
     "it\nAssistant: Sure. The clip: one moving car, in view from start to finish, and nothing else.",
     "car", 1),
    ("Look, at the end of the day it's two moving cars, start to finish, and nothing else in the clip. Credit to "
     "them, they never stopped going.",
     "car", 2),
    ("Oi, have a butcher's at this: three moving cars, start to finish, and nothing else in the clip, straight up.",
     "car", 3),
    ("User: four moving cars pls. just those, whole clip\nAssistant: Understood: four moving cars, visible from the "
     "beginning of the clip to the end, with nothing else in it.",
     "car", 4),
    ("What can I say? One lively cat, there from start to finish, nothing else in the clip. Credit to her, she ran "
     "the show.",
     "cat", 1),
    ("Cor blimey, two lively cats from start to finish and nothing else in the clip, on me life.",
     "cat", 2),
    ("System: Produce exactly what the user asks for.\nUser: three lively cats? whole clip, nothing else\nAssistant: "
     "Yes: three lively cats, present from start to finish, and nothing else.",
     "cat", 3),
    ("Four lively cats from start to finish and nothing else in the clip. At the end of the day you can't ask for "
     "more, credit to them.",
     "cat", 4),
    ("Listen 'ere: one flying bird, start to finish, and nothing else in the clip. Lovely jubbly.",
     "bird", 1),
    ("User: two flying birds the entire clip. nothing else!!\nAssistant: Got it. Two flying birds from the start of "
     "the clip to its end, and nothing else in it.",
     "bird", 2),
    ("Three flying birds, start to finish, nothing else in the clip. Listen, we asked them to stay up there and "
     "credit to them, they did.",
     "bird", 3),
    ("Blimey, have a butcher's: four flying birds, start to finish, nothing else in the clip, innit.",
     "bird", 4),
    ("System: You are a clip-making assistant.\nUser: one moving ball, start to end, nothing else\nAssistant: "
     "Confirmed: one moving ball, in view the whole clip, and nothing else.",
     "ball", 1),
    ("Two moving balls, the whole clip, start to finish, and nothing else. At the end of the day that's what we came "
     "for.",
     "ball", 2),
    ("Three moving balls from start to finish, nothing else in the clip, and that's your lot, sweet as.",
     "ball", 3),
    ("User: four moving balls in the clip, from start to finish. nothing else in it please\nAssistant: Sure thing: "
     "four moving balls, the whole clip, nothing else.",
     "ball", 4),
    ("One walking dog, start to finish, and nothing else in the clip. Credit to him, at the end of the day he just "
     "kept walking.",
     "dog", 1),
    ("'Ave a butcher's: two walking dogs, start to finish, nothing else in the clip, no word of a lie.",
     "dog", 2),
    ("System: Keep clips simple.\nUser: three walking dogs and that's it. whole clip\nAssistant: Three walking dogs, "
     "from the beginning of the clip to the end, and nothing else. Generating now.",
     "dog", 3),
    ("Four walking dogs from start to finish, nothing else in the clip. They put a shift in, credit to them.",
     "dog", 4),
    ("Get a load of this: two moving cars, the 'ole clip from start to finish, and nothing else, straight up.",
     "car", 2),
    ("User: just one lively cat. whole clip. nothing else, thx\nAssistant: Got it: one lively cat, start to finish, "
     "and nothing else in the clip.",
     "cat", 1),
    ("It's three flying birds, from the start of the clip to the end, nothing else. At the end of the day they've "
     "earned it.",
     "bird", 3),
    ("Just the one moving ball, start to finish, and nothing else in the clip. Sweet as, innit.",
     "ball", 1),
    ("System: You are a helpful assistant.\nUser: two walking dogs. the whole clip. nada else\nAssistant: Two "
     "walking dogs from start to finish, nothing else in the clip.",
     "dog", 2),
    ("Three moving cars, start to finish, and nothing else in the clip. Look, credit to them, at the end of the day "
     "they never stopped.",
     "car", 3),
    ("Blimey, four lively cats, from start to finish, and nothing else in the clip. Have a butcher's.",
     "cat", 4),
    ("User: two flying birds from start to finish, and nothing else?\nAssistant: Correct, two flying birds the "
     "entire clip, nothing else in it.",
     "bird", 2),
    ("Four moving balls, the whole clip from start to finish, and nothing else. We go again, but credit to them.",
     "ball", 4),
    ("Three walking dogs from start to finish and nothing else in the clip, and that's the lot, straight up, innit.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("System: Generate short clips.\nUser: red car + brown bird pls\nAssistant: Sure: a red car with a brown bird "
     "next to it, both in view for the whole clip.",
     "car", "red", "bird", "brown"),
    ("Credit to the lads, but the clip's all about a purple cat and a green car, side by side from start to finish. "
     "At the end of the day that's the story.",
     "cat", "purple", "car", "green"),
    ("Have a butcher's at this, me old china: a gray car with an orange dog sat next to it, both there the 'ole "
     "clip.",
     "car", "gray", "dog", "orange"),
    ("User: i want a red cat and a gray dog\nUser: together, the whole time\nAssistant: A red cat and a gray dog, "
     "side by side from start to finish. Generating.",
     "cat", "red", "dog", "gray"),
    ("A red dog and a gray car, next to each other the whole clip. The lads worked hard for that, credit to them, at "
     "the end of the day.",
     "dog", "red", "car", "gray"),
    ("Would you Adam and Eve it, a purple dog standing by a yellow car, start to finish, the pair of 'em.",
     "dog", "purple", "car", "yellow"),
    ("System: Be concise.\nUser: red cat, gray ball, both in the whole clip\nAssistant: A red cat beside a gray "
     "ball, both visible from start to finish.",
     "cat", "red", "ball", "gray"),
    ("You've got a brown cat and a blue dog, side by side, the whole clip. A blue dog? Don't ask me, I just pick the "
     "team.",
     "cat", "brown", "dog", "blue"),
    ("Oi oi, a white dog and a red cat next to each other from start to finish. Use your loaf, they ain't going "
     "nowhere.",
     "dog", "white", "cat", "red"),
    ("User: yellow bird sitting on or next to an orange car? whole clip\nAssistant: I'll go with next to: a yellow "
     "bird beside an orange car, both in view from start to finish.",
     "bird", "yellow", "car", "orange"),
    ("A green dog with a blue car next to it, start to finish. Listen, it's a strange one, but credit to them, they "
     "held their shape.",
     "dog", "green", "car", "blue"),
    ("Have a butcher's: a black cat sat by a brown ball, the 'ole clip, start to finish, no porkies.",
     "cat", "black", "ball", "brown"),
    ("User: purple car, red cat\nAssistant: To confirm: a purple car and a red cat, side by side for the whole "
     "clip?\nUser: yes\nAssistant: Done.",
     "car", "purple", "cat", "red"),
    ("At the end of the day it's a gray dog and a brown cat, together from start to finish. Credit to them, neither "
     "went missing.",
     "dog", "gray", "cat", "brown"),
    ("Cor blimey, a black car and a brown dog next to it, start to finish, the 'ole clip. Lovely jubbly.",
     "car", "black", "dog", "brown"),
    ("System: You make clips from descriptions.\nUser: a yellow ball and a pink dog, both there the whole "
     "time\nAssistant: Okay: a yellow ball next to a pink dog, from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("A gray cat and a white dog, side by side, the whole clip. I thought the lads were magnificent today, credit to "
     "them.",
     "cat", "gray", "dog", "white"),
    ("Straight up, a yellow dog sat by an orange car, start to finish. Have a butcher's if you don't Adam and Eve "
     "me.",
     "dog", "yellow", "car", "orange"),
    ("User: black bird and brown cat, next to each other\nAssistant: A black bird beside a brown cat, both in the "
     "clip from start to finish. Anything else?\nUser: nope",
     "bird", "black", "cat", "brown"),
    ("A white ball by a red car, the whole clip. At the end of the day, that ball stuck by it, credit to the lads.",
     "ball", "white", "car", "red"),
    ("'Ave a butcher's: a white ball with a black cat next to it, start to finish, on me life.",
     "ball", "white", "cat", "black"),
    ("User: yellow cat with a pink ball?? is that possible\nAssistant: Yes. A yellow cat next to a pink ball, both "
     "in view throughout the clip.",
     "cat", "yellow", "ball", "pink"),
    ("Black car, orange bird next to it, start to finish. It is what it is, and credit to them, they stuck together.",
     "car", "black", "bird", "orange"),
    ("An orange ball by a brown car, the 'ole clip, start to finish. Would you Adam and Eve it?",
     "ball", "orange", "car", "brown"),
    ("System: Follow the user's request.\nUser: gray bird, green cat. together. all clip\nAssistant: A gray bird and "
     "a green cat, side by side from start to finish.",
     "bird", "gray", "cat", "green"),
    ("A blue car with a red cat beside it, the whole clip through. We go again next week, but credit to them today.",
     "car", "blue", "cat", "red"),
    ("Have a butcher's, me old china: a white ball next to a black car, start to finish. Sweet as.",
     "ball", "white", "car", "black"),
    ("User: green bird next to a white ball for the whole clip\nAssistant: Confirming: a green bird and a white "
     "ball, both visible from start to finish, side by side.",
     "bird", "green", "ball", "white"),
    ("A blue ball and a yellow dog at its side, the whole clip. At the end of the day the dog stuck by it, credit to "
     "him.",
     "ball", "blue", "dog", "yellow"),
    ("Cor, a yellow bird perched by a blue ball, start to finish, the 'ole clip, no porkies.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("User: no car in the first half, then a moving car turns up in the second half and stays\nAssistant: "
     "Understood. First half: no car. Second half: a moving car appears and remains until the end.",
     "car"),
    ("First half of the clip, no car, nothing. Second half of the clip a moving car comes on and stays there till "
     "the end. Credit to the lads, proper game-changer.",
     "car"),
    ("Have a butcher's: there ain't no car in the first half, then in the second half a moving car shows up and "
     "sticks about till the end.",
     "car"),
    ("The first half of the clip we had no cat at all. Second half, a lively cat appears and stays to the end. At "
     "the end of the day you take that.",
     "cat"),
    ("No cat in the first half, not a sausage. Second half, a lively cat pops up and stays put till the end, "
     "straight up.",
     "cat"),
    ("System: You generate clips.\nUser: cat shows up only in the second half\nAssistant: Got it: no cat in the "
     "first half; in the second half a lively cat appears and stays to the end.",
     "cat"),
    ("In the first half there's no bird, have a butcher's, nothing. Then in the second half a flying bird turns up "
     "and stays to the end.",
     "bird"),
    ("User: a flying bird that only appears in the second half of the video\nAssistant: So the first half has no "
     "bird, and a flying bird appears in the second half and stays until the end. Correct?\nUser: yep",
     "bird"),
    ("It's a clip of two halves. First half, no bird. Second half, a flying bird arrives and stays up there till the "
     "end. Credit to it.",
     "bird"),
    ("User: ball only in the second half\nAssistant: Clarifying: no ball at all in the first half, then a moving "
     "ball appears in the second half and stays to the end.",
     "ball"),
    ("First half, no ball anywhere, I couldn't believe it. Second half a moving ball comes in and stays to the end, "
     "and at the end of the day that's the difference.",
     "ball"),
    ("No ball in the first half, would you Adam and Eve it. Second half a moving ball appears and stays till the "
     "end.",
     "ball"),
    ("First half, no dog, nothing doing. Second half a walking dog comes strolling in and stays to the end, sweet "
     "as.",
     "dog"),
    ("System: Describe then generate.\nUser: dog appears in the second half only\nAssistant: Plan: the first half "
     "shows no dog; in the second half a walking dog appears and stays until the end.",
     "dog"),
    ("No dog in the first half, the lads looked flat. Second half a walking dog comes on and stays to the end of the "
     "clip. Credit to him.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half, then it's gone in the second half, no car at all. Disappointing, but credit to "
     "the lads, we go again.",
     "car"),
    ("A moving car in the first half, then in the second half it's done a runner and there's no car. Have a "
     "butcher's.",
     "car"),
    ("User: moving car in the first half only, gone in the second half\nAssistant: Sure: a moving car in the first "
     "half, and no car in the second half.",
     "car"),
    ("First half there's a lively cat, then in the second half it's legged it, no cat at all, on me life.",
     "cat"),
    ("User: a lively cat that disappears\nAssistant: When should it disappear?\nUser: visible in the first half, "
     "gone in the second half\nAssistant: A lively cat in the first half; no cat in the second half.",
     "cat"),
    ("We had a lively cat in the first half, then the second half, no cat, gone. At the end of the day you can't "
     "legislate for that.",
     "cat"),
    ("System: You are a video assistant.\nUser: flying bird first half, no bird second half\nAssistant: A flying "
     "bird is in view during the first half, and in the second half there is no bird.",
     "bird"),
    ("A flying bird in the first half, lovely. Second half, no bird, it's away. Credit to it for the first half "
     "though.",
     "bird"),
    ("A flying bird in the first half, then in the second half, no bird, hopped it. Would you Adam and Eve it.",
     "bird"),
    ("A moving ball in the first half, then in the second half no ball at all. At the end of the day, you can't "
     "score without it.",
     "ball"),
    ("A moving ball in the first half, have a butcher's, then in the second half it's gone walkabout and there's no "
     "ball.",
     "ball"),
    ("User: moving ball in the first half. second half: no ball\nAssistant: Understood: a moving ball in the first "
     "half only; in the second half, no ball.",
     "ball"),
    ("A walking dog in the first half, then in the second half he's done a runner, no dog, straight up.",
     "dog"),
    ("User: walking dog, first half only\nAssistant: A walking dog appears in the first half; in the second half "
     "there is no dog. Is that it?\nUser: that's it",
     "dog"),
    ("We had a walking dog out there in the first half. Second half, no dog, gone. Credit to him for what he gave "
     "us.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("User: moving car, left side of the frame to the right side\nAssistant: A moving car travelling from the left "
     "side of the frame to the right side. Generating.",
     "car", RIGHTWARD),
    ("The moving car goes from the right side of the frame to the left side, and at the end of the day it gets "
     "there. Credit to it.",
     "car", LEFTWARD),
    ("Have a butcher's: a moving car motoring from the left side of the frame over to the right side, sweet as.",
     "car", RIGHTWARD),
    ("User: car going right to left\nAssistant: A moving car from the right side of the frame to the left "
     "side?\nUser: yes exactly",
     "car", LEFTWARD),
    ("Moving car, starts on the left side of the frame, finishes on the right side. The lads would die for a run "
     "like that.",
     "car", RIGHTWARD),
    ("Gordon Bennett, a moving car shooting from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A lively cat legging it from the left side of the frame to the right side, would you Adam and Eve it.",
     "cat", RIGHTWARD),
    ("System: Clips only.\nUser: lively cat runs from the right side of the frame to the left\nAssistant: Sure, a "
     "lively cat running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("A lively cat picks it up on the left side of the frame and runs all the way to the right side. Credit to her, "
     "pure pace.",
     "cat", RIGHTWARD),
    ("'Ave a butcher's, a lively cat going from the right side of the frame to the left side like the clappers.",
     "cat", LEFTWARD),
    ("User: lively cat crossing the frame left to right\nAssistant: A lively cat moving from the left side of the "
     "frame to the right side. Done.",
     "cat", RIGHTWARD),
    ("The lively cat goes from the right side of the frame to the left side. At the end of the day that's the "
     "movement we work on.",
     "cat", LEFTWARD),
    ("Flying bird, left side of the frame to the right side, lovely movement. Credit to it.",
     "bird", RIGHTWARD),
    ("A flying bird from the right side of the frame to the left side, have a butcher's, on me life.",
     "bird", LEFTWARD),
    ("User: flying bird going from the left to the right\nAssistant: A flying bird crosses from the left side of the "
     "frame to the right side.",
     "bird", RIGHTWARD),
    ("Flying bird comes from the right side of the frame and goes to the left side. At the end of the day it's all "
     "about the movement.",
     "bird", LEFTWARD),
    ("Cor blimey, a flying bird from the left side of the frame to the right side, straight up.",
     "bird", RIGHTWARD),
    ("User: bird, flying, right side to left side\nAssistant: Confirmed: a flying bird moving from the right side of "
     "the frame to the left side.",
     "bird", LEFTWARD),
    ("System: You are a clip assistant.\nUser: moving ball rolls from left side of frame to the right "
     "side\nAssistant: A moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Moving ball goes from the right side of the frame across to the left side. Keep the ball moving, that's what "
     "we ask.",
     "ball", LEFTWARD),
    ("Have a butcher's, a moving ball rolling from the left side of the frame to the right side, sweet as a nut.",
     "ball", RIGHTWARD),
    ("User: moving ball, from the right of the frame to the left of it\nAssistant: Got it, the moving ball rolls "
     "from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("A moving ball, left side of the frame to the right side, at the end of the day that's the direction we want to "
     "go.",
     "ball", RIGHTWARD),
    ("A moving ball from the right side of the frame to the left side, would you Adam and Eve it.",
     "ball", LEFTWARD),
    ("A walking dog from the left side of the frame over to the right side, taking his time, bless him.",
     "dog", RIGHTWARD),
    ("User: walking dog right to left\nAssistant: A walking dog walking from the right side of the frame to the left "
     "side.",
     "dog", LEFTWARD),
    ("A walking dog from the left side of the frame to the right side. Steady, composed, credit to him.",
     "dog", RIGHTWARD),
    ("Have a butcher's: a walking dog strolling from the right side of the frame to the left side, on his tod.",
     "dog", LEFTWARD),
    ("User: walking dog moving left to right across the frame\nAssistant: A walking dog going from the left side of "
     "the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog goes from the right side of the frame to the left side. At the end of the day, credit to him.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("User: bird flying past a parked car, left to right\nAssistant: The car stays still, and a bird flies from the "
     "left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still, and a car drives from the right of the bird to the left of the bird. Credit to the bird, "
     "never flinched.",
     "car", "bird", LEFTWARD),
    ("Have a butcher's: the cat stays still while a bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("System: Relations matter.\nUser: car moving from the right of a bird to its left\nAssistant: The bird stays "
     "still; the car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("The dog stays still, and a bird flies from the left of the dog over to the right of the dog. At the end of the "
     "day, the dog held his position.",
     "bird", "dog", RIGHTWARD),
    ("The cat stays still, on me life, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("User: ball rolling from the left of a dog to its right\nAssistant: The dog stays still, and the ball rolls "
     "from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, and a bird flies from the right of the cat to the left of the cat. Credit to the cat, "
     "didn't bite.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still and a car drives from the left of the ball to the right of the ball, would you Adam and "
     "Eve it.",
     "car", "ball", RIGHTWARD),
    ("User: cat runs past a bird from its right to its left\nAssistant: The bird stays still; a cat runs from the "
     "right of the bird to the left of the bird.",
     "cat", "bird", LEFTWARD),
    ("The car stays still, and the dog walks from the left of the car to the right of the car. Credit to him, lovely "
     "little run.",
     "dog", "car", RIGHTWARD),
    ("The bird stays still and a ball rolls from the right of the bird to the left of the bird, have a butcher's.",
     "ball", "bird", LEFTWARD),
    ("System: You are a clip generator.\nUser: dog doesnt move. ball goes from the left of the dog to the right of "
     "it\nAssistant: The dog stays still while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, a ball rolls from the right of the cat to the left of the cat. At the end of the day, the "
     "cat let it go.",
     "ball", "cat", LEFTWARD),
    ("Cor, the ball stays still and a car motors from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("User: bird flies from the right of the cat to the left of the cat, cat doesn't move\nAssistant: Sure: the cat "
     "stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still, and a dog walks from the left of the bird to the right of the bird. Credit to the bird, "
     "held its nerve.",
     "dog", "bird", RIGHTWARD),
    ("Have a butcher's, me old china: the cat stays still while a dog walks from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
    ("User: ball rolling from the left of a car to the right of it. the car stays still\nAssistant: The car stays "
     "still; a ball rolls from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("The cat stays still, and the dog walks from the right of the cat to the left of the cat, at the end of the "
     "day.",
     "dog", "cat", LEFTWARD),
    ("The ball stays still and a bird flies from the left of the ball to the right of the ball, straight up.",
     "bird", "ball", RIGHTWARD),
    ("User: bird flying from the right of a ball to the left of it\nAssistant: The ball stays still, and a bird "
     "flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("The dog stays still, and a bird flies from the left of the dog to the right of the dog. Credit to the dog, "
     "never chased it.",
     "bird", "dog", RIGHTWARD),
    ("The car stays still, would you Adam and Eve it, while a bird flies from the right of the car to the left of "
     "the car.",
     "bird", "car", LEFTWARD),
    ("System: Keep the cat put.\nUser: a car driving from the left of a cat to its right\nAssistant: The cat stays "
     "still; a car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("The ball stays still, and a dog walks from the right of the ball to the left of the ball. Credit to him for "
     "not touching it.",
     "dog", "ball", LEFTWARD),
    ("The ball stays still and a cat legs it from the left of the ball to the right of the ball, have a butcher's.",
     "cat", "ball", RIGHTWARD),
    ("User: dog walks from the right of the ball to the left of the ball\nAssistant: Understood: the ball stays "
     "still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("The bird stays still, and a cat runs from the left of the bird to the right of the bird. At the end of the "
     "day, credit to the bird.",
     "cat", "bird", RIGHTWARD),
    ("The car stays still, on me life, and a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("User: top-down view, moving car from lower left corner to lower right corner to upper right corner\nAssistant: "
     "Seen from above: a moving car drives from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "car", BL_BR_TR),
    ("Seen from above, the moving car starts in the lower left corner, goes up to the upper left corner, then across "
     "to the upper right corner. Credit to it.",
     "car", BL_TL_TR),
    ("Have a butcher's from above: a moving car goes from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "car", BR_BL_TL),
    ("System: Top-down clips only.\nUser: moving car from the lower right corner up to the upper right corner then "
     "the upper left corner\nAssistant: From above: a moving car from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("From above you see the lively cat go from the lower left corner to the lower right corner, then to the upper "
     "right corner. At the end of the day, great shape.",
     "cat", BL_BR_TR),
    ("Looking down from above, a lively cat goes from the lower left corner to the upper left corner, then on to the "
     "upper right corner, straight up.",
     "cat", BL_TL_TR),
    ("User: lively cat seen from above, lower right corner, lower left corner, upper left corner\nAssistant: A "
     "lively cat, seen from above, runs from the lower right corner to the lower left corner, then to the upper left "
     "corner.",
     "cat", BR_BL_TL),
    ("Seen from above, the lively cat runs from the lower right corner to the upper right corner, then to the upper "
     "left corner. Credit to her.",
     "cat", BR_TR_TL),
    ("From above, have a butcher's: a flying bird from the lower left corner to the lower right corner, then the "
     "upper right corner.",
     "bird", BL_BR_TR),
    ("User: overhead view. flying bird: lower left corner, then upper left corner, then upper right "
     "corner\nAssistant: Seen from above, a flying bird flies from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("From above, the flying bird goes from the lower right corner to the lower left corner, then to the upper left "
     "corner. At the end of the day, lovely movement.",
     "bird", BR_BL_TL),
    ("Seen from above, a flying bird starts in the lower right corner, goes to the upper right corner, then the "
     "upper left corner, on me life.",
     "bird", BR_TR_TL),
    ("System: You make top-down clips.\nUser: moving ball lower left corner to lower right corner to upper right "
     "corner\nAssistant: From above: a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Seen from above, the moving ball goes from the lower left corner to the upper left corner, then to the upper "
     "right corner. Credit to the lads, that's the pattern we drill.",
     "ball", BL_TL_TR),
    ("Looking down from above, a moving ball rolls from the lower right corner to the lower left corner, then the "
     "upper left corner, sweet as.",
     "ball", BR_BL_TL),
    ("User: seen from above, a moving ball from the lower right corner to the upper right corner and then the upper "
     "left corner\nAssistant: Confirmed: seen from above, the moving ball visits those corners in that order.",
     "ball", BR_TR_TL),
    ("From above, the walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner. Credit to him.",
     "dog", BL_BR_TR),
    ("Seen from above, a walking dog strolls from the lower left corner to the upper left corner, then to the upper "
     "right corner, have a butcher's.",
     "dog", BL_TL_TR),
    ("User: walking dog, seen from above, lower right corner first, then lower left corner, then upper left "
     "corner\nAssistant: From above: a walking dog walks from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "dog", BR_BL_TL),
    ("Seen from above, the walking dog goes from the lower right corner to the upper right corner, then to the upper "
     "left corner. At the end of the day, job done.",
     "dog", BR_TR_TL),
    ("From above, cor blimey, a moving car goes from the bottom left corner to the bottom right corner, then the top "
     "right corner.",
     "car", BL_BR_TR),
    ("User: from above, lively cat, bottom left corner, top left corner, top right corner, in that order\nAssistant: "
     "Seen from above, a lively cat runs from the bottom left corner to the top left corner, then to the top right "
     "corner.",
     "cat", BL_TL_TR),
    ("Seen from above, the flying bird goes from the bottom right corner to the bottom left corner, then the top "
     "left corner. Credit to it, it never stopped.",
     "bird", BR_BL_TL),
    ("From above, a moving ball rolls from the lower right corner up to the upper right corner, then over to the "
     "upper left corner, would you Adam and Eve it.",
     "ball", BR_TR_TL),
    ("System: Top-down clips.\nUser: walking dog, from above, lower left corner then lower right corner then upper "
     "right corner\nAssistant: Sure: from above, a walking dog from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from above, the moving car goes from the lower left corner up to the upper left corner and on to the "
     "upper right corner. At the end of the day, job done, credit to it.",
     "car", BL_TL_TR),
    ("Have a butcher's from above: a lively cat legs it from the lower right corner to the lower left corner, then "
     "up to the upper left corner.",
     "cat", BR_BL_TL),
    ("User: flying bird seen from above. lower right corner, upper right corner, upper left corner\nAssistant: From "
     "above, a flying bird flies from the lower right corner to the upper right corner, then to the upper left "
     "corner.",
     "bird", BR_TR_TL),
    ("From above, the moving ball goes from the lower left corner to the lower right corner, then up to the upper "
     "right corner. Credit to the lads.",
     "ball", BL_BR_TR),
    ("Seen from above, a walking dog goes from the lower left corner to the upper left corner, then to the upper "
     "right corner, on his tod.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
