"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a mock-Shakespearean soliloquy in archaic English ("Lo!", "Behold", "thou", "doth", "methinks",
  "good gentles", "Is this a dog which I see before me?"), where the player, the stage and the audience
  are never in the video, and the speech only ever marvels at the clip's own objects;
- a life coach's pep talk ("You've got this!", "Visualise it:", "Remember:", "I want you to picture
  this:", "Breathe in."), where the coach and the listener are never in the video and each
  encouragement after the picture is about the listener, not the clip;
- a tech reviewer's unboxing-video script ("Okay so today we're looking at ...", "Hey everyone,
  welcome back.", "Let's get into it.", "Build quality?", "Verdict:"), where the reviewer, the box and
  the product (a camera whose sample clip it is) are never in the video, and the review is of the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no star ratings, no steps, no prices). No voice uses a colour
word for its own props, and "right" and "left" only ever name sides ("all right" and "left behind" never
appear). A relation names its second object at both ends and says that object stays still. It takes
LVD's next draws: attribution pairs 40-69, and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 219fd77 (the session's first code, the planner as at a844498): 174/180 (numeracy 26,
visibility 28, the rest 30); 180/180 after the fixes of its own commit (the whole clip by any name, "the first half
long", a copula naming the scene's things, a speaker's "let's" plan, "Picture them", "let go", a question answered
"nay").
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Lo! Behold, good gentles: one moving car, all alone, doth keep within the frame from the scene's beginning unto "
     "its end, and naught else is there to see.",
     "car", 1),
    ("You've got this! Visualise it: two moving cars, in the frame from start to finish, and nothing else in the "
     "picture. Hold that image. Own it!",
     "car", 2),
    ("Okay so today we're looking at this clip, and let's get straight into what you get: three moving cars, in frame "
     "the whole way through, and nothing else. Super clean.",
     "car", 3),
    ("What sight is this? Four moving cars, methinks, that bide within the frame the whole scene through, and naught "
     "besides them.",
     "car", 4),
    ("Remember: keep it simple. One lively cat in the frame from beginning to end, nothing else competing for your "
     "attention. You've got this!",
     "cat", 1),
    ("Hey everyone, welcome back. This clip keeps it minimal: two lively cats, in frame from start to finish, and "
     "that's it. Nothing else in there.",
     "cat", 2),
    ("Behold! Three lively cats do frolic in the frame from the scene's beginning to its close, and naught else doth "
     "show its face therein.",
     "cat", 3),
    ("I want you to picture this: four lively cats, in the frame the whole time, and not a thing besides them. Breathe "
     "it in. You've got this!",
     "cat", 4),
    ("Honest take? Minimal. One flying bird, in frame from start to end, and that's everything in the clip. I kind of "
     "love it.",
     "bird", 1),
    ("Lo, two flying birds upon the wing, within the frame from start to end! Naught else, I swear, doth share the "
     "scene with them.",
     "bird", 2),
    ("Remember this picture: three flying birds, in the frame from start to finish, and nothing else at all. Hold onto "
     "it. You are unstoppable!",
     "bird", 3),
    ("Okay so today we're looking at this clip, and the headline feature is four flying birds, in frame the whole way "
     "through. Nothing else shows up. Let's get into it.",
     "bird", 4),
    ("O, what is this? One moving ball that rolleth in the frame from the scene's start unto its close, and nothing "
     "more.",
     "ball", 1),
    ("Close your eyes and visualise it: two moving balls, in the frame from beginning to end, and nothing else there. "
     "That's your focus. You've got this!",
     "ball", 2),
    ("What do you actually get in this clip? Three moving balls, in frame the entire time, and nothing else "
     "whatsoever. Respect.",
     "ball", 3),
    ("Behold, four moving balls do roll about within the frame the whole scene long; there is naught else, good "
     "friends, in all the view.",
     "ball", 4),
    ("Breathe in. Now see it: one walking dog, in the frame from start to finish, with nothing else around. Own that "
     "calm. You've got this!",
     "dog", 1),
    ("Straight to the point, because that's what this clip does: two walking dogs, in frame from start to finish, and "
     "nothing else. Love that.",
     "dog", 2),
    ("Is this a dog which I see before me? Nay, three walking dogs, that stay within the frame from start to end, and "
     "naught besides.",
     "dog", 3),
    ("Remember: four walking dogs, in the frame the whole clip, and nothing else. See them clearly. You're going to "
     "crush this!",
     "dog", 4),
    ("Okay so today we're looking at the simplest clip I've seen in a while: one moving car, in frame from beginning "
     "to end, and nothing else. That's the review.",
     "car", 1),
    ("Two lively cats, forsooth, within the frame do play from the beginning to the end; and hark, naught else is "
     "there.",
     "cat", 2),
    ("Here's your goal: one flying bird, in the frame from start to end, and nothing else in sight. Stay with that "
     "feeling. You've got this!",
     "bird", 1),
    ("Let's talk about what this clip promises and what it delivers: two moving balls, in frame the whole time, and "
     "nothing else. Love the simplicity.",
     "ball", 2),
    ("Alas, how bare this frame! Therein a walking dog, just one, doth wander from the beginning to the end, and "
     "naught else keeps it company.",
     "dog", 1),
    ("Remember: three moving cars, in the frame from beginning to end, and not a thing besides. Picture them clearly. "
     "You've got this!",
     "car", 3),
    ("So, what's in the clip? Four lively cats, in frame from start to finish. Nothing else. That's literally it.",
     "cat", 4),
    ("Behold! Four flying birds do wheel within the frame from the beginning to the end, and naught else doth trouble "
     "the scene.",
     "bird", 4),
    ("You've got this! Visualise it: one moving ball, in the frame the whole clip, and nothing else at all. Simple. "
     "Powerful.",
     "ball", 1),
    ("Okay so today we're looking at a clip with four walking dogs, in frame from start to end, and literally nothing "
     "else. Let's get into it.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Visualise it: a green dog beside a blue car, both in the frame from start to finish. Hold that picture. You've "
     "got this!",
     "dog", "green", "car", "blue"),
    ("Okay so today we're looking at the sample clip this camera ships with (no, the camera's not in it): a black cat "
     "next to a brown ball, both in frame the whole time.",
     "cat", "black", "ball", "brown"),
    ("Lo! A purple car, and by its side a red cat, that both do bide within the frame from the beginning to the end.",
     "car", "purple", "cat", "red"),
    ("Remember: a gray dog and a brown cat, side by side in the frame the whole clip. See it. Believe it. You've got "
     "this!",
     "dog", "gray", "cat", "brown"),
    ("Build quality on this clip? Solid. You get a black car with a brown dog next to it, both in frame from start to "
     "finish.",
     "car", "black", "dog", "brown"),
    ("Behold, a yellow ball doth lie beside a pink dog, and both within the frame abide the whole scene long.",
     "ball", "yellow", "dog", "pink"),
    ("You've got this! Visualise it: a gray cat next to a white dog, both in the frame from beginning to end. Breathe.",
     "cat", "gray", "dog", "white"),
    ("Let's get into it: a yellow dog standing beside an orange car, both in frame the entire time. Honestly, no "
     "notes.",
     "dog", "yellow", "car", "orange"),
    ("But soft, what frame is this? A black bird, and beside it a brown cat, in view from the scene's beginning to its "
     "end.",
     "bird", "black", "cat", "brown"),
    ("I want you to picture this: a white ball beside a red car, both in the frame the whole time. Lock it in. You've "
     "got this!",
     "ball", "white", "car", "red"),
    ("Okay so today we're looking at a clip where a white ball sits next to a black cat, both in frame from start to "
     "finish. Simple, but it works.",
     "ball", "white", "cat", "black"),
    ("Hark! A yellow cat sits by a pink ball, and both do keep the frame from the beginning to the end.",
     "cat", "yellow", "ball", "pink"),
    ("Visualise it: a black car with an orange bird beside it, in the frame from beginning to end. You're ready for "
     "this!",
     "car", "black", "bird", "orange"),
    ("Okay so today we're looking at the clip itself, not the box, and what we've got is an orange ball sitting beside "
     "a brown car, both in frame the whole way through.",
     "ball", "orange", "car", "brown"),
    ("Behold a gray bird, and next to it a green cat; the frame doth hold them both fast the whole scene through.",
     "bird", "gray", "cat", "green"),
    ("Remember: a blue car and a red cat, side by side in the frame from start to finish. Picture it. Now go get it!",
     "car", "blue", "cat", "red"),
    ("Hey everyone, welcome back. In today's clip: a white ball resting next to a black car, both in frame from start "
     "to end. Clean composition.",
     "ball", "white", "car", "black"),
    ("Lo, a green bird perched beside a white ball! Both in the frame abide from the beginning unto the end.",
     "bird", "green", "ball", "white"),
    ("Let's go! Picture a blue ball next to a yellow dog, both in the frame the whole clip. Stay focused.",
     "ball", "blue", "dog", "yellow"),
    ("Quick look at this clip: a yellow bird and a blue ball side by side, in frame the whole time. No complaints.",
     "bird", "yellow", "ball", "blue"),
    ("Methinks I see a brown bird beside a black ball, and both within the frame do stay from the beginning to the "
     "end.",
     "bird", "brown", "ball", "black"),
    ("Remember: a brown bird sitting beside a blue cat, both in the frame from beginning to end. That's your vision. "
     "Hold it!",
     "bird", "brown", "cat", "blue"),
    ("Okay so today we're looking at this clip, and the whole thing is a blue bird next to a red car, both in frame "
     "from start to finish. Verdict: nice.",
     "bird", "blue", "car", "red"),
    ("Behold, a purple ball and a pink cat, side by side within the frame, from the scene's beginning to its close.",
     "ball", "purple", "cat", "pink"),
    ("Visualise it: a yellow dog beside a red cat, both in the frame the entire clip. Feel that? You've got this!",
     "dog", "yellow", "cat", "red"),
    ("So the sample clip is a green bird standing next to a yellow dog, both in frame the whole way through. Pretty "
     "good out of the box.",
     "bird", "green", "dog", "yellow"),
    ("O wondrous sight! A gray car, and by its side a red cat, that in the frame do bide from the beginning to the "
     "end.",
     "car", "gray", "cat", "red"),
    ("Remember: a red bird next to a black cat, side by side in the frame from start to end. You have totally got "
     "this!",
     "bird", "red", "cat", "black"),
    ("Okay so today we're looking at a clip with a white bird beside an orange cat, both in frame from start to "
     "finish. Don't forget to subscribe.",
     "bird", "white", "cat", "orange"),
    ("Lo! A green bird doth sit beside a black ball, and the frame doth hold them both from the beginning to the end.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Okay so today we're looking at a clip with a bit of a reveal. First half: no car anywhere. Second half: a moving "
     "car appears and stays in frame to the end.",
     "car"),
    ("In the first half of this scene no car is there; but lo, in the second half a moving car appeareth, and doth "
     "stay until the end.",
     "car"),
    ("Visualise it: the first half, no car at all. Then, in the second half, a moving car appears and stays. That's "
     "your breakthrough. You've got this!",
     "car"),
    ("Hey everyone. This clip's first half has no cat. Then in the second half a lively cat shows up in frame and "
     "sticks around until the end.",
     "cat"),
    ("Where is the cat? Not in the first half, good gentles, nowhere to be seen; yet in the second half a lively cat "
     "appears, and there it stays.",
     "cat"),
    ("Remember: in the first half there's no cat. In the second half a lively cat appears and stays to the finish. "
     "Good things come to those who push through!",
     "cat"),
    ("Okay so today we're looking at a clip that saves the best for the second half: that's when a flying bird "
     "appears, and it stays. In the first half, no bird at all.",
     "bird"),
    ("Behold the first half, empty of any bird! But hark, the second half: a flying bird appeareth in the frame, and "
     "there remaineth.",
     "bird"),
    ("You've got this! Visualise it: no bird in the first half, then a flying bird appears in the second half and "
     "stays till the end.",
     "bird"),
    ("Here's the twist with this clip: no ball during the first half, then a moving ball appears in the second half "
     "and stays.",
     "ball"),
    ("No ball, alack, in all the first half of the scene; but in the second half a moving ball doth appear, and "
     "stayeth to the end.",
     "ball"),
    ("Remember: in the first half there's no ball. In the second half a moving ball appears and stays. Patience pays "
     "off!",
     "ball"),
    ("Okay so today we're looking at a clip where the first half has no dog in it. In the second half a walking dog "
     "appears and stays in frame to the end.",
     "dog"),
    ("Lo, the first half: no dog. Then in the second half a walking dog appears upon the scene, and stays till all is "
     "done.",
     "dog"),
    ("Visualise it: the first half has no dog at all. In the second half a walking dog appears and stays in the frame. "
     "You've got this!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Behold, a moving car within the frame for the first half! Then in the second half, alas, no car: it is gone, and "
     "comes not back.",
     "car"),
    ("Remember: a moving car in the frame for the first half, then no car in the second half. Let go of what's gone. "
     "You've got this!",
     "car"),
    ("Okay so today we're looking at a clip where a moving car is in frame for the first half, then disappears. Second "
     "half: no car at all.",
     "car"),
    ("A lively cat doth play within the frame the first half through; then, in the second half, it vanisheth, and no "
     "cat remains.",
     "cat"),
    ("Visualise it: a lively cat in the frame during the first half. In the second half it's gone, no cat anywhere. "
     "Release it. Move on!",
     "cat"),
    ("Quick breakdown of the clip. First half: a lively cat in frame. Second half: it disappears, and there's no cat.",
     "cat"),
    ("Lo, a flying bird within the frame the first half long! But in the second half 'tis flown, and no bird is there.",
     "bird"),
    ("You've got this! Picture a flying bird in the frame for the first half, then gone: no bird in the second half. "
     "Let it fly.",
     "bird"),
    ("Okay so today we're looking at a clip with a flying bird in frame for the first half. Then it disappears, and "
     "the second half has no bird at all.",
     "bird"),
    ("A moving ball rolleth in the frame the first half through; then, in the second half, it vanisheth, and no ball "
     "is seen.",
     "ball"),
    ("Remember: a moving ball in the frame during the first half, and no ball at all in the second half. Some things "
     "are meant to roll away!",
     "ball"),
    ("Timeline check on this clip: a moving ball in frame for the first half, then it disappears. No ball in the "
     "second half.",
     "ball"),
    ("Behold a walking dog within the frame for the first half; then, in the second half, it is gone, and no dog is "
     "there.",
     "dog"),
    ("Visualise it: a walking dog in the frame for the first half. Then it disappears, and there's no dog in the "
     "second half. You've got this!",
     "dog"),
    ("Last thing before the verdict: a walking dog is in frame for the first half, then vanishes. Second half: no dog.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Visualise it: a moving car driving from the left side of the frame all the way to the right side. That's "
     "momentum. You've got this!",
     "car", RIGHTWARD),
    ("Okay so today we're looking at a clip where a moving car drives from the right side of the frame to the left "
     "side. Smooth.",
     "car", LEFTWARD),
    ("Behold, a moving car doth travel from the left side of the frame unto the right side!",
     "car", RIGHTWARD),
    ("Remember: a moving car starts on the right side of the frame and ends on the left side. Keep going, just like "
     "that car!",
     "car", LEFTWARD),
    ("Let's get into it. A moving car starts on the left side of the frame and drives across to the right side. "
     "Smooth, no stutter.",
     "car", RIGHTWARD),
    ("Lo! From the right side of the frame a moving car doth drive across, till it reach the left side.",
     "car", LEFTWARD),
    ("You've got this! Visualise it: a lively cat running from the left side of the frame across to the right side.",
     "cat", RIGHTWARD),
    ("Okay so today we're looking at a clip with a lively cat that runs from the right side of the frame to the left "
     "side. Quick little thing.",
     "cat", LEFTWARD),
    ("A lively cat, good gentles, that from the left side of the frame doth run unto the right side! Mark how it runs!",
     "cat", RIGHTWARD),
    ("Remember: a lively cat starts on the right side of the frame and runs to the left side. Move with that energy!",
     "cat", LEFTWARD),
    ("Motion test time: a lively cat going from the left side of the frame over to the right side. Nice and snappy.",
     "cat", RIGHTWARD),
    ("Behold, a lively cat doth cross the frame, from the right side thereof unto the left side.",
     "cat", LEFTWARD),
    ("Visualise it: a flying bird flying from the left side of the frame to the right side. Spread those wings. You've "
     "got this!",
     "bird", RIGHTWARD),
    ("Okay so today we're looking at a clip where a flying bird flies from the right side of the frame across to the "
     "left side. Let's get into it.",
     "bird", LEFTWARD),
    ("Across the frame, from the left side to the right side, a flying bird doth wing its way. O, to be so free!",
     "bird", RIGHTWARD),
    ("Remember: a flying bird crosses the frame from the right side to the left side. Be that bird!",
     "bird", LEFTWARD),
    ("Hey everyone, welcome back. In this clip a flying bird starts on the left side of the frame and finishes on the "
     "right side. Crisp.",
     "bird", RIGHTWARD),
    ("Behold! A flying bird doth cross the frame from the right side unto the left side, and there its flight doth "
     "end.",
     "bird", LEFTWARD),
    ("You've got this! Visualise it: a moving ball rolling from the left side of the frame to the right side. Keep "
     "rolling!",
     "ball", RIGHTWARD),
    ("Okay so today we're looking at a clip with a moving ball that rolls from the right side of the frame to the left "
     "side. Simple, effective.",
     "ball", LEFTWARD),
    ("Lo! A moving ball doth roll from the left side of the frame unto the right side, nor stoppeth till it be there.",
     "ball", RIGHTWARD),
    ("Say it with me: a moving ball rolls from the right side of the frame to the left side. Keep that momentum going!",
     "ball", LEFTWARD),
    ("So here's the motion sample: a moving ball, starting on the left side of the frame and rolling over to the right "
     "side.",
     "ball", RIGHTWARD),
    ("O, see how a moving ball doth roll across the frame, from the right side unto the left side!",
     "ball", LEFTWARD),
    ("Visualise it: a walking dog walking from the left side of the frame to the right side. Step by step. You've got "
     "this!",
     "dog", RIGHTWARD),
    ("Okay so today we're looking at a clip where a walking dog walks from the right side of the frame to the left "
     "side. Chill vibes.",
     "dog", LEFTWARD),
    ("Behold a walking dog, that from the left side of the frame doth walk unto the right side, as if it had an errand "
     "there.",
     "dog", RIGHTWARD),
    ("Remember: a walking dog begins on the right side of the frame and walks to the left side. Every step counts!",
     "dog", LEFTWARD),
    ("Pacing? Great. A walking dog starts on the left side of the frame and strolls to the right side.",
     "dog", RIGHTWARD),
    ("Whither goest thou, walking dog? From the right side of the frame thou wanderest unto the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Okay so today we're looking at a clip with a ball that stays completely still, while a bird flies from the left "
     "of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Behold, the ball doth stay still; and a bird flieth from the right of the ball unto the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Visualise it: the ball stays still, and a car drives from the left of the ball to the right of the ball. You've "
     "got this!",
     "car", "ball", RIGHTWARD),
    ("In this clip the dog stays still the whole time, and a bird flies from the right of the dog to the left of the "
     "dog. Pretty cool.",
     "bird", "dog", LEFTWARD),
    ("Lo! The car stands still, and a dog doth walk from the left of the car unto the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Remember: the ball doesn't move. A bird flies from the right of the ball to the left of the ball. Stay grounded, "
     "stay steady!",
     "bird", "ball", LEFTWARD),
    ("Okay so today we're looking at a clip where a cat holds still while a dog walks from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The car moveth not, good gentles, while a dog walketh from the right of the car unto the left of the car.",
     "dog", "car", LEFTWARD),
    ("You've got this! Visualise it: the dog stays still, and a cat moves from the left of the dog to the right of the "
     "dog.",
     "cat", "dog", RIGHTWARD),
    ("Let's get into it: a ball sitting still, and a cat going from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("Lo, the dog stands still, and a cat doth pass from the left of the dog unto the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Remember: the dog stays still. A ball rolls from the right of the dog to the left of the dog. Calm and steady "
     "wins!",
     "ball", "dog", LEFTWARD),
    ("Okay so today we're looking at a clip where the bird stays still and a dog walks from the left of the bird to "
     "the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Behold! The cat doth stay still, whilst a bird flieth from the right of the cat unto the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Visualise it: the bird holds still, and a cat moves from the left of the bird to the right of the bird. You've "
     "got this!",
     "cat", "bird", RIGHTWARD),
    ("Hey everyone. In today's clip the cat doesn't move at all, and a bird flies from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("From the left of the cat unto the right of the cat a dog doth walk, and lo, the cat stirreth not.",
     "dog", "cat", RIGHTWARD),
    ("Remember: the dog stays still while a bird flies from the right of the dog to the left of the dog. Stillness and "
     "motion, together!",
     "bird", "dog", LEFTWARD),
    ("Okay so today we're looking at a clip where a dog walks from the left of the cat to the right of the cat, and "
     "the cat stays still throughout.",
     "dog", "cat", RIGHTWARD),
    ("Behold, the car stands still, and a bird doth fly from the right of the car unto the left of the car.",
     "bird", "car", LEFTWARD),
    ("You've got this! Visualise it: the car stays still, and a bird flies from the left of the car to the right of "
     "the car.",
     "bird", "car", RIGHTWARD),
    ("Quick look at this clip: the bird stays still, and a car drives from the right of the bird to the left of the "
     "bird.",
     "car", "bird", LEFTWARD),
    ("Lo, the cat remaineth still, while a bird flieth from the left of the cat unto the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Remember: the bird doesn't move. A car drives from the right of the bird to the left of the bird. Stay steady!",
     "car", "bird", LEFTWARD),
    ("Okay so today we're looking at a clip where the dog holds still and a bird flies from the left of the dog to the "
     "right of the dog. Let's get into it.",
     "bird", "dog", RIGHTWARD),
    ("A dog walketh from the right of the cat unto the left of the cat, and the cat, unmoved, doth keep still.",
     "dog", "cat", LEFTWARD),
    ("Visualise it: the dog stays still, and a ball rolls from the left of the dog to the right of the dog. You've got "
     "this!",
     "ball", "dog", RIGHTWARD),
    ("Verdict on the motion: the cat stays put, and a bird flies from the right of the cat to the left of the cat. "
     "Smooth.",
     "bird", "cat", LEFTWARD),
    ("Lo! The ball lieth still, and a car doth drive from the left of the ball unto the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Remember: the bird stays still, and a cat moves from the right of the bird to the left of the bird. You've got "
     "this!",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Behold, as seen from above: a moving car, that from the lower left corner doth drive to the lower right corner, "
     "and thence unto the upper right corner.",
     "car", BL_BR_TR),
    ("Visualise it from above: a moving car starts in the lower left corner, drives to the upper left corner, then "
     "finishes in the upper right corner. You've got this!",
     "car", BL_TL_TR),
    ("Okay so today we're looking at a top-down clip. A moving car starts in the bottom right corner, drives to the "
     "bottom left corner, then heads to the top left corner.",
     "car", BR_BL_TL),
    ("Lo, in a view from on high: a moving car beginneth in the lower right corner, then goeth to the upper right "
     "corner, and endeth in the upper left corner.",
     "car", BR_TR_TL),
    ("Remember, seen from directly above: a lively cat goes from the lower left corner to the lower right corner, then "
     "to the upper right corner. Stay on course!",
     "cat", BL_BR_TR),
    ("Okay so today we're looking at a clip shot from directly overhead. A lively cat starts in the lower left corner, "
     "runs to the upper left corner, then ends in the upper right corner.",
     "cat", BL_TL_TR),
    ("Behold from above: a lively cat doth run from the lower right corner unto the lower left corner, and then unto "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("You've got this! Visualise it, top-down: a lively cat starts in the lower right corner, goes to the upper right "
     "corner, and finishes in the upper left corner.",
     "cat", BR_TR_TL),
    ("Overhead footage time: a flying bird starts at the bottom left corner, flies to the bottom right corner, then "
     "over to the top right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, lo! A flying bird doth fly from the lower left corner to the upper left corner, and thence to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Remember, seen from above: a flying bird flies from the lower right corner to the lower left corner, then to the "
     "upper left corner. Keep climbing!",
     "bird", BR_BL_TL),
    ("Okay so today we're looking at this clip, shot from overhead. A flying bird goes from the lower right corner to "
     "the upper right corner, and ends in the upper left corner.",
     "bird", BR_TR_TL),
    ("Behold, from above, a moving ball that rolleth from the lower left corner unto the lower right corner, and then "
     "unto the upper right corner.",
     "ball", BL_BR_TR),
    ("Visualise it from directly above: a moving ball rolls from the lower left corner to the upper left corner, then "
     "to the upper right corner. You've got this!",
     "ball", BL_TL_TR),
    ("Top-down sample clip, and it's a moving ball. It starts in the lower right corner, rolls to the lower left "
     "corner, and finishes in the upper left corner.",
     "ball", BR_BL_TL),
    ("Lo, seen from on high: a moving ball doth roll from the lower right corner to the upper right corner, and thence "
     "unto the upper left corner.",
     "ball", BR_TR_TL),
    ("Remember, top-down view: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Every step matters!",
     "dog", BL_BR_TR),
    ("Okay so today we're looking at an overhead clip. A walking dog starts in the bottom left corner, walks to the "
     "top left corner, then to the top right corner.",
     "dog", BL_TL_TR),
    ("Behold, seen from above: a walking dog doth walk from the lower right corner unto the lower left corner, and "
     "then unto the upper left corner.",
     "dog", BR_BL_TL),
    ("You've got this! Visualise it from above: a walking dog starts in the lower right corner, walks to the upper "
     "right corner, and ends in the upper left corner.",
     "dog", BR_TR_TL),
    ("This clip is shot from directly above. A moving car goes from the lower left corner to the lower right corner, "
     "then to the upper right corner. Solid.",
     "car", BL_BR_TR),
    ("From above, behold a lively cat: first in the lower left corner, then in the upper left corner, and at the last "
     "in the upper right corner.",
     "cat", BL_TL_TR),
    ("Visualise it, seen from overhead: a flying bird starts in the lower right corner, flies to the lower left "
     "corner, then to the upper left corner. Own it!",
     "bird", BR_BL_TL),
    ("Okay so today we're looking at a top-down clip. A moving ball starts in the lower right corner, rolls to the "
     "upper right corner, then finishes in the upper left corner.",
     "ball", BR_TR_TL),
    ("Lo, viewed from above: a walking dog that walketh from the lower left corner to the lower right corner, and "
     "endeth in the upper right corner.",
     "dog", BL_BR_TR),
    ("Remember, from directly above: a moving car drives from the lower right corner to the upper right corner, then "
     "to the upper left corner. You've got this!",
     "car", BR_TR_TL),
    ("Hey everyone, welcome back. Overhead clip today: a lively cat runs from the bottom right corner to the bottom "
     "left corner, then to the top left corner.",
     "cat", BR_BL_TL),
    ("Behold, as from above: a flying bird doth fly from the lower left corner to the upper left corner, and then unto "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("You've got this! Visualise it, top-down: a moving ball rolls from the lower left corner to the lower right "
     "corner, and ends in the upper right corner.",
     "ball", BL_BR_TR),
    ("Okay so today we're looking at a clip shot from overhead. A walking dog goes from the lower right corner to the "
     "upper right corner, then finishes in the upper left corner.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
