"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a sports coach talking a team through a whiteboard play ("Listen up, team. Here's the play: ...",
  "At halftime ...", "Second half: ...", "Run it."), where the coach, the team, the board and any game
  are never in the video, and the play's first half, halftime and second half are the clip's halves;
- a patent claim ("What is claimed is: a video clip comprising ...", "wherein ...", "said dog"),
  where the inventor, the patent office and the claim's wording are never in the video, and each
  limitation of the claim is a plain fact about the clip;
- a song's lyric sheet with bracketed headings ("[Intro] ...", "[Verse] ... / ...", "[Pre-Chorus]",
  "[Chorus]", "[Bridge]", "[Outro]"), where the singer, the band and the music are never in the video,
  each sung line states a scene fact plainly, and the sections run in the clip's order.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 20-49, and two-object relations
10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 6d974a6 155/180 = 86.1% (numeracy 20, attribution 29, visibility 28, one-object 27, two-object 30,
sequential 21 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Listen up, team. Here's the play: one moving car in the frame from start to finish, and nothing else in the frame. "
     "Run it.",
     "car", 1),
    ("What is claimed is: a video clip comprising exactly two moving cars, said cars being present from the beginning of "
     "the clip to its end, the clip containing no other object.",
     "car", 2),
    ("[Verse] Three moving cars, there from the very start / [Chorus] Three moving cars still there at the end, and "
     "nothing else in sight",
     "car", 3),
    ("Okay, eyes on me. Four moving cars. They're on from the opening to the last moment, and nobody and nothing else "
     "comes on.",
     "car", 4),
    ("We claim: a video clip comprising one lively cat, wherein said cat is visible throughout the clip and wherein no "
     "other object is shown.",
     "cat", 1),
    ("[Verse] Two lively cats from the start of the clip / [Chorus] Still two lively cats when it ends / [Outro] Nothing "
     "else, just them",
     "cat", 2),
    ("Here's how we run it, people: three lively cats, all in the frame the whole time. Nothing else out there. Got it?",
     "cat", 3),
    ("What is claimed is: a video clip comprising four lively cats visible from start to end, and nothing further.",
     "cat", 4),
    ("[Verse] One flying bird, alone the whole way through / [Chorus] From the start till the end, nothing else in view",
     "bird", 1),
    ("Huddle up. Two flying birds, both in the frame from the start to the end of the play. That's all there is.",
     "bird", 2),
    ("We claim: a video clip consisting of three flying birds, said birds remaining in view for the whole duration of "
     "the clip.",
     "bird", 3),
    ("[Verse] Four flying birds at the start of the song / [Chorus] Four flying birds still there all along / [Outro] "
     "And nothing else at all",
     "bird", 4),
    ("Listen up. One moving ball, on from the start and still on at the end. Nothing else out there. Break!",
     "ball", 1),
    ("What is claimed is: a video clip comprising two moving balls, wherein both balls are present for the entire clip "
     "and no other object is present.",
     "ball", 2),
    ("[Verse] Three moving balls, right from the start / [Chorus] Three moving balls right through to the end, only "
     "them and nothing more",
     "ball", 3),
    ("Okay, here's the setup: four moving balls in the frame for the whole play, start to finish, and nothing else.",
     "ball", 4),
    ("We claim: a video clip comprising a single walking dog, said dog being present throughout, the clip showing "
     "nothing else.",
     "dog", 1),
    ("[Verse] Two walking dogs from the very start of the clip / [Chorus] Two walking dogs right to the end / [Outro] Nothing "
     "else there",
     "dog", 2),
    ("Eyes up, team. Three walking dogs. They start in the frame, they stay in the frame till the end. Nothing else. "
     "Run it.",
     "dog", 3),
    ("What is claimed is: a video clip comprising four walking dogs, wherein said dogs are present from start to end "
     "and wherein the clip contains no other object.",
     "dog", 4),
    ("[Intro] Three moving cars / [Verse] Nothing more, nothing less / [Chorus] Three moving cars from start to end",
     "car", 3),
    ("Alright, listen. Two lively cats on from the start, still on at the end. Nothing else in this play.",
     "cat", 2),
    ("I claim: a video clip characterised in that four flying birds are present in every frame of it, and no other object is.",
     "bird", 4),
    ("[Verse] Just one moving ball / [Chorus] It's there from the start and it's there at the end, with nothing else "
     "around",
     "ball", 1),
    ("Here's the play, folks: two walking dogs, in the frame the whole time. Nothing else. Let's go.",
     "dog", 2),
    ("What is claimed is: a video clip comprising one moving car, said car being visible throughout, the clip "
     "containing nothing else.",
     "car", 1),
    ("[Verse] Four lively cats at the start / [Chorus] Four lively cats at the end, and nothing else in between",
     "cat", 4),
    ("Listen up. Two flying birds, on the whole play, start to end. Nothing else comes on. Run it.",
     "bird", 2),
    ("We claim: a video clip comprising three moving balls, wherein all said balls remain visible for the entire clip "
     "and nothing else is shown.",
     "ball", 3),
    ("[Verse] Three walking dogs from the start of the clip / [Chorus] The same three walking dogs at the very end / "
     "[Outro] Nothing else",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Listen up, team. Here's the play: a brown ball and an orange cat, side by side, the whole time. Run it.",
     "ball", "brown", "cat", "orange"),
    ("What is claimed is: a video clip comprising a gray dog and an orange ball positioned next to each other throughout "
     "the clip.",
     "dog", "gray", "ball", "orange"),
    ("[Verse] A yellow ball and an orange cat / [Chorus] Side by side from the start to the end",
     "ball", "yellow", "cat", "orange"),
    ("Okay, eyes on me. A purple dog next to a brown car. They're both on from the start to the end of the play.",
     "dog", "purple", "car", "brown"),
    ("We claim: a video clip comprising a gray dog and a blue car, said dog and said car being shown together for the "
     "entire clip.",
     "dog", "gray", "car", "blue"),
    ("[Verse] A white car standing there / [Chorus] An orange bird right beside it, the whole way through",
     "car", "white", "bird", "orange"),
    ("Huddle up. A brown car with a blue bird beside it. Both stay on from the start to the end.",
     "car", "brown", "bird", "blue"),
    ("What is claimed is: a video clip comprising a blue car and a yellow cat, wherein said cat is beside said car "
     "throughout.",
     "car", "blue", "cat", "yellow"),
    ("[Verse] A gray cat and a yellow bird / [Chorus] Together in the frame from the first moment to the last",
     "cat", "gray", "bird", "yellow"),
    ("Here's how we line up: a white dog and a black car, next to each other, on for the whole play.",
     "dog", "white", "car", "black"),
    ("A video clip, comprising: a red car; and a brown bird beside said car; characterised in that both are present "
     "from start to end.",
     "car", "red", "bird", "brown"),
    ("[Verse] A purple cat beside a green car / [Chorus] The two of them there the whole way through",
     "cat", "purple", "car", "green"),
    ("Listen up. A gray car and an orange dog, side by side. Nobody leaves. Break!",
     "car", "gray", "dog", "orange"),
    ("What is claimed is: a video clip comprising a red cat and a gray dog, said cat being next to said dog for the "
     "duration of the clip.",
     "cat", "red", "dog", "gray"),
    ("[Verse] A red dog next to a gray car / [Chorus] Both in the frame from the start till the end",
     "dog", "red", "car", "gray"),
    ("Okay, team: a purple dog and a yellow car, next to each other, from the opening to the end. Got it?",
     "dog", "purple", "car", "yellow"),
    ("We claim: a video clip comprising a red cat and a gray ball, wherein said ball lies beside said cat throughout the "
     "clip.",
     "cat", "red", "ball", "gray"),
    ("[Verse] A brown cat and a blue dog / [Chorus] Standing side by side from start to end",
     "cat", "brown", "dog", "blue"),
    ("Eyes up. A white dog with a red cat right beside it, both on for the whole play. Run it.",
     "dog", "white", "cat", "red"),
    ("What is claimed is: a video clip comprising a yellow bird and an orange car, side by side, visible from the "
     "beginning to the end.",
     "bird", "yellow", "car", "orange"),
    ("[Verse] A green dog beside a blue car / [Chorus] Together the whole way through, from start to end",
     "dog", "green", "car", "blue"),
    ("Here's the play, folks: a black cat and a brown ball, side by side, on from the start to the end.",
     "cat", "black", "ball", "brown"),
    ("We claim: a video clip comprising a purple car and a red cat, said car and said cat being next to each other "
     "throughout.",
     "car", "purple", "cat", "red"),
    ("[Verse] A gray dog here, a brown cat there / [Pre-Chorus] Right next to each other / [Chorus] From the start to the end",
     "dog", "gray", "cat", "brown"),
    ("Listen up, team. A black car with a brown dog beside it. Both stay on, start to finish.",
     "car", "black", "dog", "brown"),
    ("What is claimed is: a video clip comprising a yellow ball and a pink dog, wherein said ball and said dog appear "
     "together for the whole clip.",
     "ball", "yellow", "dog", "pink"),
    ("[Verse] A gray cat beside a white dog / [Chorus] Side by side the whole way through",
     "cat", "gray", "dog", "white"),
    ("Okay, here's the setup: a yellow dog and an orange car, next to one another, on the whole play.",
     "dog", "yellow", "car", "orange"),
    ("We claim: a video clip comprising a black bird and a brown cat, both shown side by side from start to end.",
     "bird", "black", "cat", "brown"),
    ("[Chorus] A white ball and a red car, together in the frame / [Outro] From the start to the end, side by side",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Listen up, team. First half: no car in the frame. At halftime a moving car comes on, and it stays on for the whole "
     "second half.",
     "car"),
    ("What is claimed is: a video clip comprising a first half in which no car is present, and a second half in which "
     "a moving car is present.",
     "car"),
    ("[Verse] No car in the first half, nothing there at all / [Chorus] Then in the second half a moving car appears and "
     "stays",
     "car"),
    ("Okay, eyes on me. No cat for the first half. Second half, a lively cat shows up and stays till the end.",
     "cat"),
    ("We claim: a video clip wherein no cat is visible during the first half and a lively cat is visible during the "
     "second half.",
     "cat"),
    ("[Verse] First half of the clip, no cat anywhere / [Chorus] Second half, a lively cat is there to the end",
     "cat"),
    ("Huddle up. There is no bird in the first half. Right at halftime a flying bird comes on and stays for the second "
     "half.",
     "bird"),
    ("What is claimed is: a video clip comprising a flying bird, wherein said bird is absent in the first half and "
     "present in the second half.",
     "bird"),
    ("[Verse] Empty of birds, the first half goes by, no bird at all / [Bridge] Then the second half begins / [Chorus] A "
     "flying bird comes in and stays until the end",
     "bird"),
    ("Here's the play: no ball out there for the first half. Second half, a moving ball comes on and stays. Run it.",
     "ball"),
    ("We claim: a video clip in which no ball appears in the first half, and in which a moving ball is present "
     "throughout the second half.",
     "ball"),
    ("[Verse] Through the first half there's no ball / [Chorus] In the second half a moving ball appears and stays",
     "ball"),
    ("Listen up. First half, no dog. Second half, a walking dog comes on and stays on till the end. Break!",
     "dog"),
    ("What is claimed is: a video clip comprising a walking dog, said dog being absent from the first half of the clip "
     "and present in the second half.",
     "dog"),
    ("[Verse] There's no dog in the first half / [Chorus] Then a walking dog comes in for the second half and stays",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Listen up, team. A moving car is on for the first half. At halftime it comes off, and there's no car in the "
     "second half.",
     "car"),
    ("We claim: a video clip comprising a moving car, wherein said car is present in the first half and absent from "
     "the second half.",
     "car"),
    ("[Verse] A moving car in the first half / [Chorus] Then it's gone, no car in the second half",
     "car"),
    ("Okay, eyes up. A lively cat on for the first half. Second half, no cat. It's gone.",
     "cat"),
    ("What is claimed is: a video clip in which a lively cat is visible during the first half and no cat is visible "
     "during the second half.",
     "cat"),
    ("[Verse] A lively cat is there in the first half / [Chorus] In the second half there's no cat at all",
     "cat"),
    ("Huddle up. First half: a flying bird in the frame. Second half: no bird. It leaves at halftime and doesn't come "
     "back.",
     "bird"),
    ("I claim: a video clip characterised in that a flying bird is present in its first half only, its second half "
     "containing no bird.",
     "bird"),
    ("[Verse] A flying bird through the first half / [Chorus] Gone by the second half, no bird anymore",
     "bird"),
    ("Here's the play: a moving ball on for the first half, then off at halftime. No ball in the second half.",
     "ball"),
    ("What is claimed is: a video clip comprising a moving ball, wherein said ball appears in the first half and does "
     "not appear in the second half.",
     "ball"),
    ("[Verse] A moving ball in the first half / [Bridge] Halfway through, it goes / [Chorus] In the second half it's "
     "gone, no ball there",
     "ball"),
    ("Listen up. A walking dog for the first half. At halftime the dog goes off. No dog in the second half. Break!",
     "dog"),
    ("We claim: a video clip in which a walking dog is present during the first half and no dog is present during the "
     "second half.",
     "dog"),
    ("[Verse] A walking dog in the first half / [Chorus] Then it's gone and there's no dog in the second half",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Listen up, team. The moving car starts on the left side of the frame and runs all the way to the right side.",
     "car", RIGHTWARD),
    ("What is claimed is: a video clip comprising a moving car, wherein said car travels from the right side of the "
     "frame to the left side of the frame.",
     "car", LEFTWARD),
    ("[Verse] A moving car on the left side of the frame / [Chorus] Driving across till it's on the right side",
     "car", RIGHTWARD),
    ("Okay, eyes on me. Moving car, right side of the frame at the start. By the end, it's on the left side.",
     "car", LEFTWARD),
    ("We claim: a video clip in which a moving car is on the left side of the frame at the start and on the right side "
     "of the frame at the end.",
     "car", RIGHTWARD),
    ("[Verse] A moving car on the right side of the frame / [Chorus] Rolling over to the left side by the end",
     "car", LEFTWARD),
    ("Huddle up. A lively cat goes from the left side of the frame to the right side. That's the whole play.",
     "cat", RIGHTWARD),
    ("What is claimed is: a video clip comprising a lively cat moving from the right side of the frame to the left side "
     "of the frame.",
     "cat", LEFTWARD),
    ("[Verse] A lively cat on the left side of the frame / [Chorus] Walking across to the right side",
     "cat", RIGHTWARD),
    ("Here's the play: lively cat starts on the right side of the frame, cuts across, finishes on the left side.",
     "cat", LEFTWARD),
    ("We claim: a video clip comprising a lively cat, wherein said cat begins on the left side of the frame and ends on "
     "the right side of the frame.",
     "cat", RIGHTWARD),
    ("[Verse] A lively cat starts on the right side of the frame / [Chorus] And walks over to the left side",
     "cat", LEFTWARD),
    ("Listen up. A flying bird starts on the left side of the frame and flies over to the right side. Run it.",
     "bird", RIGHTWARD),
    ("What is claimed is: a video clip in which a flying bird crosses the frame from the right side to the left side.",
     "bird", LEFTWARD),
    ("[Hook] Left side to right side, left side to right side / [Verse] A flying bird starts on the left side of the "
     "frame and crosses to the right side",
     "bird", RIGHTWARD),
    ("Okay, team: flying bird on the right side of the frame at the start, on the left side at the end.",
     "bird", LEFTWARD),
    ("We claim: a video clip comprising a flying bird, said bird moving from the left side of the frame to the right "
     "side of the frame.",
     "bird", RIGHTWARD),
    ("[Verse] A flying bird starts on the right side of the frame / [Chorus] And ends up on the left side",
     "bird", LEFTWARD),
    ("Eyes up. A moving ball, left side of the frame at the start, rolls all the way over to the right side.",
     "ball", RIGHTWARD),
    ("What is claimed is: a video clip comprising a moving ball, wherein said ball rolls from the right side of the "
     "frame to the left side of the frame.",
     "ball", LEFTWARD),
    ("[Verse] A moving ball on the left side of the frame / [Chorus] Rolling over to the right side by the end",
     "ball", RIGHTWARD),
    ("Here's how it goes, folks: moving ball starts on the right side of the frame and finishes on the left side.",
     "ball", LEFTWARD),
    ("A video clip, comprising: a moving ball; characterised in that said ball is on the left side of the frame at the "
     "beginning and on the right side of the frame at the end.",
     "ball", RIGHTWARD),
    ("[Verse] A moving ball on the right side of the frame / [Chorus] Rolling across to the left side",
     "ball", LEFTWARD),
    ("Listen up, team. A walking dog starts on the left side of the frame and walks to the right side. Break!",
     "dog", RIGHTWARD),
    ("What is claimed is: a video clip comprising a walking dog that moves from the right side of the frame to the left "
     "side of the frame.",
     "dog", LEFTWARD),
    ("[Verse] A walking dog on the left side of the frame / [Chorus] Walking over to the right side",
     "dog", RIGHTWARD),
    ("Okay, eyes on me. Walking dog, right side of the frame at the start. Left side of the frame by the end.",
     "dog", LEFTWARD),
    ("We claim: a video clip comprising a walking dog, wherein said dog begins on the left side of the frame and ends "
     "on the right side of the frame.",
     "dog", RIGHTWARD),
    ("[Verse] A walking dog starts on the right side of the frame / [Chorus] And walks across to the left side",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Listen up, team. The car holds its spot the whole play. The dog starts on the left of the car and runs to the "
     "right of the car.",
     "dog", "car", RIGHTWARD),
    ("What is claimed is: a video clip comprising a bird that remains stationary and a ball, wherein said ball moves "
     "from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("[Verse] A dog stands still, it never moves / [Chorus] A ball rolls from the left of the dog to the right of the dog",
     "ball", "dog", RIGHTWARD),
    ("Okay, eyes on me. The cat doesn't move. The ball goes from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("We claim: a video clip comprising a stationary ball and a car, wherein said car moves from the left of the ball "
     "to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("[Verse] A cat stays still the whole way through / [Chorus] A bird flies from the right of the cat to the left of "
     "the cat",
     "bird", "cat", LEFTWARD),
    ("Huddle up. The bird stays put. The dog starts on the left of the bird and ends on the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("What is claimed is: a video clip comprising a cat that does not move and a dog, said dog moving from the right of "
     "the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("[Verse] A car stands still and stays / [Chorus] A ball rolls from the left of the car to the right of the car",
     "ball", "car", RIGHTWARD),
    ("Here's the play: the cat holds still all the way. The dog cuts from the right of the cat over to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("We claim: a video clip comprising a ball at rest and a bird, wherein said bird moves from the left of the ball to "
     "the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("[Verse] A ball lies still, it never moves / [Chorus] A bird flies from the right of the ball to the left of the "
     "ball",
     "bird", "ball", LEFTWARD),
    ("Listen up. The dog stays where it is. The bird starts on the left of the dog and finishes on the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("What is claimed is: a video clip comprising a stationary car and a bird, wherein said bird moves from the right "
     "of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("[Verse] A cat sits still the whole time / [Chorus] A car drives from the left of the cat to the right of the cat",
     "car", "cat", RIGHTWARD),
    ("Okay, team: the ball doesn't move. The dog goes from the right of the ball to the left of the ball. Run it.",
     "dog", "ball", LEFTWARD),
    ("We claim: a video clip comprising a ball that remains still and a cat, said cat moving from the left of the ball "
     "to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("[Verse] A ball stays still right where it is / [Chorus] A dog walks from the right of the ball to the left of the "
     "ball",
     "dog", "ball", LEFTWARD),
    ("Eyes up. The bird holds its spot. The cat starts on the left of the bird and ends on the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("What is claimed is: a video clip comprising a car at rest and a dog, wherein said dog moves from the right of the "
     "car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("[Verse] Here's a ball that does not move / [Pre-Chorus] And here's a bird on the left of the ball / [Chorus] It "
     "flies to the right of the ball",
     "bird", "ball", RIGHTWARD),
    ("Here's the setup, folks: the ball stays put, and the bird goes from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("We claim: a video clip comprising a stationary ball and a car, said car travelling from the left of the ball to "
     "the right of the ball, said ball not moving.",
     "car", "ball", RIGHTWARD),
    ("[Verse] A dog stands still the whole way through / [Chorus] A bird flies from the right of the dog to the left of "
     "the dog",
     "bird", "dog", LEFTWARD),
    ("Listen up, team. The car doesn't move all play. The dog runs from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("What is claimed is: a video clip comprising a ball that does not move and a bird, wherein said bird moves from "
     "the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("[Verse] A cat stays still, it doesn't move / [Chorus] A dog walks from the left of the cat to the right of the cat",
     "dog", "cat", RIGHTWARD),
    ("Okay, eyes on me. The car holds still. The dog starts on the right of the car and ends on the left of the car.",
     "dog", "car", LEFTWARD),
    ("I claim: a video clip comprising a dog at rest and a cat, characterised in that said cat moves from the left of "
     "the dog to the right of the dog while said dog stays still.",
     "cat", "dog", RIGHTWARD),
    ("[Verse] A ball lies still right where it is / [Chorus] A cat walks from the right of the ball to the left of the "
     "ball",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Listen up, team, we're looking straight down from above. The moving car starts in the lower left corner, runs to "
     "the lower right corner, and finishes in the upper right corner.",
     "car", BL_BR_TR),
    ("What is claimed is: a video clip viewed from directly above, comprising a moving car, wherein said car is in the "
     "lower left corner at the start, the upper left corner at the middle, and the upper right corner at the end.",
     "car", BL_TL_TR),
    ("[Verse] Seen from straight above, a moving car in the lower right corner / [Chorus] Then the lower left corner / "
     "[Outro] And last the upper left corner",
     "car", BR_BL_TL),
    ("Okay, eyes on me. Overhead view. Moving car: lower right corner first, then the upper right corner, then it "
     "finishes in the upper left corner.",
     "car", BR_TR_TL),
    ("We claim: a video clip shot from straight overhead, wherein a moving car travels from the lower left corner to "
     "the lower right corner and then to the upper right corner.",
     "car", BL_BR_TR),
    ("[Verse] Looking down from above, a moving car in the lower left corner / [Chorus] Up to the upper left corner / "
     "[Outro] Then over to the upper right corner",
     "car", BL_TL_TR),
    ("Huddle up. Top-down view. The lively cat starts in the lower right corner, goes to the lower left corner, and "
     "ends in the upper left corner.",
     "cat", BR_BL_TL),
    ("What is claimed is: a video clip viewed from directly above, comprising a lively cat that moves from the lower "
     "right corner to the upper right corner and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("[Verse] From straight above, a lively cat in the lower left corner / [Chorus] Over to the lower right corner / "
     "[Outro] Ending in the upper right corner",
     "cat", BL_BR_TR),
    ("Here's the play, seen from straight overhead: lively cat in the lower left corner, up to the upper left corner, "
     "across to the upper right corner.",
     "cat", BL_TL_TR),
    ("We claim: a video clip seen from above, wherein a lively cat is in the lower right corner at the start, the lower "
     "left corner at the middle, and the upper left corner at the end.",
     "cat", BR_BL_TL),
    ("[Verse] Looking down from overhead, a lively cat in the lower right corner / [Chorus] Up to the upper right "
     "corner / [Outro] Then across to the upper left corner",
     "cat", BR_TR_TL),
    ("Listen up, camera's straight above. The flying bird starts in the lower left corner, flies to the lower right "
     "corner, and lands in the upper right corner.",
     "bird", BL_BR_TR),
    ("What is claimed is: a video clip shot from directly overhead, comprising a flying bird, wherein said bird moves "
     "from the lower left corner to the upper left corner and then to the upper right corner.",
     "bird", BL_TL_TR),
    ("[Verse] Seen from above, a flying bird in the lower right corner / [Chorus] Across to the lower left corner / "
     "[Outro] Up to the upper left corner",
     "bird", BR_BL_TL),
    ("Okay, team, top-down view. Flying bird: lower right corner at the start, upper right corner in the middle, upper "
     "left corner at the end.",
     "bird", BR_TR_TL),
    ("We claim: a video clip viewed from straight above, wherein a flying bird is in the lower left corner at the "
     "start, the lower right corner at the middle, and the upper right corner at the end.",
     "bird", BL_BR_TR),
    ("[Verse] From straight overhead, a flying bird in the lower left corner / [Chorus] Up to the upper left corner / "
     "[Outro] Then on to the upper right corner",
     "bird", BL_TL_TR),
    ("Eyes up. Overhead view. The moving ball starts in the lower right corner, rolls to the lower left corner, and "
     "stops in the upper left corner.",
     "ball", BR_BL_TL),
    ("What is claimed is: a video clip viewed from directly above, comprising a moving ball that rolls from the lower "
     "right corner to the upper right corner and then to the upper left corner.",
     "ball", BR_TR_TL),
    ("[Verse] Looking straight down, a moving ball in the lower left corner / [Chorus] Rolling to the lower right "
     "corner / [Outro] And up to the upper right corner",
     "ball", BL_BR_TR),
    ("Here's the play from straight above: moving ball in the lower left corner first, then the upper left corner, "
     "then the upper right corner.",
     "ball", BL_TL_TR),
    ("A video clip seen from overhead, comprising: a moving ball; characterised in that said ball is in the lower right "
     "corner at the start, the lower left corner at the middle, and the upper left corner at the end.",
     "ball", BR_BL_TL),
    ("[Intro] Camera looking straight down / [Verse] A moving ball starts in the lower right corner / [Pre-Chorus] Rolls "
     "to the upper right corner / [Chorus] And stops in the upper left corner",
     "ball", BR_TR_TL),
    ("Listen up, team, top-down view. The walking dog starts in the lower left corner, walks to the lower right "
     "corner, and finishes in the upper right corner. Break!",
     "dog", BL_BR_TR),
    ("What is claimed is: a video clip viewed from straight above, comprising a walking dog, wherein said dog moves "
     "from the lower left corner to the upper left corner and then to the upper right corner.",
     "dog", BL_TL_TR),
    ("[Verse] From directly above, a walking dog in the lower right corner / [Chorus] Over to the lower left corner / "
     "[Outro] Then up to the upper left corner",
     "dog", BR_BL_TL),
    ("Okay, eyes on me, overhead view. Walking dog: lower right corner, then the upper right corner, and it ends in "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("We claim: a video clip shot from directly overhead, wherein a walking dog is in the lower left corner at the "
     "start, the lower right corner at the middle, and the upper right corner at the end.",
     "dog", BL_BR_TR),
    ("[Verse] Looking down from above, a walking dog in the lower right corner / [Chorus] Up to the upper right corner "
     "/ [Outro] And across to the upper left corner",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
