"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like sets 20-28 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- numbered steps, as in a recipe or assembly instructions: "Step 1: ... Step 2: ...", "1) ... 2) ...",
  "First, ... Then, ... Finally, ..."; the step numbers are not counts, and they often sit next to a
  different count ("Step 2: Add three cars"), as a careful reader takes in stride;
- a formal legal or academic register: "The scene shall comprise ...", "hereinafter 'the animal'",
  "it is stipulated that ...", "for the duration of the first half of the recording", passive voice;
- polite questions and requests: "Could you show me ...?", "Would it be possible to see ...?", "What
  would it look like if ...?", "Can I get a clip where ...?", each still saying exactly what to draw.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; every count is written as a word ("a single", "a pair
of" included); numeracy prompts name nothing else a reader would draw as an object (only scenery: a
road, a lawn, the sky, a floor, a beach); 13 to 36 words each. It takes LVD's next draws: attribution
pairs 40-69 and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25-28), 152/180 = 84.4% (numeracy 21,
attribution 24, visibility 25, one-object 28, two-object 26, sequential 28 of 30): "add nothing else" and "no other object
shall be depicted", "hereinafter 'the animal'", "shall not be depicted during the first half" and request framing were the
misses.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Step 1: Start on an empty country road. Step 2: Put one car on it, driving steadily. Step 3: Keep it "
     "realistic and lively, with nothing else added.", "car", 1),
    ("The scene shall comprise exactly two cars in motion upon an otherwise empty road, and no further object "
     "shall be depicted; the rendering shall be realistic and lively.", "car", 2),
    ("Could you show me three cars driving down an empty road, with nothing else in the scene, in a realistic "
     "and lively style?", "car", 3),
    ("1) Open on a wide, empty highway. 2) Add four cars, all of them moving. 3) Add nothing else, and keep the "
     "look realistic.", "car", 4),
    ("It is stipulated that the scene shall contain one cat, hereinafter 'the animal', lively in demeanour, and "
     "no other object whatsoever, depicted realistically on an open lawn.", "cat", 1),
    ("Would it be possible to see two lively cats playing on a bare lawn, with no other animals or objects in "
     "view?", "cat", 2),
    ("First, show a patch of open grass. Then, let three lively cats play on it. Finally, make sure nothing "
     "else is in the shot.", "cat", 3),
    ("The recording shall depict four cats, each lively and in full view, upon an empty lawn; in accordance "
     "with the brief, no other object shall appear.", "cat", 4),
    ("Can I get a clip of a single bird flying through a clear sky, and nothing else, looking realistic and "
     "lively?", "bird", 1),
    ("Step 1: Fill the frame with clear sky. Step 2: Add two birds, both flying. Step 3: Keep the scene "
     "realistic, lively and otherwise empty.", "bird", 2),
    ("The scene shall comprise three birds in flight against an open sky, hereinafter 'the subjects', and "
     "shall include no further object; the style shall be realistic.", "bird", 3),
    ("Could you make a realistic, lively video with four birds flying across an empty sky and nothing else "
     "in it?", "bird", 4),
    ("1) Show a bare concrete yard. 2) Set one ball rolling across it. 3) Add nothing else, and keep it "
     "realistic and lively.", "ball", 1),
    ("It is stipulated that two balls shall be in motion for the duration of the recording, upon an otherwise "
     "empty surface, and that no other object shall be depicted.", "ball", 2),
    ("Would you be able to show me three moving balls on an empty floor, with nothing else around, filmed "
     "realistically?", "ball", 3),
    ("First, frame an empty gym floor. Then, send four balls rolling across it. Finally, leave out everything "
     "else and keep it lively.", "ball", 4),
    ("The scene shall comprise a single dog, hereinafter 'the animal', walking along an empty path; no other "
     "object shall be depicted, and the rendering shall be realistic and lively.", "dog", 1),
    ("Could I see two dogs walking side by side across an open field, with no other animals or objects, "
     "please?", "dog", 2),
    ("Step 1: Open on an empty beach. Step 2: Have three dogs walk along the sand. Step 3: Let nothing else "
     "enter, and keep it realistic and lively.", "dog", 3),
    ("Four dogs shall be depicted walking across an open meadow; it is stipulated that no further object of "
     "any kind shall appear, and the recording shall be realistic.", "dog", 4),
    ("What would it look like if three cars drove along an empty motorway, with nothing else in view? Could "
     "you show me that?", "car", 3),
    ("1) Set up an empty lawn. 2) Place two lively cats on it. 3) Leave everything else out. 4) Keep the look "
     "realistic.", "cat", 2),
    ("In accordance with the brief, the recording shall depict exactly one bird in flight across a clear sky, "
     "and no other object shall be shown.", "bird", 1),
    ("Can I get a realistic, lively clip with four balls rolling across an empty court, and nothing else?",
     "ball", 4),
    ("First, show an empty dirt path. Then, bring in two dogs walking along it. Finally, keep everything else "
     "out of the frame.", "dog", 2),
    ("It is stipulated that the scene shall comprise four cars, each in motion on an empty road, and that no "
     "further object shall be depicted for the duration of the recording.", "car", 4),
    ("Would it be possible to see just one lively cat on an empty lawn, with nothing else in the shot?",
     "cat", 1),
    ("Step 1: Show an open, clear sky. Step 2: Add three birds flying through it. Step 3: Add nothing more, "
     "and make it realistic.", "bird", 3),
    ("The recording shall depict a pair of balls, hereinafter 'the said balls', in motion upon an empty floor; "
     "no other object shall be depicted therein.", "ball", 2),
    ("Could you show me three dogs out walking on an empty beach, with no other animals or objects anywhere?",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40 to 69, in order.
_ATTRIBUTION = [
    ("Step 1: Park a blue car on a quiet street. Step 2: Have a green dog sit beside it. Step 3: Keep both in "
     "view, realistic and lively.", "dog", "green", "car", "blue"),
    ("The scene shall comprise a black cat and a brown ball, the former playing with the latter, both "
     "remaining in view for the duration of the recording.", "cat", "black", "ball", "brown"),
    ("Could you show me a purple car with a red cat sitting on the pavement beside it?",
     "car", "purple", "cat", "red"),
    ("First, place a brown cat on a lawn. Then, let a gray dog lie down next to it. Finally, keep both in the "
     "shot, realistic and lively.", "dog", "gray", "cat", "brown"),
    ("It is stipulated that a black car shall be parked and a brown dog shall stand beside it, both being "
     "depicted realistically throughout.", "car", "black", "dog", "brown"),
    ("Would it be possible to see a pink dog playing with a yellow ball in a lively, realistic scene?",
     "ball", "yellow", "dog", "pink"),
    ("1) Put a white dog on the grass. 2) Put a gray cat next to it. 3) Keep both visible the whole time.",
     "cat", "gray", "dog", "white"),
    ("The recording shall depict a yellow dog, hereinafter 'the animal', standing beside an orange car, in "
     "accordance with a realistic and lively style.", "dog", "yellow", "car", "orange"),
    ("Can I get a clip where a black bird perches near a brown cat, both clearly visible?",
     "bird", "black", "cat", "brown"),
    ("Step 1: Park a red car by the curb. Step 2: Rest a white ball next to its front wheel. Step 3: Keep the "
     "shot realistic.", "ball", "white", "car", "red"),
    ("The scene shall comprise a white ball and a black cat, the cat being engaged in play with the ball, both "
     "of which shall be visible throughout.", "ball", "white", "cat", "black"),
    ("Could you show me a yellow cat batting at a pink ball, realistic and lively?",
     "cat", "yellow", "ball", "pink"),
    ("First, park a black car on an empty street. Then, add an orange bird perched on its roof. Finally, keep "
     "both in frame.", "car", "black", "bird", "orange"),
    ("It is stipulated that an orange ball shall lie on the road beside a brown car, both objects being "
     "depicted for the duration of the recording.", "ball", "orange", "car", "brown"),
    ("Would it be possible to see a gray bird hopping about near a green cat?", "bird", "gray", "cat", "green"),
    ("1) Park a blue car in a driveway. 2) Have a red cat sit on the driveway beside it. 3) Keep both in view, "
     "realistic and lively.", "car", "blue", "cat", "red"),
    ("The recording shall depict a white ball resting beside a black car, hereinafter 'the vehicle', in a "
     "realistic and lively manner.", "ball", "white", "car", "black"),
    ("Can I get a realistic video of a green bird pecking at a white ball on the grass?",
     "bird", "green", "ball", "white"),
    ("Step 1: Drop a blue ball on the lawn. Step 2: Have a yellow dog sniff at it. Step 3: Keep both in view "
     "to the end.", "ball", "blue", "dog", "yellow"),
    ("The scene shall comprise a yellow bird and a blue ball, the bird being perched upon the ball, both "
     "remaining visible throughout the recording.", "bird", "yellow", "ball", "blue"),
    ("Could you show me a brown bird standing next to a black ball?", "bird", "brown", "ball", "black"),
    ("First, sit a blue cat on the lawn. Then, add a brown bird hopping nearby. Finally, keep both visible, "
     "realistic and lively.", "bird", "brown", "cat", "blue"),
    ("It is stipulated that a blue bird shall perch upon the bonnet of a red car, and that both shall remain "
     "in view for the duration of the recording.", "bird", "blue", "car", "red"),
    ("What would it look like if a pink cat played with a purple ball? Could you show me that, realistically?",
     "ball", "purple", "cat", "pink"),
    ("1) Place a yellow dog on a rug. 2) Place a red cat beside it. 3) Keep both in view, realistic and "
     "lively.", "dog", "yellow", "cat", "red"),
    ("The scene shall comprise a green bird and a yellow dog, hereinafter 'the animals', both of which shall "
     "be depicted realistically throughout.", "bird", "green", "dog", "yellow"),
    ("Would you mind showing a red cat sitting beside a gray car on a quiet street?",
     "car", "gray", "cat", "red"),
    ("Step 1: Show a black cat on the grass. Step 2: Show a red bird perched a little way off. Step 3: Keep "
     "the whole scene realistic.", "bird", "red", "cat", "black"),
    ("In accordance with the brief, a white bird and an orange cat shall be depicted together, the cat "
     "observing the bird, in a realistic manner.", "bird", "white", "cat", "orange"),
    ("Can I get a clip with a green bird next to a black ball, both in view the whole time?",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Step 1: Show an empty road for the first half of the video. Step 2: In the second half, have a car "
     "drive into view. Step 3: Keep it there to the end.", "car"),
    ("The car shall not be depicted during the first half of the recording; it shall appear only in the "
     "second half thereof.", "car"),
    ("Could you show me a road where a car only appears in the second half of the video, with no car before "
     "that?", "car"),
    ("First, film an empty lawn for the first half. Then, let a cat appear at the halfway point. Finally, keep "
     "the cat in view until the end.", "cat"),
    ("It is stipulated that the cat, hereinafter 'the animal', shall be absent for the first half of the "
     "recording and present only in the second half.", "cat"),
    ("Would it be possible to see a lively cat that shows up only in the second half of the clip, and not "
     "before?", "cat"),
    ("1) Keep the sky empty for the first half. 2) Have a bird fly into view in the second half. 3) Let it "
     "stay until the end.", "bird"),
    ("A bird shall enter the scene only upon the commencement of the second half of the recording and shall "
     "not be visible prior thereto.", "bird"),
    ("Can I get a clip where a bird appears only in the second half of the video?", "bird"),
    ("Step 1: For the first half, show an empty floor and no ball. Step 2: In the second half, roll a ball "
     "in. Step 3: Keep the ball there until the end.", "ball"),
    ("The ball shall be absent for the duration of the first half of the recording and shall appear only in "
     "the second half.", "ball"),
    ("What would it look like if a ball only came into the scene in the second half of the video? Could you "
     "show me?", "ball"),
    ("First, show an empty park path for the first half. Then, let a dog walk in during the second half. "
     "Finally, keep the dog in shot to the end.", "dog"),
    ("It is stipulated that a walking dog shall appear in the recording only in the second half, having been "
     "absent throughout the first half.", "dog"),
    ("Could you make a video where a dog doesn't appear until the second half, then walks around until the "
     "end?", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Step 1: Show a car driving along in the first half. Step 2: Have it drive out of view by the halfway "
     "point. Step 3: Keep the road empty for the second half.", "car"),
    ("The car shall be depicted only during the first half of the recording and shall be absent for the "
     "entirety of the second half.", "car"),
    ("Could you show me a moving car that is in the scene only for the first half and gone for the second "
     "half?", "car"),
    ("1) Show a lively cat in the first half. 2) Have it leave at the halfway point. 3) Keep it out of the "
     "second half entirely.", "cat"),
    ("It is stipulated that the cat shall be present in the first half of the recording and shall not appear "
     "in the second half.", "cat"),
    ("Would it be possible to have a cat that appears only in the first half of the video and then "
     "disappears?", "cat"),
    ("First, show a bird flying in the first half. Then, have it fly away before the halfway point. Finally, "
     "leave the sky empty for the second half.", "bird"),
    ("A flying bird shall be visible for the duration of the first half of the recording only; in the second "
     "half no bird shall be depicted.", "bird"),
    ("Can I get a clip where a bird is there in the first half and gone for the whole second half?", "bird"),
    ("Step 1: Roll a ball across the floor in the first half. Step 2: Remove it at the midpoint. Step 3: Show "
     "no ball in the second half.", "ball"),
    ("The ball, hereinafter 'the object', shall appear only in the first half of the recording, and shall be "
     "absent in the second half thereof.", "ball"),
    ("What would it look like if a moving ball were visible in the first half of the video only? Could you "
     "show that?", "ball"),
    ("1) Have a dog walk around in the first half. 2) Have it walk off before the second half begins. 3) Keep "
     "the dog out of the second half.", "dog"),
    ("It is stipulated that a walking dog shall be depicted in the first half of the recording and shall be "
     "absent for the whole of the second half.", "dog"),
    ("Could I see a dog walking about in the first half of the video only, with no dog in the second half?",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Step 1: Place a car at the left edge of the frame. Step 2: Drive it across. Step 3: Stop it at the "
     "right edge.", "car", RIGHTWARD),
    ("The car shall travel from the left of the frame to the right of the frame for the duration of the "
     "recording.", "car", RIGHTWARD),
    ("Could you show me a car driving from the left side of the screen to the right side?", "car", RIGHTWARD),
    ("First, start a car on the right side of the frame. Then, drive it across. Finally, end it on the left "
     "side.", "car", LEFTWARD),
    ("It is stipulated that the car shall commence on the right of the scene and conclude on the left "
     "thereof.", "car", LEFTWARD),
    ("Would it be possible to see a car moving from right to left across the frame?", "car", LEFTWARD),
    ("1) Start the cat at the left of the frame. 2) Have it walk across. 3) End it at the right.",
     "cat", RIGHTWARD),
    ("A lively cat, hereinafter 'the animal', shall be depicted moving from the left of the scene to the "
     "right.", "cat", RIGHTWARD),
    ("Can I get a clip where a cat walks from the left of the frame to the right?", "cat", RIGHTWARD),
    ("Step 1: Show a cat on the right side. Step 2: Let it trot leftward across the frame. Step 3: Finish with "
     "it on the left side.", "cat", LEFTWARD),
    ("The cat shall move from the right-hand side of the frame to the left-hand side over the course of the "
     "recording.", "cat", LEFTWARD),
    ("What would it look like if a cat ran from the right of the screen to the left? Could you show me?",
     "cat", LEFTWARD),
    ("First, show a bird at the left of the sky. Then, let it fly across. Finally, have it reach the right "
     "side.", "bird", RIGHTWARD),
    ("It is stipulated that a bird shall fly from the left of the frame to the right thereof.", "bird", RIGHTWARD),
    ("Could you show me a bird flying from left to right across the screen?", "bird", RIGHTWARD),
    ("1) Begin with a bird on the right. 2) Fly it leftward across the frame. 3) End with it on the left.",
     "bird", LEFTWARD),
    ("A flying bird shall be depicted traversing the scene from right to left for the duration of the "
     "recording.", "bird", LEFTWARD),
    ("Would it be possible to see a bird fly from the right side of the frame to the left side?",
     "bird", LEFTWARD),
    ("Step 1: Set a ball at the left edge. Step 2: Roll it across the frame. Step 3: Let it come to rest at "
     "the right edge.", "ball", RIGHTWARD),
    ("The ball shall roll from the left of the scene to the right of the scene, in accordance with a "
     "realistic style.", "ball", RIGHTWARD),
    ("Can I get a clip of a ball rolling from the left of the frame to the right?", "ball", RIGHTWARD),
    ("First, place a ball on the right side of the frame. Then, roll it across. Finally, stop it on the left "
     "side.", "ball", LEFTWARD),
    ("It is stipulated that a moving ball shall travel from the right of the frame to the left of the "
     "frame.", "ball", LEFTWARD),
    ("What would it look like if a ball rolled from right to left across the screen? Could you show me that?",
     "ball", LEFTWARD),
    ("1) Start a dog at the left of the frame. 2) Walk it across. 3) Finish at the right.", "dog", RIGHTWARD),
    ("A walking dog shall proceed from the left-hand side of the scene to the right-hand side thereof.",
     "dog", RIGHTWARD),
    ("Could you show me a dog walking from the left of the screen over to the right?", "dog", RIGHTWARD),
    ("Step 1: Place a dog at the right edge. Step 2: Have it walk across. Step 3: Stop it at the left edge.",
     "dog", LEFTWARD),
    ("The dog, hereinafter 'the animal', shall walk from the right of the frame to the left of the frame.",
     "dog", LEFTWARD),
    ("What would it look like if a dog ran from the right to the left of the frame?", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object draws 30 to 49 then 0 to 9, in order.
_DYNAMIC_TWO = [
    ("Step 1: Rest a ball on the grass. Step 2: Start a bird to the left of the ball. Step 3: Fly the bird "
     "over to the right of the ball.", "bird", "ball", RIGHTWARD),
    ("The ball shall remain at rest; a bird shall move from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Could you show me a car driving from the left of a ball to its right, with the ball staying put?",
     "car", "ball", RIGHTWARD),
    ("First, sit a dog on the lawn. Then, start a bird on the dog's right. Finally, fly the bird to the dog's "
     "left.", "bird", "dog", LEFTWARD),
    ("It is stipulated that a dog shall walk from the left of a parked car to the right of the said car.",
     "dog", "car", RIGHTWARD),
    ("Would it be possible to see a bird fly from the right of a ball over to its left?",
     "bird", "ball", LEFTWARD),
    ("1) Sit a cat in the middle. 2) Start a dog to the left of the cat. 3) Walk the dog past to the right of "
     "the cat.", "dog", "cat", RIGHTWARD),
    ("A car shall be parked; a dog shall move from the right of the car to its left over the course of the "
     "recording.", "dog", "car", LEFTWARD),
    ("Can I get a clip where a cat runs from the left of a sitting dog to its right?", "cat", "dog", RIGHTWARD),
    ("Step 1: Leave a ball on the floor. Step 2: Start a cat on the right of the ball. Step 3: Have the cat "
     "walk to the ball's left.", "cat", "ball", LEFTWARD),
    ("The dog shall remain stationary, and the cat shall pass from the left of the dog to the right thereof.",
     "cat", "dog", RIGHTWARD),
    ("What would it look like if a ball rolled from the right of a dog to its left? Could you show me?",
     "ball", "dog", LEFTWARD),
    ("First, have a bird stand still on the ground. Then, start a dog on the bird's left. Finally, walk the "
     "dog to the bird's right.", "dog", "bird", RIGHTWARD),
    ("It is stipulated that a bird shall fly from the right of a stationary cat to the left of the said cat.",
     "bird", "cat", LEFTWARD),
    ("Could you show me a cat walking from the left of a bird to the bird's right?", "cat", "bird", RIGHTWARD),
    ("1) Seat a cat on the lawn. 2) Start a bird on the right of the cat. 3) Fly the bird to the left of the "
     "cat.", "bird", "cat", LEFTWARD),
    ("The cat shall remain seated while a dog, hereinafter 'the mover', proceeds from the left of the cat to "
     "its right.", "dog", "cat", RIGHTWARD),
    ("Would it be possible to see a bird flying from the right of a dog to the dog's left?",
     "bird", "dog", LEFTWARD),
    ("Step 1: Have a cat sit still. Step 2: Begin a dog on the cat's left. Step 3: Walk the dog to the cat's "
     "right.", "dog", "cat", RIGHTWARD),
    ("A bird shall fly from the right of a parked car to the left of the car for the duration of the "
     "recording.", "bird", "car", LEFTWARD),
    ("Can I get a clip where a bird flies from the left of a parked car to its right?", "bird", "car", RIGHTWARD),
    ("First, set a bird on the road. Then, start a car to the right of the bird. Finally, drive the car past "
     "to the left of the bird.", "car", "bird", LEFTWARD),
    ("It is stipulated that a bird shall move from the left of a cat to the right of the cat, the cat being "
     "stationary.", "bird", "cat", RIGHTWARD),
    ("What would it look like if a car drove from the right of a bird to its left? Could you show me?",
     "car", "bird", LEFTWARD),
    ("1) Have a dog lie still. 2) Start a bird on the dog's left. 3) Fly the bird over to the dog's right.",
     "bird", "dog", RIGHTWARD),
    ("The dog shall walk from the right of the cat to the left of the cat, the cat remaining in place "
     "throughout.", "dog", "cat", LEFTWARD),
    ("Could you show me a ball rolling from the left of a dog to the dog's right?", "ball", "dog", RIGHTWARD),
    ("Step 1: Show a cat sitting still. Step 2: Put a bird on the right of the cat. Step 3: Fly the bird to "
     "the left of the cat.", "bird", "cat", LEFTWARD),
    ("A ball shall lie at rest, and a car shall travel from the left of the ball to the right thereof.",
     "car", "ball", RIGHTWARD),
    ("Would it be possible to see a cat walking from the right of a bird to its left?", "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Step 1: Film from directly above. Step 2: Start a car in the lower left. Step 3: Drive it to the lower "
     "right. Step 4: Drive it on to the upper right.", "car", BL_BR_TR),
    ("Viewed from above, the car shall commence in the lower left of the scene, proceed first to the upper "
     "left, and thereafter to the upper right.", "car", BL_TL_TR),
    ("Could you show me a top-down view of a car that starts in the lower right, drives to the lower left, and "
     "then to the upper left?", "car", BR_BL_TL),
    ("First, look straight down on the scene with a car at the lower right. Then, drive it up to the upper "
     "right. Finally, drive it across to the upper left.", "car", BR_TR_TL),
    ("It is stipulated that, in a top-down view, the car shall be positioned initially at the lower left, "
     "shall move next to the lower right, and shall conclude at the upper right.", "car", BL_BR_TR),
    ("Would it be possible to see, from overhead, a car going from the lower left up to the upper left and "
     "then over to the upper right?", "car", BL_TL_TR),
    ("1) Use a top-down view. 2) Put a cat at the lower right. 3) Have it walk to the lower left. 4) Have it "
     "walk up to the upper left.", "cat", BR_BL_TL),
    ("In a scene viewed from above, a cat shall be situated initially at the lower right, and shall move first "
     "to the upper right and then to the upper left.", "cat", BR_TR_TL),
    ("Can I get an overhead view of a cat walking from the lower left to the lower right, then up to the "
     "upper right?", "cat", BL_BR_TR),
    ("Step 1: Look down on the scene from above. Step 2: Place a cat in the lower left. Step 3: Move it up to "
     "the upper left. Step 4: Move it across to the upper right.", "cat", BL_TL_TR),
    ("The cat, viewed from above, shall begin at the lower right of the scene, proceed to the lower left, and "
     "finish at the upper left.", "cat", BR_BL_TL),
    ("What would it look like, seen from straight above, if a cat ran from the lower right to the upper right "
     "and then to the upper left?", "cat", BR_TR_TL),
    ("First, show the scene from directly overhead with a bird in the lower left. Then, fly it to the lower "
     "right. Finally, fly it up to the upper right.", "bird", BL_BR_TR),
    ("It is stipulated that, in a top-down view, a bird shall fly from the lower left to the upper left, and "
     "subsequently to the upper right.", "bird", BL_TL_TR),
    ("Could you show me, from above, a bird that starts at the lower right, flies to the lower left, and then "
     "on to the upper left?", "bird", BR_BL_TL),
    ("1) Film from overhead. 2) Start a bird at the lower right. 3) Fly it up to the upper right. 4) Fly it "
     "over to the upper left.", "bird", BR_TR_TL),
    ("A bird, observed from above, shall be located initially in the lower left, shall move first to the "
     "lower right, and shall end in the upper right.", "bird", BL_BR_TR),
    ("Would it be possible to see a top-down shot of a bird going from the lower left to the upper left, then "
     "to the upper right?", "bird", BL_TL_TR),
    ("Step 1: Shoot the scene from straight above. Step 2: Place a ball at the lower right. Step 3: Roll it to "
     "the lower left. Step 4: Roll it up to the upper left.", "ball", BR_BL_TL),
    ("In a top-down view, the ball shall commence at the lower right, roll first to the upper right, and "
     "thereafter to the upper left.", "ball", BR_TR_TL),
    ("Can I get an overhead clip of a ball rolling from the lower left to the lower right and then to the "
     "upper right?", "ball", BL_BR_TR),
    ("First, view the scene from above with a ball in the lower left. Then, roll it up to the upper left. "
     "Finally, roll it across to the upper right.", "ball", BL_TL_TR),
    ("It is stipulated that a ball, viewed from overhead, shall be positioned initially at the lower right, "
     "move next to the lower left, and conclude at the upper left.", "ball", BR_BL_TL),
    ("What would it look like from above if a ball rolled from the lower right up to the upper right, then "
     "over to the upper left?", "ball", BR_TR_TL),
    ("1) Take a top-down view. 2) Start a dog at the lower left. 3) Walk it to the lower right. 4) Walk it up "
     "to the upper right.", "dog", BL_BR_TR),
    ("The dog shall, in a scene viewed from above, begin at the lower left, move first to the upper left, and "
     "then to the upper right.", "dog", BL_TL_TR),
    ("Could you show me from overhead a dog walking from the lower right to the lower left, then up to the "
     "upper left?", "dog", BR_BL_TL),
    ("Step 1: Look straight down at the scene. Step 2: Put a dog in the lower right. Step 3: Walk it up to "
     "the upper right. Step 4: Walk it across to the upper left.", "dog", BR_TR_TL),
    ("A dog, observed from above, shall be situated initially in the lower left, shall proceed to the lower "
     "right, and shall finish in the upper right.", "dog", BL_BR_TR),
    ("Would it be possible to see, from a top-down angle, a dog going from the lower left up to the upper "
     "left and then across to the upper right?", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
