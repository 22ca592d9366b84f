"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a rapper's verse ("yo", "uh", "check it", bars that rhyme), where the rapper, the crew, the mic and the
  beat are never in the video, and what the verse brags about is the clip;
- a stock-market analyst on business TV ("let's go to the tape", "investors", "the closing bell", "my
  call"), where the analyst, the desk, the ticker and the viewers are never in the video, and the move
  being called is the clip itself; the analyst quotes no prices, points or quarters, since it writes no
  numbers;
- a haunted-house tour guide ("ladies and gentlemen", "mind your step", "legend has it", "if you dare"),
  where the guide, the guests, the manor and its ghosts are never in the video, and the apparition being
  shown is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
mic, ticker, manor or ghost beside the count) and put no other number word beside it (no "number one",
no "first quarter", no "a couple of"). No voice gives its own props a colour (no chains, no arrows on a
screen, no sheets), no idiom hides a class noun or a side (no market "dogs", no "dead cat bounce", no
"scary", no "that's right", nothing "left" behind), "half" is only said of the clip's halves, "upper",
"lower" and "corner" only of a route, and "still" only of a relation's second object. A relation names
its second object at both ends and says that object stays still; a route is always seen from above. It
takes LVD's attribution pairs 70-99 and its two-object relations 40-49 and 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 6b7fb3e (sequential 25, numeracy 28, visibility 29, the rest 30), and the same 172/180 on
43964f8 (sequential 25, numeracy 28, visibility 29, the rest 30), after every fix of that session for sets 96, 97 and
99-101 and its known misreadings (none carried over); held back from every fixer until then, it waited in
UNFIXED_SETS; 180/180 after the fixes of its own commits (a note's view set off beside its thing named bare, "from
above, moving car, A to B", heads the note; a closing "bounce with it all" moves nothing; a span closed by an
occasion's last word, "from the open to the closing bell", and "they stay the whole verse" are times; "Let's go to
the tape:" turns to the clip and draws no tape).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Let's look at the session, investors: one moving car, on screen from the opening of the clip to the close, "
     "and nothing else in the picture. A calm, steady market.",
     "car", 1),
    ("Yo, check it: two moving cars on the screen, start to finish they never quit the scene. Nothing else in the "
     "frame, keep it clean.",
     "car", 2),
    ("Ladies and gentlemen, hold your breath. Three moving cars, there from the start of the clip to the very end, "
     "and nothing else, nothing at all.",
     "car", 3),
    ("My call today is simple: four moving cars, in view for the whole clip, start to finish, and nothing else "
     "worth pricing in.",
     "car", 4),
    ("Uh, one lively cat and that's the whole show, start of the clip to the end, yo, nothing else, that's how it "
     "go.",
     "cat", 1),
    ("Shh. Legend has it these two lively cats never leave. From the beginning of the clip to its end they are "
     "there, and nothing else is.",
     "cat", 2),
    ("Three lively cats, in view from the open to the closing bell, and nothing else moving the market. That's "
     "the whole story today.",
     "cat", 3),
    ("Four lively cats and they stay the whole verse, from the start of the clip to the end, nothing else, no "
     "rehearse.",
     "cat", 4),
    ("Mind your step, and look: one flying bird, seen from the start of the clip to its end. Nothing else "
     "dares enter.",
     "bird", 1),
    ("Let's go to the tape. Two flying birds, on screen from start to finish, and nothing else. Investors, "
     "this is a quiet session.",
     "bird", 2),
    ("Three flying birds, yeah, they fly the whole time, start of the clip to the end, nothing else in the rhyme.",
     "bird", 3),
    ("If you dare, ladies and gentlemen: four flying birds, in view from start to finish, and nothing else in "
     "the whole clip. Brr.",
     "bird", 4),
    ("What are we watching here? One moving ball, from the opening of the clip to its close, and frankly nothing "
     "else. Flat session.",
     "ball", 1),
    ("Bounce with me: two moving balls, start to finish in the frame, nothing else at all, and that's the name of "
     "the game.",
     "ball", 2),
    ("Legend has it, dear guests, that three moving balls haunt this clip from its start to its end, with nothing "
     "else beside them.",
     "ball", 3),
    ("Here's my thesis: four moving balls, on screen the entire clip, start to finish, and absolutely nothing "
     "else. Strong conviction.",
     "ball", 4),
    ("A walking dog, just one, yo, that's it, from the start of the clip to the end, nothing else in the hit.",
     "dog", 1),
    ("Keep close, everyone. Two walking dogs, in view from the beginning of the clip to the end, and nothing else "
     "at all. Not a sound.",
     "dog", 2),
    ("Breaking into the broadcast: three walking dogs, on screen from start to finish, and nothing else. "
     "Investors, take note.",
     "dog", 3),
    ("Four walking dogs, yeah, the whole clip long, start to finish, nothing else in the song.",
     "dog", 4),
    ("Ooh, feel that chill? Two moving cars, there from start to finish, and nothing else, ladies and gentlemen. "
     "Nothing else at all.",
     "car", 2),
    ("One lively cat on screen for the whole clip, start to finish, and nothing else. I'd call that a thin "
     "session, folks at home.",
     "cat", 1),
    ("Three moving cars, yo, rolling the entire clip, start to the end, nothing else, that's it.",
     "car", 3),
    ("Watch closely, if you dare: four lively cats, from the start of the clip to its end, and nothing else beside "
     "them.",
     "cat", 4),
    ("The market opens and closes on the same picture: one flying bird, start to finish, and nothing else.",
     "bird", 1),
    ("Uh, four flying birds and they never land, in view start to finish, nothing else around.",
     "bird", 4),
    ("Ladies and gentlemen, mind your step: two moving balls, seen from the start of the clip to its end, and "
     "nothing else in sight.",
     "ball", 2),
    ("Three moving balls, start to finish, yo, nothing else in the clip, that's how we flow.",
     "ball", 3),
    ("Legend says they wander forever: four walking dogs, from start to finish, and nothing else here.",
     "dog", 4),
    ("Net-net for investors: one walking dog, in view the whole clip, start to finish, and nothing else.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Let's go to the tape: a white cat and a purple bird, side by side, from the opening of the clip to the "
     "close. Investors, that's your setup.",
     "cat", "white", "bird", "purple"),
    ("Yo, a green bird next to a purple dog, side by side the whole clip, start to finish, nobody moving, nobody "
     "sad.",
     "bird", "green", "dog", "purple"),
    ("Ladies and gentlemen, behold: an orange bird beside a brown car, both there from the start of the clip to "
     "its end. Legend has it they never part.",
     "bird", "orange", "car", "brown"),
    ("My pick of the day? A blue car, and perched beside it a brown bird, both on screen from start to finish.",
     "car", "blue", "bird", "brown"),
    ("Check the mic: a red dog and a purple cat beside it, in view from start to finish, that's the hit.",
     "dog", "red", "cat", "purple"),
    ("Mind your step, dear guests, for here sit a purple dog and a brown cat, side by side, for the whole clip.",
     "dog", "purple", "cat", "brown"),
    ("On the screen now, a black cat with a blue ball beside it, both there from start to finish. A quiet "
     "session.",
     "cat", "black", "ball", "blue"),
    ("Uh, yellow cat, black dog at its side, start to finish in the clip, yeah, they don't hide.",
     "cat", "yellow", "dog", "black"),
    ("If you dare, look closer: a green cat beside a white bird, both present from the beginning of the clip to its "
     "end.",
     "cat", "green", "bird", "white"),
    ("Investors, here's the pairing: a purple car with a pink cat beside it, both in view from open to close.",
     "car", "purple", "cat", "pink"),
    ("Purple bird, red dog, side by side, yo, from the start of the clip to the end of the show.",
     "bird", "purple", "dog", "red"),
    ("Legend has it, ladies and gentlemen, that a red dog waits beside a yellow car, and both stay from start to "
     "finish.",
     "dog", "red", "car", "yellow"),
    ("Let's go to the tape: an orange dog beside a brown car, in view the whole clip. No surprises in this session.",
     "dog", "orange", "car", "brown"),
    ("A gray cat with an orange dog beside it, start to finish, yeah, they don't quit.",
     "cat", "gray", "dog", "orange"),
    ("Shh, over here: a green ball, and beside it a pink dog, both there from the start of the clip until its end.",
     "ball", "green", "dog", "pink"),
    ("What's the market telling us? A white dog beside a pink bird, both on screen start to finish. Steady.",
     "dog", "white", "bird", "pink"),
    ("Yo, purple car, gray ball at its side, in view from start to finish, nowhere to hide.",
     "car", "purple", "ball", "gray"),
    ("Behold, dear guests, a yellow dog beside a brown cat, and neither leaves the clip from start to finish.",
     "dog", "yellow", "cat", "brown"),
    ("Here's my call: a brown ball sitting beside a green cat, both in view from open to close.",
     "ball", "brown", "cat", "green"),
    ("Brown cat, orange car, side by side, start to finish, yeah, that's the vibe.",
     "cat", "brown", "car", "orange"),
    ("If you dare, look now: a white cat and an orange dog beside it, there from the beginning of the clip to its "
     "end.",
     "cat", "white", "dog", "orange"),
    ("Net-net, folks at home: a green bird beside an orange car, both in view for the entire clip.",
     "bird", "green", "car", "orange"),
    ("Uh, brown dog, red ball next to him, start to finish in the frame, yeah, they win.",
     "dog", "brown", "ball", "red"),
    ("Ladies and gentlemen, this manor keeps a yellow car with a white bird beside it, both seen from start to "
     "finish.",
     "car", "yellow", "bird", "white"),
    ("On the screen: a blue cat beside a brown bird, start to finish. Investors, nothing changes hands today.",
     "cat", "blue", "bird", "brown"),
    ("Check it: a black bird and an orange cat beside it, whole clip long, yo, that's the song.",
     "bird", "black", "cat", "orange"),
    ("Legend has it a black ball rests beside a red dog, and both remain from the start of the clip to its end.",
     "ball", "black", "dog", "red"),
    ("Let's go back to the tape: a brown bird beside an orange dog, on screen from open to close.",
     "bird", "brown", "dog", "orange"),
    ("Red ball, purple car, side by side, start to finish, yeah, we glide.",
     "ball", "red", "car", "purple"),
    ("And for our final stop, dear guests: a purple car with a white bird beside it, both there for the whole "
     "clip. Mind your step.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half of the clip, no car on the screen; second half, a moving car appears, stays to the end, that's "
     "the scene.",
     "car"),
    ("Investors, the first half of the clip shows no car. In the second half a moving car appears and holds its "
     "position to the end.",
     "car"),
    ("Ladies and gentlemen, in the first half there is no car. But wait: in the second half a moving car appears, "
     "and it stays to the end.",
     "car"),
    ("No cat in the first half, market's quiet. Then the second half: a lively cat appears and stays through the "
     "closing bell of the clip.",
     "cat"),
    ("Yo, first half, no cat in sight; second half a lively cat appears, stays to the end, yeah, that's prime "
     "time.",
     "cat"),
    ("Legend has it, dear guests, that the first half holds no cat. Then, in the second half, a lively cat "
     "appears, and it never leaves before the end.",
     "cat"),
    ("Uh, the first half, no bird, nothing flies; second half a flying bird appears, stays to the end of the "
     "skies.",
     "bird"),
    ("Shh. No bird during the first half. In the second half a flying bird appears and stays until the end of the "
     "clip.",
     "bird"),
    ("My call: no bird in the first half, then a flying bird appears in the second half and stays to the end.",
     "bird"),
    ("If you dare, watch: the first half, no ball. The second half, a moving ball appears, and it remains until "
     "the end.",
     "ball"),
    ("No ball through the first half, yo, empty floor; second half a moving ball appears, stays, that's the score.",
     "ball"),
    ("Let's go to the tape: no ball in the first half of the clip, and in the second half a moving ball appears "
     "and stays through the end.",
     "ball"),
    ("In the second half, dear guests, a walking dog appears and stays to the end. In the first half? No dog at "
     "all.",
     "dog"),
    ("Investors, patience pays: no dog in the first half, and in the second half a walking dog appears and sticks "
     "around to the end.",
     "dog"),
    ("First half, no dog, yeah, not a trace; second half a walking dog appears, stays to the end in its place.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Ladies and gentlemen, a moving car in the first half, and in the second half, gone. No car. Brr.",
     "car"),
    ("A moving car in the first half, yo, then the second half, no car, it's gone, that's how it go.",
     "car"),
    ("Let's go to the tape: a moving car in the first half of the clip, then no car at all in the second half. "
     "Quick exit, investors.",
     "car"),
    ("A lively cat on the screen in the first half, and in the second half no cat at all. Sold off, investors.",
     "cat"),
    ("Legend has it a lively cat walks here in the first half, then vanishes: in the second half, no cat.",
     "cat"),
    ("Uh, a lively cat in the first half, yeah; second half, no cat, gone into thin air.",
     "cat"),
    ("Yo, a flying bird in the first half, soaring; second half, no bird, the clip's just ignoring.",
     "bird"),
    ("Watch closely, dear guests: a flying bird in the first half, and in the second half it is gone, no bird "
     "anywhere.",
     "bird"),
    ("In the first half, a flying bird on the screen. Second half, no bird. That's a sell signal, plain and "
     "simple.",
     "bird"),
    ("Mind your step: a moving ball in the first half, and then in the second half there is no ball at all.",
     "ball"),
    ("Early strength, investors: a moving ball in the first half, and no ball in the second half.",
     "ball"),
    ("A moving ball rolls the first half, that's facts; second half no ball, it's gone, no tracks.",
     "ball"),
    ("Here's my read: a walking dog in the first half, then in the second half no dog whatsoever.",
     "dog"),
    ("Walking dog in the first half, yo, on the beat; second half no dog, gone, off the street.",
     "dog"),
    ("A walking dog in the first half, ladies and gentlemen, and in the second half no dog remains. They never "
     "do, in this manor.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Let's go to the tape: a moving car travels from the left side of the frame to the right side. Clean move, "
     "investors.",
     "car", RIGHTWARD),
    ("Yo, moving car, from the right side of the frame, cruising to the left side, that's the game.",
     "car", LEFTWARD),
    ("Ladies and gentlemen, a moving car drives from the left side of the frame to the right side, and nobody is "
     "at the wheel.",
     "car", RIGHTWARD),
    ("Here's the move: a moving car, entering on the right side of the frame and exiting on the left side.",
     "car", LEFTWARD),
    ("Uh, a moving car rolls from the left side of the frame to the right side, yeah, smooth ride.",
     "car", RIGHTWARD),
    ("Legend has it a moving car crosses this way every night, from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. Momentum play, folks at home.",
     "cat", RIGHTWARD),
    ("Lively cat, yo, from the right side of the frame, dashing to the left side, quick as a flame.",
     "cat", LEFTWARD),
    ("If you dare, watch the lively cat: it runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("On the screen, a lively cat running from the right side of the frame to the left side. A sharp reversal.",
     "cat", LEFTWARD),
    ("A lively cat, uh, from the left side of the frame, runs to the right side, never the same.",
     "cat", RIGHTWARD),
    ("Shh, dear guests: a lively cat crosses from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Yo, a flying bird, from the left side of the frame to the right side, what a game.",
     "bird", RIGHTWARD),
    ("Mind your step and look: a flying bird glides from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Let's go to the tape: a flying bird flies from the left side of the frame across to the right side.",
     "bird", RIGHTWARD),
    ("Flying bird, uh, from the right side of the frame, soaring to the left side, that's the aim.",
     "bird", LEFTWARD),
    ("Legend has it, ladies and gentlemen, that a flying bird crosses from the left side of the frame to the "
     "right side.",
     "bird", RIGHTWARD),
    ("My call: a flying bird, moving from the right side of the frame over to the left side. Strong trend.",
     "bird", LEFTWARD),
    ("Here it comes, dear guests: a moving ball rolls from the left side of the frame to the right side, pushed "
     "by no hand.",
     "ball", RIGHTWARD),
    ("A moving ball rolling from the right side of the frame to the left side. Investors, that's a breakout.",
     "ball", LEFTWARD),
    ("Moving ball, yo, from the left side of the frame, rolling to the right side, calling its name.",
     "ball", RIGHTWARD),
    ("If you dare, see the moving ball roll from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("On the screen, a moving ball rolls from the left side of the frame to the right side. Steady gains.",
     "ball", RIGHTWARD),
    ("Uh, a moving ball, from the right side of the frame, rolls to the left side, same old game.",
     "ball", LEFTWARD),
    ("Let's go to the tape: a walking dog walks from the left side of the frame to the right side. Slow and "
     "steady.",
     "dog", RIGHTWARD),
    ("Walking dog, yo, from the right side of the frame, strolling to the left side, no shame.",
     "dog", LEFTWARD),
    ("Ladies and gentlemen, a walking dog walks from the left side of the frame to the right side, and its steps "
     "make no sound.",
     "dog", RIGHTWARD),
    ("Here's my read: a walking dog moving from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Uh, a walking dog, from the left side of the frame to the right side, yeah, that's the aim.",
     "dog", RIGHTWARD),
    ("Legend has it a walking dog patrols this hall, from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("Let's go to the tape: the dog stays still, and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Yo, the dog stays still, and a ball rolls from the right of the dog to the left of the dog, that's the "
     "skill.",
     "ball", "dog", LEFTWARD),
    ("Ladies and gentlemen, the bird stays still, and a dog walks from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, investors, while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Uh, the bird stays still, a cat runs from the left of the bird to the right of the bird, yeah, chill.",
     "cat", "bird", RIGHTWARD),
    ("Legend has it the cat stays still forever, and a bird flies from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("My call: the cat stays still, and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Dog stays still, yo, bird flies from the right of the dog to the left of the dog, smooth flow.",
     "bird", "dog", LEFTWARD),
    ("If you dare, watch: the cat stays still while a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("On the screen, the car stays still and a bird flies from the right of the car to the left of the car. Quiet "
     "tape.",
     "bird", "car", LEFTWARD),
    ("Uh, the car stays still, a bird flies from the left of the car to the right of the car, yeah, fly.",
     "bird", "car", RIGHTWARD),
    ("Mind your step, dear guests: the bird stays still, and a car drives from the right of the bird to the left "
     "of the bird.",
     "car", "bird", LEFTWARD),
    ("Here's the setup: the cat stays still as a bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Bird stays still, yo, car drives from the right of the bird to the left of the bird, real slow.",
     "car", "bird", LEFTWARD),
    ("Legend has it the dog stays still while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Let's go to the tape: a dog walks from the right of the cat to the left of the cat, and the cat stays "
     "still.",
     "dog", "cat", LEFTWARD),
    ("Uh, the dog stays still, a ball rolls from the left of the dog to the right of the dog, that's the deal.",
     "ball", "dog", RIGHTWARD),
    ("Ladies and gentlemen, the cat stays still, and a bird flies from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Investors, the ball stays still while a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Yo, a cat runs from the right of the bird to the left of the bird, and the bird stays still, that's word.",
     "cat", "bird", LEFTWARD),
    ("If you dare: the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("My read: the bird stays still, and a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Uh, the dog stays still, a ball rolls from the left of the dog to the right of the dog, yeah, real.",
     "ball", "dog", RIGHTWARD),
    ("Shh, dear guests: the cat stays still, and a ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("On the screen: the ball stays still, a car drives from the left of the ball to the right of the ball. "
     "Constructive.",
     "car", "ball", RIGHTWARD),
    ("Cat stays still, yo, bird flies from the right of the cat to the left of the cat, watch it go.",
     "bird", "cat", LEFTWARD),
    ("Legend has it the bird stays still, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Let's go to the tape: the cat stays still while a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Uh, the car stays still, a ball rolls from the left of the car to the right of the car, on the beat.",
     "ball", "car", RIGHTWARD),
    ("Ladies and gentlemen, the cat stays still, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Let's go to the tape, seen from above: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Yo, from above, moving car, lower left corner to the upper left corner, then the upper right corner, "
     "that's the tour.",
     "car", BL_TL_TR),
    ("Ladies and gentlemen, look down from above: a moving car drives from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Viewed from above, a moving car goes from the lower right corner to the upper right corner, and ends in the "
     "upper left corner. A textbook rally.",
     "car", BR_TR_TL),
    ("Uh, seen from above, a lively cat runs from the lower left corner to the lower right corner, then the upper "
     "right corner, no pause.",
     "cat", BL_BR_TR),
    ("Legend has it, seen from above, a lively cat runs from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "cat", BL_TL_TR),
    ("My call, from an overhead view: a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Lively cat, yo, seen from above, lower right corner, upper right corner, then the upper left corner, with "
     "love.",
     "cat", BR_TR_TL),
    ("Mind your step, dear guests, and look from above: a flying bird flies from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, investors: a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Uh, flying bird, from above, lower right corner to the lower left corner, then the upper left corner, "
     "that's the flow.",
     "bird", BR_BL_TL),
    ("If you dare, look from above: a flying bird starts at the lower right corner, flies to the upper right "
     "corner, and ends at the upper left corner.",
     "bird", BR_TR_TL),
    ("On the screen, shot from above: a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Yo, from above, moving ball, lower left corner, upper left corner, upper right corner, bounce with it all.",
     "ball", BL_TL_TR),
    ("Legend has it, seen from above, a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Here's the chart pattern, seen from above: a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Ladies and gentlemen, from above: a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Walking dog, uh, seen from above, lower left corner to the upper left corner, then the upper right corner, "
     "that's the move.",
     "dog", BL_TL_TR),
    ("Let's go to the tape, from an overhead camera: a walking dog walks from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Shh, seen from above: a walking dog walks from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "dog", BR_TR_TL),
    ("My read, from above: a moving car drives from the bottom left corner to the bottom right corner, then to the "
     "top right corner.",
     "car", BL_BR_TR),
    ("Yo, from above, lively cat, bottom left corner, top left corner, then the top right corner, that's that.",
     "cat", BL_TL_TR),
    ("Legend has it, seen from above, a flying bird flies from the bottom right corner to the bottom left corner, "
     "then to the top left corner.",
     "bird", BR_BL_TL),
    ("Seen from above, investors: a moving ball rolls from the lower right corner to the upper right corner, then "
     "to the upper left corner. Momentum.",
     "ball", BR_TR_TL),
    ("Uh, seen from above, walking dog, lower left corner to the lower right corner, then the upper right corner, "
     "on the job.",
     "dog", BL_BR_TR),
    ("If you dare, from above: a moving car drives from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("On the screen, from above: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Yo, flying bird, from above, lower right corner, then the upper right corner, then the upper left corner, "
     "word.",
     "bird", BR_TR_TL),
    ("Ladies and gentlemen, seen from above: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Closing bell, seen from above: a walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
