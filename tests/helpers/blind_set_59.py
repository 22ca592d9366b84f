"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a board-game rulebook ("RULES OF PLAY.", "Setup: ...", "How to play: ...", "Objective: ...", "End of
  the game: ..."), where the game, its players and any pieces or board are never in the video, setup is
  the clip's start and the end of the game is its end;
- a hiking trail guide ("Trail guide.", "Trail notes.", "easy stretch", "in view", "Look out for ..."),
  where the trail, the walkers and any signpost or landmark are never in the video, and each note
  states plainly what the clip shows;
- a radio DJ's link between songs ("Lovely tune, that.", "Before the next song ...", "You're listening
  to the late show.", "the clip of the day"), where the DJ, the station, the records and the listeners
  are never in the video, and the clip of the day is the clip itself.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the DJ never says "the next one" there). No voice uses a
colour word for its own props. A relation names its second object at both ends and says that object
stays still. It takes LVD's next draws: attribution pairs 10-39 and two-object relations 0-29 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on e2bc3f2 172/180 = 95.6% (numeracy 23, attribution 30, visibility 29, one-object 30, two-object 30,
sequential 30 of 30); 178/180 after the fixes of its own commit, 180/180 after the next session's.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("RULES OF PLAY. Setup: the clip opens with one moving car in the frame. How to play: watch it until the clip "
     "ends; it never leaves. Nothing else is in the frame.",
     "car", 1),
    ("Trail guide, easy stretch. Look out for two moving cars in the frame from the very start of the clip. They "
     "stay in view to the end, and there's nothing else to see.",
     "car", 2),
    ("Lovely tune, that. Before the next song, the clip of the day: three moving cars in the frame from beginning "
     "to end, and nothing else at all. Back to the music.",
     "car", 3),
    ("Setup: four moving cars in the frame when the clip starts. End of the game: the same four moving cars are "
     "still in the frame. No other object is ever in play.",
     "car", 4),
    ("Trail note. On this part of the walk you'll spot a single lively cat, in the frame from the start of the clip "
     "to the end. Nothing else shares the view.",
     "cat", 1),
    ("You're listening to the late show. Tonight's clip: two lively cats, in the frame the whole way through, and "
     "nothing else. Right, here's the next record.",
     "cat", 2),
    ("How to play: keep count of the lively cats. There are three of them, in the frame from the first moment of "
     "the clip to the last, and nothing else appears.",
     "cat", 3),
    ("Trail guide. Difficulty: easy. Four lively cats stay in the frame from the start of the clip to its end. No "
     "other object along the way.",
     "cat", 4),
    ("That was a cracker. Now, the clip everyone's asking about: a single flying bird in the frame from start to "
     "end, nothing else in it. More music after this.",
     "bird", 1),
    ("Objective: spot the two flying birds. They are in the frame for the whole clip, start to finish. Nothing else "
     "ever enters the frame.",
     "bird", 2),
    ("Trail notes. Three flying birds are in view for the whole clip, from its first moment to its last. Nothing "
     "else is in the frame.",
     "bird", 3),
    ("Coming out of that track, a quick word on today's clip: four flying birds, in the frame the whole time, and "
     "not a thing besides them.",
     "bird", 4),
    ("RULES. Setup: one moving ball in the frame. It stays in the frame until the clip ends. No other object takes "
     "part.",
     "ball", 1),
    ("Trail guide. Keep your eyes on the two moving balls; they're in the frame from the start of the clip right to "
     "the end, with nothing else in view.",
     "ball", 2),
    ("Good evening, you're tuned in to the late show. This week's clip: three moving balls in the frame from start "
     "to end, nothing else. Next song coming up.",
     "ball", 3),
    ("End of the game check: four moving balls in the frame at the start of the clip, and all four still in the "
     "frame at its end. Nothing else in play.",
     "ball", 4),
    ("Trail note. A single walking dog is in the frame for the whole clip, from start to finish. There is nothing "
     "else to see.",
     "dog", 1),
    ("That always gets me. Before the next record: two walking dogs, in the frame from the very start of the clip "
     "to the very end, nothing else. Lovely.",
     "dog", 2),
    ("How to play: three walking dogs stay in the frame from the first moment of the clip to the last. Nothing else "
     "joins them.",
     "dog", 3),
    ("Trail guide, final stretch. Four walking dogs in the frame the whole way through the clip. No other object in "
     "view.",
     "dog", 4),
    ("Right, that was the last song of the hour. Here's your clip: one moving car, in the frame from the start to "
     "the end. Nothing else. Back after the break.",
     "car", 1),
    ("Setup: a single lively cat in the frame. Play lasts the whole clip, and the cat stays in the frame "
     "throughout. No other object is in the frame.",
     "cat", 1),
    ("Trail notes. Easy going. Four lively cats in the frame from the start of the clip to its end, and nothing "
     "else anywhere.",
     "cat", 4),
    ("Great tune. The clip of the day has two flying birds in the frame, start to end. That's it, nothing else. On "
     "with the music.",
     "bird", 2),
    ("Objective: watch a single flying bird. It is in the frame from the first moment of the clip to the last. No "
     "other object enters.",
     "bird", 1),
    ("Trail guide. A single moving ball in the frame for the whole clip. Nothing else in view, start to end.",
     "ball", 1),
    ("Lovely stuff. Quick clip report between songs: four moving balls in the frame from start to finish. Nothing "
     "else in the frame.",
     "ball", 4),
    ("Setup: two walking dogs in the frame. End of the game: the same two walking dogs in the frame. Nothing else "
     "at any point.",
     "dog", 2),
    ("Trail notes. Three walking dogs are in the frame from the very start of the clip to its end. No other object "
     "on view.",
     "dog", 3),
    ("Back to back hits there. Now the clip: three moving cars in the frame from start to end, and nothing else. "
     "Stay tuned.",
     "car", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("RULES OF PLAY. Setup: a yellow ball and a pink dog in the frame, side by side, for the whole clip.",
     "ball", "yellow", "dog", "pink"),
    ("Trail guide. Look out for a pink bird beside a gray ball; both stay in the frame from the start of the clip "
     "to the end.",
     "bird", "pink", "ball", "gray"),
    ("Cheers for listening. Today's clip: a gray dog next to a purple car, both in the frame the whole time. Here's "
     "the next track.",
     "dog", "gray", "car", "purple"),
    ("Setup: a green cat with a purple ball beside it. Both stay in the frame until the clip ends.",
     "cat", "green", "ball", "purple"),
    ("Trail notes. A green dog and a gray ball sit side by side in the frame all through the clip.",
     "dog", "green", "ball", "gray"),
    ("That was a classic. The clip of the day shows a yellow ball and a pink bird next to each other, start to end.",
     "ball", "yellow", "bird", "pink"),
    ("How to play: spot the pink cat and the yellow dog. They are side by side in the frame for the whole clip.",
     "cat", "pink", "dog", "yellow"),
    ("Trail guide, easy section. A brown car with a yellow ball next to it, in the frame from start to finish.",
     "car", "brown", "ball", "yellow"),
    ("You're tuned to the late show. Tonight's clip: a brown car and a white dog, side by side in the frame "
     "throughout.",
     "car", "brown", "dog", "white"),
    ("Objective: find an orange dog and a brown car. They stand next to each other in the frame for the whole clip.",
     "dog", "orange", "car", "brown"),
    ("Trail notes. Along this stretch, a brown ball and an orange cat, side by side in the frame from the start of "
     "the clip to the end.",
     "ball", "brown", "cat", "orange"),
    ("Smashing tune. Quick word before the next song: the clip has a gray dog beside an orange ball for its whole "
     "length.",
     "dog", "gray", "ball", "orange"),
    ("Setup: a yellow ball and an orange cat in the frame, next to each other, from the start of the clip to its "
     "end.",
     "ball", "yellow", "cat", "orange"),
    ("Trail guide. A purple dog stands beside a brown car; both are in the frame for the whole clip.",
     "dog", "purple", "car", "brown"),
    ("And that was the new single. Here's the clip of the day: a gray dog next to a blue car, in the frame start to "
     "finish.",
     "dog", "gray", "car", "blue"),
    ("How to play: the clip shows a white car and an orange bird side by side, in the frame throughout.",
     "car", "white", "bird", "orange"),
    ("Trail notes. A brown car and a blue bird, next to each other, in the frame from the first moment of the clip "
     "to the last.",
     "car", "brown", "bird", "blue"),
    ("Lovely. Before the next record: today's clip has a blue car with a yellow cat beside it, the whole way "
     "through.",
     "car", "blue", "cat", "yellow"),
    ("Setup: a gray cat and a yellow bird, side by side in the frame. They stay there until the clip ends.",
     "cat", "gray", "bird", "yellow"),
    ("Trail guide. A white dog beside a black car, both in the frame for the whole clip.",
     "dog", "white", "car", "black"),
    ("Right, back to the clip of the day: a red car and a brown bird, side by side in the frame from start to end.",
     "car", "red", "bird", "brown"),
    ("Objective: spot a purple cat next to a green car. Both are in the frame for the whole clip.",
     "cat", "purple", "car", "green"),
    ("Trail notes. A gray car and an orange dog are side by side in the frame from the start of the clip to its "
     "end.",
     "car", "gray", "dog", "orange"),
    ("You're listening to the breakfast show. This morning's clip: a red cat and a gray dog next to each other, the "
     "whole clip long.",
     "cat", "red", "dog", "gray"),
    ("How to play: a red dog and a gray car stay side by side in the frame from the first moment of the clip to the "
     "last.",
     "dog", "red", "car", "gray"),
    ("Trail guide, easy walk. A purple dog with a yellow car beside it, in the frame throughout the clip.",
     "dog", "purple", "car", "yellow"),
    ("What a tune. Clip of the day: a red cat next to a gray ball, in the frame start to finish. Next song's coming "
     "up.",
     "cat", "red", "ball", "gray"),
    ("Setup: a brown cat and a blue dog, side by side in the frame for the whole clip.",
     "cat", "brown", "dog", "blue"),
    ("Trail notes. A white dog and a red cat stay next to each other in the frame from the start of the clip to its "
     "end.",
     "dog", "white", "cat", "red"),
    ("That's the end of the request hour. Before the news, the clip: a yellow bird beside an orange car, there the "
     "whole way through.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("RULES. First half of the clip: no car in the frame. Second half: a moving car enters the frame and stays "
     "until the end.",
     "car"),
    ("Trail guide. For the first half of the clip there's no car to see. In the second half a moving car appears "
     "and stays in view.",
     "car"),
    ("Great track. The clip of the day has no car in its first half; then a moving car shows up in the second half "
     "and stays.",
     "car"),
    ("How to play: the first half of the clip has no cat. In the second half a lively cat appears in the frame and "
     "stays.",
     "cat"),
    ("Trail notes. No cat in the frame for the first half of the clip. A lively cat turns up for the second half.",
     "cat"),
    ("Before the next song: today's clip has no cat for the whole first half, then a lively cat appears in the "
     "second half.",
     "cat"),
    ("Setup: no bird in the frame during the first half of the clip. Second half: a flying bird appears and "
     "remains.",
     "bird"),
    ("Trail guide. The first half of the clip has no bird in view; a flying bird arrives in the second half and "
     "stays to the end.",
     "bird"),
    ("You're listening to the drive-time show. Here's the clip: first half, no bird. Second half, a flying bird in "
     "the frame.",
     "bird"),
    ("How to play: watch the halves. First half of the clip, no ball. Second half, a moving ball is in the frame.",
     "ball"),
    ("Trail notes. No ball during the first half of the clip. In the second half a moving ball appears in the frame "
     "and stays.",
     "ball"),
    ("That was a belter. The clip of the day: no ball in the first half, then a moving ball appears for the second "
     "half.",
     "ball"),
    ("Objective: see the dog arrive. First half of the clip: no dog. Second half: a walking dog enters the frame "
     "and stays.",
     "dog"),
    ("Trail guide. For the first half of the clip there's no dog; in the second half a walking dog appears and "
     "stays in view.",
     "dog"),
    ("Lovely song. Quick clip note: no dog in the first half of the clip, and a walking dog in the frame for the "
     "second half.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("RULES OF PLAY. First half of the clip: a moving car in the frame. Second half: the car is gone; no car in the "
     "frame.",
     "car"),
    ("Trail guide. A moving car is in view for the first half of the clip, then it's gone. No car in the second "
     "half.",
     "car"),
    ("After that track, the clip: a moving car in the frame for the first half, and no car at all in the second "
     "half.",
     "car"),
    ("How to play: a lively cat is in the frame during the first half of the clip. In the second half there is no "
     "cat.",
     "cat"),
    ("Trail notes. A lively cat in the frame for the first half of the clip; no cat for the second half.",
     "cat"),
    ("You're tuned to the late show. Tonight's clip has a lively cat in the first half, then no cat in the second "
     "half.",
     "cat"),
    ("Setup: a flying bird in the frame for the first half of the clip. Second half: no bird.",
     "bird"),
    ("Trail guide. During the first half of the clip a flying bird is in view. In the second half there's no bird.",
     "bird"),
    ("Great record, that. The clip of the day: a flying bird for the first half, then it leaves, and there's no "
     "bird in the second half.",
     "bird"),
    ("Objective: note when the ball leaves. A moving ball is in the frame for the first half of the clip; no ball "
     "in the second half.",
     "ball"),
    ("Trail notes. A moving ball is in the frame for the first half of the clip and gone for the second half.",
     "ball"),
    ("Before the next song: the clip shows a moving ball in its first half, and no ball in its second half.",
     "ball"),
    ("How to play: a walking dog is in the frame for the first half of the clip. Second half: no dog in the frame.",
     "dog"),
    ("Trail guide. A walking dog in view for the first half of the clip, then no dog for the second half.",
     "dog"),
    ("That's the hits. Quick clip note: a walking dog in the frame for the first half, and no dog in the second "
     "half.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("RULES. Setup: a moving car on the left side of the frame. End of the game: the car is on the right side of "
     "the frame.",
     "car", RIGHTWARD),
    ("Trail guide. A moving car drives across the frame from the right side to the left side.",
     "car", LEFTWARD),
    ("After that song, the clip: a moving car goes from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("How to play: a moving car starts on the right side of the frame and finishes on the left side.",
     "car", LEFTWARD),
    ("Trail notes. A moving car starts on the left side of the frame and ends on the right side.",
     "car", RIGHTWARD),
    ("You're listening to the drive-time show. Today's clip: a moving car crossing from the right side of the frame "
     "to the left side.",
     "car", LEFTWARD),
    ("Objective: follow the lively cat from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Trail guide. A lively cat walks from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Great tune. The clip has a lively cat that starts on the left side of the frame and ends on the right side.",
     "cat", RIGHTWARD),
    ("Setup: a lively cat on the right side of the frame. By the end of the clip it is on the left side.",
     "cat", LEFTWARD),
    ("Trail notes. A lively cat crosses the frame, left side to right side.",
     "cat", RIGHTWARD),
    ("Before the next record: a lively cat moves from the right side of the frame to the left side in today's clip.",
     "cat", LEFTWARD),
    ("How to play: a flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Trail guide. A flying bird starts on the right side of the frame and ends on the left side.",
     "bird", LEFTWARD),
    ("That was a request. The clip of the day: a flying bird crossing from the left side of the frame to the right "
     "side.",
     "bird", RIGHTWARD),
    ("Setup: a flying bird on the right side of the frame at the start of the clip. At the end it is on the left "
     "side.",
     "bird", LEFTWARD),
    ("Trail notes. A flying bird flies across the frame from the left side to the right side.",
     "bird", RIGHTWARD),
    ("Lovely. Quick clip note: a flying bird moves from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Objective: track the moving ball. It rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Trail guide. A moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("You're on the late show. Tonight's clip: a moving ball starts on the left side of the frame and ends on the "
     "right side.",
     "ball", RIGHTWARD),
    ("How to play: a moving ball begins on the right side of the frame and finishes on the left side.",
     "ball", LEFTWARD),
    ("Trail notes. A moving ball crosses from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("After that record, the clip: a moving ball rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Setup: a walking dog on the left side of the frame. End of the game: the dog is on the right side.",
     "dog", RIGHTWARD),
    ("Trail guide. A walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Great record. Today's clip: a walking dog goes from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("How to play: a walking dog starts on the right side of the frame and ends on the left side.",
     "dog", LEFTWARD),
    ("Trail notes. A walking dog crosses the frame from the left side to the right side.",
     "dog", RIGHTWARD),
    ("Before the news, the clip of the day: a walking dog moving from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("RULES. The car stays still for the whole clip. A bird moves from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Trail guide. A bird stays still while a car moves from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Lovely tune. In the clip, the cat stays still and a bird flies from the left of the cat to the right of the "
     "cat.",
     "bird", "cat", RIGHTWARD),
    ("How to play: the bird never moves. A car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Trail notes. A dog stands still. A bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Before the next song: the cat holds still, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Setup: a dog that stays still. A ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Trail guide. The cat stays put. A bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("You're listening to the drive-time show. Clip of the day: the ball stays still, and a car goes from the left "
     "of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Objective: the bird stays still while a cat moves from the right of the bird to the left of the bird.",
     "cat", "bird", LEFTWARD),
    ("Trail notes. The car stays still. A dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("That was a classic. In today's clip the bird doesn't move, and a ball rolls from the right of the bird to the "
     "left of the bird.",
     "ball", "bird", LEFTWARD),
    ("How to play: the dog stays still. A ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Trail guide. A cat sits still. A ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Quick clip note between songs: a ball stays still, and a car drives from the left of the ball to the right of "
     "the ball.",
     "car", "ball", RIGHTWARD),
    ("Setup: the cat stays still for the whole clip. A bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Trail notes. A bird stays still while a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Great tune. The clip: a cat holding still, and a dog walking from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Objective: the car stays still. A ball rolls from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Trail guide. The cat doesn't move. A dog goes from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Back after that record with the clip of the day: the ball stays still and a bird flies from the left of the "
     "ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("How to play: a ball stays still. A bird moves from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Trail notes. The dog stays still. A bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("You're on the late show. Tonight's clip: a car stays still while a bird flies from the right of the car to "
     "the left of the car.",
     "bird", "car", LEFTWARD),
    ("Setup: the cat stays still. A car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("Trail guide. A ball stays still. A dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Lovely. In the clip, the ball stays still and a cat walks from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("Objective: the ball never moves. A dog moves from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Trail notes. The bird stays still while a cat walks from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Before the news: today's clip has a car that stays still, and a dog walking from the right of the car to the "
     "left of the car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("RULES. Top-down view. Setup: a moving car in the lower left corner. It moves to the lower right corner, then "
     "ends in the upper right corner.",
     "car", BL_BR_TR),
    ("Trail guide, seen from directly above. A moving car goes from the lower left corner to the upper left corner, "
     "then on to the upper right corner.",
     "car", BL_TL_TR),
    ("Great tune. Today's clip is shot from straight overhead: a moving car drives from the lower right corner to "
     "the lower left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("How to play, viewed from above: a moving car starts in the lower right corner, moves to the upper right "
     "corner, and finishes in the upper left corner.",
     "car", BR_TR_TL),
    ("Trail notes, top-down view. A moving car travels from the lower left corner to the lower right corner and "
     "then to the upper right corner.",
     "car", BL_BR_TR),
    ("Before the next song, the clip, seen from above: a moving car goes from the lower left corner up to the upper "
     "left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Objective, seen from overhead: follow a lively cat from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Trail guide, viewed from straight above. A lively cat walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("You're listening to the late show. Tonight's clip, top-down: a lively cat goes from the lower left corner to "
     "the lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Setup, top-down view: a lively cat in the lower left corner. It moves to the upper left corner, then to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("Trail notes, seen from above. A lively cat starts in the lower right corner, goes to the lower left corner, "
     "and ends in the upper left corner.",
     "cat", BR_BL_TL),
    ("Lovely. The clip of the day, filmed from directly overhead: a lively cat moves from the lower right corner to "
     "the upper right corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("How to play, viewed from above: a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Trail guide, top-down view. A flying bird starts in the lower left corner, flies to the upper left corner, "
     "and ends in the upper right corner.",
     "bird", BL_TL_TR),
    ("That was a request. The clip, seen from straight above: a flying bird goes from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Setup, seen from overhead: a flying bird in the lower right corner. It flies to the upper right corner, then "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("Trail notes, viewed from above. A flying bird moves from the lower left corner to the lower right corner, "
     "then on to the upper right corner.",
     "bird", BL_BR_TR),
    ("Quick clip note, top-down view: a flying bird flies from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "bird", BL_TL_TR),
    ("Objective, top-down view: a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Trail guide, seen from directly above. A moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("After that record, the clip of the day, viewed from above: a moving ball goes from the lower left corner to "
     "the lower right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("How to play, seen from overhead: a moving ball starts in the lower left corner, rolls to the upper left "
     "corner, and ends in the upper right corner.",
     "ball", BL_TL_TR),
    ("Trail notes, top-down view. A moving ball goes from the lower right corner to the lower left corner and then "
     "to the upper left corner.",
     "ball", BR_BL_TL),
    ("You're on the drive-time show. Today's clip, from straight above: a moving ball rolls from the lower right "
     "corner to the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Setup, viewed from above: a walking dog in the lower left corner. It walks to the lower right corner, then to "
     "the upper right corner.",
     "dog", BL_BR_TR),
    ("Trail guide, top-down view. A walking dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
    ("Great song. The clip, seen from overhead: a walking dog goes from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Objective, seen from directly above: a walking dog starts in the lower right corner, goes to the upper right "
     "corner, and finishes in the upper left corner.",
     "dog", BR_TR_TL),
    ("Trail notes, viewed from straight above. A walking dog walks from the lower left corner to the lower right "
     "corner, then on to the upper right corner.",
     "dog", BL_BR_TR),
    ("Before the news, the clip, top-down: a walking dog moves from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
