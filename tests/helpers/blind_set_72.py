"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a horse-race caller ("And they're off!", "down the stretch", "to the wire", "at the finish"), where the
  caller, the track, the crowd and the horses are never in the video, and the call is only ever about
  the clip's own objects;
- a Socratic dialogue ("SOCRATES: ... PUPIL: ..."), where the two speakers are never in the video, the
  questions lead to the plain fact, and the pupil's answer says what the clip shows (a "No" corrects
  the question, never the clip);
- a start-up founder's elevator pitch to investors ("Picture this.", "Here's the pitch:", "Here's the
  ask:"), where the founder, the investors, the slides and the market are never in the video, and no
  money, valuation or growth figure is ever given.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the caller names no horses or lengths, the dialogue counts
nothing but the clip's objects, the pitch quotes no figures). No voice uses a colour word for its own
props, and no idiom hides a class noun or a side. A relation names its second object at both ends and
says that object stays still; a route names its corners "lower" and "upper", now and then "bottom" and
"top", as people say both. It takes LVD's attribution pairs 0-29, and two-object relations 40-49
then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, kept off main while the session's other fixes went in: 161/180 on 219fd77 (the session's first
code; numeracy 22, visibility 27, dynamic_one 26, sequential 27, the rest 30) and 162/180 on 75dac40 (all the
session's other planner fixes; dynamic_one 28, dynamic_two 28); 180/180 after the fixes of its own commit ("And
they're off!", "Here's the ask:", "in the frame from the very start", a Socratic "No" that puts a place right or denies
a leave "before the end", "tell me the ball's route" answered by places, "home on the left side", "away from the lower
right corner", "Picture it as our launch video", "they" after "no stragglers" as the cars).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("And they're off! One moving car, out there on its own, and it holds the frame from the start all the way to the "
     "finish. Nothing else in the running, nothing else in sight. What a drive!",
     "car", 1),
    ("SOCRATES: Tell me, what does the clip show from its beginning to its end? PUPIL: Two moving cars. SOCRATES: And "
     "besides the cars, is anything else there? PUPIL: Nothing else, Socrates; only those two moving cars.",
     "car", 2),
    ("Picture this. Three moving cars, in the frame from the opening shot to the closing shot, and nothing else on "
     "screen. Clean, simple, scalable. Here's the ask: fund the clip that shows exactly that.",
     "car", 3),
    ("Four moving cars break together and stay in the frame for the whole clip, no stragglers and nothing else out "
     "there. Down the stretch they come, all four still in view!",
     "car", 4),
    ("SOCRATES: If you watch this clip, what will you see? PUPIL: One lively cat, in the frame from start to finish. "
     "SOCRATES: Nothing beside it? PUPIL: Nothing at all, Socrates.",
     "cat", 1),
    ("Picture this: two lively cats, in the frame for the entire clip, with nothing else competing for attention. "
     "That's the whole product. Here's the ask: let us generate it.",
     "cat", 2),
    ("And they're off! Three lively cats, bounding about in the frame from the very start, and they're all still there "
     "at the finish. Nothing else has come out to run with them!",
     "cat", 3),
    ("SOCRATES: Count for me what the clip holds. PUPIL: Four lively cats. SOCRATES: At the start only, or throughout? "
     "PUPIL: Throughout, from start to end, and nothing else is in the frame.",
     "cat", 4),
    ("What makes us different? Picture this: one flying bird, alone in the frame from beginning to end. No clutter, "
     "nothing else in the shot. Simplicity is the product.",
     "bird", 1),
    ("Two flying birds get away cleanly, and down the stretch it's still those two flying birds in the frame, start to "
     "finish, with nothing else anywhere in view!",
     "bird", 2),
    ("SOCRATES: What, would you say, fills this clip? PUPIL: Three flying birds, Socrates. SOCRATES: And do they leave "
     "before the end? PUPIL: No; they stay in the frame from start to finish, and nothing else appears.",
     "bird", 3),
    ("Here's the ask, up front: a clip where four flying birds share the frame from start to finish and nothing else "
     "ever shows up. Picture this.",
     "bird", 4),
    ("And they're off! One moving ball, all on its own, rolling about in the frame from start to finish. Nothing else "
     "in the race, nothing else in view!",
     "ball", 1),
    ("SOCRATES: Tell me what is in the frame. PUPIL: Two moving balls. SOCRATES: For the whole clip? PUPIL: For the "
     "whole clip, from beginning to end. SOCRATES: And anything else? PUPIL: Nothing else.",
     "ball", 2),
    ("We're building the simplest demo in the market. Picture this: three moving balls in the frame for the entire "
     "clip, beginning to end, and nothing else in the shot.",
     "ball", 3),
    ("Four moving balls, and they're off together! They're in the frame at the start, they're in the frame down the "
     "stretch, they're in the frame at the finish, and there's nothing else out there!",
     "ball", 4),
    ("SOCRATES: What does the clip contain? PUPIL: One walking dog. SOCRATES: Only that? PUPIL: Only that, Socrates: "
     "one walking dog, in the frame from start to finish.",
     "dog", 1),
    ("Picture this. Two walking dogs, in the frame the whole way through, and nothing else on screen. Simple to "
     "explain, easy to love. Here's the ask: back us to make it.",
     "dog", 2),
    ("And they're off! Three walking dogs set out in the frame, and at the finish it's the same three walking dogs, in "
     "view the whole clip, with nothing else to call!",
     "dog", 3),
    ("SOCRATES: Suppose the clip shows four walking dogs. Are they there for the whole of it? PUPIL: Yes, from start "
     "to finish. SOCRATES: And is anything else in the frame? PUPIL: Nothing else.",
     "dog", 4),
    ("Here's the pitch, plain and simple: one moving car, in the frame from the opening shot to the closing shot, "
     "nothing else in view. Picture it, then fund it.",
     "car", 1),
    ("Two lively cats, and they're off! Side by side they go, in the frame the whole clip. Down the stretch it's still "
     "just the two lively cats, nothing else in view.",
     "cat", 2),
    ("SOCRATES: Is the frame crowded? PUPIL: Not at all. One flying bird, and nothing else, from start to finish.",
     "bird", 1),
    ("Imagine a clip with four moving balls, in the frame from start to finish, and not a thing else in the shot. "
     "That's our whole pitch. Here's the ask: help us launch it.",
     "ball", 4),
    ("And they're off! Well, it's off: one walking dog, alone in the frame from start to finish, and nothing else has "
     "come out to join it!",
     "dog", 1),
    ("SOCRATES: What does the clip show? PUPIL: Three moving cars. SOCRATES: And do they stay? PUPIL: They stay in the "
     "frame from start to finish, with nothing else beside them.",
     "car", 3),
    ("Picture this: four lively cats, in the frame for every moment of the clip, and nothing else on screen. No "
     "gimmicks. Here's the ask: build that clip with us.",
     "cat", 4),
    ("Three flying birds, and they're off! In the frame from the start, in the frame down the stretch, in the frame at "
     "the finish, with nothing else in the picture!",
     "bird", 3),
    ("SOCRATES: What do you see, from the clip's start to its end? PUPIL: One moving ball. SOCRATES: Nothing more? "
     "PUPIL: Nothing more.",
     "ball", 1),
    ("Our product in a sentence: four walking dogs, on screen from start to finish, and nothing else. Picture this. "
     "Here's the ask: let us render it.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("And they're off! A blue cat and a white bird, side by side in the frame from start to finish, neck and neck the "
     "whole way!",
     "cat", "blue", "bird", "white"),
    ("SOCRATES: What colour is the dog in this clip? PUPIL: Yellow. SOCRATES: And the ball beside it? PUPIL: Green. So "
     "the clip shows a yellow dog and a green ball, both in the frame the whole time.",
     "dog", "yellow", "ball", "green"),
    ("Picture this. A blue dog next to an orange car, both in the frame the whole clip. Instantly memorable. Here's "
     "the ask: that exact shot.",
     "dog", "blue", "car", "orange"),
    ("Coming into view, a purple ball, and at its side a blue car! They hold together in the frame from the start to "
     "the wire!",
     "ball", "purple", "car", "blue"),
    ("SOCRATES: Describe the scene. PUPIL: A green dog and a black bird, side by side. SOCRATES: Do they stay? PUPIL: "
     "Both stay in the frame from beginning to end.",
     "dog", "green", "bird", "black"),
    ("Here's the pitch: a purple ball resting beside a black cat, in the frame together from start to finish. Our "
     "investors get it instantly. Here's the ask: render it.",
     "ball", "purple", "cat", "black"),
    ("And they're off! A black car and an orange bird, together in the frame, and they're still there together at the "
     "finish!",
     "car", "black", "bird", "orange"),
    ("SOCRATES: Is the ball in the clip purple? PUPIL: No, the ball is black; it is the cat beside it that is purple. "
     "SOCRATES: So, a black ball and a purple cat. PUPIL: Yes, in the frame the whole clip.",
     "ball", "black", "cat", "purple"),
    ("Picture this: a pink bird perched beside a brown dog, both on screen from the opening shot to the closing shot. "
     "Here's the ask: generate that clip.",
     "bird", "pink", "dog", "brown"),
    ("Down the stretch they come, a brown ball and a blue dog side by side, and they've been in the frame since the "
     "start!",
     "ball", "brown", "dog", "blue"),
    ("SOCRATES: What do we see? PUPIL: A yellow ball lying next to a pink dog. SOCRATES: For how long? PUPIL: For the "
     "whole clip.",
     "ball", "yellow", "dog", "pink"),
    ("We pitch one image, and it's this: a pink bird and a gray ball, side by side, in the frame the whole clip. "
     "Here's the ask: make it real.",
     "bird", "pink", "ball", "gray"),
    ("And they're off! A gray dog and a purple car, close together in the frame from start to finish!",
     "dog", "gray", "car", "purple"),
    ("SOCRATES: A green cat, you say? PUPIL: Yes, a green cat, with a purple ball beside it. SOCRATES: And both remain "
     "in the frame throughout? PUPIL: Throughout, from start to end.",
     "cat", "green", "ball", "purple"),
    ("Picture this. A green dog sitting next to a gray ball, together in the frame the whole clip. That's the demo. "
     "Here's the ask: exactly that scene.",
     "dog", "green", "ball", "gray"),
    ("A yellow ball and a pink bird, and they're off! Side by side in the frame, all the way to the wire!",
     "ball", "yellow", "bird", "pink"),
    ("SOCRATES: Which of the animals is pink? PUPIL: The cat, Socrates. The dog beside it is yellow. SOCRATES: A pink "
     "cat and a yellow dog, then, side by side the whole clip? PUPIL: Just so.",
     "cat", "pink", "dog", "yellow"),
    ("Here's the ask: a clip of a brown car with a yellow ball beside it, both in the frame from start to finish. "
     "Picture this, and picture the market for it.",
     "car", "brown", "ball", "yellow"),
    ("And they're off! A brown car and a white dog, keeping each other company in the frame the whole clip long!",
     "car", "brown", "dog", "white"),
    ("SOCRATES: What stands beside the brown car? PUPIL: An orange dog. SOCRATES: And are both in the frame the whole "
     "clip? PUPIL: Both, from start to finish.",
     "dog", "orange", "car", "brown"),
    ("Picture this. A brown ball and an orange cat, side by side in the frame for the entire clip. Simple, striking, "
     "shareable. Here's the ask: make that clip.",
     "ball", "brown", "cat", "orange"),
    ("A gray dog with an orange ball at its side, and down the stretch they're both still in the frame, as they've "
     "been since the start!",
     "dog", "gray", "ball", "orange"),
    ("SOCRATES: Name what you see. PUPIL: A yellow ball and an orange cat. SOCRATES: Together? PUPIL: Together, side "
     "by side in the frame from beginning to end.",
     "ball", "yellow", "cat", "orange"),
    ("Our opening slide says it all: a purple dog beside a brown car, both in the frame the whole clip. Here's the "
     "ask: generate it.",
     "dog", "purple", "car", "brown"),
    ("And they're off! A gray dog and a blue car, together in the frame from the start, and together at the finish!",
     "dog", "gray", "car", "blue"),
    ("SOCRATES: Tell me of the car. PUPIL: It is white, Socrates, and an orange bird sits beside it. SOCRATES: Both in "
     "the frame the whole clip? PUPIL: Both, start to finish.",
     "car", "white", "bird", "orange"),
    ("Picture this: a brown car with a blue bird perched beside it, in the frame from start to finish. Here's the ask: "
     "that exact clip, on demand.",
     "car", "brown", "bird", "blue"),
    ("It's a blue car and a yellow cat side by side, and they stay in the frame from the start to the wire!",
     "car", "blue", "cat", "yellow"),
    ("SOCRATES: What is beside the gray cat? PUPIL: A yellow bird. SOCRATES: And do both stay in the frame throughout? "
     "PUPIL: Throughout, from beginning to end.",
     "cat", "gray", "bird", "yellow"),
    ("Here's the pitch. A white dog next to a black car, both in the frame the whole clip. Picture this on every feed. "
     "Here's the ask: render it.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("And they're off, but where's the car? No car in the frame for the first half! Then, in the second half, here "
     "comes a moving car into view, and it stays there to the finish!",
     "car"),
    ("SOCRATES: Is there a car in the first half of the clip? PUPIL: No, none. SOCRATES: And in the second half? "
     "PUPIL: A moving car appears and stays to the end.",
     "car"),
    ("Picture this. For the first half of the clip, no car at all. Then, in the second half, a moving car appears and "
     "stays. Here's the ask: nail that reveal.",
     "car"),
    ("SOCRATES: When does the lively cat appear? PUPIL: Only in the second half, Socrates; in the first half there is "
     "no cat at all.",
     "cat"),
    ("Here's the pitch: the first half has no cat in it, and in the second half a lively cat appears and stays in the "
     "frame. Here's the ask: generate that.",
     "cat"),
    ("No cat in the frame through the first half! But down the stretch, in the second half, a lively cat appears, and "
     "it's in there to the finish!",
     "cat"),
    ("Picture this. First half: no bird anywhere. Second half: a flying bird appears and stays in the frame to the "
     "end. Investors, that's the clip.",
     "bird"),
    ("And they're off, with no bird in sight for the first half! In the second half a flying bird sweeps into the "
     "frame and holds on to the finish!",
     "bird"),
    ("SOCRATES: Does the flying bird appear at the start of the clip? PUPIL: No; it appears only in the second half. "
     "SOCRATES: And before that? PUPIL: No bird in the frame.",
     "bird"),
    ("First half: no ball in the frame, nothing doing! Second half: here's a moving ball, appearing in view and "
     "staying to the wire!",
     "ball"),
    ("SOCRATES: What happens halfway through the clip? PUPIL: A moving ball appears, Socrates, and stays for the whole "
     "second half. SOCRATES: And in the first half? PUPIL: No ball.",
     "ball"),
    ("Here's the ask: a clip with no ball in the frame for the first half, and a moving ball that appears in the "
     "second half and stays. Picture the payoff.",
     "ball"),
    ("SOCRATES: In which half does the walking dog appear? PUPIL: In the second half only. SOCRATES: So in the first "
     "half? PUPIL: No dog in the frame at all.",
     "dog"),
    ("Picture this: a first half with no dog, then a walking dog appearing in the second half and staying to the end. "
     "That's the story. Here's the ask: render it.",
     "dog"),
    ("And they're off without a dog! No dog for the first half, and then, in the second half, a walking dog appears in "
     "the frame and stays all the way home!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("SOCRATES: Is the moving car there for the whole clip? PUPIL: No, Socrates, only in the first half. SOCRATES: And "
     "in the second half? PUPIL: No car at all; it has disappeared.",
     "car"),
    ("Picture this. A moving car in the frame for the first half, then gone: no car in the second half. Here's the "
     "ask: make the exit clean.",
     "car"),
    ("And they're off! A moving car is in the frame for the first half, but in the second half it's vanished, no car "
     "down the stretch at all!",
     "car"),
    ("Here's the pitch: a lively cat in the frame during the first half, and no cat anywhere in the second half. "
     "Here's the ask: generate exactly that.",
     "cat"),
    ("A lively cat is out there in the first half, but it's gone in the second half! No cat in the frame down the "
     "stretch!",
     "cat"),
    ("SOCRATES: Where is the lively cat in the second half? PUPIL: Nowhere; it disappears. SOCRATES: But it was there "
     "before? PUPIL: Yes, in the first half only.",
     "cat"),
    ("And they're off, with a flying bird in the frame for the first half! Then it's gone: no bird in the second half, "
     "none at the finish!",
     "bird"),
    ("SOCRATES: Does the flying bird stay to the end? PUPIL: No. It is in the frame during the first half and gone in "
     "the second half.",
     "bird"),
    ("Picture this. A flying bird for the first half of the clip; no bird in the second half. The disappearing act "
     "sells itself. Here's the ask: render it.",
     "bird"),
    ("We keep the pitch short. For the first half, a moving ball is in the frame. For the second half, no ball at all. "
     "Here's the ask: exactly that.",
     "ball"),
    ("SOCRATES: What becomes of the moving ball halfway through? PUPIL: It disappears, Socrates. It is there in the "
     "first half and absent in the second half.",
     "ball"),
    ("A moving ball is in the frame for the first half, but in the second half it's dropped out of sight, no ball down "
     "the stretch!",
     "ball"),
    ("And they're off with a walking dog in the frame! But it's there only in the first half: no dog in the second "
     "half, no dog at the finish!",
     "dog"),
    ("Picture this: a walking dog in the frame for the first half only, and no dog in the second half. Here's the ask: "
     "back the clip that does it.",
     "dog"),
    ("SOCRATES: Tell me, when is the walking dog in the frame? PUPIL: Only during the first half. SOCRATES: And in the "
     "second half? PUPIL: There is no dog.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("And they're off! A moving car breaks from the left side of the frame and drives all the way across to the right "
     "side!",
     "car", RIGHTWARD),
    ("SOCRATES: From which side does the moving car start? PUPIL: From the right side of the frame. SOCRATES: And "
     "where does it end? PUPIL: On the left side.",
     "car", LEFTWARD),
    ("Picture this. A moving car enters on the left side of the frame and drives across to the right side. Here's the "
     "ask: that clip.",
     "car", RIGHTWARD),
    ("Down the stretch comes a moving car, from the right side of the frame across to the left side!",
     "car", LEFTWARD),
    ("SOCRATES: Which way does the moving car cross the frame? PUPIL: From the left side to the right side, Socrates.",
     "car", RIGHTWARD),
    ("Here's the pitch: a moving car driving from the right side of the frame to the left side. Nothing fancy. Here's "
     "the ask: generate it.",
     "car", LEFTWARD),
    ("And they're off! A lively cat dashes from the left side of the frame to the right side of the frame!",
     "cat", RIGHTWARD),
    ("SOCRATES: Where does the lively cat finish? PUPIL: On the left side of the frame. SOCRATES: Having begun where? "
     "PUPIL: On the right side.",
     "cat", LEFTWARD),
    ("Picture this: a lively cat running across the frame from the left side to the right side. Investors love motion. "
     "Here's the ask: make it.",
     "cat", RIGHTWARD),
    ("A lively cat, starting on the right side of the frame, and it's running, running all the way to the left side!",
     "cat", LEFTWARD),
    ("SOCRATES: Does the lively cat cross from the right side of the frame to the left side? PUPIL: No, Socrates: from "
     "the left side to the right side.",
     "cat", RIGHTWARD),
    ("Here's the ask: a clip where a lively cat runs from the right side of the frame to the left side. Picture it "
     "looping everywhere.",
     "cat", LEFTWARD),
    ("And they're off! A flying bird takes wing on the left side of the frame and flies clear across to the right "
     "side!",
     "bird", RIGHTWARD),
    ("SOCRATES: Tell me the flying bird's path. PUPIL: It flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Picture this. A flying bird crossing the frame, left side to right side. One shot, one motion. Here's the ask: "
     "that shot.",
     "bird", RIGHTWARD),
    ("A flying bird from the right side of the frame, and down the stretch it comes, all the way across to the left "
     "side!",
     "bird", LEFTWARD),
    ("SOCRATES: Where does the flying bird begin? PUPIL: At the left side of the frame. SOCRATES: And it ends? PUPIL: "
     "At the right side.",
     "bird", RIGHTWARD),
    ("Here's the pitch: a flying bird that flies from the right side of the frame to the left side. Here's the ask: "
     "generate that flight.",
     "bird", LEFTWARD),
    ("And they're off! A moving ball rolls from the left side of the frame, and it keeps rolling until it reaches the "
     "right side!",
     "ball", RIGHTWARD),
    ("SOCRATES: Which way does the moving ball roll? PUPIL: From the right side of the frame to the left side, "
     "Socrates.",
     "ball", LEFTWARD),
    ("Picture this: a moving ball rolling from the left side of the frame to the right side. That's our first demo. "
     "Here's the ask: render it.",
     "ball", RIGHTWARD),
    ("A moving ball from the right side of the frame, rolling, rolling, and it's home on the left side!",
     "ball", LEFTWARD),
    ("SOCRATES: If the moving ball starts on the left side of the frame, where does it end? PUPIL: On the right side.",
     "ball", RIGHTWARD),
    ("Our whole pitch fits in a clip: a moving ball rolls across the frame, from the right side to the left side. "
     "Here's the ask: make it.",
     "ball", LEFTWARD),
    ("And they're off! A walking dog sets out from the left side of the frame and walks to the right side!",
     "dog", RIGHTWARD),
    ("SOCRATES: Describe the walking dog's route. PUPIL: It walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Picture this. A walking dog walks across the frame from the left side to the right side. Here's the ask: that "
     "clip, on demand.",
     "dog", RIGHTWARD),
    ("A walking dog on the right side of the frame, and here it comes, walking down the stretch to the left side!",
     "dog", LEFTWARD),
    ("SOCRATES: Does the walking dog end on the right side of the frame? PUPIL: Yes, Socrates, having started on the "
     "left side.",
     "dog", RIGHTWARD),
    ("Here's the pitch: a walking dog walking from the right side of the frame to the left side. Picture this. Here's "
     "the ask: generate it.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("And they're off! The dog stands still the whole clip while a cat runs from the left of the dog to the right of "
     "the dog!",
     "cat", "dog", RIGHTWARD),
    ("SOCRATES: Does the dog move? PUPIL: No, the dog stays still. SOCRATES: And the ball? PUPIL: The ball rolls from "
     "the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Picture this. A bird stays perfectly still, and a dog walks from the left of the bird to the right of the bird. "
     "Here's the ask: render it.",
     "dog", "bird", RIGHTWARD),
    ("The cat's standing still, and here comes a bird, flying from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("SOCRATES: Which of them moves, the cat or the bird? PUPIL: The cat. It moves from the left of the bird to the "
     "right of the bird, and the bird stays still.",
     "cat", "bird", RIGHTWARD),
    ("Here's the pitch: a cat that never moves, and a bird flying from the right of the cat to the left of the cat. "
     "Here's the ask: make it.",
     "bird", "cat", LEFTWARD),
    ("And they're off! A dog walks from the left of the cat to the right of the cat, and the cat hasn't moved at all!",
     "dog", "cat", RIGHTWARD),
    ("SOCRATES: Where does the bird begin? PUPIL: To the right of the dog. SOCRATES: And where does it end? PUPIL: To "
     "the left of the dog. The dog stays still throughout.",
     "bird", "dog", LEFTWARD),
    ("Picture this: the cat stays still while a dog walks past it, from the left of the cat to the right of the cat. "
     "Here's the ask: that clip.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still, and here's a bird, flying from the right of the car all the way to the left of the car!",
     "bird", "car", LEFTWARD),
    ("SOCRATES: Does the car move? PUPIL: No, Socrates; the car stays still. A bird flies from the left of the car to "
     "the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Here's the ask: a bird that holds still, and a car that drives from the right of the bird to the left of the "
     "bird. Picture it as our launch video.",
     "car", "bird", LEFTWARD),
    ("And they're off! A bird flies from the left of the cat to the right of the cat, while the cat stays still!",
     "bird", "cat", RIGHTWARD),
    ("SOCRATES: What moves in this clip? PUPIL: A car, driving from the right of the bird to the left of the bird. "
     "SOCRATES: And the bird? PUPIL: The bird stays still.",
     "car", "bird", LEFTWARD),
    ("Picture this. The dog stays still; a bird flies from the left of the dog to the right of the dog. That contrast "
     "is the product. Here's the ask: that exact shot.",
     "bird", "dog", RIGHTWARD),
    ("The cat is still, and a dog walks from the right of the cat down the stretch to the left of the cat!",
     "dog", "cat", LEFTWARD),
    ("SOCRATES: Tell me how the ball moves. PUPIL: It rolls from the left of the dog to the right of the dog. "
     "SOCRATES: And the dog? PUPIL: It stays still.",
     "ball", "dog", RIGHTWARD),
    ("Here's the pitch: a still cat, and a bird flying from the right of the cat to the left of the cat. Here's the "
     "ask: generate that.",
     "bird", "cat", LEFTWARD),
    ("And they're off! A car drives from the left of the ball to the right of the ball, and that ball stays still the "
     "whole time!",
     "car", "ball", RIGHTWARD),
    ("SOCRATES: If the bird stays still, how does the cat go? PUPIL: From the right of the bird to the left of the "
     "bird, Socrates.",
     "cat", "bird", LEFTWARD),
    ("Picture this: a car that stays still and a dog walking from the left of the car to the right of the car. Here's "
     "the ask: render it.",
     "dog", "car", RIGHTWARD),
    ("The bird is still, and a ball rolls from the right of the bird across to the left of the bird!",
     "ball", "bird", LEFTWARD),
    ("SOCRATES: Does the ball roll from the right of the dog? PUPIL: No, from the left of the dog to the right of the "
     "dog; and the dog stays still.",
     "ball", "dog", RIGHTWARD),
    ("We open every meeting with this clip. The cat stays still. A ball rolls from the right of the cat to the left of "
     "the cat. Here's the ask: make it.",
     "ball", "cat", LEFTWARD),
    ("And they're off! The ball stays still, and a car drives from the left of the ball to the right of the ball!",
     "car", "ball", RIGHTWARD),
    ("SOCRATES: Which one stays still, the cat or the bird? PUPIL: The cat. The bird flies from the right of the cat "
     "to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Picture this: a dog walking from the left of a bird to the right of the bird, and the bird never moves. Here's "
     "the ask: render exactly that.",
     "dog", "bird", RIGHTWARD),
    ("A dog walks from the right of the cat to the left of the cat, and the cat stays still all the way to the finish!",
     "dog", "cat", LEFTWARD),
    ("SOCRATES: What does the ball do? PUPIL: It rolls from the left of the car to the right of the car. SOCRATES: And "
     "the car? PUPIL: The car stays still.",
     "ball", "car", RIGHTWARD),
    ("Here's the pitch: a cat that stays still, and a dog walking from the right of the cat to the left of the cat. "
     "Here's the ask: generate it.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("And they're off, seen from directly above! A moving car starts in the lower left corner, drives to the lower "
     "right corner, and finishes in the upper right corner!",
     "car", BL_BR_TR),
    ("SOCRATES: Looking down from above, where does the moving car start? PUPIL: In the lower left corner. SOCRATES: "
     "And then? PUPIL: It drives to the upper left corner, and then to the upper right corner.",
     "car", BL_TL_TR),
    ("Picture this, in a top-down view: a moving car drives from the lower right corner to the lower left corner, then "
     "to the upper left corner. Here's the ask: render that route.",
     "car", BR_BL_TL),
    ("From the overhead view, a moving car is away from the lower right corner, up to the upper right corner, and home "
     "in the upper left corner!",
     "car", BR_TR_TL),
    ("SOCRATES: Seen from above, what path does the lively cat take? PUPIL: From the lower left corner to the lower "
     "right corner, and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Here's the pitch, viewed from overhead: a lively cat starts in the lower left corner, runs to the upper left "
     "corner, and ends in the upper right corner. Here's the ask: generate it.",
     "cat", BL_TL_TR),
    ("Top-down view, and they're off! A lively cat from the lower right corner to the lower left corner, then up into "
     "the upper left corner!",
     "cat", BR_BL_TL),
    ("SOCRATES: In the top-down view, does the lively cat start in the lower right corner? PUPIL: It does. Then it "
     "goes to the upper right corner, and last to the upper left corner.",
     "cat", BR_TR_TL),
    ("Picture this, seen from directly above: a flying bird goes from the lower left corner to the lower right corner, "
     "then on to the upper right corner. Here's the ask: that flight path.",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird breaks from the lower left corner, flies up to the upper left corner, and "
     "finishes in the upper right corner!",
     "bird", BL_TL_TR),
    ("SOCRATES: Viewed from overhead, where does the flying bird go first? PUPIL: From the lower right corner to the "
     "lower left corner. SOCRATES: And after that? PUPIL: To the upper left corner.",
     "bird", BR_BL_TL),
    ("Our demo is a top-down view of a flying bird that starts in the lower right corner, flies to the upper right "
     "corner, and ends in the upper left corner. Here's the ask: scale it.",
     "bird", BR_TR_TL),
    ("And they're off, viewed from overhead! A moving ball rolls from the lower left corner to the lower right corner, "
     "and then up to the upper right corner!",
     "ball", BL_BR_TR),
    ("SOCRATES: Looking down on the scene, tell me the moving ball's route. PUPIL: The lower left corner, then the "
     "upper left corner, then the upper right corner.",
     "ball", BL_TL_TR),
    ("Picture this. Seen from above, a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner. Here's the ask: render it.",
     "ball", BR_BL_TL),
    ("From the top-down view, a moving ball is away from the lower right corner, rolling to the upper right corner, "
     "and in the upper left corner at the finish!",
     "ball", BR_TR_TL),
    ("SOCRATES: Seen from directly above, where does the walking dog begin? PUPIL: In the lower left corner. SOCRATES: "
     "Where next? PUPIL: The lower right corner, and then the upper right corner.",
     "dog", BL_BR_TR),
    ("Here's the pitch, top-down: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. Here's the ask: that route.",
     "dog", BL_TL_TR),
    ("Seen from above, and they're off! A walking dog from the lower right corner to the lower left corner, then up to "
     "the upper left corner!",
     "dog", BR_BL_TL),
    ("SOCRATES: Viewed from overhead, does the walking dog go from the lower right corner to the upper right corner? "
     "PUPIL: Yes, and from there to the upper left corner.",
     "dog", BR_TR_TL),
    ("Picture this, viewed from directly above: a moving car drives from the bottom left corner to the bottom right "
     "corner and ends in the top right corner. Here's the ask: generate that route.",
     "car", BL_BR_TR),
    ("From overhead, a lively cat breaks from the bottom left corner, races up to the top left corner, and finishes in "
     "the top right corner!",
     "cat", BL_TL_TR),
    ("SOCRATES: Seen from above, the flying bird begins in the bottom right corner, does it not? PUPIL: It does; then "
     "it flies to the bottom left corner, and then to the top left corner.",
     "bird", BR_BL_TL),
    ("Here's the ask: a top-down clip in which a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner. Picture the demo day.",
     "ball", BR_TR_TL),
    ("And they're off, seen from above! A walking dog from the lower left corner, along to the lower right corner, and "
     "up to the upper right corner at the finish!",
     "dog", BL_BR_TR),
    ("SOCRATES: In a top-down view, what route does the moving car drive? PUPIL: From the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Picture this: seen from directly above, a lively cat runs from the lower right corner to the lower left corner "
     "and ends in the upper left corner. Here's the ask: that clip.",
     "cat", BR_BL_TL),
    ("Top-down view: a flying bird is off from the lower right corner, up to the upper right corner, and across to the "
     "upper left corner at the finish!",
     "bird", BR_TR_TL),
    ("SOCRATES: Seen from above, where does the moving ball roll? PUPIL: From the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Here's the pitch, viewed from overhead: a walking dog walks from the lower left corner to the upper left corner, "
     "then finishes in the upper right corner. Here's the ask: render it.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
