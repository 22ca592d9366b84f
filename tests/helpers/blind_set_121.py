"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a children's TV presenter ("Hello, friends!", "can you spot", "let's wave", "everybody"), where the
  presenter, the show and the children watching are never in the video, and what the presenter points at
  is the clip itself;
- a wildlife camera-trap log ("Trigger", "Subject:", "non-target", "logged"), where the camera, its
  sensor and the ranger reading the log are never in the video, and the logged detection is the clip; the
  log writes no station numbers or timestamps, since it writes no numbers;
- a tattoo artist's consultation ("the reference", "flash", "linework", "placement"), where the artist,
  the client, the stencil and the skin are never in the video, and the reference clip is the clip; it never
  names a side of the body, a colour of ink or a "half-sleeve".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
show, camera or client beside the count) and put no other number word beside it (no "first trigger",
no "one-off", no "a couple of"). No voice gives its own props a colour (no ink, no night-vision tint), no
idiom hides a class noun or a side (no "hot dog", "early bird", "right on", "what's left"), "half" is only
said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's
second object (never "hold still" nor "still image"). A relation names its second object at both ends
and says that object stays still; a route is always seen from above. It takes LVD's attribution pairs
0-29 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 176/180 on 873590d (numeracy 28, dynamic_one 28, the rest 30), and the same 176/180 on 8f296c0,
after every fix of that session for sets 112, 115, 116, 120 and 122 and its known misreadings (none carried over):
held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a remark closing the prompt on
the work, "..., so the canvas stays tidy.", and the role a thing is named as, "three birds as the centrepiece", name
no thing; what the viewer follows a thing with, "with your finger", is theirs; a doer denied by the sight of one,
"No one seen pushing it.", acts on nothing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Night shift log. Subject: one moving car, in view from the start of the clip to its end. "
     "Nothing else in frame. Logged and filed.",
     "car", 1),
    ("Hello, friends! Can you spot them? Two moving cars, there from the very start of the clip to the very end, "
     "and nothing else at all. Let's count them together!",
     "car", 2),
    ("So the reference you sent is three moving cars, in view the whole clip, start to finish, with nothing else "
     "around them. Clean and simple, I like it.",
     "car", 3),
    ("Entry: four moving cars, present in view for the entire clip. No other detections. Non-target event, flag "
     "for review.",
     "car", 4),
    ("Okay, what you want as the reference: one lively cat, on screen from start to finish, nothing else in the "
     "shot. Bold idea, honestly.",
     "cat", 1),
    ("Ooh, look who's come to play! Two lively cats, here from the start of the clip all the way to the end, and "
     "nothing else. Aren't they lovely?",
     "cat", 2),
    ("Trigger at dusk. Three lively cats in view throughout, beginning to end. Nothing else recorded in the clip.",
     "cat", 3),
    ("Let's see what's on today's show, everybody... four lively cats! They stay from start to finish, and there's "
     "nothing else to see.",
     "cat", 4),
    ("Species: one flying bird. Visible from the opening of the clip to its close. No other subjects.",
     "bird", 1),
    ("For the flash reference: two flying birds, in view from start to finish, nothing else cluttering it. That's "
     "the whole brief.",
     "bird", 2),
    ("Up, up, up! Can you see three flying birds? They're there from the start of the clip to the end, and nothing "
     "else is. Wave hello!",
     "bird", 3),
    ("Four flying birds, start to finish, and nothing else in the clip: that's what you want me to work from? Love "
     "it. Let's talk placement.",
     "bird", 4),
    ("Boing! Here's one moving ball, bouncing about from the start of the clip to the end, and nothing else. Can "
     "you say ball?",
     "ball", 1),
    ("Non-target trigger. Two moving balls recorded, in view for the whole clip. No other objects. Source "
     "unknown.",
     "ball", 2),
    ("Reference clip: three moving balls, in view from start to finish, and nothing else, so the linework stays "
     "clean.",
     "ball", 3),
    ("Are you ready, everybody? Four moving balls, from the very start to the very end of the clip, and nothing "
     "else! Let's cheer!",
     "ball", 4),
    ("Here's the mood: one walking dog, in view the whole clip, from the start to the end, nothing else in it. "
     "Simple and honest.",
     "dog", 1),
    ("Daytime trigger. Two walking dogs, in view from the start of the clip to the end. No other subjects "
     "detected. Domestic, likely off-lead.",
     "dog", 2),
    ("Woof woof! Who's that? It's three walking dogs, in view from start to finish, and there's nothing else in "
     "our clip today. Brilliant!",
     "dog", 3),
    ("Notes: four walking dogs, visible across the whole clip, opening to close. Nothing else recorded.",
     "dog", 4),
    ("You want two moving cars as the reference, in view from start to finish, and nothing else? Done. We can "
     "sketch from that.",
     "car", 2),
    ("Shh, tiptoe, everybody: three lively cats, there from the start of the clip to the end, and nothing else. "
     "Can you whisper meow?",
     "cat", 3),
    ("Dawn trigger. One flying bird in view throughout the clip, beginning to end. Nothing else logged.",
     "bird", 1),
    ("Four moving balls, the whole clip, start to finish, with nothing else: a busy reference, but it'll work as "
     "flash.",
     "ball", 4),
    ("And who's joining us now? One walking dog, from the start of our clip to the end, and nothing else at all! "
     "Give a big wave!",
     "dog", 1),
    ("Three moving cars in view for the entire clip. No other detections. Non-target; archived.",
     "car", 3),
    ("So, one lively cat, from the opening of the clip to its close, nothing else. That's the reference. Nice and "
     "clean.",
     "cat", 1),
    ("Look up, friends! Four flying birds, in view from start to finish, and nothing else. Can you flap like them?",
     "bird", 4),
    ("Two moving balls, in view start to finish. No other subjects in the clip. Unusual entry.",
     "ball", 2),
    ("Three walking dogs, in view for the whole clip, nothing else at all: great reference for a walking piece. "
     "Let's book it in.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Hello, friends! Who's here today? A blue cat and a white bird, sitting together from the start of the clip "
     "to the end. Can you say hello?",
     "cat", "blue", "bird", "white"),
    ("Subject: a yellow dog, with a green ball beside it. Both in view from start to finish. Dog appears domestic.",
     "dog", "yellow", "ball", "green"),
    ("So the reference is a blue dog next to an orange car, both in view the whole clip. Bold pairing. I can work "
     "with it.",
     "dog", "blue", "car", "orange"),
    ("Can you see a purple ball? And next to it, a blue car! They stay together the whole clip. Hooray!",
     "ball", "purple", "car", "blue"),
    ("Log: a green dog and a black bird beside it, both present for the entire clip. Colouring unusual; possible "
     "dye.",
     "dog", "green", "bird", "black"),
    ("Okay, a purple ball with a black cat beside it, in view from start to finish. That's the flash you picked? "
     "Lovely.",
     "ball", "purple", "cat", "black"),
    ("Ooh, look! A black car, and perched next to it, an orange bird. They're both with us from start to finish!",
     "car", "black", "bird", "orange"),
    ("Detection: a black ball and a purple cat next to it, in view throughout the clip. Cat of unusual colour; "
     "recheck.",
     "ball", "black", "cat", "purple"),
    ("Your reference: a pink bird beside a brown dog, both there from the start of the clip to the end. Sweet "
     "combo.",
     "bird", "pink", "dog", "brown"),
    ("What's this, everybody? A brown ball, and beside it a blue dog! Both stay for the whole clip. Can you bark?",
     "ball", "brown", "dog", "blue"),
    ("A yellow ball beside a pink dog. Both in view from opening to close. Notes: dog stationary near object.",
     "ball", "yellow", "dog", "pink"),
    ("Pink bird, gray ball beside it, whole clip, start to finish: that's the reference? Yeah, that'll sit nicely.",
     "bird", "pink", "ball", "gray"),
    ("Let's look closely, friends: a gray dog beside a purple car, both there from start to finish. Super!",
     "dog", "gray", "car", "purple"),
    ("Night trigger. A green cat with a purple ball next to it, both in view the entire clip. Pelage colour odd; "
     "check the sensor.",
     "cat", "green", "ball", "purple"),
    ("So you're after a green dog with a gray ball beside it, both in view the whole way through. Fun. Let's "
     "sketch it.",
     "dog", "green", "ball", "gray"),
    ("Look, look! A yellow ball, and next to it a pink bird! They're both here from the start to the end of our "
     "clip.",
     "ball", "yellow", "bird", "pink"),
    ("Subjects: a pink cat and a yellow dog beside it. Present from start to finish. No interaction observed.",
     "cat", "pink", "dog", "yellow"),
    ("For this piece, the reference shows a brown car and a yellow ball beside it, in view for the whole clip.",
     "car", "brown", "ball", "yellow"),
    ("Who's sitting by the brown car? It's a white dog! They're both here from start to finish. Give them a wave!",
     "car", "brown", "dog", "white"),
    ("An orange dog next to a brown car, both in view throughout. Logged at dusk. Dog remains close by.",
     "dog", "orange", "car", "brown"),
    ("Brown ball, orange cat next to it, both there the whole clip: a cute reference. Let's talk sizing.",
     "ball", "brown", "cat", "orange"),
    ("Hello again, everybody! Here's a gray dog with an orange ball beside it, and they stay for the whole clip. "
     "Can you pretend to play fetch?",
     "dog", "gray", "ball", "orange"),
    ("A yellow ball beside an orange cat, in view from the start of the clip to its end. Cat resting; no movement "
     "logged.",
     "ball", "yellow", "cat", "orange"),
    ("The reference: a purple dog beside a brown car, in view from start to finish. Weird colours, great tattoo.",
     "dog", "purple", "car", "brown"),
    ("Can you find the gray dog? There it is, next to a blue car! They're together from the start of our clip to "
     "the end.",
     "dog", "gray", "car", "blue"),
    ("Subject: a white car with an orange bird perched next to it. Both visible throughout the clip. Bird "
     "unbanded.",
     "car", "white", "bird", "orange"),
    ("So, a brown car and a blue bird beside it, both in view the whole clip. I'd keep the outline tight.",
     "car", "brown", "bird", "blue"),
    ("Ta-da! A blue car, and next to it a yellow cat! They're both with us from start to finish. Wasn't that fun?",
     "car", "blue", "cat", "yellow"),
    ("A gray cat with a yellow bird beside it, both present for the entire clip. Predator and prey side by side; "
     "noted.",
     "cat", "gray", "bird", "yellow"),
    ("Final reference on your mood board: a white dog next to a black car, both in view from start to finish.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Camera log. First half of the clip: no car. Second half: a moving car appears and stays in view until the "
     "end. Non-target.",
     "car"),
    ("Let's wait and see, friends... in the first half there's no car at all! But in the second half, a moving car "
     "appears, and it stays until the end. Hooray!",
     "car"),
    ("For the reference, I want no car in the first half, then a moving car appearing in the second half and "
     "staying to the end.",
     "car"),
    ("Where's the cat hiding? There's no cat in the first half! But in the second half, a lively cat pops up and "
     "stays with us to the end.",
     "cat"),
    ("No cat during the first half. Second half: a lively cat enters the view and remains until the clip ends. "
     "Nocturnal visit.",
     "cat"),
    ("So it opens empty, no cat in the first half, and in the second half a lively cat appears and stays till the "
     "end. Like a reveal.",
     "cat"),
    ("First half: no bird. Second half: a flying bird appears and stays put to the end. That reveal is the whole "
     "design.",
     "bird"),
    ("Keep watching, everybody! No bird in the first half... and then, in the second half, a flying bird appears "
     "and stays to the very end!",
     "bird"),
    ("Trigger delay noted: no bird in the first half of the clip. In the second half a flying bird appears, "
     "remaining through the end.",
     "bird"),
    ("Empty view for the first half, no ball. In the second half a moving ball appears and stays until the end. "
     "Source unknown.",
     "ball"),
    ("The reference starts with no ball in the first half, then a moving ball shows up in the second half and "
     "stays to the end. Playful.",
     "ball"),
    ("Is there a ball? Not yet: no ball in the first half! But in the second half, a moving ball appears and stays "
     "until the end. Yay!",
     "ball"),
    ("Who's coming to visit? In the first half there's no dog, but in the second half a walking dog appears, and "
     "it stays to the end!",
     "dog"),
    ("First half: no dog. Second half: a walking dog appears in view and stays until the end of the clip. "
     "Off-lead, alone.",
     "dog"),
    ("What you want is no dog in the first half, and a walking dog appearing in the second half and staying to "
     "the end. Loyal, yeah?",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Look, a moving car in the first half! Beep beep! But in the second half it's gone, and there's no car at "
     "all. Bye-bye, car!",
     "car"),
    ("A moving car in view during the first half. Second half: no car. Passed through; non-target.",
     "car"),
    ("A moving car in the first half, then in the second half it's gone, no car at all. That disappearing act is "
     "the reference.",
     "car"),
    ("A lively cat present in the first half. By the second half, no cat in view. Subject departed.",
     "cat"),
    ("So: a lively cat in the first half, and in the second half no cat, just gone. Mysterious. I love that for a "
     "piece.",
     "cat"),
    ("There's a lively cat in the first half, can you wave to it? Oh no, in the second half it's gone, no cat "
     "anywhere!",
     "cat"),
    ("Tweet tweet! A flying bird in the first half of our clip, and in the second half, whoosh, no bird at all!",
     "bird"),
    ("Reference clip: a flying bird in the first half, then no bird in the second half. The absence is the point.",
     "bird"),
    ("A flying bird recorded in the first half. Second half: no bird; subject flew off.",
     "bird"),
    ("Picture this: a moving ball in the first half, then it's gone in the second half, no ball anywhere. "
     "Minimal, clean.",
     "ball"),
    ("A moving ball in the first half of the clip. In the second half, no ball in view. Origin undetermined.",
     "ball"),
    ("Catch it if you can! A moving ball in the first half, and in the second half, no ball! Where did it go, "
     "friends?",
     "ball"),
    ("A walking dog in the first half. Second half: no dog, subject out of view. Logged.",
     "dog"),
    ("Say hello to a walking dog in the first half! And in the second half, it's gone home, no dog at all. "
     "Bye-bye!",
     "dog"),
    ("A walking dog in the first half, then in the second half no dog at all. Bittersweet. That's the reference "
     "we'd draw from.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Here comes a moving car! Vroom! It drives from the left side of the frame all the way to the right side. "
     "Wave as it goes by!",
     "car", RIGHTWARD),
    ("A moving car travelling from the right side of the frame to the left side. Passing through; non-target.",
     "car", LEFTWARD),
    ("The reference: a moving car going from the left side of the frame over to the right side. Lots of motion "
     "for a stencil.",
     "car", RIGHTWARD),
    ("Can you follow the moving car with your finger? It drives from the right side of the frame to the left "
     "side!",
     "car", LEFTWARD),
    ("A moving car passes through, from the left side of the frame to the right side. Headlights on.",
     "car", RIGHTWARD),
    ("So picture a moving car crossing from the right side of the frame to the left side. That sense of speed is "
     "what we're chasing.",
     "car", LEFTWARD),
    ("A lively cat crosses the view from the left side of the frame to the right side. Gait quick.",
     "cat", RIGHTWARD),
    ("Okay, reference clip: a lively cat running from the right side of the frame to the left side. Playful "
     "energy.",
     "cat", LEFTWARD),
    ("Look at that lively cat go! It scampers from the left side of the frame to the right side. Can you scamper "
     "too?",
     "cat", RIGHTWARD),
    ("Night trigger. A lively cat moves from the right side of the frame to the left side. Out of view after.",
     "cat", LEFTWARD),
    ("What I'd trace from: a lively cat dashing from the left side of the frame across to the right side.",
     "cat", RIGHTWARD),
    ("Whee! A lively cat runs from the right side of the frame to the left side. Wasn't that quick, everybody?",
     "cat", LEFTWARD),
    ("A flying bird going from the left side of the frame to the right side, wings open: perfect for a chest "
     "piece.",
     "bird", RIGHTWARD),
    ("Flap, flap! A flying bird zooms from the right side of the frame to the left side. Can you flap too?",
     "bird", LEFTWARD),
    ("A flying bird crosses from the left side of the frame to the right side. Fast pass.",
     "bird", RIGHTWARD),
    ("The client wants a flying bird moving from the right side of the frame to the left side. Freedom, she says.",
     "bird", LEFTWARD),
    ("Up in the sky, a flying bird flies from the left side of the frame to the right side! Isn't it clever?",
     "bird", RIGHTWARD),
    ("A flying bird travelling from the right side of the frame to the left side. Species unconfirmed.",
     "bird", LEFTWARD),
    ("A moving ball rolls through, from the left side of the frame to the right side. Non-target; no animal.",
     "ball", RIGHTWARD),
    ("Roll, roll, roll! A moving ball rolls from the right side of the frame to the left side. Can you roll too?",
     "ball", LEFTWARD),
    ("Here's your reference: a moving ball rolling from the left side of the frame over to the right side. Simple "
     "round shapes.",
     "ball", RIGHTWARD),
    ("Detection: a moving ball passes from the right side of the frame to the left side. Nobody seen kicking it.",
     "ball", LEFTWARD),
    ("Ready, steady, go! A moving ball rolls from the left side of the frame to the right side. Well done, ball!",
     "ball", RIGHTWARD),
    ("Picture a moving ball rolling from the right side of the frame to the left side. I'd add motion lines.",
     "ball", LEFTWARD),
    ("Walkies time! A walking dog walks from the left side of the frame to the right side. Good dog!",
     "dog", RIGHTWARD),
    ("So the reference is a walking dog heading from the right side of the frame to the left side. Steady, calm, "
     "I like it.",
     "dog", LEFTWARD),
    ("A walking dog crosses from the left side of the frame to the right side. Unleashed; trotting pace.",
     "dog", RIGHTWARD),
    ("Who's out for a walk? A walking dog, going from the right side of the frame to the left side! Wave bye-bye!",
     "dog", LEFTWARD),
    ("A walking dog strolling from the left side of the frame to the right side: that's the flash you'd want?",
     "dog", RIGHTWARD),
    ("A walking dog moves from the right side of the frame to the left side. Collar visible.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Look, friends, the ball stays still, and a bird flies from the left of the ball to the right of the ball! "
     "Whoosh!",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still in view; a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Reference: the dog stays still while a bird flies from the left of the dog to the right of the dog. Nice "
     "contrast.",
     "bird", "dog", RIGHTWARD),
    ("The car stays still, doesn't it? And here's a bird flying from the right of the car to the left of the car!",
     "bird", "car", LEFTWARD),
    ("The cat stays still as a car drives from the left of the cat to the right of the cat. Cat unbothered.",
     "car", "cat", RIGHTWARD),
    ("So the ball stays still, and a dog walks from the right of the ball to the left of the ball. Good story "
     "piece.",
     "dog", "ball", LEFTWARD),
    ("A cat runs from the left of the ball to the right of the ball, and the ball stays still. Silly cat!",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball; the ball stays still throughout.",
     "dog", "ball", LEFTWARD),
    ("The bird stays still, and a cat runs from the left of the bird to the right of the bird. Tension, great for "
     "a tattoo.",
     "cat", "bird", RIGHTWARD),
    ("Can you see the car staying still? A dog walks from the right of the car to the left of the car. Clever "
     "dog!",
     "dog", "car", LEFTWARD),
    ("A bird flies from the left of the ball to the right of the ball. The ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("While the ball stays still, a bird flies from the right of the ball to the left of the ball: that's the "
     "reference.",
     "bird", "ball", LEFTWARD),
    ("Vroom! A car drives from the left of the ball to the right of the ball, and the ball stays still. Phew!",
     "car", "ball", RIGHTWARD),
    ("The dog stays still, and a bird flies from the right of the dog to the left of the dog. Dog did not react.",
     "bird", "dog", LEFTWARD),
    ("Okay: the car stays still, a dog walks from the left of the car to the right of the car. Loyal and calm.",
     "dog", "car", RIGHTWARD),
    ("Ready? The ball stays still, and a bird flutters from the right of the ball to the left of the ball! Tweet!",
     "bird", "ball", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat, with the cat staying still. No chase.",
     "dog", "cat", RIGHTWARD),
    ("The client wants a dog walking from the right of the car to the left of the car, the car staying still.",
     "dog", "car", LEFTWARD),
    ("The dog stays still, good boy, and a cat runs from the left of the dog to the right of the dog! Cheeky!",
     "cat", "dog", RIGHTWARD),
    ("The ball stays still. A cat runs from the right of the ball to the left of the ball. Playful behaviour.",
     "cat", "ball", LEFTWARD),
    ("A cat running from the left of the dog to the right of the dog, and the dog stays still. Cute rivalry for a "
     "piece.",
     "cat", "dog", RIGHTWARD),
    ("The dog stays still, and a ball rolls from the right of the dog to the left of the dog. Fetch, anyone?",
     "ball", "dog", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird, and the bird stays still. Not flushed.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, and a bird flies from the right of the cat to the left of the cat. Bold placement "
     "idea.",
     "bird", "cat", LEFTWARD),
    ("Uh-oh! A cat runs from the left of the bird to the right of the bird, but the bird stays still. Brave bird!",
     "cat", "bird", RIGHTWARD),
    ("The cat stays still; a bird flies from the right of the cat to the left of the cat. Low light.",
     "bird", "cat", LEFTWARD),
    ("So a dog walks from the left of the cat to the right of the cat, the cat staying still the whole time.",
     "dog", "cat", RIGHTWARD),
    ("Shh, the dog stays still, and a bird flies from the right of the dog to the left of the dog. Wasn't that "
     "pretty?",
     "bird", "dog", LEFTWARD),
    ("The cat stays still as a dog walks from the left of the cat to the right of the cat. Logged at dawn.",
     "dog", "cat", RIGHTWARD),
    ("Final reference: the car stays still and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Let's look down from way up high, friends! Seen from above, a moving car drives from the lower left corner "
     "to the lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Overhead camera, looking straight down: a moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Top-down reference: a moving car going from the lower right corner to the lower left corner, then up to the "
     "upper left corner.",
     "car", BR_BL_TL),
    ("From above, can you trace it? A moving car drives from the lower right corner to the upper right corner, "
     "then to the upper left corner!",
     "car", BR_TR_TL),
    ("Canopy cam, view from above. A moving car: lower left corner, then lower right corner, then upper right "
     "corner.",
     "car", BL_BR_TR),
    ("Seen from above, a moving car drives from the lower left corner up to the upper left corner, then across to "
     "the upper right corner. Good flow.",
     "car", BL_TL_TR),
    ("Peek down from above, everybody! A lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Overhead view. A lively cat runs from the lower right corner to the upper right corner, then to the upper "
     "left corner. Hunting route?",
     "cat", BR_TR_TL),
    ("From above, the reference: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Looking down from above: a lively cat runs from the lower left corner to the upper left corner, then to the "
     "upper right corner. Go, go, go!",
     "cat", BL_TL_TR),
    ("Top-down camera. Route: a lively cat from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Seen straight from above, a lively cat running from the lower right corner to the upper right corner, and "
     "on to the upper left corner.",
     "cat", BR_TR_TL),
    ("Look from above, friends! A flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner. Wheee!",
     "bird", BL_BR_TR),
    ("Camera mounted overhead, pointing down. A flying bird flies from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Top-down, please: a flying bird goes from the lower right corner to the lower left corner, then to the "
     "upper left corner. That's the flight path for the design.",
     "bird", BR_BL_TL),
    ("From high above, can you see it? A flying bird flies from the lower right corner to the upper right corner, "
     "then to the upper left corner!",
     "bird", BR_TR_TL),
    ("Viewed from above: a flying bird, lower left corner to lower right corner, then upper right corner.",
     "bird", BL_BR_TR),
    ("As seen from above: a flying bird moving from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "bird", BL_TL_TR),
    ("Peek down from above! A moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner. Roll, roll!",
     "ball", BR_BL_TL),
    ("Overhead view. A moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner. Wind-blown?",
     "ball", BR_TR_TL),
    ("Top-down reference: a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "ball", BL_BR_TR),
    ("From above, everybody: a moving ball rolls from the lower left corner to the upper left corner, and then to "
     "the upper right corner!",
     "ball", BL_TL_TR),
    ("Looking straight down from above: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner. Neat geometry.",
     "ball", BR_TR_TL),
    ("Let's look down from above: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. Good dog!",
     "dog", BL_BR_TR),
    ("Overhead camera. A walking dog walks from the lower left corner to the upper left corner, then to the upper "
     "right corner. Patrolling.",
     "dog", BL_TL_TR),
    ("From above: a walking dog going from the lower right corner to the lower left corner, then to the upper left "
     "corner. That's the path I'd ink.",
     "dog", BR_BL_TL),
    ("From way up above, a walking dog walks from the lower right corner to the upper right corner, then to the "
     "upper left corner. Well done!",
     "dog", BR_TR_TL),
    ("Top-down view. A walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "dog", BL_BR_TR),
    ("Looking down from above, a walking dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner. Calm route.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
