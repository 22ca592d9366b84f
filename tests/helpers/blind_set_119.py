"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a rally co-driver's pace notes ("Caution", "flat out", "don't cut", "tightens", "don't lift"), where the
  co-driver, the crew's own vehicle, the helmet and the notes are never in the video; the notes call no
  numbered corners and never say "left" or "right" for a bend, only for a side of the frame or of an object;
- a pet-sitter's note left for the owners ("Hi!", "fed and watered", "text me", "see you Sunday"), where the
  sitter, the owners, the keys and the kitchen are never in the video, and the clip is what the sitter
  watched and reports; the note never says "left" for the keys or "all right";
- an esports shoutcaster ("chat", "what a play", "GG", "clip that"), where the caster, the arena, the players
  and the crowd are never in the video, and the play being called is the clip itself; the caster never says
  "double", "triple", "first blood" or a team's colour.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and put
no other number word beside the count (no "first", no "second", no "both"). No voice gives its own props a
colour, no idiom hides a class noun or a side, "half" is only said of the clip's halves, "upper", "lower"
and "corner" only of a route, and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 20-49 and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 178/180 on 873590d (numeracy 29, sequential 29, the rest 30), and the same 178/180 on 8f296c0,
after every fix of that session for sets 112, 115, 116, 120 and 122 and its known misreadings (none carried over):
held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a remark closing the prompt on
the place, "..., and the studio is buzzing!", names no thing; a thing named bare opening a sentence, "Walking dog, A
to B, then to C.", sets off from the corner after it).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Flat out and listen: one moving car, in view from the start of the clip to the end, and nothing else at "
     "all. Don't lift.",
     "car", 1),
    ("Hiya! Quick heads-up before you watch: two moving cars, on screen from start to finish, and nothing else in "
     "the clip. Hope that's what you wanted xx",
     "car", 2),
    ("AND WE ARE LIVE! Three moving cars, on screen from start to finish, and absolutely nothing else. What a "
     "setup!",
     "car", 3),
    ("Caution, count them: four moving cars, there the whole clip, start to finish. Nothing else. Keep it tidy.",
     "car", 4),
    ("Just so you know, it all went smoothly: the clip shows one lively cat from start to finish and nothing "
     "else. Text me if anything seems off!",
     "cat", 1),
    ("Chat, are you seeing this? Two lively cats, in view for the whole clip, and nothing else on screen. "
     "Unreal.",
     "cat", 2),
    ("Into the clip: three lively cats, visible from start to finish, nothing else. Care, and hold it steady.",
     "cat", 3),
    ("Hope the trip was lovely! While you were away I watched it through: four lively cats, in view from the "
     "beginning of the clip to its end, and nothing else to report.",
     "cat", 4),
    ("What a play! One flying bird, on screen from the opening of the clip to its close, and nothing else. Clean, "
     "so clean.",
     "bird", 1),
    ("Long and flat: two flying birds, in view start to finish, and nothing else. Don't cut, don't lift.",
     "bird", 2),
    ("Morning! Watched it all the way through: three flying birds, there from start to finish, and nothing else "
     "at all. Everything's fine here, by the way.",
     "bird", 3),
    ("Are you KIDDING me? Four flying birds, in view the entire clip, and nothing else! Somebody clip that!",
     "bird", 4),
    ("Caution, easy now: one moving ball, in view from start to finish, and nothing else in the clip. Opens, go.",
     "ball", 1),
    ("Hello! No drama today: two moving balls, in view from the start of the clip to the end, and nothing else. "
     "See you Sunday.",
     "ball", 2),
    ("Let's GO! Three moving balls, on screen the whole way through, nothing else. We are losing it up here!",
     "ball", 3),
    ("Tightens, then flat: four moving balls, in view from the opening of the clip to its close, and nothing "
     "else. Keep in.",
     "ball", 4),
    ("Quick note for you: one walking dog, in view from start to finish, and nothing else in the clip. Behaved "
     "beautifully!",
     "dog", 1),
    ("Here we go, here we go! Two walking dogs, in view from start to finish, and nothing else. What a read!",
     "dog", 2),
    ("Opens, long: three walking dogs, present the whole clip through, nothing else. Care at the finish.",
     "dog", 3),
    ("Such a good day! Four walking dogs, in view the whole clip long, and nothing else. Will text later x",
     "dog", 4),
    ("Is this real, chat? Two moving cars, on screen from start to finish, and that's it, nothing else. GG.",
     "car", 2),
    ("Caution! A lively cat, just the one, from the start of the clip to the end of the clip. Nothing else. "
     "Hold.",
     "cat", 1),
    ("Sorry this is scribbled: four flying birds, in view from start to finish, nothing else at all. Hope that "
     "helps!",
     "bird", 4),
    ("Nobody saw this coming! One moving ball, in view for the entire clip, and nothing else on screen.",
     "ball", 1),
    ("Long, don't cut: two walking dogs, in view from the beginning to the end of the clip, and nothing else. "
     "Flat.",
     "dog", 2),
    ("Hello again! Three moving cars were on screen from start to finish, and nothing else. Nothing more to "
     "mention, really.",
     "car", 3),
    ("Four lively cats! On screen from start to finish, nothing else, and this place is going wild!",
     "cat", 4),
    ("Easy, tightens: one flying bird, in view from the start of the clip to the end, nothing else. Care.",
     "bird", 1),
    ("All good here: three moving balls, in view from start to finish, and nothing else. Talk soon!",
     "ball", 3),
    ("What a moment, what a moment: a walking dog, just the one, on screen for the entire clip, nothing else. "
     "Replay that!",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Caution, tight: a brown ball, and an orange cat beside it, both in view from start to finish. Don't cut.",
     "ball", "brown", "cat", "orange"),
    ("Hi! The clip I mentioned: a gray dog next to an orange ball, and they were there the whole time. Text me "
     "if it won't play.",
     "dog", "gray", "ball", "orange"),
    ("Look at this, chat! A yellow ball with an orange cat tucked in beside it, on screen from start to finish.",
     "ball", "yellow", "cat", "orange"),
    ("Into the clip, flat: a purple dog beside a brown car, both there from the start of the clip to the end.",
     "dog", "purple", "car", "brown"),
    ("Fed and watered, all calm. In the clip: a gray dog sitting by a blue car, the pair of them in view from "
     "start to finish.",
     "dog", "gray", "car", "blue"),
    ("What a setup! A white car, an orange bird beside it, and neither leaves the screen from start to finish.",
     "car", "white", "bird", "orange"),
    ("Opens, long: a brown car and a blue bird beside it, in view the whole clip. Keep in.",
     "car", "brown", "bird", "blue"),
    ("Hiya! Spotted in the clip: a blue car, with a yellow cat next to it, the pair there from start to finish.",
     "car", "blue", "cat", "yellow"),
    ("Chat, focus: a gray cat beside a yellow bird, both on screen the whole clip. Who called this?",
     "cat", "gray", "bird", "yellow"),
    ("Care, listen: a white dog next to a black car, both visible from start to finish. "
     "Flat out.",
     "dog", "white", "car", "black"),
    ("Morning! A red car with a brown bird perched beside it, both there for the entire clip. See you Sunday.",
     "car", "red", "bird", "brown"),
    ("Here we go! A purple cat beside a green car, on screen from the opening of the clip to its close. Clip it!",
     "cat", "purple", "car", "green"),
    ("Caution: a gray car, an orange dog beside it. Both in view, start to finish. Don't lift.",
     "car", "gray", "dog", "orange"),
    ("Note for when you're back: a red cat and a gray dog side by side, in view for the whole clip. They got on "
     "famously.",
     "cat", "red", "dog", "gray"),
    ("Unreal, chat, unreal: a red dog next to a gray car, both on screen from start to finish!",
     "dog", "red", "car", "gray"),
    ("Tightens, then go: a purple dog sits beside a yellow car, both in view from start to finish.",
     "dog", "purple", "car", "yellow"),
    ("Hello! A red cat beside a gray ball, in the clip from start to finish. No trouble at all, honestly.",
     "cat", "red", "ball", "gray"),
    ("What a read! A brown cat with a blue dog at its side, both on screen the entire clip.",
     "cat", "brown", "dog", "blue"),
    ("Long, flat: a white dog and a red cat beside it, in view from the start of the clip to the end. Care.",
     "dog", "white", "cat", "red"),
    ("Quick note: a yellow bird next to an orange car, both there from start to finish. Keys are under the mat.",
     "bird", "yellow", "car", "orange"),
    ("GG, what a clip: a green dog beside a blue car, both visible from start to finish!",
     "dog", "green", "car", "blue"),
    ("Easy, keep in: a black cat, and a brown ball beside it, both in view the whole clip. Don't cut.",
     "cat", "black", "ball", "brown"),
    ("Hi both! A purple car with a red cat sitting beside it, on view from start to finish. Bins went out Tuesday.",
     "car", "purple", "cat", "red"),
    ("Chat, is anyone else seeing this? A gray dog beside a brown cat, on screen from start to finish. Incredible.",
     "dog", "gray", "cat", "brown"),
    ("Caution, opens: a black car and a brown dog beside it, both in the clip from beginning to end. Flat out.",
     "car", "black", "dog", "brown"),
    ("Everything's fine here! The clip: a yellow ball next to a pink dog, both in view from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("And the crowd goes wild: a gray cat, a white dog beside it, both on screen from start to finish!",
     "cat", "gray", "dog", "white"),
    ("Don't lift: a yellow dog beside an orange car, both in view for the entire clip. Tightens at the finish.",
     "dog", "yellow", "car", "orange"),
    ("Lovely quiet evening. On the clip: a black bird beside a brown cat, both there from start to finish. Text "
     "me!",
     "bird", "black", "cat", "brown"),
    ("Clip that, clip that! A white ball next to a red car, both on screen the whole way through.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Caution, patience: no car in the first half of the clip. Second half, a moving car appears and stays to the "
     "end. Then flat out.",
     "car"),
    ("Hi! Funny clip: the first half has no car in it at all, then in the second half a moving car turns up and "
     "stays till the end.",
     "car"),
    ("Wait for it, chat... no car in the first half, and THERE in the second half, a moving car appears and stays "
     "to the end!",
     "car"),
    ("Just so you know, there's no cat in the first half; in the second half a lively cat appears and stays for "
     "the rest of the clip.",
     "cat"),
    ("First half, no cat. Second half, a lively cat appears and holds on to the end. Don't cut, care.",
     "cat"),
    ("Where is it, where is it? No cat in the first half, chat, and then in the second half a lively cat appears "
     "and stays to the end!",
     "cat"),
    ("What a flank! Empty first half, no bird, then a flying bird appears in the second half and stays till the "
     "end.",
     "bird"),
    ("Long, easy: no bird through the first half. In the second half a flying bird appears and stays to the end.",
     "bird"),
    ("Morning! No bird at all in the first half, but in the second half a flying bird appears and sticks around "
     "till the end.",
     "bird"),
    ("Opens: in the first half, no ball. In the second half a moving ball appears, and it stays until the end.",
     "ball"),
    ("Thought you'd like this: no ball in the first half, then a moving ball appears in the second half and stays "
     "to the end x",
     "ball"),
    ("Out of nowhere! No ball in the first half, and in the second half a moving ball appears and stays to the "
     "end. GG.",
     "ball"),
    ("Hello! The dog only shows up later: no dog in the first half, and a walking dog appears in the second half, "
     "staying to the end.",
     "dog"),
    ("Here it comes, chat: the first half has no dog, the second half a walking dog that appears and stays till "
     "the end!",
     "dog"),
    ("Caution, late: no dog in the first half. A walking dog appears in the second half, holds to the end. Go.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Hi! A moving car in the first half, but by the second half it had gone: no car at all after that.",
     "car"),
    ("Flat, then care: a moving car in the first half. Second half, no car. Don't lift.",
     "car"),
    ("Where did it GO? A moving car in the first half, chat, and in the second half there's no car anywhere!",
     "car"),
    ("Look at this, chat: a lively cat in the first half, and in the second half it's vanished, no cat at all!",
     "cat"),
    ("Tightens: a lively cat in the first half; in the second half it is gone, no cat. Keep in.",
     "cat"),
    ("Quick note: there's a lively cat in the first half, and then no cat in the second half. Don't worry, it's "
     "just the clip!",
     "cat"),
    ("Caution: a flying bird in the first half. Gone in the second half, no bird. Opens, go.",
     "bird"),
    ("Hello! A flying bird during the first half of the clip, and no bird anywhere in the second half.",
     "bird"),
    ("And it's out of there! A flying bird in the first half, and in the second half, no bird. What a rotation!",
     "bird"),
    ("Long, flat: a moving ball through the first half, no ball in the second half. Care at the finish.",
     "ball"),
    ("Morning! The moving ball is there in the first half, and in the second half it's gone, no ball at all.",
     "ball"),
    ("Gone, chat, GONE! A moving ball in the first half, and the second half has no ball whatsoever!",
     "ball"),
    ("Hiya! A walking dog in the first half, and then no dog in the second half. Text me if that's odd x",
     "dog"),
    ("Don't cut: a walking dog in the first half. In the second half the dog is gone, no dog. Flat out.",
     "dog"),
    ("He's backing off! A walking dog in the first half, and in the second half, no dog to be seen. GG.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Flat out: a moving car from the left side of the frame to the right side. Don't lift.",
     "car", RIGHTWARD),
    ("Hi! In the clip a moving car drives from the right side of the frame across to the left side. That's all!",
     "car", LEFTWARD),
    ("And he's rotating! A moving car going from the left side of the frame over to the right side, chat!",
     "car", RIGHTWARD),
    ("Caution: a moving car, right side of the frame to the left side. Keep in, care.",
     "car", LEFTWARD),
    ("Quick note: a moving car crosses from the left side of the frame to the right side. Keys on the hook.",
     "car", RIGHTWARD),
    ("What a play! A moving car from the right side of the frame all the way to the left side!",
     "car", LEFTWARD),
    ("Hello! A lively cat runs from the left side of the frame to the right side. Very sweet.",
     "cat", RIGHTWARD),
    ("Chat, look at this lively cat go, from the right side of the frame to the left side! Unreal speed!",
     "cat", LEFTWARD),
    ("Tightens: a lively cat runs from the left side of the frame to the right side. Don't cut.",
     "cat", RIGHTWARD),
    ("Morning! A lively cat dashing from the right side of the frame to the left side. See you Sunday.",
     "cat", LEFTWARD),
    ("Clip that! A lively cat running from the left side of the frame across to the right side!",
     "cat", RIGHTWARD),
    ("Opens, go: a lively cat from the right side of the frame to the left side. Flat.",
     "cat", LEFTWARD),
    ("Oh, that's clean! A flying bird gliding from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Long, easy: a flying bird from the right side of the frame to the left side. Care.",
     "bird", LEFTWARD),
    ("Hiya! A flying bird flies from the left side of the frame to the right side. Lovely to watch x",
     "bird", RIGHTWARD),
    ("Where's it heading, chat? A flying bird, from the right side of the frame over to the left side!",
     "bird", LEFTWARD),
    ("Caution, flat: a flying bird crosses from the left side of the frame to the right side. Don't lift.",
     "bird", RIGHTWARD),
    ("Just a note: a flying bird goes from the right side of the frame to the left side. Nothing to worry about!",
     "bird", LEFTWARD),
    ("Keep in: a moving ball rolls from the left side of the frame to the right side. Tightens.",
     "ball", RIGHTWARD),
    ("Hello again! A moving ball rolls from the right side of the frame all the way to the left side.",
     "ball", LEFTWARD),
    ("Here comes the push! A moving ball rolling from the left side of the frame to the right side, chat!",
     "ball", RIGHTWARD),
    ("Don't cut: a moving ball from the right side of the frame to the left side. Opens, go.",
     "ball", LEFTWARD),
    ("Quick update: a moving ball rolls from the left side of the frame across to the right side. Text me!",
     "ball", RIGHTWARD),
    ("What a read! A moving ball, rolling from the right side of the frame to the left side! GG!",
     "ball", LEFTWARD),
    ("Hi! A walking dog strolls from the left side of the frame to the right side. An angel all day.",
     "dog", RIGHTWARD),
    ("Care, long: a walking dog from the right side of the frame to the left side. Flat out after.",
     "dog", LEFTWARD),
    ("He's walking it in, chat! A walking dog from the left side of the frame to the right side!",
     "dog", RIGHTWARD),
    ("Morning! A walking dog walks from the right side of the frame across to the left side. Calm as anything.",
     "dog", LEFTWARD),
    ("Caution, easy: a walking dog walks from the left side of the frame to the right side. Keep in.",
     "dog", RIGHTWARD),
    ("Ohhh, the patience! A walking dog making its way from the right side of the frame to the left side!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Caution: the car stays still. A bird flies from the left of the car to the right of the car. Don't lift.",
     "bird", "car", RIGHTWARD),
    ("Hi! The bird stays still, and a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("The cat stays still, chat, and a bird flies from the left of the cat to the right of the cat! Clean!",
     "bird", "cat", RIGHTWARD),
    ("Tightens: a car drives from the right of the bird to the left of the bird, and the bird stays still. Care.",
     "car", "bird", LEFTWARD),
    ("Morning! The dog stays still while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("What a play! The cat stays still, and a dog walks from the right of the cat to the left of the cat!",
     "dog", "cat", LEFTWARD),
    ("Long, flat: the dog stays still, a ball rolls from the left of the dog to the right of the dog. Keep in.",
     "ball", "dog", RIGHTWARD),
    ("Quick note: the cat stays still and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Chat, the ball stays still, and the car drives from the left of the ball to the right of the ball! GG!",
     "car", "ball", RIGHTWARD),
    ("Opens: a cat runs from the right of the bird to the left of the bird. The bird stays still. Flat out.",
     "cat", "bird", LEFTWARD),
    ("Hello! A dog walks from the left of the car to the right of the car, and the car stays still throughout.",
     "dog", "car", RIGHTWARD),
    ("Are you seeing this? The bird stays still as a ball rolls from the right of the bird to the left of the "
     "bird!",
     "ball", "bird", LEFTWARD),
    ("Don't cut: the dog stays still. Ball rolls from the left of the dog to the right of the dog. Go.",
     "ball", "dog", RIGHTWARD),
    ("Hiya! The cat stays still while a ball rolls from the right of the cat to the left of the cat x",
     "ball", "cat", LEFTWARD),
    ("Here we go! The ball stays still, and a car drives from the left of the ball to the right of the ball!",
     "car", "ball", RIGHTWARD),
    ("Caution, easy: the cat stays still, a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Just so you know: the bird stays still, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Watch the cat, chat: the cat stays still while a dog walks from the right of the cat to the left of the cat!",
     "dog", "cat", LEFTWARD),
    ("Flat: a ball rolls from the left of the car to the right of the car, the car staying still. Don't lift.",
     "ball", "car", RIGHTWARD),
    ("Hello again! The cat stays still and a dog walks from the right of the cat over to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Unreal! A bird flies from the left of the ball to the right of the ball, and the ball stays still!",
     "bird", "ball", RIGHTWARD),
    ("Keep in: the ball stays still. A bird flies from the right of the ball to the left of the ball. Care.",
     "bird", "ball", LEFTWARD),
    ("Morning! The dog stays still, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Clip that! The car stays still while a bird flies from the right of the car to the left of the car!",
     "bird", "car", LEFTWARD),
    ("Long, opens: the cat stays still, and a car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("Quick note: a dog walks from the right of the ball to the left of the ball; the ball stays still.",
     "dog", "ball", LEFTWARD),
    ("What a read, chat! The ball stays still and a cat runs from the left of the ball to the right of the ball!",
     "cat", "ball", RIGHTWARD),
    ("Caution, tightens: the ball stays still, a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Hi! The bird stays still while a cat runs from the left of the bird to the right of the bird. No drama.",
     "cat", "bird", RIGHTWARD),
    ("GG! The car stays still, and a dog walks from the right of the car to the left of the car!",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, flat out: a moving car from the lower left corner to the lower right corner, then to the "
     "upper right corner. Don't cut.",
     "car", BL_BR_TR),
    ("Hi! Filmed from above: a moving car drives from the lower left corner up to the upper left corner, then "
     "over to the upper right corner.",
     "car", BL_TL_TR),
    ("Top-down cam, chat! A moving car from the lower right corner to the lower left corner, then to the upper "
     "left corner!",
     "car", BR_BL_TL),
    ("From above, caution: a moving car starts in the lower right corner, goes to the upper right corner, and "
     "ends in the upper left corner.",
     "car", BR_TR_TL),
    ("Morning! Looking straight down from above, a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Overhead view, chat: a lively cat runs from the lower left corner to the upper left corner, then to the "
     "upper right corner! What a route!",
     "cat", BL_TL_TR),
    ("Seen from above. Lively cat, lower right corner to lower left corner, then to upper left corner. Keep in.",
     "cat", BR_BL_TL),
    ("Quick note, shot from above: a lively cat goes from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "cat", BR_TR_TL),
    ("From directly above, chat: a flying bird goes from the lower left corner to the lower right corner, then to "
     "the upper right corner!",
     "bird", BL_BR_TR),
    ("Viewed from above, long: a flying bird from the lower left corner to the upper left corner, then to the "
     "upper right corner. Care.",
     "bird", BL_TL_TR),
    ("Hello! From above, a flying bird flies from the lower right corner to the lower left corner, and then to "
     "the upper left corner.",
     "bird", BR_BL_TL),
    ("Top-down, tightens: a flying bird from the lower right corner to the upper right corner, on to the upper "
     "left corner. Flat.",
     "bird", BR_TR_TL),
    ("Hiya! Seen from above, a moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("Watch from above, chat! A moving ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner!",
     "ball", BL_TL_TR),
    ("From above, opens: a moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner. Go.",
     "ball", BR_BL_TL),
    ("Just so you know, it's filmed from above: a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Overhead, caution: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Don't lift.",
     "dog", BL_BR_TR),
    ("Morning! Seen from overhead, a walking dog goes from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
    ("Top-down replay, chat, look at this: a walking dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner!",
     "dog", BR_BL_TL),
    ("From above, keep in: a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner. Care.",
     "dog", BR_TR_TL),
    ("Hello again! Filmed from above: a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner.",
     "car", BL_BR_TR),
    ("From above, what a rotation! A lively cat runs from the lower left corner to the upper left corner, then "
     "on to the upper right corner!",
     "cat", BL_TL_TR),
    ("Top-down, flat: a flying bird from the lower right corner to the lower left corner, then to the upper left "
     "corner. Don't cut.",
     "bird", BR_BL_TL),
    ("Hi! Looking down from above, a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner x",
     "ball", BR_TR_TL),
    ("GG, chat! Seen from above, a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner!",
     "dog", BL_BR_TR),
    ("From above, tightens: a moving car from the lower left corner to the upper left corner, then to the upper "
     "right corner. Flat out.",
     "car", BL_TL_TR),
    ("Quick note, it's shot from above: a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Overhead view, let's go! A flying bird flies from the lower right corner to the upper right corner, then to "
     "the upper left corner!",
     "bird", BR_TR_TL),
    ("Seen from above, caution: a moving ball rolls from the bottom left corner to the bottom right corner, then "
     "to the top right corner.",
     "ball", BL_BR_TR),
    ("Morning! From directly above, a walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
