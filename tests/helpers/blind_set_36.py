"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at a third each:

- spoken transcripts of someone describing the clip aloud: fillers and hedges ("um", "like", "you
  know", "I guess"), false starts that are then finished ("there's a— hang on, ... there are three cats"), tag
  questions ("right?") and run-on "and then ... and so"; a false start never leaves a count, a colour or
  a direction unclear, and a hedge is about the manner, never the content;
- short rhymed or free verse, its lines broken by "/" or newlines, often in inverted word order ("From
  left to right the car goes"), poetic in rhythm but concrete in what it names;
- quiz and FAQ formats: "Q: ... A: ..." pairs, or bare questions answered in turn ("What moves? A ball.
  Which way? Right to left."), that spell the content out one fact at a time.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 20-49 and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 8aab85e 133/180 = 73.9% (numeracy 20, attribution 18, visibility 23, one-object 29, two-object 21,
sequential 22 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Okay so it's, um, one car, just the one, and it's moving, and that's it, nothing else in the shot, you know? "
     "Pretty realistic, I guess.", "car", 1),
    ("Two moving cars and nothing more, / lively, real, they drive on through; / no other thing in all the frame, / "
     "just the two.", "car", 2),
    ("Q: What's in the video? A: Cars, moving. Q: How many cars? A: Three. Q: Anything else in there? A: No, "
     "nothing else.", "car", 3),
    ("So there's, like, four cars, four of them, and they're all moving, and, um, nothing else is in it, right? "
     "Just the four cars.", "car", 4),
    ("One lively cat, alone in sight,\nno other thing beside it there,\nas real as day and bright.", "cat", 1),
    ("How many cats? Two. Are they lively? Yes, very. Is anything else shown? No, only the two cats.", "cat", 2),
    ("There's a— hang on, let me say it properly, there are three cats, three lively cats, and that's the whole "
     "video, nothing else in it, you know?", "cat", 3),
    ("Four cats, lively, all in view, / four and only four, it's true; / nothing else is there to see, / real as "
     "real as it can be.", "cat", 4),
    ("Q: What flies in this clip? A: One bird. Q: Anything else in it? A: Nothing else at all.", "bird", 1),
    ("Um, so it's two birds, right? Two birds flying, and, uh, honestly that's it, there's nothing else, just those "
     "two birds.", "bird", 2),
    ("Three birds on the wing\nand nothing else at all;\nreal and lively, on they fly,\nthree birds, and that is "
     "all.", "bird", 3),
    ("How many birds are there? Four. What are they doing? Flying. What else is in the video? Nothing.", "bird", 4),
    ("So it's, like, one ball? Just one ball, moving, and there's nothing else in there, that's the entire thing.",
     "ball", 1),
    ("Two balls in motion go, / no other thing to show; / lively, real, the pair moves on, / two balls, and nothing "
     "more.", "ball", 2),
    ("Q: Which objects are shown? A: Balls, only balls. Q: How many? A: Three. Q: Are they still? A: No, all three "
     "are moving.", "ball", 3),
    ("And then there's— wait, I'll start over, it's four balls, four moving balls, and, you know, nothing else is "
     "in it.", "ball", 4),
    ("One dog walks, alone,\nno other thing is shown;\nreal and lively, on its own.", "dog", 1),
    ("What's the video of? Dogs, walking. How many dogs? Two. Is there anything else? No.", "dog", 2),
    ("Okay, um, three dogs, yeah, three walking dogs, and that's all there is, no other stuff in the shot, right?",
     "dog", 3),
    ("Four dogs walk, / four and no more; / nothing else is seen, / lively and real, all four.", "dog", 4),
    ("Q: How many cars? A: Just one. Q: Is it moving? A: Yes. Q: Does anything else appear? A: No, nothing else "
     "does.", "car", 1),
    ("So there are, uh, two cats, like really lively ones, and, I mean, that's everything, nothing else shows up.",
     "cat", 2),
    ("In flight, one bird alone,\nno other thing in view;\nreal and lively, on it flies.", "bird", 1),
    ("What's moving? Balls. How many balls? Four. What else can be seen? Nothing else.", "ball", 4),
    ("It's just one dog, you know, walking, and there's, um, nothing else there, only the one dog.", "dog", 1),
    ("Three cars move along, / three and only three; / nothing else is in the shot / for anyone to see.", "car", 3),
    ("Q: What's in the clip? A: Cats, four of them, all lively. Q: Anything else? A: No, only those four cats.",
     "cat", 4),
    ("There's— okay, I'll say it right this time: two birds, flying, and literally nothing else, I guess that's "
     "the whole idea.", "bird", 2),
    ("One ball moves, alone, / lively, real, and on its own; / nothing else is shown.", "ball", 1),
    ("Q: How many dogs are walking? A: Three. Q: Is anything else in the video? A: No, just the three dogs.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("So there's a brown ball, and, um, next to it there's an orange cat, like a really lively one, and it all "
     "looks pretty real, you know?", "ball", "brown", "cat", "orange"),
    ("A gray dog stands, and near it lies / an orange ball before its eyes; / lively both, and real as life.",
     "dog", "gray", "ball", "orange"),
    ("Q: What's in the scene? A: A ball and a cat. Q: What colour is the ball? A: Yellow. Q: And the cat? "
     "A: Orange.", "ball", "yellow", "cat", "orange"),
    ("Okay so you've got a dog that's, like, purple, and then a car, a brown car, and they're both just there in "
     "the shot, right?", "dog", "purple", "car", "brown"),
    ("A gray dog sits, and near it, blue,\na car that waits the whole clip through.", "dog", "gray", "car", "blue"),
    ("Which two things are shown? A car and a bird. The car is what colour? White. The bird? Orange.",
     "car", "white", "bird", "orange"),
    ("Um, there's a car— a brown one, I mean— and a bird that's blue, and, uh, yeah, both of them are in the "
     "video the whole time.", "car", "brown", "bird", "blue"),
    ("Blue is the car, and yellow the cat, / lively and real, and that is that.", "car", "blue", "cat", "yellow"),
    ("Q: Who's in the clip? A: A gray cat and a yellow bird. Q: Is the scene realistic? A: Yes, and lively too.",
     "cat", "gray", "bird", "yellow"),
    ("So it's a white dog, and there's a black car too, like the dog's kind of hanging out by the car, I guess, "
     "and it's all realistic.", "dog", "white", "car", "black"),
    ("Red is the car and brown the bird,\ntogether shown, as real as life,\nthe bird close by, the car at rest.",
     "car", "red", "bird", "brown"),
    ("What's the first thing? A cat. Its colour? Purple. The second thing? A car. Its colour? Green.",
     "cat", "purple", "car", "green"),
    ("There's a gray car and, um, an orange dog, and they're, you know, both there, and it should look real, like, "
     "lively.", "car", "gray", "dog", "orange"),
    ("Side by side a red cat lies / and a gray dog, lively-eyed; / real the pair, and both in view.",
     "cat", "red", "dog", "gray"),
    ("Q: What colour is the dog? A: Red. Q: What else is there? A: A car. Q: What colour is that car? A: Gray.",
     "dog", "red", "car", "gray"),
    ("Um, a purple dog, okay, and a yellow car, and the dog's just, like, standing there near the car, super "
     "realistic.", "dog", "purple", "car", "yellow"),
    ("A ball of gray, a cat of red,\nlively and real, and all is said.", "cat", "red", "ball", "gray"),
    ("Which animals? A cat and a dog. Their colours? The cat is brown, and the dog is blue.",
     "cat", "brown", "dog", "blue"),
    ("So there's this white dog and then a red cat, and, uh, they're both, like, lively, and it's a real-looking "
     "video, you know?", "dog", "white", "cat", "red"),
    ("An orange car, a yellow bird, / both in view, as real as life; / the bird stays near, the car stays still.",
     "bird", "yellow", "car", "orange"),
    ("Q: What's shown? A: A dog and a car. Q: The dog's colour? A: Green. Q: The car's colour? A: Blue.",
     "dog", "green", "car", "blue"),
    ("Okay, so there's a— there's a black cat, and it's got a ball, a brown ball, and it's, like, batting at it, "
     "I guess, all realistic.", "cat", "black", "ball", "brown"),
    ("Purple the car that waits in view,\nand red the cat beside it too.", "car", "purple", "cat", "red"),
    ("What's in the video? A gray dog and a brown cat. Is that all? Yes, just those two.",
     "dog", "gray", "cat", "brown"),
    ("So, um, a black car, and then a brown dog standing by it, and yeah, both are in the shot and it looks real.",
     "car", "black", "dog", "brown"),
    ("A yellow ball, a pink dog near, / lively both, and both in view, / as real as any day is clear.",
     "ball", "yellow", "dog", "pink"),
    ("Q: Which cat? A: A gray one. Q: Which dog? A: A white one. Q: Are both in the video? A: Yes, both of them.",
     "cat", "gray", "dog", "white"),
    ("There's a yellow dog, like, kind of bouncing about, and an orange car next to it, and, um, that's the clip, "
     "right?", "dog", "yellow", "car", "orange"),
    ("A black bird perched, a brown cat below,\nlively both, and real in show.", "bird", "black", "cat", "brown"),
    ("What two things are there? A ball and a car. What colour is the ball? White. What colour is the car? Red.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("So for the whole first half there's no car at all, and then, um, in the second half a car shows up, moving, "
     "and it stays till the end, you know?", "car"),
    ("No car is there in the first half's light;\nin the second half a moving car comes in sight.", "car"),
    ("Q: Is there a car in the first half? A: No. Q: In the second half? A: Yes, a moving car.", "car"),
    ("Okay so, like, the entire first half there's no cat, and then once you hit the second half a lively cat "
     "appears, right?", "cat"),
    ("Through the first half, no cat at all; / the second half, a lively cat / comes in and stays until the end.",
     "cat"),
    ("When does the cat show up? Only in the second half. And in the first half? No cat at all.", "cat"),
    ("Um, the first half, there's no bird, and then in the second half a bird flies in, and it's, like, there for "
     "the rest of it.", "bird"),
    ("In the first half, empty air, no bird;\nthe second half, a flying bird appears.", "bird"),
    ("Q: Is a bird visible in the first half? A: No. Q: And in the second half? A: Yes, a bird, flying.", "bird"),
    ("So there's no ball during the first half, I mean none, and then the second half starts and a ball comes "
     "rolling in, moving.", "ball"),
    ("No ball for the first half, none at all; / then in the second half rolls in a moving ball.", "ball"),
    ("Is there a ball in the first half? No. In the second half? Yes, a moving ball appears.", "ball"),
    ("Okay, so, first half, no dog, nothing, and then in the second half a dog, like, walks in, and it stays for "
     "the rest of the video.", "dog"),
    ("The first half passes with no dog in view,\nthen in the second half a walking dog comes through.", "dog"),
    ("Q: When does the dog appear? A: Only in the second half. Q: Is any dog there in the first half? A: No, none. "
     "Q: What is the dog doing? A: Walking.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("So in the first half there's a car, moving, and then, um, in the second half it's gone, there's no car at "
     "all, you know?", "car"),
    ("A moving car for the first half,\nthen, when the second half begins, no car.", "car"),
    ("Q: Is there a car in the first half? A: Yes, a moving one. Q: And in the second half? A: No car at all.",
     "car"),
    ("Okay, a lively cat is there for the first half, right, and then, like, the second half there's no cat, it's "
     "just gone.", "cat"),
    ("A lively cat the first half shows; / the second half, no cat, it goes.", "cat"),
    ("When is the cat visible? Only in the first half. What about the second half? There's no cat then.", "cat"),
    ("Um, there's a bird flying in the first half, and then in the second half the bird's gone, I mean totally "
     "gone, no bird.", "bird"),
    ("A flying bird in the first half's view;\nthe second half, no bird, it's through.", "bird"),
    ("Q: Which half has the bird? A: Only the first half. Q: What is it doing? A: Flying. Q: Any bird in the "
     "second half? A: No.", "bird"),
    ("So, uh, a ball's moving in the first half, and then, like, the second half comes and there's no ball "
     "anymore.", "ball"),
    ("In the first half a moving ball; / in the second half, no ball at all.", "ball"),
    ("Is there a ball in the first half? Yes, a moving ball. Is it still there in the second half? No.", "ball"),
    ("Okay so a dog's walking around in the first half, and then in the second half, um, there's no dog, it's "
     "gone, you know?", "dog"),
    ("A walking dog the first half through,\nthen in the second half, no dog in view.", "dog"),
    ("Q: When is the dog shown? A: In the first half only. Q: And after that? A: No dog in the second half. "
     "Q: What's it doing while it's there? A: Walking.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("So there's a car, and it, um, starts over on the left and just drives all the way across to the right side, "
     "and that's the whole clip.", "car", RIGHTWARD),
    ("From left to right the car goes, / across the frame it steadily rolls.", "car", RIGHTWARD),
    ("Q: What moves? A: A car. Q: Where does it start? A: On the left. Q: Where does it end? A: On the right.",
     "car", RIGHTWARD),
    ("Okay, a car, it's on the right at first, and then it drives over to the left, like, across the whole frame.",
     "car", LEFTWARD),
    ("From right to left a car drives on;\nit starts at right, and ends at left.", "car", LEFTWARD),
    ("Which way does the car go? Right to left. Does it cross the whole frame? Yes.", "car", LEFTWARD),
    ("Um, so a cat, kind of lively, starts on the left side, and then it walks over to the right side, I guess "
     "pretty casually.", "cat", RIGHTWARD),
    ("Left to right the cat walks by,\nlively, slow, beneath my eye.", "cat", RIGHTWARD),
    ("What's in the clip? A cat. Which way does it walk? From the left to the right.", "cat", RIGHTWARD),
    ("So there's a cat on the right, and, uh, it walks across, you know, all the way to the left.", "cat", LEFTWARD),
    ("From right to left the cat goes, / a lively walk on quiet toes.", "cat", LEFTWARD),
    ("Q: Where does the cat start? A: On the right. Q: Where does it end up? A: On the left. Q: Does it walk? "
     "A: Yes.", "cat", LEFTWARD),
    ("And then there's a bird, and it's flying from the left, like, over to the right, and so it crosses the whole "
     "frame.", "bird", RIGHTWARD),
    ("From left to right a bird takes flight\nand crosses over, wings held tight.", "bird", RIGHTWARD),
    ("Q: What flies? A: A bird. Q: Which direction? A: Left to right.", "bird", RIGHTWARD),
    ("Okay so the bird starts— it starts on the right, and then it flies to the left, all the way over.",
     "bird", LEFTWARD),
    ("Right to left the bird flies on, / it starts at right, at left it ends.", "bird", LEFTWARD),
    ("Which way does the bird fly? From the right to the left. Where is it at the end? On the left.",
     "bird", LEFTWARD),
    ("So, um, a ball rolls from the left over to the right, just one ball, rolling, and that's it, right?",
     "ball", RIGHTWARD),
    ("Left to right, across the frame,\na ball rolls on, and ends at right.", "ball", RIGHTWARD),
    ("Q: What rolls? A: A ball. Q: Where from? A: The left. Q: Where to? A: The right.", "ball", RIGHTWARD),
    ("There's a ball, and it's on the right at the start, and then it, like, rolls all the way to the left.",
     "ball", LEFTWARD),
    ("From right to left the ball rolls / across the frame, and at the left it stops.", "ball", LEFTWARD),
    ("Which way does the ball roll? From right to left. Does it reach the left side? Yes.", "ball", LEFTWARD),
    ("Okay so there's a dog, and it, um, walks from the left side, you know, across to the right side.",
     "dog", RIGHTWARD),
    ("From left to right the dog walks on,\nstep by step, the frame across.", "dog", RIGHTWARD),
    ("Q: What walks across? A: A dog. Q: Where does it begin? A: On the left. Q: Where does it finish? A: On the "
     "right.", "dog", RIGHTWARD),
    ("So a dog starts on the right and then it, uh, walks over to the left, and, I mean, that's the clip.",
     "dog", LEFTWARD),
    ("Right to left the dog walks through, / from the right side to the left side too.", "dog", LEFTWARD),
    ("Which way does the dog walk? Right to left. Where does it end? On the left side.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order.
_DYNAMIC_TWO = [
    ("So there's a car that's parked, it doesn't move, and a dog walks from the left of the car, um, over to the "
     "right of the car.", "dog", "car", RIGHTWARD),
    ("A bird sits still; / from the right of the bird to the left of the bird / a ball rolls past.",
     "ball", "bird", LEFTWARD),
    ("Q: What moves? A: A ball. Q: What stays still? A: A dog. Q: Where does the ball start? A: On the left of "
     "the dog. Q: Where does it end? A: On the right of the dog.", "ball", "dog", RIGHTWARD),
    ("Okay, there's a cat just sitting there, not moving, and a ball rolls from the right of the cat to, like, "
     "the left of the cat.", "ball", "cat", LEFTWARD),
    ("A ball stays put, and past it goes\na car, from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Which one moves? The bird. Which one stays still? The cat. Which way does the bird fly? From the right of "
     "the cat to the left of the cat.", "bird", "cat", LEFTWARD),
    ("So, um, a bird is just sitting still, and a dog walks from the left of the bird to the right of the bird, "
     "and the bird doesn't move.", "dog", "bird", RIGHTWARD),
    ("From the right of a cat to the left of the cat / a dog walks by; the cat stays where it sat.",
     "dog", "cat", LEFTWARD),
    ("Q: What rolls? A: A ball. Q: Past what? A: A car that stays put. Q: From where to where? A: From the left of "
     "the car to the right of the car.", "ball", "car", RIGHTWARD),
    ("There's a cat, it stays still the whole time, and a dog walks, uh, from the right of the cat over to the "
     "left of the cat, you know?", "dog", "cat", LEFTWARD),
    ("A ball lies still; a bird flies by,\nfrom the left of the ball to the right of the ball.", "bird", "ball",
     RIGHTWARD),
    ("What flies? A bird. What does it pass? A ball, which stays still. Which way? From the right of the ball to "
     "the left of the ball.", "bird", "ball", LEFTWARD),
    ("Okay so a dog is just standing still, and a bird flies from the left of the dog to, like, the right of the "
     "dog.", "bird", "dog", RIGHTWARD),
    ("The car stays parked, the bird takes flight / from the car's right to the left of the car.", "bird", "car",
     LEFTWARD),
    ("Q: What moves? A: A car. Q: What stays still? A: A cat. Q: The car's path? A: From the left of the cat to "
     "the right of the cat.", "car", "cat", RIGHTWARD),
    ("So there's a ball that doesn't move, and a dog walks from the right of the ball, um, to the left of the "
     "ball.", "dog", "ball", LEFTWARD),
    ("A ball at rest, a cat walks on,\nfrom the left of the ball to the right of the ball.", "cat", "ball",
     RIGHTWARD),
    ("Who walks? A dog. Past what? A ball that stays put. Which way? From the right of the ball to the left of the "
     "ball.", "dog", "ball", LEFTWARD),
    ("Um, a bird's sitting still, and a cat walks from the left of the bird over to the right of the bird, and "
     "the bird just stays there.", "cat", "bird", RIGHTWARD),
    ("From the right of a car that stands / to the left of the car a dog walks on.", "dog", "car", LEFTWARD),
    ("Q: What flies? A: A bird. Q: What stays still? A: A ball. Q: Where does the bird start? A: On the left of "
     "the ball. Q: And end? A: On the right of the ball.", "bird", "ball", RIGHTWARD),
    ("Okay, so a ball is just sitting there, and a bird flies from the right of the ball to the left of the ball, "
     "and the ball doesn't move, you know?", "bird", "ball", LEFTWARD),
    ("A ball stays still, a car drives by,\nfrom the left of the ball to the right of the ball.", "car", "ball",
     RIGHTWARD),
    ("Which one stays still? The dog. Which one flies? The bird. Which way? From the right of the dog to the left "
     "of the dog.", "bird", "dog", LEFTWARD),
    ("So there's a parked car, and, uh, a dog walks from the left of the car to the right of the car, and the car "
     "stays put.", "dog", "car", RIGHTWARD),
    ("A ball lies still; from the right of the ball / to the left of the ball a bird flies.", "bird", "ball",
     LEFTWARD),
    ("Q: What walks? A: A dog. Q: What stays still? A: A cat. Q: Where does the dog start? A: On the left of the "
     "cat. Q: Where does it end? A: On the right of the cat.", "dog", "cat", RIGHTWARD),
    ("Okay, a car's parked, not moving at all, and a dog walks from the right of the car, like, to the left of "
     "the car.", "dog", "car", LEFTWARD),
    ("A dog stands still, a cat walks on,\nfrom the left of the dog to the right of the dog.", "cat", "dog",
     RIGHTWARD),
    ("What walks? A cat. What does it pass? A ball that stays still. Which way? From the right of the ball to the "
     "left of the ball.", "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("So it's filmed from straight above, and a car's in the lower left, and then it drives to the lower right, "
     "and then, um, up to the upper right.", "car", BL_BR_TR),
    ("Seen from above, in the lower left a cat begins,\nthen to the upper left it walks,\nthen to the upper right.",
     "cat", BL_TL_TR),
    ("Q: What's the view? A: Top-down. Q: What moves? A: A bird. Q: Its stops? A: Lower right first, then lower "
     "left, then upper left.", "bird", BR_BL_TL),
    ("Okay, top-down view, and there's a ball that starts in the bottom right corner, and then it rolls, like, up "
     "to the top right, and then over to the top left.", "ball", BR_TR_TL),
    ("From overhead, a dog in the lower left; / to the lower right it walks, / and then to the upper right.",
     "dog", BL_BR_TR),
    ("What's the camera angle? Straight overhead. Where does the car start? The lower left. Where next? The upper "
     "left. Where last? The upper right.", "car", BL_TL_TR),
    ("Um, so it's a view from above, and a cat starts in the lower right, and then it walks to the lower left, and "
     "then up to the upper left.", "cat", BR_BL_TL),
    ("Seen from above, a bird in the lower right;\nup to the upper right it flies,\nthen over to the upper left.",
     "bird", BR_TR_TL),
    ("Q: How is it filmed? A: From directly above. Q: Where does the ball start? A: Lower left. Q: Then? A: Lower "
     "right. Q: And finally? A: Upper right.", "ball", BL_BR_TR),
    ("Okay so from the top down, a dog's in the bottom left corner, then it walks up to the top left, and then, "
     "you know, across to the top right.", "dog", BL_TL_TR),
    ("From overhead: a car in the lower right, / then to the lower left it drives, / then to the upper left.",
     "car", BR_BL_TL),
    ("What's the view? Top-down. Where's the cat at first? The lower right. Its second stop? The upper right. Its "
     "last? The upper left.", "cat", BR_TR_TL),
    ("So, uh, we're looking straight down, and a bird starts in the lower left, flies to the lower right, and then "
     "to the upper right.", "bird", BL_BR_TR),
    ("Seen from above, the lower left is where a ball begins;\nto the upper left it rolls,\nand then on to the "
     "upper right.", "ball", BL_TL_TR),
    ("Q: Which view? A: Overhead. Q: What walks? A: A dog. Q: Its route? A: From the lower right to the lower "
     "left, then to the upper left.", "dog", BR_BL_TL),
    ("Okay, this is a top-down shot, and a car's in the bottom right, and it drives up to the top right first, "
     "and then over to the top left.", "car", BR_TR_TL),
    ("From overhead, a cat in the lower left / walks to the lower right, / then up to the upper right.",
     "cat", BL_BR_TR),
    ("How is the scene seen? From above. Where does the bird start? The lower left. Where does it fly first? The "
     "upper left. And then? The upper right.", "bird", BL_TL_TR),
    ("Um, from straight above, okay, a ball starts in the lower right, rolls to the lower left, and then, like, "
     "rolls up to the upper left.", "ball", BR_BL_TL),
    ("Seen from above, in the lower right a dog stands;\nto the upper right it walks,\nthen on to the upper left.",
     "dog", BR_TR_TL),
    ("Q: Camera? A: Top-down. Q: Object? A: A car. Q: Start? A: Lower left. Q: Next? A: Lower right. Q: End? "
     "A: Upper right.", "car", BL_BR_TR),
    ("So it's a top-down view, and, uh, a cat starts in the bottom left, walks up to the top left, and then over "
     "to the top right.", "cat", BL_TL_TR),
    ("From overhead, a bird in the lower right / flies to the lower left, / and then to the upper left.",
     "bird", BR_BL_TL),
    ("What's the view? From above. Where's the ball first? The lower right. Second? The upper right. Third? The "
     "upper left.", "ball", BR_TR_TL),
    ("Okay so, looking down from above, a dog starts in the lower left, and then it walks to the lower right, and "
     "so then it ends in the upper right.", "dog", BL_BR_TR),
    ("Seen from above, the car starts lower left,\ndrives up to the upper left,\nthen across to the upper right.",
     "car", BL_TL_TR),
    ("Q: View? A: Straight down from above. Q: What walks? A: A cat. Q: Its three stops? A: Lower right, then "
     "lower left, then upper left.", "cat", BR_BL_TL),
    ("So, um, top-down, there's a bird in the bottom right corner, and it flies to the top right corner, and then "
     "to the top left corner.", "bird", BR_TR_TL),
    ("From overhead, a ball in the lower left / rolls to the lower right, / then to the upper right it goes.",
     "ball", BL_BR_TR),
    ("How is it filmed? From directly above. Where does the dog begin? The lower left. Where does it go next? The "
     "upper left. Where does it end? The upper right.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
