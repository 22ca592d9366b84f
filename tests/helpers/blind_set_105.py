"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a 1940s newsreel announcer ("Flash!", "ladies and gentlemen", "on the scene"), where the announcer, the
  newsreel and its cameras are never in the video, and the story being reported is the clip itself;
- a school principal's morning announcements over the PA ("Good morning", "attention, please", "thank
  you"), where the principal, the PA, the halls and the listeners are never in the video, and the
  announcement is what the clip shows;
- a dog trainer giving commands ("Sit.", "Stay.", "Leave it!", "Heel."), where the trainer, the leash and
  the one being trained are never in the video and never called by a class noun, and the sight the
  commands are about is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
camera, hall or treat beside the count) and put no other number word beside it (no "first", no "a
pair", no "everyone"). No voice gives its own props a colour or a count, no idiom hides a class noun or
a side (no "hot dog", "out of the blue", "right away", "nothing left"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 30-59 and its two-object relations 0-29 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 165/180 on 43964f8 (numeracy 25, visibility 29, dynamic_one 29, dynamic_two 27, sequential 25, the
rest 30); 180/180 after the fixes of its own commits (a handler's bid said alone, "Sit.", "Leave it!", "Let it be.", is
the listener's to obey and moves no thing; "That concludes this morning's announcements." and "Today's lunch menu can
wait." are the speaker's; "The eyes of the world turn to" frames the scene; "The mystery deepens!" names no thing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Flash! The eyes of the world turn to one moving car, on screen from the opening of the clip to its close, "
     "and nothing else in the picture.",
     "car", 1),
    ("Good morning, and attention, please. Today's clip shows two moving cars from start to finish. Nothing else "
     "appears in it. That is all.",
     "car", 2),
    ("Sit. Watch. Three moving cars, there the whole clip, start to finish, and nothing else. Leave it. Good.",
     "car", 3),
    ("Ladies and gentlemen, what a spectacle: four moving cars, in view from start to finish, and not another "
     "thing on the screen!",
     "car", 4),
    ("For the entire clip, one lively cat, and nothing else whatsoever. Please give it your full attention, and "
     "have a pleasant morning.",
     "cat", 1),
    ("Leave it! Two lively cats, in view from the start of the clip to the end, and nothing else. Steady. Hold "
     "that sit.",
     "cat", 2),
    ("Here on the scene: three lively cats, seen from the opening of the clip to its close. Nothing else is in the "
     "picture. Remarkable!",
     "cat", 3),
    ("This morning's announcements begin with four lively cats, on screen from start to finish, and nothing else. "
     "Thank you for listening.",
     "cat", 4),
    ("Watch me. Now look: one flying bird, in view from start to finish, nothing else anywhere. Steady... good.",
     "bird", 1),
    ("Aloft! Two flying birds hold the screen from the start of the clip to the end, and nothing else shares the "
     "sky with them.",
     "bird", 2),
    ("May I have your attention: three flying birds, visible for the whole clip, and nothing more. Please be "
     "respectful and quiet.",
     "bird", 3),
    ("Down. Stay down. Four flying birds, from start to finish, nothing else. No chasing.",
     "bird", 4),
    ("Sports flash! One moving ball, in play from the clip's opening to its close, and nothing else to report.",
     "ball", 1),
    ("Good morning. On today's clip: two moving balls, start to finish, and nothing else. Remember, walk, don't "
     "run.",
     "ball", 2),
    ("Leave it. Leave it! Three moving balls, there for the whole clip, and nothing else. You wait until I say.",
     "ball", 3),
    ("Would you believe it? Four moving balls, seen from start to finish, and not another thing in view.",
     "ball", 4),
    ("A quick note about the clip, if I may: one walking dog, present from start to finish, and nothing else at "
     "all. That concludes this morning's announcements.",
     "dog", 1),
    ("Heel. Watch them: two walking dogs, there from the start of the clip to the end, nothing else. Easy now.",
     "dog", 2),
    ("And now, a parade of sorts: three walking dogs, on screen from start to finish, with nothing else in view.",
     "dog", 3),
    ("Good morning! Our clip today features four walking dogs, from the start to the end, and nothing else. Have a "
     "wonderful day.",
     "dog", 4),
    ("Stay. Eyes on me, then on them: four moving cars, the whole clip long, and nothing else. Good.",
     "car", 4),
    ("The news in pictures: two lively cats, there from the clip's opening to its close, and nothing else on the "
     "screen.",
     "cat", 2),
    ("Attention, please: one flying bird, visible from start to finish, and nothing else in the clip. Thank you, "
     "and have a good day.",
     "bird", 1),
    ("Sit. No. Sit. Two moving balls, from start to finish, nothing else in there. Wait... wait.",
     "ball", 2),
    ("On the home front, a quiet story: one walking dog, in the picture from beginning to end, and nothing "
     "besides.",
     "dog", 1),
    ("Can you all hear me? Good. Three moving cars, seen from start to finish, nothing else. Please be patient with "
     "them.",
     "car", 3),
    ("Easy. Easy. Three lively cats, the whole clip through, and nothing else to see. Stay with me.",
     "cat", 3),
    ("Up, up they go! Four flying birds, in view from start to finish, and nothing else to be seen.",
     "bird", 4),
    ("A reminder about throwing indoors: don't. And on the clip, three moving balls, start to finish, and nothing "
     "else.",
     "ball", 3),
    ("Down. Down. Four walking dogs, in view the whole clip, nothing else. Nobody breaks.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Flash! A red car, and beside it a brown bird, both in the picture from start to finish.",
     "car", "red", "bird", "brown"),
    ("Good morning. Please take note of a purple cat sitting next to a green car; both are in view the whole "
     "time.",
     "cat", "purple", "car", "green"),
    ("Heel. There: a gray car, an orange dog beside it, both there from start to finish. Leave the car alone.",
     "car", "gray", "dog", "orange"),
    ("Side by side for the cameras: a red cat and a gray dog, in view from the clip's opening to its close.",
     "cat", "red", "dog", "gray"),
    ("Pardon the interruption. In today's clip, a red dog beside a gray car, both visible from start to finish.",
     "dog", "red", "car", "gray"),
    ("Sit. Good. See that? A purple dog next to a yellow car, both there the whole clip.",
     "dog", "purple", "car", "yellow"),
    ("Now here's a curiosity, ladies and gentlemen: a red cat beside a gray ball, both on screen from start to "
     "finish!",
     "cat", "red", "ball", "gray"),
    ("This morning's announcement concerns a brown cat with a blue dog beside it, both in the clip from beginning "
     "to end.",
     "cat", "brown", "dog", "blue"),
    ("Leave it! A white dog beside a red cat, both in view from start to finish. Easy.",
     "dog", "white", "cat", "red"),
    ("Perched next to an orange car, a yellow bird, and both in view throughout the clip. That's the news!",
     "bird", "yellow", "car", "orange"),
    ("Who parked this? A green dog beside a blue car, both on screen from start to finish. Please see me in the "
     "office.",
     "dog", "green", "car", "blue"),
    ("Watch me. A black cat, and a brown ball beside it, both in view start to finish. Don't you dare.",
     "cat", "black", "ball", "brown"),
    ("Extraordinary scenes today: a purple car, and next to it a red cat, both there from start to finish.",
     "car", "purple", "cat", "red"),
    ("Before the bell: a gray dog, with a brown cat beside it, both visible for the whole clip.",
     "dog", "gray", "cat", "brown"),
    ("Stay. A black car, a brown dog beside it, both there from start to finish. Good.",
     "car", "black", "dog", "brown"),
    ("The lighter side of the news: a yellow ball beside a pink dog, both in the picture from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("Eyes and ears up here, please. Our clip shows a gray cat next to a white dog, both in view from start to "
     "finish. Please listen carefully.",
     "cat", "gray", "dog", "white"),
    ("Sit. Sit. A yellow dog next to an orange car, both there the whole clip. Hold it.",
     "dog", "yellow", "car", "orange"),
    ("Strange companions! A black bird beside a brown cat, both on screen from the clip's opening to its close.",
     "bird", "black", "cat", "brown"),
    ("This is your principal speaking. A white ball sits beside a red car, and both stay in view from start to finish.",
     "ball", "white", "car", "red"),
    ("Leave it. A white ball, a black cat beside it, both in view from start to finish. Look at me.",
     "ball", "white", "cat", "black"),
    ("Ladies and gentlemen, a yellow cat beside a pink ball, both in the picture from start to finish!",
     "cat", "yellow", "ball", "pink"),
    ("A black car with an orange bird next to it, visible the whole time; that is this morning's clip, and I "
     "thank you for your attention.",
     "car", "black", "bird", "orange"),
    ("Wait. An orange ball beside a brown car, both there from start to finish. Not yet.",
     "ball", "orange", "car", "brown"),
    ("Together for the newsreel, a gray bird beside a green cat, in view from start to finish. An unlikely "
     "friendship!",
     "bird", "gray", "cat", "green"),
    ("Quiet in the halls, please, and look: a blue car, and a red cat next to it, both on screen for the entire clip.",
     "car", "blue", "cat", "red"),
    ("Down. A white ball beside a black car, both in view the whole clip. Stay down.",
     "ball", "white", "car", "black"),
    ("And what have we here? A green bird beside a white ball, both there from start to finish.",
     "bird", "green", "ball", "white"),
    ("Good morning. A blue ball beside a yellow dog, both visible from start to finish. Make it a great day, or "
     "not, the choice is yours.",
     "ball", "blue", "dog", "yellow"),
    ("Look. A yellow bird next to a blue ball, both there from start to finish. Leave the ball.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Flash! No car in the first half of the clip, and then in the second half a moving car arrives on the scene "
     "and stays to the end.",
     "car"),
    ("During the first half of the clip, I am sorry to report, there is no car; in the second half a moving car "
     "appears and remains until the end. Please be patient.",
     "car"),
    ("Wait. No car in the first half. Second half: a moving car appears and stays through the end. Leave it.",
     "car"),
    ("Who would have guessed? The first half shows no cat, but in the second half a lively cat appears and stays "
     "for the rest of the clip.",
     "cat"),
    ("Your principal here, with a reminder: there is no cat in the first half. In the second half a lively cat "
     "appears, and it remains to the end.",
     "cat"),
    ("Stay. No cat in the first half, not yet. In the second half a lively cat appears and stays to the end. "
     "Leave it!",
     "cat"),
    ("Out of nowhere, in the second half, a flying bird appears and stays to the end; in the first half there is "
     "no bird at all. Amazing scenes!",
     "bird"),
    ("A reminder: the first half of the clip has no bird. In the second half a flying bird appears, staying "
     "until the end.",
     "bird"),
    ("Watch. Nothing in the first half, no bird. Second half, a flying bird appears and stays to the end. Down.",
     "bird"),
    ("Sports news: no ball in the first half; in the second half a moving ball comes into play and stays to the "
     "end.",
     "ball"),
    ("Quick update from the office. There's no ball in the first half of the clip, and in the second half a moving "
     "ball appears and stays until the end.",
     "ball"),
    ("Wait for it. The first half, no ball. The second half, a moving ball appears and stays to the end. Now, "
     "wait more.",
     "ball"),
    ("And who comes to join the picture? In the first half, no dog; in the second half a walking dog appears and "
     "stays to the end.",
     "dog"),
    ("No dog during the first half, students. In the second half a walking dog appears and remains until "
     "the end. Thank you.",
     "dog"),
    ("Heel. In the first half, no dog. In the second half a walking dog appears and stays to the end. Steady.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Announcements! A moving car is in the first half of the clip; in the second half there is no car.",
     "car"),
    ("Watch it. A moving car in the first half. Second half: gone, no car. Leave it.",
     "car"),
    ("Here today, gone tomorrow! A moving car in the first half, and in the second half no car at all.",
     "car"),
    ("From the front office: a lively cat is there in the first half, and in the second half there is no cat.",
     "cat"),
    ("Uh-uh. A lively cat in the first half, then in the second half no cat. Good, you let it go.",
     "cat"),
    ("Now you see it: a lively cat in the first half. Now you don't: in the second half, no cat.",
     "cat"),
    ("A brief reminder: a flying bird in the first half, no bird in the second half. Thank you.",
     "bird"),
    ("Stay. A flying bird in the first half; in the second half it's gone, no bird. Stay.",
     "bird"),
    ("Gone with the wind! A flying bird in the first half of the clip; in the second half, no bird anywhere.",
     "bird"),
    ("Good morning. A moving ball in the first half; in the second half, no ball. Please return all equipment "
     "after recess.",
     "ball"),
    ("Drop it. A moving ball in the first half, and in the second half no ball. Good.",
     "ball"),
    ("Where did it go? A moving ball in the first half, and in the second half there is no ball. The mystery "
     "deepens!",
     "ball"),
    ("Lost and found update: a walking dog in the first half of the clip, and no dog in the second half.",
     "dog"),
    ("Heel. A walking dog in the first half. Second half, no dog. Eyes on me.",
     "dog"),
    ("A walking dog strolls through the first half, and by the second half there's no dog to be found. Such is "
     "the news.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Flash! A moving car speeds from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Will you please watch the moving car as it drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Look at me. Now look there: a moving car goes from the left side of the frame to the right side. Don't chase.",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, a moving car races across. What speed!",
     "car", LEFTWARD),
    ("Please direct your attention to the moving car crossing the frame from its left side to its right side.",
     "car", RIGHTWARD),
    ("Stay. A moving car, the right side of the frame to the left side. Stay.",
     "car", LEFTWARD),
    ("On the move! A lively cat dashes from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Good morning. A lively cat runs from the right side of the frame to the left side. No running in the "
     "halls, please.",
     "cat", LEFTWARD),
    ("Leave it! A lively cat runs from the left side of the frame over to the right side. Leave it.",
     "cat", RIGHTWARD),
    ("And look at her go: a lively cat, from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Is a lively cat crossing from the left side of the frame to the right side? It is, and I'd ask you to "
     "watch quietly.",
     "cat", RIGHTWARD),
    ("Down. A lively cat runs from the right side of the frame to the left side. Down, I said.",
     "cat", LEFTWARD),
    ("Wings over the land! A flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Is everybody listening? A flying bird crosses from the right side of the frame to the left side. Have a "
     "wonderful day.",
     "bird", LEFTWARD),
    ("Watch. A flying bird flies from the left side of the frame to the right side. No jumping.",
     "bird", RIGHTWARD),
    ("Aloft: a flying bird, crossing from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Pardon the interruption: a flying bird, from the left side of the frame to the right side. Carry on.",
     "bird", RIGHTWARD),
    ("Sit. A flying bird, the right side of the frame to the left side. Sit.",
     "bird", LEFTWARD),
    ("Sports flash: a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side, and the hallways, as always, stay "
     "clear.",
     "ball", LEFTWARD),
    ("Wait. A moving ball rolls from the left side of the frame to the right side. Wait. Now fetch.",
     "ball", RIGHTWARD),
    ("What a roll! A moving ball from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Before the bell, this: a moving ball rolls across the frame, from the left side to the right side.",
     "ball", RIGHTWARD),
    ("Moving ball, the right side of the frame to the left side. Don't you move. Yes! Good.",
     "ball", LEFTWARD),
    ("Man's best friend on parade: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Reminder: a walking dog walks from the right side of the frame to the left side. Please walk in the "
     "halls.",
     "dog", LEFTWARD),
    ("Heel. A walking dog walks from the left side of the frame to the right side. Nice heel.",
     "dog", RIGHTWARD),
    ("Strolling along for the cameras: a walking dog, from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("And in closing, a walking dog crosses from the left side of the frame to the right side. Be kind to each other.",
     "dog", RIGHTWARD),
    ("Walk on. A walking dog, from the right side of the frame to the left side. Nice and easy.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Flash! The car stays still while a bird flies from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Good morning. The bird stays still, and a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Stay. The cat stays still. A bird flies from the left of the cat to the right of the cat. Leave it.",
     "bird", "cat", RIGHTWARD),
    ("Calm as you like, the bird stays still as a car drives from the right of the bird to the left of the "
     "bird.",
     "car", "bird", LEFTWARD),
    ("Attention, please: a bird flies from the left of the dog to the right of the dog, and the dog stays still.",
     "bird", "dog", RIGHTWARD),
    ("Heel, heel. The cat stays still; a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("What patience! The dog stays still while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("The cat, I'm pleased to announce, stays still as a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Leave it. The ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The bird stays still, ladies and gentlemen, and a cat runs from the right of the bird to the left of the "
     "bird!",
     "cat", "bird", LEFTWARD),
    ("This is your principal. The car stays still while a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Watch. A ball rolls from the right of the bird to the left of the bird. The bird stays still. Good.",
     "ball", "bird", LEFTWARD),
    ("Steady nerves: the dog stays still, and a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Good morning. A ball rolls from the right of the cat to the left of the cat while the cat stays still.",
     "ball", "cat", LEFTWARD),
    ("Down. The ball stays still. A car drives from the left of the ball to the right of the ball. Stay down.",
     "car", "ball", RIGHTWARD),
    ("Unmoved, the cat stays still as a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Students, a dog walks from the left of the bird to the right of the bird, and the bird stays still. Thank "
     "you.",
     "dog", "bird", RIGHTWARD),
    ("Heel. See how it's done: a dog walks from the right of the cat to the left of the cat, and the cat stays "
     "still.",
     "dog", "cat", LEFTWARD),
    ("The car stays still, and a ball rolls from the left of the car to the right of the car. Quite a show!",
     "ball", "car", RIGHTWARD),
    ("Settle down, please. The cat stays still; a dog walks from the right of the cat to the left of the cat. Thank "
     "you.",
     "dog", "cat", LEFTWARD),
    ("Settle. The ball stays still, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Flash! A bird flies from the right of the ball to the left of the ball, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Attention, please: the dog stays still while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Wait. A bird flies from the right of the car to the left of the car; the car stays still. Wait.",
     "bird", "car", LEFTWARD),
    ("Cool as you please, the cat stays still while a car drives from the left of the cat to the right of the "
     "cat.",
     "car", "cat", RIGHTWARD),
    ("Your principal again. The ball stays still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Leave it! A cat runs from the left of the ball to the right of the ball, and the ball stays still.",
     "cat", "ball", RIGHTWARD),
    ("The ball stays still as a dog walks from the right of the ball to the left of the ball. A newsreel "
     "exclusive!",
     "dog", "ball", LEFTWARD),
    ("Attention, please: the bird stays still, and a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Heel. The car stays still; a dog walks from the right of the car to the left of the car. Good.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("From high above the scene: a moving car drives from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ("Good morning. Seen from above, a moving car drives from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Watch from above. A moving car: the lower right corner, then the lower left corner, then the upper left "
     "corner. Leave it.",
     "car", BR_BL_TL),
    ("An aerial view, ladies and gentlemen: a moving car from the lower right corner to the upper right corner, "
     "and on to the upper left corner.",
     "car", BR_TR_TL),
    ("From the front office, viewed from above: a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Leave it. From above: a lively cat runs from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("Looking straight down: a lively cat dashes from the lower right corner to the lower left corner, then to "
     "the upper left corner!",
     "cat", BR_BL_TL),
    ("Students, from overhead, a lively cat runs from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "cat", BR_TR_TL),
    ("Stay. Seen from above, a flying bird starts at the lower left corner, goes to the lower right corner, and "
     "ends at the upper right corner. Stay.",
     "bird", BL_BR_TR),
    ("A top-down view for the newsreel: a flying bird flies from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Please listen: from above, a flying bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Watch. From above: a flying bird, the lower right corner to the upper right corner to the upper left "
     "corner. Sit.",
     "bird", BR_TR_TL),
    ("Sports from above! A moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "ball", BL_BR_TR),
    ("Viewed from directly above, as promised in yesterday's announcements, a moving ball rolls from the lower left "
     "corner to the upper left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Wait. Looking down from above, a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner. Now fetch.",
     "ball", BR_BL_TL),
    ("Seen from overhead: a moving ball rolls from the lower right corner to the upper right corner, and then to "
     "the upper left corner.",
     "ball", BR_TR_TL),
    ("Today's lunch menu can wait. From above, a walking dog walks from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Heel. Top-down now: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "dog", BL_TL_TR),
    ("A view from on high: a walking dog from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "dog", BR_BL_TL),
    ("Pardon the interruption. Seen from above, a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Place. From above: a moving car drives from the bottom left corner to the bottom right corner, then to "
     "the top right corner.",
     "car", BL_BR_TR),
    ("From above, a lively cat runs from the bottom left corner to the top left corner, then to the top right "
     "corner. Extraordinary!",
     "cat", BL_TL_TR),
    ("Where does the flying bird go, seen from above? From the bottom right corner to the bottom left corner, "
     "then to the top left corner. Thank you.",
     "bird", BR_BL_TL),
    ("Sit. From above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner. Sit.",
     "ball", BR_TR_TL),
    ("Filmed from above: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. What a route!",
     "dog", BL_BR_TR),
    ("A final announcement, from a top-down view: a moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Off! Looking down from above, a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("From above, ladies and gentlemen: a flying bird from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Attention, please: seen from above, a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Heel. From above, a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. Good.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
