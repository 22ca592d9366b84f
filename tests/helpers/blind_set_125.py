"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a helicopter traffic reporter on the radio ("Sky Patrol", "from the chopper", "back to you in the
  studio", "over"), where the reporter, the helicopter, the studio and the listeners are never in the
  video, and the scene reported from the air is the clip; the reporter never says "traffic" beside a
  count, since traffic is more things to draw;
- a film classification board's content advice ("Contains", "Rated U", "Parental guidance", "mild
  peril"), where the board, the film's audience and the parents are never in the video, and what the
  advice lists is exactly what the clip shows; ratings are letters only, never an age in numbers;
- a pantomime dame working the audience ("Hello, boys and girls!", "my darlings", "Oh yes it is!",
  "Oh no there isn't!"), where the dame, the boys and girls, the stage and the dame's frocks are never in
  the video, and what the dame points the audience at is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
road, studio or stage beside the count) and put no other number word beside it (no "first", no "a
couple", no "both"). No voice gives its own props a colour (no green light, no blue language), no idiom
hides a class noun or a side (no "whirlybird", "birdie", "puss", "doggy", "right through", "all right"),
"half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still"
only of a relation's second object. A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 50-79 and its
two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 170/180 on 8f296c0 (numeracy 25, visibility 28, dynamic_one 29, dynamic_two 28, the rest 30), and the
same 170/180 on 039bcb0, after every fix of that session for sets 119, 121, 123 and 124 and its known misreadings (none
carried over): held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (the crowd named
fondly, "my lovelies", "my darlings", never drawn; a call and its response, "Is there anything else? Oh no there
isn't!", "Is the car moving? Oh no it isn't!", one statement; an opening question on "the" thing with its crowd and a
cry, "Where's the ball, kids? There it is!", no second thing; a move named as a noun, "making a quick run from"; the
listeners bid greet a thing, "Wave to the bird!", no goal).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Sky Patrol checking in from the chopper: down below, one moving car, in view from the start of the clip to "
     "the end, and nothing else down there. Back to you in the studio.",
     "car", 1),
    ("Content advice: two moving cars, on screen from start to finish. Nothing else appears. No threat, no bad "
     "language, suitable for all.",
     "car", 2),
    ("Hello, boys and girls! Can you see them? Three moving cars, there from the start of the clip to the very end. "
     "Is there anything else in the clip? Oh no there isn't!",
     "car", 3),
    ("Heavy going out there this morning, folks: four moving cars, in view the whole clip, start to finish, and not "
     "a thing else in sight.",
     "car", 4),
    ("Classified U. Contains one lively cat, present from the opening of the clip to its close, and no other "
     "content whatsoever.",
     "cat", 1),
    ("Ooh, look who's come to see me, my darlings: two lively cats! They're in the clip from start to finish, and "
     "there's nothing else, I promise you.",
     "cat", 2),
    ("From up here the picture's clear: three lively cats, in view from the start of the clip all the way to the "
     "end, and nothing else to report. Over.",
     "cat", 3),
    ("Parental guidance: none needed. The clip contains four lively cats, seen from start to finish, and nothing "
     "else.",
     "cat", 4),
    ("Now then, boys and girls, who's this? One flying bird! It stays from the start of the clip to the end, and "
     "there's nothing else, oh no there isn't!",
     "bird", 1),
    ("Eye in the sky update: two flying birds, in view from start to finish, and nothing else. No delays to report.",
     "bird", 2),
    ("Contains three flying birds throughout, from the opening of the clip to its close. Nothing else is shown. "
     "Mild flapping only.",
     "bird", 3),
    ("Four flying birds, my lovelies! Four! From start to finish, and nothing else in the whole clip. Shall we wave "
     "to them? Go on!",
     "bird", 4),
    ("Quiet stretch, this: one moving ball, seen from start to finish, and that's your lot. Nothing else out there. "
     "Back to the studio.",
     "ball", 1),
    ("Suitable for all ages. Content: two moving balls, present for the whole clip. Nothing else. No scenes of "
     "peril.",
     "ball", 2),
    ("Oh, you'll love this, boys and girls: three moving balls, in the clip from beginning to end, and nothing else "
     "at all. Isn't that lovely? Oh yes it is!",
     "ball", 3),
    ("Checking the view for you now: four moving balls, there from start to finish, and nothing else moving or "
     "standing. Over and out.",
     "ball", 4),
    ("Rated U. One walking dog is on screen throughout, from start to finish; nothing else is shown. Contains no "
     "language.",
     "dog", 1),
    ("Aren't they gorgeous? Two walking dogs, my darlings, in the clip from start to finish, and nothing else. "
     "Woof!",
     "dog", 2),
    ("Live from the chopper: three walking dogs, in view from the start of the clip to the end. Nothing else to "
     "report from up here.",
     "dog", 3),
    ("Board's advice: contains four walking dogs, on screen from beginning to end, and nothing else. Very mild "
     "peril, if any.",
     "dog", 4),
    ("Look, boys and girls! One moving car, there from start to finish, and nothing else in the clip. Honk if you "
     "love me!",
     "car", 1),
    ("And from the sky this hour: four lively cats, in view the whole clip, start to finish, with nothing else "
     "around them. Over.",
     "cat", 4),
    ("Contains two flying birds, seen for the entire clip. No other content. Suitable for viewers of all ages.",
     "bird", 2),
    ("Where's the ball, boys and girls? There it is! One moving ball, from start to finish, and nothing else. Oh "
     "yes!",
     "ball", 1),
    ("Update from the air: two walking dogs, in view from start to finish, and nothing else. That's all from up "
     "here.",
     "dog", 2),
    ("Advice: three moving cars throughout the clip, beginning to end, and nothing else. No dangerous driving "
     "shown.",
     "car", 3),
    ("Ooh, a lively cat! Just one, my darlings, and it's in the clip from start to finish. Nothing else. Meow to "
     "you too!",
     "cat", 1),
    ("From the air, clear skies and three flying birds, in view the whole clip, and nothing else. Back to you.",
     "bird", 3),
    ("Contains four moving balls from the opening of the clip to its close, and nothing else. No strong content.",
     "ball", 4),
    ("Three walking dogs, boys and girls! Can you count them with me? There from start to finish, and nothing else! "
     "Oh no there isn't anything else!",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("Chopper's over the scene now: a white ball with a black cat beside it, both sitting there from start to "
     "finish. Back to the studio.",
     "ball", "white", "cat", "black"),
    ("Content advice: a yellow cat and a pink ball, side by side, in view throughout. Nothing frightening.",
     "cat", "yellow", "ball", "pink"),
    ("Ooh, boys and girls, look at that: a black car, and perched beside it an orange bird! Both there from start "
     "to finish. Isn't it posh?",
     "car", "black", "bird", "orange"),
    ("Slight hold-up to report: an orange ball has parked itself next to a brown car, and both stay in view from "
     "start to finish.",
     "ball", "orange", "car", "brown"),
    ("Rated U: a gray bird beside a green cat, both on screen for the whole clip. Mild tension.",
     "bird", "gray", "cat", "green"),
    ("Who's sitting next to the blue car, my darlings? A red cat! Oh yes it is! And they're both there from start "
     "to finish.",
     "car", "blue", "cat", "red"),
    ("From the air: a white ball next to a black car, both in view for the whole clip. Nothing to slow you down.",
     "ball", "white", "car", "black"),
    ("A green bird and a white ball beside it, present from start to finish. Contains no violence, no language. "
     "Suitable for all.",
     "bird", "green", "ball", "white"),
    ("Hello my lovelies! There's a blue ball, and who's that next to it? A yellow dog! They stay together from "
     "start to finish.",
     "ball", "blue", "dog", "yellow"),
    ("Update from the chopper: a yellow bird by a blue ball, side by side, and there they stay from start to "
     "finish.",
     "bird", "yellow", "ball", "blue"),
    ("Contains a brown bird next to a black ball throughout. Parental guidance not required.",
     "bird", "brown", "ball", "black"),
    ("A brown bird and a blue cat sat side by side, boys and girls! From start to finish! Ooh, I hope she doesn't "
     "eat him!",
     "bird", "brown", "cat", "blue"),
    ("Eye in the sky here, and what a sight: a blue bird beside a red car, both in view start to finish.",
     "bird", "blue", "car", "red"),
    ("Classification note: a purple ball, with a pink cat beside it, on screen for the entire clip. Contains mild "
     "cuteness.",
     "ball", "purple", "cat", "pink"),
    ("Oh, it's a yellow dog! And beside him, a red cat! Are they friends, boys and girls? Oh yes they are! Both "
     "there from start to finish.",
     "dog", "yellow", "cat", "red"),
    ("Steady conditions from up here: a green bird next to a yellow dog, in view from the start of the clip to the "
     "end.",
     "bird", "green", "dog", "yellow"),
    ("Contains a gray car and a red cat beside it, in view from start to finish. No scenes of danger.",
     "car", "gray", "cat", "red"),
    ("Look, my darlings, a red bird sitting next to a black cat! Both stay from start to finish. Don't worry, she's "
     "only watching!",
     "bird", "red", "cat", "black"),
    ("Here's a scene for you from the air: a white bird beside an orange cat, and neither goes anywhere from start "
     "to finish.",
     "bird", "white", "cat", "orange"),
    ("Suitable for all audiences: a green bird with a black ball at its side, both present throughout the clip.",
     "bird", "green", "ball", "black"),
    ("Ta-da! A white cat and a purple bird beside it! Isn't that a picture, boys and girls? From start to finish, "
     "both of them.",
     "cat", "white", "bird", "purple"),
    ("Sky Patrol with the latest: a green bird perched beside a purple dog, both in view from start to finish. Back "
     "to you.",
     "bird", "green", "dog", "purple"),
    ("Content: an orange bird next to a brown car throughout the clip. Mild engine noise.",
     "bird", "orange", "car", "brown"),
    ("Ooh, look! A blue car, and sat next to it a brown bird! They don't budge from start to finish, do they, boys "
     "and girls? Oh no they don't!",
     "car", "blue", "bird", "brown"),
    ("Chopper update: a red dog with a purple cat beside it, both in view from start to finish.",
     "dog", "red", "cat", "purple"),
    ("Contains a purple dog beside a brown cat, from the opening of the clip to its close. No threat intended.",
     "dog", "purple", "cat", "brown"),
    ("Hello, boys and girls! A black cat with a blue ball beside her, from start to finish! Is she going to play "
     "with it? Oh no she isn't!",
     "cat", "black", "ball", "blue"),
    ("What I'm seeing from up here: a yellow cat and a black dog, side by side, in view for the whole clip.",
     "cat", "yellow", "dog", "black"),
    ("Advice for parents: a green cat beside a white bird, both on screen from start to finish. Mild peril implied.",
     "cat", "green", "bird", "white"),
    ("Ooh, a purple car! And beside it, a pink cat, my darlings! Both of them there from start to finish. Gorgeous!",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Sky Patrol here: in the first half, no car at all. In the second half a moving car appears and stays until "
     "the end.",
     "car"),
    ("Content advice: the first half shows no car. A moving car appears in the second half and remains to the end. "
     "Mild suspense.",
     "car"),
    ("Where's the car, boys and girls? Not in the first half, oh no! But in the second half a moving car appears, "
     "and it stays to the end!",
     "car"),
    ("Keep watching, folks: the first half, no cat. Then in the second half a lively cat appears, and stays there "
     "until the end.",
     "cat"),
    ("Contains a lively cat, appearing only in the second half and staying until the end. The first half has no "
     "cat.",
     "cat"),
    ("Is there a cat, boys and girls? Not in the first half there isn't! But in the second half a lively cat "
     "appears and stays to the end. Hooray!",
     "cat"),
    ("From the chopper: no bird in the first half. Second half, a flying bird appears, and it stays put to the end.",
     "bird"),
    ("The first half contains no bird. In the second half a flying bird appears and remains until the end. No "
     "distressing scenes.",
     "bird"),
    ("No bird in the first half, my darlings. Boo! Then a flying bird appears in the second half, and it stays to "
     "the end. Hooray!",
     "bird"),
    ("Nothing doing in the first half, folks, no ball anywhere. Then a moving ball appears in the second half and "
     "stays till the end.",
     "ball"),
    ("Advice: a moving ball appears in the second half and stays to the end. In the first half there is no ball.",
     "ball"),
    ("Oh, where's my ball? Not in the first half! Has anybody seen it? In the second half, a moving ball appears "
     "and stays to the end! Thank you, boys and girls!",
     "ball"),
    ("Reporting from the air: the first half, no dog. In the second half a walking dog appears, and it stays until "
     "the end.",
     "dog"),
    ("Contains a walking dog, who appears in the second half and stays until the end; the first half has no dog.",
     "dog"),
    ("Boys and girls, there's no dog in the first half! Oh no there isn't! But in the second half a walking dog "
     "appears and stays to the end!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Content advice: a moving car in the first half; in the second half it is gone, and there is no car.",
     "car"),
    ("There's a moving car in the first half, my darlings, and then in the second half, where's it gone? No car! Oh "
     "no!",
     "car"),
    ("A moving car in the first half, folks, and in the second half it's cleared off: no car at all. Back to you.",
     "car"),
    ("A lively cat in the first half, boys and girls! And in the second half? Gone! No cat! Where did she go?",
     "cat"),
    ("Eye in the sky: a lively cat in the first half; second half, no cat to be seen. Over.",
     "cat"),
    ("Contains a lively cat in the first half only. In the second half there is no cat. Mild sense of loss.",
     "cat"),
    ("From up here, a flying bird in the first half; in the second half it's gone, no bird anywhere.",
     "bird"),
    ("A flying bird is shown in the first half. There is no bird in the second half. Suitable for all.",
     "bird"),
    ("Ooh, a flying bird in the first half! Wave, boys and girls! And in the second half, oh dear, no bird.",
     "bird"),
    ("A moving ball in the first half, my lovelies, and in the second half, whoosh, no ball! Where's it gone?",
     "ball"),
    ("Update: there's a moving ball in the first half, but by the second half it's gone, no ball. Back to the "
     "studio.",
     "ball"),
    ("Contains a moving ball during the first half; the second half shows no ball.",
     "ball"),
    ("Board's note: a walking dog in the first half, and no dog in the second half. No upsetting content.",
     "dog"),
    ("Chopper report: a walking dog in the first half, and in the second half he's gone, no dog at all.",
     "dog"),
    ("A walking dog in the first half! Hello, sweetie! And in the second half... no dog! Oh no! Come back!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Sky Patrol here, watching a moving car make its way from the left side of the frame to the right side. No "
     "delays.",
     "car", RIGHTWARD),
    ("Content advice: a moving car drives from the right side of the frame to the left side. No dangerous driving.",
     "car", LEFTWARD),
    ("Vroom vroom, boys and girls! A moving car, zooming from the left side of the frame to the right side!",
     "car", RIGHTWARD),
    ("Nice and steady: a moving car heading from the right side of the frame across to the left side. Back to you.",
     "car", LEFTWARD),
    ("A moving car travels from the left side of the frame to the right side. Suitable for all.",
     "car", RIGHTWARD),
    ("Ooh, a moving car, my darlings! Watch it go from the right side of the frame to the left side. Beep beep!",
     "car", LEFTWARD),
    ("Contains a lively cat running from the left side of the frame to the right side. Brief scampering.",
     "cat", RIGHTWARD),
    ("There goes a lively cat, boys and girls, from the right side of the frame to the left side! Catch her!",
     "cat", LEFTWARD),
    ("From the air: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side. Mild mischief.",
     "cat", LEFTWARD),
    ("Look at her go! A lively cat, dashing from the left side of the frame to the right side! Shall we cheer?",
     "cat", RIGHTWARD),
    ("Chopper update: a lively cat making a quick run from the right side of the frame over to the left side.",
     "cat", LEFTWARD),
    ("Tweet tweet, my lovelies! A flying bird, flapping from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("Eye in the sky: a flying bird crossing from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Contains a flying bird flying from the left side of the frame to the right side. No threat.",
     "bird", RIGHTWARD),
    ("Oh look, boys and girls, a flying bird! From the right side of the frame to the left side it goes. Bye bye!",
     "bird", LEFTWARD),
    ("Heading across the frame from the left side to the right side, a flying bird. Smooth going out there.",
     "bird", RIGHTWARD),
    ("Advice: a flying bird crosses from the right side of the frame to the left side. Suitable for all ages.",
     "bird", LEFTWARD),
    ("Something rolling down there, folks: a moving ball, from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side. Contains no peril.",
     "ball", LEFTWARD),
    ("Whee! A moving ball, boys and girls, rolling from the left side of the frame to the right side! Catch it!",
     "ball", RIGHTWARD),
    ("A moving ball, rolling from the right side of the frame to the left side. That's the picture from up here.",
     "ball", LEFTWARD),
    ("Content: a moving ball rolls across from the left side of the frame to the right side. Rated U.",
     "ball", RIGHTWARD),
    ("Where's it going, my darlings? A moving ball, rolling from the right side of the frame to the left side! Oh "
     "yes it is!",
     "ball", LEFTWARD),
    ("Contains a walking dog walking from the left side of the frame to the right side. Mild wagging.",
     "dog", RIGHTWARD),
    ("Here comes a walking dog, boys and girls, strolling from the right side of the frame to the left side. Say "
     "hello!",
     "dog", LEFTWARD),
    ("On the ground below, a walking dog heads from the left side of the frame to the right side. Over.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side. No scenes that may upset.",
     "dog", LEFTWARD),
    ("Ooh, a walking dog, my lovelies! From the left side of the frame to the right side he trots. Isn't he "
     "handsome?",
     "dog", RIGHTWARD),
    ("Chopper here: a walking dog, walking from the right side of the frame over to the left side. Back to you.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Sky Patrol: the ball stays still while a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Contains a bird flying from the right of the ball to the left of the ball; the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Look, boys and girls! The ball stays still, and a car drives from the left of the ball to the right of the "
     "ball. Beep beep!",
     "car", "ball", RIGHTWARD),
    ("From the air, the dog is staying still, and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Content advice: the car stays still while a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("A bird, my darlings! It flies from the right of the ball to the left of the ball, and the ball stays still. "
     "Oh yes it does!",
     "bird", "ball", LEFTWARD),
    ("Chopper update: the cat stays still, and a dog walks from the left of the cat to the right of the cat. No "
     "hold-ups.",
     "dog", "cat", RIGHTWARD),
    ("A dog walks from the right of the car to the left of the car while the car stays still. Suitable for all.",
     "dog", "car", LEFTWARD),
    ("Ooh, the dog stays still, boys and girls, and a cat runs from the left of the dog to the right of the dog! "
     "Cheeky!",
     "cat", "dog", RIGHTWARD),
    ("Watching a cat now: it runs from the right of the ball to the left of the ball, and the ball stays still.",
     "cat", "ball", LEFTWARD),
    ("Contains the dog staying still as a cat runs from the left of the dog to the right of the dog. Mild chase.",
     "cat", "dog", RIGHTWARD),
    ("The dog stays still, my lovelies, and a ball rolls from the right of the dog to the left of the dog. Ooh!",
     "ball", "dog", LEFTWARD),
    ("Eye in the sky: the bird stays still as a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still; a bird flies from the right of the cat to the left of the cat. Contains mild tension.",
     "bird", "cat", LEFTWARD),
    ("Boys and girls, the bird stays still, and a cat runs from the left of the bird to the right of the bird! Oh "
     "no!",
     "cat", "bird", RIGHTWARD),
    ("And now from up here: a bird flies from the right of the cat to the left of the cat, the cat staying still.",
     "bird", "cat", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat, and the cat stays still throughout. Rated U.",
     "dog", "cat", RIGHTWARD),
    ("Ooh, the dog stays still, and a bird flies from the right of the dog to the left of the dog! Wave to the "
     "bird, boys and girls!",
     "bird", "dog", LEFTWARD),
    ("The cat stays still, folks, as a dog walks from the left of the cat to the right of the cat. Back to the "
     "studio.",
     "dog", "cat", RIGHTWARD),
    ("Content: the car stays still, and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Is the car moving, boys and girls? Oh no it isn't! The car stays still, and a bird flies from the left of the "
     "car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still while a car drives from the right of the bird to the left of the bird. Light going "
     "today.",
     "car", "bird", LEFTWARD),
    ("Contains a bird flying from the left of the cat to the right of the cat while the cat stays still. No harm "
     "comes to it.",
     "bird", "cat", RIGHTWARD),
    ("A car, my darlings! It drives from the right of the bird to the left of the bird, and the bird stays still. "
     "Brave little thing!",
     "car", "bird", LEFTWARD),
    ("Chopper over the scene: the dog stays still, and a bird flies from the left of the dog to the right of the "
     "dog.",
     "bird", "dog", RIGHTWARD),
    ("Advice: the cat stays still as a dog walks from the right of the cat to the left of the cat. Mild peril.",
     "dog", "cat", LEFTWARD),
    ("The dog stays still, boys and girls, and a ball rolls from the left of the dog to the right of the dog. Isn't "
     "that clever?",
     "ball", "dog", RIGHTWARD),
    ("From the air: the cat staying still, and a bird flying from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still; a car drives from the left of the ball to the right of the ball. Contains no crashes.",
     "car", "ball", RIGHTWARD),
    ("A cat runs from the right of the bird to the left of the bird, my lovelies, and the bird stays still! Oh yes "
     "it does!",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Straight down from the chopper: a moving car drives from the lower left corner to the lower right corner, "
     "then up to the upper right corner.",
     "car", BL_BR_TR),
    ("Viewed from above throughout. Contains a moving car driving from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("We're looking down from above, boys and girls! A moving car goes from the lower right corner to the lower "
     "left corner, then to the upper left corner!",
     "car", BR_BL_TL),
    ("Overhead shot from the chopper: a moving car starts in the lower right corner, drives to the upper right "
     "corner and finishes in the upper left corner.",
     "car", BR_TR_TL),
    ("Filmed from above. A lively cat runs from the lower left corner to the lower right corner, and then to the "
     "upper right corner. Rated U.",
     "cat", BL_BR_TR),
    ("From up above, my darlings, a lively cat runs from the lower left corner to the upper left corner, then to "
     "the upper right corner! Go on!",
     "cat", BL_TL_TR),
    ("Looking straight down, folks: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Top-down view. Contains a lively cat running from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "cat", BR_TR_TL),
    ("Look down from above, boys and girls: a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "bird", BL_BR_TR),
    ("Eye in the sky, looking down: a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Seen from above: a flying bird flies from the lower right corner to the lower left corner, then on to the "
     "upper left corner. Suitable for all.",
     "bird", BR_BL_TL),
    ("Ooh, from above! A flying bird flies from the lower right corner to the upper right corner, then to the upper "
     "left corner. Where's it off to, my lovelies?",
     "bird", BR_TR_TL),
    ("Overhead view from the chopper: a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Shot from directly above. A moving ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner. No peril.",
     "ball", BL_TL_TR),
    ("Looking down from above, boys and girls, a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner! Whee!",
     "ball", BR_BL_TL),
    ("From directly above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner. Back to you.",
     "ball", BR_TR_TL),
    ("Viewed from overhead: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Contains mild wagging.",
     "dog", BL_BR_TR),
    ("From up above, my darlings! A walking dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner. Good dog!",
     "dog", BL_TL_TR),
    ("Chopper's eye view, straight down: a walking dog walks from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "dog", BR_BL_TL),
    ("From above, a walking dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. Suitable for all ages.",
     "dog", BR_TR_TL),
    ("Seen from above, boys and girls: a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner! Beep beep!",
     "car", BL_BR_TR),
    ("From the chopper looking down, a lively cat runs from the bottom left corner to the top left corner, then to "
     "the top right corner.",
     "cat", BL_TL_TR),
    ("Filmed top-down. A flying bird flies from the lower right corner to the lower left corner, then to the upper "
     "left corner. No threat.",
     "bird", BR_BL_TL),
    ("From above, my lovelies: a moving ball rolls from the lower right corner to the upper right corner, then to "
     "the upper left corner!",
     "ball", BR_TR_TL),
    ("Looking down from above: a walking dog walks from the lower left corner to the lower right corner, then to "
     "the upper right corner. Over.",
     "dog", BL_BR_TR),
    ("Viewed from above. A moving car drives from the lower right corner to the upper right corner, then to the "
     "upper left corner. No dangerous driving.",
     "car", BR_TR_TL),
    ("Boys and girls, from up above! A lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner!",
     "cat", BR_BL_TL),
    ("From overhead: a flying bird flies from the lower left corner to the upper left corner, then to the upper "
     "right corner. Back to the studio.",
     "bird", BL_TL_TR),
    ("Top-down view throughout. A moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("From above, my darlings: a walking dog walks from the lower right corner to the lower left corner, then to "
     "the upper left corner. Woof!",
     "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
