"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a food-delivery app's order-tracking updates ("Order update", "Out for delivery", "Your courier is
  nearby", "Rate your experience"), where the app, the order, the food, the courier and the customer's
  door are never in the video, and what the update shows while the customer waits is the clip; it never
  gives a time or an order number, since it writes no numbers;
- a Zen master's koans ("Mu.", "Where does it go?", "Sit with it"), where the master, the monk and the
  temple are never in the video, and the koan's question is put to exactly what the clip shows;
- a marble-race livestream commentator ("chat", "overhead cam", "replay", "what a run!"), where the
  commentator, the chat, the marbles, the track and the cameras are never in the video: the clip is what
  the stream cuts to between races, and the marbles are never said to be on screen.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
courier, food, monk, marble or track beside the count) and put no other number word beside it (no "first
place", no "one hand clapping", no order numbers). No voice gives its own props a colour (no gold medals,
no flags, no green curry), no idiom hides a class noun or a side (no "hot dog", no "bird's-eye", no "left
the restaurant", no "right on time"), "half" is only said of the clip's halves, "upper", "lower" and
"corner" only of a route, and "still" only of a relation's second object (the koans never ask for a still
mind, the updates never say an order is still coming). A relation names its second object at both ends
and says that object stays still; a route is always seen from above. It takes LVD's attribution pairs
0-29 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 176/180 on 54dcf91 (numeracy 29, dynamic_one 29, dynamic_two 28, the rest 30); 180/180 after the
fixes of its own commits (a status of coming in with no subject, "Arriving soon!", "Arriving soon:", is the speaker's
news and brings no thing in late; "and leaves no trace" leaves nothing and goes nowhere; a path fronted before its
mover, "From the right of the dog to the left of the dog, a bird flies.", is the mover's, not the dog's).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Tracking update: one moving car, in view from the start of the clip to its end, and nothing else. Thanks for "
     "ordering with us!",
     "car", 1),
    ("What is seen when two moving cars stay in view from start to finish, and nothing else is there? Sit with it. "
     "Mu.",
     "car", 2),
    ("Welcome back, chat! Three moving cars on screen from the opening of the clip to its close, and nothing else "
     "at all. Let's go!",
     "car", 3),
    ("Status: out for delivery. Meanwhile, four moving cars, visible the whole clip long, and nothing else to see.",
     "car", 4),
    ("Koan: one lively cat, from the beginning of the clip to its end, and nothing besides it. Is the clip empty, or "
     "full?",
     "cat", 1),
    ("Chat, quick break from the racing: two lively cats, on screen for the entire clip, and nothing else. Pure "
     "chaos, love it.",
     "cat", 2),
    ("Your order is being prepared! While you wait: three lively cats, in view from start to finish, and nothing "
     "else in the clip.",
     "cat", 3),
    ("Four lively cats, start to finish. Nothing else. Count them, and then forget the counting.",
     "cat", 4),
    ("And we are LIVE, everyone: one flying bird, in view from start to finish, and absolutely nothing else on "
     "screen!",
     "bird", 1),
    ("Heads up: two flying birds, visible from the clip's opening to its close, and nothing else. Tracking live.",
     "bird", 2),
    ("Three flying birds, from the beginning of the clip to its end. Nothing else comes. Where do they go when the "
     "clip is over? Mu.",
     "bird", 3),
    ("Oh, chat, look at this! Four flying birds, on screen the whole clip, nothing else in frame. Clip it, clip "
     "it!",
     "bird", 4),
    ("Almost there! In the meantime, enjoy one moving ball, on screen from start to finish, and nothing else.",
     "ball", 1),
    ("A koan: two moving balls, present the whole clip long, and nothing else. What moves: the moving balls, or the "
     "mind?",
     "ball", 2),
    ("Chat, special feature today: three moving balls, in view from start to finish, and nothing else. No racing, "
     "just vibes.",
     "ball", 3),
    ("Order confirmed. Four moving balls stay in view for the whole clip, with nothing else in it. We'll keep you "
     "posted.",
     "ball", 4),
    ("One walking dog, from the start of the clip to its end, and nothing else. Does the dog have Buddha nature? "
     "Mu.",
     "dog", 1),
    ("What a scene for the stream: two walking dogs, in view the whole way through, and nothing else. Chat is "
     "losing it!",
     "dog", 2),
    ("Arriving soon! In the clip: three walking dogs, in view from its opening to its close, and nothing else.",
     "dog", 3),
    ("Four walking dogs from start to finish, and nothing else in the clip. Before you count them, ask what counting "
     "is.",
     "dog", 4),
    ("Rewind that, chat: two moving cars, on screen from start to finish, with nothing else in the shot.",
     "car", 2),
    ("Good news! One lively cat, present in the clip from beginning to end, and nothing else. Enjoy.",
     "cat", 1),
    ("Two flying birds, in view from start to finish, and nothing else. The sky does not hold on to them; why should "
     "you?",
     "bird", 2),
    ("Chat, are you seeing this? Four moving balls, in view for the whole clip, and nothing else out there!",
     "ball", 4),
    ("Update: two walking dogs, in view from the start of the clip to its end. Nothing else. Rate your experience "
     "when you're ready.",
     "dog", 2),
    ("Ask what the clip holds. Answer: three moving cars, from start to finish, and nothing else. Then ask again.",
     "car", 3),
    ("Unbelievable scenes on the stream: three lively cats, from start to finish, nothing else in view. Chat, let's "
     "hear it!",
     "cat", 3),
    ("We're on it! Four flying birds, on screen from the opening of the clip to its close, and nothing else.",
     "bird", 4),
    ("One moving ball, the whole clip long, and nothing else. Where is it rolling to? Nowhere. Here.",
     "ball", 1),
    ("Chat, we've got four walking dogs on screen from start to finish, and nothing else. Absolute scenes.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Order update: a blue cat next to a white bird, both in view from start to finish. Your courier is nearby.",
     "cat", "blue", "bird", "white"),
    ("A yellow dog sits beside a green ball for the whole clip. The dog does not chase it. Why not?",
     "dog", "yellow", "ball", "green"),
    ("Chat, the pit lane is closed, so here's a blue dog beside an orange car, both on screen for the entire clip.",
     "dog", "blue", "car", "orange"),
    ("Out for delivery! Meanwhile: a purple ball resting beside a blue car, in view from the start of the clip to "
     "its end.",
     "ball", "purple", "car", "blue"),
    ("The master said nothing. He pointed: a green dog, and beside it a black bird, there from beginning to end.",
     "dog", "green", "bird", "black"),
    ("Here we go, chat: a purple ball with a black cat curled up beside it, both in view the whole clip. Cutest pit "
     "stop ever.",
     "ball", "purple", "cat", "black"),
    ("Your food is being packed. Here's a black car with an orange bird beside it, both visible the entire clip.",
     "car", "black", "bird", "orange"),
    ("A black ball. A purple cat beside it. From the start of the clip to its end, neither moves. Which is waiting?",
     "ball", "black", "cat", "purple"),
    ("Welcome back to the stream! On screen: a pink bird perched beside a brown dog, start to finish. Chat, what's "
     "your pick?",
     "bird", "pink", "dog", "brown"),
    ("Almost at your door: a brown ball sits beside a blue dog, both in view for the whole clip.",
     "ball", "brown", "dog", "blue"),
    ("What colour is the sound of a yellow ball beside a pink dog? Watch them the whole clip, and answer.",
     "ball", "yellow", "dog", "pink"),
    ("Photo-finish energy, chat! A pink bird beside a gray ball, both holding position from start to finish.",
     "bird", "pink", "ball", "gray"),
    ("Courier assigned. A gray dog beside a purple car, both on screen from the clip's opening to its close.",
     "dog", "gray", "car", "purple"),
    ("A green cat beside a purple ball, from start to finish. The student asked which is green. The master went on "
     "sleeping.",
     "cat", "green", "ball", "purple"),
    ("Replay cam, chat: a green dog sitting beside a gray ball, both in view the whole clip. Lovely stuff.",
     "dog", "green", "ball", "gray"),
    ("Thanks for your patience! A yellow ball beside a pink bird, in view from start to finish. Arriving shortly.",
     "ball", "yellow", "bird", "pink"),
    ("A pink cat and a yellow dog beside it, side by side from start to finish. Where is the quarrel? Gone.",
     "cat", "pink", "dog", "yellow"),
    ("And today's sponsor segment, chat: a brown car with a yellow ball beside it, both on screen throughout.",
     "car", "brown", "ball", "yellow"),
    ("Your courier is on the way. In view the whole clip: a brown car, and beside it a white dog.",
     "car", "brown", "dog", "white"),
    ("An orange dog beside a brown car, the whole clip long. The car does not go; the dog does not bark. Mu.",
     "dog", "orange", "car", "brown"),
    ("Chat, look at the infield: a brown ball next to an orange cat, both in view from start to finish.",
     "ball", "brown", "cat", "orange"),
    ("Order picked up! A gray dog sits beside an orange ball, both in the clip from beginning to end.",
     "dog", "gray", "ball", "orange"),
    ("A yellow ball. An orange cat at its side. The whole clip through. Is the cat guarding the ball, or the ball "
     "the cat?",
     "ball", "yellow", "cat", "orange"),
    ("Caution on the course, chat, so enjoy this: a purple dog lying beside a brown car, on screen start to finish.",
     "dog", "purple", "car", "brown"),
    ("Delivered! Bonus clip: a gray dog beside a blue car, both in view the whole time.",
     "dog", "gray", "car", "blue"),
    ("The master asks: a white car, an orange bird beside it, from start to finish. Which of them is moving? "
     "Neither.",
     "car", "white", "bird", "orange"),
    ("Chat, hold the phone: a brown car with a blue bird perched next to it, in view from the clip's start to its "
     "end.",
     "car", "brown", "bird", "blue"),
    ("We're preparing your order. Meanwhile: a blue car parked beside a yellow cat, both visible from start to "
     "finish.",
     "car", "blue", "cat", "yellow"),
    ("A gray cat sits beside a yellow bird for the whole clip. Neither is afraid. Why?",
     "cat", "gray", "bird", "yellow"),
    ("That's the stream wrapped, chat! Outro shot: a white dog beside a black car, both in view start to finish.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Tracking: no car in the first half of the clip. In the second half a moving car appears and stays until the "
     "end. Your courier is close!",
     "car"),
    ("In the first half, no car. In the second half, a moving car appears and stays to the end. Where was it "
     "before? Mu.",
     "car"),
    ("Chat, empty shot for the first half, no car anywhere, and then in the second half a moving car appears and "
     "sticks around to the end!",
     "car"),
    ("Wait for it, chat... no cat in the first half, and in the second half a lively cat appears and stays till the "
     "end!",
     "cat"),
    ("Update: the first half of the clip has no cat. In the second half a lively cat appears and remains until the "
     "end.",
     "cat"),
    ("The first half has no cat. In the second half a lively cat appears, and stays to the end. Was the cat ever "
     "away?",
     "cat"),
    ("A koan of arriving: no bird in the first half; a flying bird appears in the second half and does not leave "
     "before the end.",
     "bird"),
    ("Quiet first half, chat, no bird to be seen. Then in the second half a flying bird appears and stays until the "
     "end of the clip.",
     "bird"),
    ("Good news! No bird during the first half, but in the second half a flying bird appears and stays to the end.",
     "bird"),
    ("Your order is nearly ready: no ball in the first half, then in the second half a moving ball appears and stays "
     "until the end.",
     "ball"),
    ("Chat, no ball in the first half, I know, I know. But in the second half a moving ball appears, and it's here "
     "to stay, all the way to the end!",
     "ball"),
    ("No ball in the first half. A moving ball in the second half, appearing and staying until the end. What "
     "brought it?",
     "ball"),
    ("When does the dog arrive? Not in the first half, where there is no dog. In the second half a walking dog "
     "appears and stays to the end.",
     "dog"),
    ("Arriving now! No dog in the first half, and in the second half a walking dog appears and stays until the end.",
     "dog"),
    ("Late entry, chat! No dog in the first half, then a walking dog appears in the second half and stays to the "
     "end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Chat, a moving car in the first half... and in the second half it's gone. No car. Where'd it go?!",
     "car"),
    ("A moving car in the first half. In the second half, no car. Where has it gone? Ask the road.",
     "car"),
    ("Update: a moving car is in the first half of the clip; in the second half there is no car at all.",
     "car"),
    ("Heads up: a lively cat in the first half, and no cat in the second half. Thanks for ordering!",
     "cat"),
    ("There's a lively cat in the first half, chat, and in the second half, gone, not a cat in sight!",
     "cat"),
    ("A lively cat in the first half. No cat in the second half. Where does the cat go when it goes?",
     "cat"),
    ("A flying bird in the first half; in the second half, no bird. The sky keeps no trace.",
     "bird"),
    ("Your courier says hello! A flying bird in the first half of the clip, then no bird in the second half.",
     "bird"),
    ("And a flying bird in the first half, chat, and then in the second half, no bird! Flown off, gone.",
     "bird"),
    ("Chat, moving ball in the first half, and in the second half, no ball at all. Disqualified!",
     "ball"),
    ("Order delivered. A moving ball in the first half; in the second half, no ball.",
     "ball"),
    ("A moving ball in the first half. No ball in the second half. What remains when the ball is gone?",
     "ball"),
    ("A walking dog in the first half, and no dog in the second half. Rate your courier when you're done.",
     "dog"),
    ("A walking dog in the first half; in the second half there is no dog. Coming, going: the same.",
     "dog"),
    ("Walking dog in the first half, chat, then in the second half, nothing, no dog. He's gone off the stream!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Tracking live: a moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Chat, a moving car blasting from the right side of the frame over to the left side!",
     "car", LEFTWARD),
    ("A moving car travels from the left side of the frame to the right side. Does the car move, or the frame?",
     "car", RIGHTWARD),
    ("On its way: a moving car heading from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Here we go, chat: a moving car tearing across from the left side of the frame to the right side!",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, a moving car goes. Where is it going? Just going.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. The master does not follow it.",
     "cat", RIGHTWARD),
    ("Order update: a lively cat dashes from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("And the lively cat takes off, chat, from the left side of the frame all the way to the right side!",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side. What is the sound of its paws?",
     "cat", LEFTWARD),
    ("Your courier is nearby. Meanwhile a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Chat, chat, chat! A lively cat sprinting from the right side of the frame to the left side!",
     "cat", LEFTWARD),
    ("Look up, chat: a flying bird soaring from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird crosses from the right side of the frame to the left side, and leaves no trace.",
     "bird", LEFTWARD),
    ("Heads up! A flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Thanks for waiting: a flying bird, flying from the right side of the frame over to the left side.",
     "bird", LEFTWARD),
    ("From the left side of the frame to the right side, a flying bird. Ask the bird where the sky ends.",
     "bird", RIGHTWARD),
    ("Chat, it's the flyover! A flying bird, from the right side of the frame to the left side!",
     "bird", LEFTWARD),
    ("Update: a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Look at that line, chat! A moving ball rolling from the right side of the frame to the left side!",
     "ball", LEFTWARD),
    ("A moving ball rolls from the left side of the frame to the right side. What pushes it? Nothing. Mu.",
     "ball", RIGHTWARD),
    ("The moving ball rolls from the right side of the frame to the left side, and asks nothing.",
     "ball", LEFTWARD),
    ("And he's away, chat! A moving ball from the left side of the frame to the right side. What a run!",
     "ball", RIGHTWARD),
    ("Out for delivery: a moving ball rolling across from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Chat, a walking dog strolling from the left side of the frame to the right side. Easy pace, no rush.",
     "dog", RIGHTWARD),
    ("Almost there! A walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("A walking dog walks from the left side of the frame to the right side. Walking, just walking.",
     "dog", RIGHTWARD),
    ("The walking dog goes from the right side of the frame to the left side. Has it arrived, or is it always "
     "arriving?",
     "dog", LEFTWARD),
    ("Your meal is on the way, and so is a walking dog: from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Chat, a walking dog, making its way from the right side of the frame to the left side. Love it.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Order update: the ball stays still, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still. A bird flies from the right of the ball to the left of the ball. Which of them is "
     "moving?",
     "bird", "ball", LEFTWARD),
    ("Chat, the dog's staying still, and a bird swoops from the left of the dog to the right of the dog!",
     "bird", "dog", RIGHTWARD),
    ("Heads up: a bird flies from the right of the car to the left of the car, and the car stays still.",
     "bird", "car", LEFTWARD),
    ("The cat stays still while a car drives from the left of the cat to the right of the cat. Which is at rest?",
     "car", "cat", RIGHTWARD),
    ("Watch this, chat: the ball holds still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Your courier is nearby. Meanwhile the ball stays still and a cat runs from the left of the ball to the right "
     "of the ball.",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball. The ball stays still. The dog does not ask "
     "why.",
     "dog", "ball", LEFTWARD),
    ("Chat! The bird stays still, and a cat dashes from the left of the bird to the right of the bird!",
     "cat", "bird", RIGHTWARD),
    ("Arriving soon: the car stays still while a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("The ball stays still; a bird flies from the left of the ball to the right of the ball. Flight and rest, "
     "together.",
     "bird", "ball", RIGHTWARD),
    ("Replay, chat: a bird flies from the right of the ball to the left of the ball, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Update: the ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The dog stays still. From the right of the dog to the left of the dog, a bird flies. Does the dog see it?",
     "bird", "dog", LEFTWARD),
    ("Chat, the car's staying still, and here's a dog walking from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Thanks for ordering! The ball stays still while a bird flies from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat, and the cat stays still. Mu.",
     "dog", "cat", RIGHTWARD),
    ("Oh, chat, a dog strolling from the right of the car to the left of the car, with the car staying still the "
     "whole time.",
     "dog", "car", LEFTWARD),
    ("Order picked up. The dog stays still, and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("The ball stays still as a cat runs from the right of the ball to the left of the ball. Which is chasing?",
     "cat", "ball", LEFTWARD),
    ("Chat, the dog stays still and a cat zips from the left of the dog to the right of the dog. Cheeky!",
     "cat", "dog", RIGHTWARD),
    ("Heads up: the dog stays still while a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird. The bird stays still. Neither is in a hurry.",
     "dog", "bird", RIGHTWARD),
    ("Chat, the cat is staying still, and a bird flies from the right of the cat to the left of the cat. Tense!",
     "bird", "cat", LEFTWARD),
    ("Your food is on its way. The bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("The cat stays still. A bird flies from the right of the cat to the left of the cat. What does the cat think? "
     "Nothing.",
     "bird", "cat", LEFTWARD),
    ("And chat, a dog walks from the left of the cat to the right of the cat, while the cat stays still. Respect.",
     "dog", "cat", RIGHTWARD),
    ("Almost there! The dog stays still as a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat. The cat stays still. The dog walks on.",
     "dog", "cat", RIGHTWARD),
    ("Last shot of the stream, chat: the car stays still, and a bird flies from the right of the car to the left "
     "of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Tracking from above: a moving car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "car", BL_BR_TR),
    ("Seen from above, a moving car drives from the lower left corner to the upper left corner, then to the upper "
     "right corner. Where does the road begin?",
     "car", BL_TL_TR),
    ("Overhead cam, chat! A moving car goes from the lower right corner to the lower left corner, then on to the "
     "upper left corner.",
     "car", BR_BL_TL),
    ("Live map view from above: a moving car drives from the lower right corner to the upper right corner, and then "
     "to the upper left corner.",
     "car", BR_TR_TL),
    ("Drone shot from above, chat: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Update, seen from above: a lively cat runs from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("From above: a lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner. Corner after corner, and no destination.",
     "cat", BR_BL_TL),
    ("Chat, top-down view: a lively cat, from the lower right corner to the upper right corner, then to the upper "
     "left corner!",
     "cat", BR_TR_TL),
    ("Looking down from above, a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner. Is it the bird that moves?",
     "bird", BL_BR_TR),
    ("From the overhead cam, chat: a flying bird flies from the lower left corner to the upper left corner, then "
     "over to the upper right corner.",
     "bird", BL_TL_TR),
    ("Your courier is close. Seen from above, a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("From above, a flying bird goes from the lower right corner to the upper right corner, then to the upper left "
     "corner, and is never lost.",
     "bird", BR_TR_TL),
    ("Classic racing line, chat, seen from above: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "ball", BL_BR_TR),
    ("A moving ball, seen from above, rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner. Where is the path?",
     "ball", BL_TL_TR),
    ("Order on its way, and from above: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Top-down replay, chat: a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("Tracking live, viewed from above: a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Chat, overhead cam: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "dog", BL_TL_TR),
    ("From above, a walking dog walks from the lower right corner to the lower left corner, then to the upper left "
     "corner. Each step is the whole path.",
     "dog", BR_BL_TL),
    ("Almost there! From above: a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("Seen from above: a moving car, from the bottom left corner to the bottom right corner, then to the top right "
     "corner. Mu.",
     "car", BL_BR_TR),
    ("Overhead view, chat: a lively cat runs from the bottom left corner to the top left corner, then to the top "
     "right corner!",
     "cat", BL_TL_TR),
    ("Out for delivery. From above, a flying bird flies from the bottom right corner to the bottom left corner, "
     "then to the top left corner.",
     "bird", BR_BL_TL),
    ("From above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner. It never asks the way.",
     "ball", BR_TR_TL),
    ("Chat, looking straight down from above: a walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Delivered! Seen from above, a moving car drives from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("A lively cat, seen from above, runs from the lower right corner to the lower left corner, then to the upper "
     "left corner. Why does it run?",
     "cat", BR_BL_TL),
    ("Chat, top-down cam: a flying bird from the lower right corner to the upper right corner, then the upper left "
     "corner. Gorgeous.",
     "bird", BR_TR_TL),
    ("Heads up, viewed from above: a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("From above, watch a walking dog walk from the lower left corner to the upper left corner, then to the upper "
     "right corner. The watching is the walking.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
