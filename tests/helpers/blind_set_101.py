"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an obituary-style tribute ("in loving memory", "fondly remembered", "gone, but not forgotten"), where the
  mourners, the services and the flowers are never in the video, and the life remembered is what the clip
  shows; its past tense tells the clip as a life already lived;
- a hushed golf commentator ("quiet, please", "lovely tempo", "the gallery is holding its breath"), where the
  commentator, the gallery and the camera are never in the video, and the shot being admired is the clip; the
  course's own words that hide a colour or a class noun (its putting surface, its scoring terms) are never said;
- a quiz-bowl moderator ("toss-up", "for the points", "buzz in", "no conferring"), where the moderator, the
  players and the buzzers are never in the video, and the question read out is the clip itself; a question
  may come before its answer, and the moderator never gives points a number.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
gallery, mourners or teams beside the count) and put no other number word beside it (no "hole in one", no
"ten points", no "first question"). No voice gives its own props a colour (no mourning dress, no team
colours), no idiom hides a class noun or a side (no "category", "that's right", "what's left"), "half" is
only said of the clip's halves, "upper", "lower" and "corner" only of a route (the commentator never lowers
his voice), and "still" only of a relation's second object. A relation names its second object at both
ends and says that object stays still; a route is always seen from above. It takes LVD's attribution pairs
20-49 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 176/180 on 6b7fb3e (attribution 29, visibility 28, sequential 29, the rest 30); 180/180 after the
fixes of its own commits (a quiz-bowl "Which animal is gray? The dog." is the dog's colour; "For the points:" is no
thing; an obituary's "no cat in the first half, then present from the second half" is the cat named before coming
later; "a moving car, lower left corner up to the upper left corner, then ..." starts its route at the bare corner).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("In loving memory of a quiet clip: one moving car, present from the opening to the close, and nothing else "
     "beside it. It asked for nothing more.",
     "car", 1),
    ("Quiet, please. Two moving cars, and they'll be with us from the start of the clip to the finish. Nothing else "
     "out there. Lovely.",
     "car", 2),
    ("Toss-up. This clip shows three moving cars, in view from start to finish, and nothing else at all. Buzz in "
     "when you've counted them.",
     "car", 3),
    ("Fondly remembered by all who watched: four moving cars, there for the whole clip, with nothing else to share "
     "the scene.",
     "car", 4),
    ("And here, in a hush, is one lively cat. In view from start to finish, nothing else in the clip. Just "
     "wonderful.",
     "cat", 1),
    ("For the points: how many lively cats are in this clip? Two lively cats, seen from the start to the end, and "
     "nothing else. No conferring.",
     "cat", 2),
    ("Three lively cats, beloved and never apart, fill the clip from beginning to end. Nothing else. They are "
     "remembered with great affection.",
     "cat", 3),
    ("Hushed now. Four lively cats, in view the whole clip through, and nothing else to see. Simply sublime.",
     "cat", 4),
    ("Toss-up, no conferring: a clip with one flying bird in it, present from start to finish, and nothing else. "
     "Name what you see.",
     "bird", 1),
    ("It is with deep affection that we recall two flying birds, in the air from the start of the clip to its end, "
     "and nothing else beside them.",
     "bird", 2),
    ("Three flying birds now, in view from start to finish. Not a sound. Nothing else in the clip. Gorgeous, just "
     "gorgeous.",
     "bird", 3),
    ("Moderator's reading: four flying birds, visible from the clip's start to its end, with nothing else in it. "
     "Answer when ready.",
     "bird", 4),
    ("One moving ball, cherished by all who watched, stays in view from beginning to end. Nothing else shares the "
     "clip. A simple, faithful presence.",
     "ball", 1),
    ("Let's just watch. Two moving balls, in the clip from start to finish, nothing else around them. Lovely rhythm "
     "to it.",
     "ball", 2),
    ("Bonus, for the points: identify the count. Three moving balls, on screen from start to finish, and nothing "
     "else.",
     "ball", 3),
    ("Remembered for a life in motion: four moving balls, present from the opening of the clip to its close, and "
     "nothing else.",
     "ball", 4),
    ("Quietly, quietly. One walking dog, from the start of the clip to the end, and nothing else with him. "
     "Beautiful patience.",
     "dog", 1),
    ("Toss-up: two walking dogs, in view the entire clip, and nothing else. Buzz in with how many.",
     "dog", 2),
    ("Three walking dogs, faithful to the end, are seen in the clip from beginning to finish, and nothing else is. "
     "Loved by all who watched.",
     "dog", 3),
    ("Hushed tones here. Four walking dogs, in view start to finish, with nothing else in the clip. Marvellous.",
     "dog", 4),
    ("Moderator: two moving cars, present from the start of the clip to the end, nothing else. How many? Buzz when "
     "ready.",
     "car", 2),
    ("Gentle to the end: one lively cat, in view for the whole clip, with nothing else beside it. She is remembered "
     "warmly.",
     "cat", 1),
    ("For the points: three flying birds, in view from start to finish, and nothing else in the clip. Your answer?",
     "bird", 3),
    ("Not a whisper now. Four moving balls, on view the whole clip long, and nothing else. Wonderful touch.",
     "ball", 4),
    ("Two walking dogs, companions from the start of the clip to its end, and nothing else with them. Fondly "
     "remembered.",
     "dog", 2),
    ("Here it comes. One moving car, there from start to finish, nothing else in the clip. Don't breathe.",
     "car", 1),
    ("Toss-up. Four lively cats, in the clip from its start to its end, and nothing else. Time.",
     "cat", 4),
    ("Two flying birds, softly, from start to finish, and nothing else in the clip. What serenity.",
     "bird", 2),
    ("Question: is anything but one moving ball in this clip? No: the moving ball is there from start to finish, "
     "and nothing else. Buzz in.",
     "ball", 1),
    ("With sorrow and gratitude we note three walking dogs, there from the clip's opening to its close, and nothing "
     "else at all.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("In loving memory: a brown ball and an orange cat beside it, together from the start of the clip to its end.",
     "ball", "brown", "cat", "orange"),
    ("Quiet now. A gray dog, and just beside him an orange ball, both in view from start to finish. Lovely.",
     "dog", "gray", "ball", "orange"),
    ("Toss-up: a yellow ball sits beside an orange cat, and both stay in view for the whole clip. Name the colours.",
     "ball", "yellow", "cat", "orange"),
    ("A purple dog, ever loyal, rested beside a brown car from the opening of the clip to its close. Remembered "
     "fondly.",
     "dog", "purple", "car", "brown"),
    ("A gray dog beside a blue car. Neither moves off, start to finish. The hush here is remarkable.",
     "dog", "gray", "car", "blue"),
    ("For the points: what sits beside the white car? An orange bird, and both are in view from start to finish.",
     "car", "white", "bird", "orange"),
    ("A brown car and a blue bird beside it, companions for the whole clip. Services will be private.",
     "car", "brown", "bird", "blue"),
    ("Just look at this. A blue car, a yellow cat beside it, both there from start to finish. Exquisite.",
     "car", "blue", "cat", "yellow"),
    ("Moderator's note: the clip shows a gray cat beside a yellow bird, both in view start to finish. Buzz in.",
     "cat", "gray", "bird", "yellow"),
    ("Beloved and remembered: a white dog beside a black car, in view from the clip's opening to its close.",
     "dog", "white", "car", "black"),
    ("A red car, and perched beside it a brown bird. Both with us from start to finish. Lovely, lovely.",
     "car", "red", "bird", "brown"),
    ("Toss-up. Beside a green car sits a purple cat; they share the clip from start to finish. Identify both.",
     "cat", "purple", "car", "green"),
    ("A gray car and an orange dog at its side, together in the clip from beginning to end. Dearly cherished.",
     "car", "gray", "dog", "orange"),
    ("Oh, my. A red cat, a gray dog next to her, both in view from start to finish. Not a murmur.",
     "cat", "red", "dog", "gray"),
    ("For the points: a red dog beside a gray car, in view for the entire clip. What colour is the dog? Red.",
     "dog", "red", "car", "gray"),
    ("Remembered for his gentle ways, a purple dog sat beside a yellow car from the start of the clip to its end.",
     "dog", "purple", "car", "yellow"),
    ("Softly. A red cat, and next to her a gray ball, in view from start to finish. Lovely composure.",
     "cat", "red", "ball", "gray"),
    ("Toss-up: in this clip, a brown cat beside a blue dog, both present from start to finish. Buzz when you've got "
     "it.",
     "cat", "brown", "dog", "blue"),
    ("It is with fondness that we recall a white dog beside a red cat, both there for the whole clip.",
     "dog", "white", "cat", "red"),
    ("A yellow bird beside an orange car, from start to finish. The gallery is holding its breath.",
     "bird", "yellow", "car", "orange"),
    ("Bonus: a green dog beside a blue car, both in view throughout the clip. Name the colours, no conferring.",
     "dog", "green", "car", "blue"),
    ("A black cat, beloved, beside a brown ball, present from the opening of the clip to its close. In lieu of "
     "flowers, simply watch.",
     "cat", "black", "ball", "brown"),
    ("Here's a purple car, and beside it a red cat, both with us from start to finish. Quite beautiful.",
     "car", "purple", "cat", "red"),
    ("Question: a gray dog beside a brown cat, in view from start to finish. Which animal is gray? The dog.",
     "dog", "gray", "cat", "brown"),
    ("A black car and, beside it, a brown dog, faithful companions from the start of the clip to its end. Rest in "
     "peace.",
     "car", "black", "dog", "brown"),
    ("Just the quietest moment. A yellow ball beside a pink dog, from start to finish. Sublime.",
     "ball", "yellow", "dog", "pink"),
    ("Toss-up: a gray cat, a white dog beside it, both on screen the whole clip. Buzz in.",
     "cat", "gray", "dog", "white"),
    ("A yellow dog beside an orange car, there from beginning to end. Those who watched will remember them kindly.",
     "dog", "yellow", "car", "orange"),
    ("Look at this. A black bird, perched beside a brown cat, in view from start to finish. Hushed, all of us.",
     "bird", "black", "cat", "brown"),
    ("For the points: a white ball beside a red car, in view for the entire clip. Time.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Born in the second half of the clip: a moving car, which stayed to the end. In the first half there was no "
     "car.",
     "car"),
    ("Nothing in the first half. No car at all. Then, in the second half, a moving car comes in and stays to the "
     "end. Beautifully judged.",
     "car"),
    ("Toss-up: in the first half of the clip, no car; in the second half, a moving car appears and remains to the "
     "end. Buzz in.",
     "car"),
    ("Patience here. The first half, no cat. In the second half, a lively cat appears, and she stays till the end.",
     "cat"),
    ("For the points: what appears in the second half? A lively cat, which stays to the end; the first half has no "
     "cat.",
     "cat"),
    ("A lively cat, who came late into the clip: no cat in the first half, then present from the second half to the "
     "end. Much loved.",
     "cat"),
    ("Question: the first half shows no bird. In the second half a flying bird appears and stays until the end. "
     "What is it?",
     "bird"),
    ("Arriving in the second half, a flying bird stayed with us until the end; the first half had known no bird.",
     "bird"),
    ("No bird in the first half, not yet. Second half, and there's a flying bird, in to stay until the end. "
     "Gorgeous.",
     "bird"),
    ("No ball in the first half. In the second half came a moving ball, and it remained to the end. Fondly "
     "welcomed.",
     "ball"),
    ("Hush. The first half, no ball anywhere. Then in the second half a moving ball appears and stays to the end. "
     "Lovely.",
     "ball"),
    ("Toss-up, no conferring: no ball in the first half; a moving ball appears in the second half and stays until "
     "the end.",
     "ball"),
    ("In the first half, no dog. And now, second half, a walking dog appears, and he stays to the end. Quiet, "
     "please.",
     "dog"),
    ("Moderator: the first half has no dog. In the second half a walking dog appears and stays until the end. Buzz "
     "in.",
     "dog"),
    ("Born into the second half of the clip, a walking dog stayed to the end. In the first half there was no dog. "
     "Remembered by all.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car was with us in the first half. In the second half there is no car. Gone, but not forgotten.",
     "car"),
    ("A moving car in the first half. And in the second half... no car. It's gone. Extraordinary.",
     "car"),
    ("Toss-up: a moving car is present in the first half and absent in the second half, where there is no car.",
     "car"),
    ("For the points: a lively cat in the first half; no cat in the second half. What disappeared?",
     "cat"),
    ("A lively cat graced the first half of the clip. In the second half there is no cat. She will be dearly "
     "missed.",
     "cat"),
    ("A lively cat in the first half, and in the second half, quietly, no cat. Gone. Just like that.",
     "cat"),
    ("There's a flying bird in the first half. Second half, no bird. Vanished. You could feel the gallery sigh.",
     "bird"),
    ("Question: what is missing from the second half? A flying bird is present in the first half, and in the "
     "second half there is no bird.",
     "bird"),
    ("A flying bird, present in the first half, departed in the second half; there is no bird there now. Rest in "
     "peace.",
     "bird"),
    ("A moving ball lived out the first half of the clip. In the second half, no ball. Deeply missed.",
     "ball"),
    ("Bonus: a moving ball in the first half, and no ball at all in the second half. Buzz in.",
     "ball"),
    ("A moving ball in the first half. Then, in the second half, no ball. Gone. Quite remarkable.",
     "ball"),
    ("A walking dog, loyal through the first half of the clip. In the second half there is no dog. He is survived "
     "by a grateful audience.",
     "dog"),
    ("A walking dog in the first half; in the second half, no dog. Oh, my.",
     "dog"),
    ("Toss-up: a walking dog is in the first half; in the second half there's no dog. Time.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car made its final journey from the left side of the frame to the right side. It will be "
     "remembered.",
     "car", RIGHTWARD),
    ("And here's a moving car, from the right side of the frame, across to the left side. Smooth. So smooth.",
     "car", LEFTWARD),
    ("Toss-up: a moving car drives from the left side of the frame to the right side. Where does it end up?",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, a moving car went its way, as it always did.",
     "car", LEFTWARD),
    ("Quiet... a moving car, left side of the frame to the right side. Lovely line.",
     "car", RIGHTWARD),
    ("For the points: a moving car starts on the right side of the frame and drives to the left side. Buzz in with "
     "its direction.",
     "car", LEFTWARD),
    ("A lively cat, starting on the left side of the frame, and she runs to the right side. Wonderful.",
     "cat", RIGHTWARD),
    ("Question: a lively cat runs from the right side of the frame to the left side. Which side does it finish on?",
     "cat", LEFTWARD),
    ("Ever restless, a lively cat ran from the left side of the frame to the right side. Loved by all who knew her.",
     "cat", RIGHTWARD),
    ("Just watch the lively cat go, from the right side of the frame to the left side. Not a sound.",
     "cat", LEFTWARD),
    ("Toss-up, no conferring: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat crossed from the right side of the frame to the left side, the way she crossed through life: "
     "quickly.",
     "cat", LEFTWARD),
    ("For the points: a flying bird flies from the left side of the frame to the right side. Time.",
     "bird", RIGHTWARD),
    ("A flying bird flew from the right side of the frame to the left side, free at last.",
     "bird", LEFTWARD),
    ("Up there now. A flying bird, from the left side of the frame all the way to the right side. Majestic.",
     "bird", RIGHTWARD),
    ("Toss-up: a flying bird crosses the frame from the right side to the left side. Buzz in.",
     "bird", LEFTWARD),
    ("Remembered soaring: a flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird, right side of the frame to the left side. The gallery is silent.",
     "bird", LEFTWARD),
    ("A moving ball rolled from the left side of the frame to the right side, steady to the end.",
     "ball", RIGHTWARD),
    ("The moving ball is on its way, from the right side of the frame, rolling across to the left side. Beautifully "
     "paced.",
     "ball", LEFTWARD),
    ("Question: a moving ball rolls from the left side of the frame to the right side. Name the side it reaches.",
     "ball", RIGHTWARD),
    ("From the right side of the frame to the left side rolled a moving ball, and we are the richer for it.",
     "ball", LEFTWARD),
    ("Gently now. A moving ball, rolling from the left side of the frame to the right side. Perfect weight.",
     "ball", RIGHTWARD),
    ("Toss-up: a moving ball starts on the right side of the frame and rolls to the left side.",
     "ball", LEFTWARD),
    ("And a walking dog, from the left side of the frame to the right side, taking his time. Lovely.",
     "dog", RIGHTWARD),
    ("For the points: a walking dog walks from the right side of the frame to the left side. Buzz when ready.",
     "dog", LEFTWARD),
    ("A walking dog walked from the left side of the frame to the right side, loyal every step. Fondly remembered.",
     "dog", RIGHTWARD),
    ("Here's a walking dog, starting on the right side of the frame, strolling to the left side. Wonderful.",
     "dog", LEFTWARD),
    ("Toss-up: which way does the walking dog go? From the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Faithful walker: a walking dog, from the right side of the frame to the left side, the path he loved.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stays still. A bird flies from the left of the ball to the right of the ball, as it was always meant "
     "to.",
     "bird", "ball", RIGHTWARD),
    ("The ball staying still there, and a bird flies from the right of the ball to the left of the ball. Lovely.",
     "bird", "ball", LEFTWARD),
    ("Toss-up: the ball stays still while a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("A bird flew from the right of the dog to the left of the dog, while the dog stayed still, faithful as ever.",
     "bird", "dog", LEFTWARD),
    ("The car stays still. A dog walks from the left of the car to the right of the car. Beautiful patience.",
     "dog", "car", RIGHTWARD),
    ("For the points: the ball stays still, and a bird flies from the right of the ball to the left of the ball. "
     "Which way?",
     "bird", "ball", LEFTWARD),
    ("With the cat staying still, a dog walked from the left of the cat to the right of the cat. Both dearly loved.",
     "dog", "cat", RIGHTWARD),
    ("A dog walks from the right of the car to the left of the car, and the car stays still. Not a murmur.",
     "dog", "car", LEFTWARD),
    ("Question: the dog stays still; a cat runs from the left of the dog to the right of the dog. Buzz in.",
     "cat", "dog", RIGHTWARD),
    ("The ball stays still, and a cat runs from the right of the ball to the left of the ball, lively to the end.",
     "cat", "ball", LEFTWARD),
    ("The dog stays still there, and a cat runs from the left of the dog to the right of the dog. Oh, my.",
     "cat", "dog", RIGHTWARD),
    ("Toss-up: the dog stays still while a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("The bird stayed still. A dog walked from the left of the bird to the right of the bird, unhurried, as was his "
     "way.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, and a bird flies from the right of the cat to the left of the cat. Gorgeous.",
     "bird", "cat", LEFTWARD),
    ("For the points: a cat runs from the left of the bird to the right of the bird, while the bird stays still. "
     "Name the mover.",
     "cat", "bird", RIGHTWARD),
    ("The cat stays still as a bird flies from the right of the cat to the left of the cat. Remembered for its "
     "grace.",
     "bird", "cat", LEFTWARD),
    ("A dog walking from the left of the cat to the right of the cat, and the cat stays still. Very composed.",
     "dog", "cat", RIGHTWARD),
    ("Question: the dog stays still, and a bird flies from the right of the dog to the left of the dog. Time.",
     "bird", "dog", LEFTWARD),
    ("A dog, gentle to the end, walked from the left of the cat to the right of the cat, and the cat stayed still.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still. Here's a bird, flying from the right of the car to the left of the car. Just lovely.",
     "bird", "car", LEFTWARD),
    ("Toss-up: a bird flies from the left of the car to the right of the car, and the car stays still.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still. A car drives from the right of the bird to the left of the bird, on its last drive.",
     "car", "bird", LEFTWARD),
    ("The cat stays still, and there goes a bird, flying from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("For the points: the bird stays still while a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("A bird flew from the left of the dog to the right of the dog, and the dog stayed still, as the loyal do.",
     "bird", "dog", RIGHTWARD),
    ("The cat stays still, and a dog walks from the right of the cat to the left of the cat. Remarkable calm.",
     "dog", "cat", LEFTWARD),
    ("Question: the dog stays still; a ball rolls from the left of the dog to the right of the dog. Buzz in.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still while a bird flies from the right of the cat to the left of the cat. Fondly remembered, "
     "both.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still, and a car drives from the left of the ball to the right of the ball. Not a sound out "
     "here.",
     "car", "ball", RIGHTWARD),
    ("Toss-up: a cat runs from the right of the bird to the left of the bird, and the bird stays still.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a moving car made its way from the lower left corner to the lower right corner, and then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("From the camera above: a moving car, lower left corner up to the upper left corner, then across to the upper "
     "right corner.",
     "car", BL_TL_TR),
    ("Toss-up, viewed from above: a moving car drives from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "car", BR_BL_TL),
    ("Looking down from above on a life's journey: a moving car went from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("Looking straight down from above: a lively cat, from the lower left corner to the lower right corner, then on "
     "to the upper right corner.",
     "cat", BL_BR_TR),
    ("For the points, seen from above: a lively cat runs from the lower left corner to the upper left corner, then "
     "to the upper right corner. Name its path.",
     "cat", BL_TL_TR),
    ("Seen from above, a lively cat ran from the lower right corner to the lower left corner, and lastly to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("The view from above now. A lively cat runs from the lower right corner to the upper right corner, then to the "
     "upper left corner. Lovely.",
     "cat", BR_TR_TL),
    ("Question, with the clip seen from above: a flying bird goes from the lower left corner to the lower right "
     "corner, then to the upper right corner. Where does it end?",
     "bird", BL_BR_TR),
    ("Seen from high above, a flying bird flew from the lower left corner to the upper left corner, then on to the "
     "upper right corner.",
     "bird", BL_TL_TR),
    ("From above, hushed: a flying bird, lower right corner to lower left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Toss-up: from above, a flying bird flies from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("From above we watched a moving ball roll from the lower left corner to the lower right corner, then to the "
     "upper right corner. It is remembered.",
     "ball", BL_BR_TR),
    ("Top-down shot, seen from above. A moving ball rolling from the lower left corner to the upper left corner, and "
     "on to the upper right corner. Perfect pace.",
     "ball", BL_TL_TR),
    ("For the points: seen from above, a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolled from the lower right corner to the upper right corner, and at last to "
     "the upper left corner.",
     "ball", BR_TR_TL),
    ("From above, quietly: a walking dog from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "dog", BL_BR_TR),
    ("Question: viewed from above, a walking dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner. Buzz in.",
     "dog", BL_TL_TR),
    ("Seen from above, a walking dog walked from the lower right corner to the lower left corner, then to the upper "
     "left corner, as he did every day.",
     "dog", BR_BL_TL),
    ("The view from above, and here's a walking dog, from the lower right corner up to the upper right corner, then "
     "along to the upper left corner.",
     "dog", BR_TR_TL),
    ("Toss-up, the view from above: a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner.",
     "car", BL_BR_TR),
    ("From above, a lively cat ran from the bottom left corner to the top left corner, then to the top right corner. "
     "Sorely missed.",
     "cat", BL_TL_TR),
    ("Seen from directly above: a flying bird from the bottom right corner to the bottom left corner, then to the "
     "top left corner. Lovely.",
     "bird", BR_BL_TL),
    ("Moderator, reading: from above, a moving ball rolls from the bottom right corner to the top right corner, then "
     "to the top left corner.",
     "ball", BR_TR_TL),
    ("A walking dog, seen from above, walked from the lower left corner to the lower right corner, then to the upper "
     "right corner. Well loved.",
     "dog", BL_BR_TR),
    ("From above again: a moving car from the lower right corner up to the upper right corner, then to the upper "
     "left corner. Smooth.",
     "car", BR_TR_TL),
    ("For the points, from above: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("From above, a flying bird rose from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "bird", BL_TL_TR),
    ("Viewed from above, a moving ball from the lower left corner to the lower right corner, then to the upper right "
     "corner. Wonderful weight.",
     "ball", BL_BR_TR),
    ("Toss-up: seen from above, a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
