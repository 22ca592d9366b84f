"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a telenovela narrator ("Previously", "Tune in tomorrow", "¡Ay!", passion, betrayal, destiny), where the
  narrator, the lovers and the families are never in the video, and the drama is exactly what the clip
  shows; its heartbreak is said of the clip's own objects or of no one seen;
- a sports-betting tipster ("Lock of the day", "Hammer it", "Don't fade it", "Tail me"), where the tipster,
  the bettors, the books and the money are never in the video, and the pick being sold is the clip; the
  tipster quotes no odds, units or scores, since it writes no numbers;
- a court stenographer's transcript ("Q.", "A.", "THE WITNESS:", "(Clip played.)"), where the witness,
  counsel, the court and the record are never in the video, and what the witness testifies to is the
  clip; its exchanges carry no page, line or exhibit numbers.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
witness, lover or sportsbook beside the count) and put no other number word beside it (no "first
witness", no "pair", no "both", no "this one"). No voice gives its own props a colour (no roses, robes
or money "in the green"), no idiom hides a class noun or a side (no "underdog", "ballpark", "that's
right" or "left the courtroom"), "half" is only said of the clip's halves (never a betting half or
"on behalf"), "upper", "lower", "corner", "top" and "bottom" only of a route, and "still" only of a
relation's second object. A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 40-69 and its two-object
relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 171/180 on 6b7fb3e (attribution 28, dynamic_two 28, sequential 28, numeracy 29, visibility 29,
dynamic_one 29), kept off main until its fixes were in; 180/180 after the fixes of its own branch (a quiz's "Q."/"A."
read past a bracketed stage direction, what stands by a thing the question names, the pronoun answering what a thing
did, "it was gone" a no, the way asked after a move told, a view said before the question; "Don't fade it." adds no
act; a closing "Smash it." breaks nothing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Previously, in our story of passion: one moving car, in view from the opening of the clip to its close, and "
     "nothing else. What secret does it keep? Tune in tomorrow.",
     "car", 1),
    ("Lock of the day, folks: two moving cars, in view from start to finish, and nothing else in the clip. Hammer it "
     "before the line moves.",
     "car", 2),
    ("Q. What did you see in the clip? A. Three moving cars. Q. For how long? A. From the start of the clip to its "
     "end. Q. Anything else? A. No, nothing else.",
     "car", 3),
    ("¡Ay, Dios mío! Four moving cars, from the beginning of the clip to its end, and nothing else beside them. "
     "Passion, betrayal, and those moving cars.",
     "car", 4),
    ("Free pick tonight: one lively cat, on screen from start to finish, nothing else in the clip. Easy money, trust "
     "me.",
     "cat", 1),
    ("THE WITNESS: There were two lively cats. They were in view the whole clip, start to finish. Q. And besides them? "
     "A. Nothing else.",
     "cat", 2),
    ("Three lively cats, from the start of the clip to its end, and nothing else. Destiny has brought them together, "
     "and nothing will tear them apart.",
     "cat", 3),
    ("Sharp money says four lively cats, in view the entire clip, and nothing else shows up. Book it.",
     "cat", 4),
    ("Q. Describe the clip, please. A. One flying bird, in view from the start to the finish, and nothing else. Q. "
     "Nothing else at all? A. Nothing.",
     "bird", 1),
    ("Two flying birds, together from the opening of the clip to its close. Nothing else comes between them. Is it "
     "love? Is it fate? Tune in tomorrow.",
     "bird", 2),
    ("Lock it in: three flying birds, on screen from start to finish, and nothing else in the clip. I've never been "
     "more confident.",
     "bird", 3),
    ("(Whereupon the clip was played.) Q. How many flying birds did you count? A. Four flying birds. Q. For the whole "
     "clip? A. Start to finish. Nothing else in it.",
     "bird", 4),
    ("In a world of lies, only this is true: one moving ball, from the beginning of the clip to its end, and nothing "
     "else.",
     "ball", 1),
    ("Don't overthink this. Two moving balls, in view start to finish, nothing else on screen. Max bet.",
     "ball", 2),
    ("A. I saw three moving balls. Q. When? A. From the start of the clip to the end of it. Q. Anything else? A. "
     "Nothing else, no.",
     "ball", 3),
    ("Four moving balls, there from the opening of the clip to its close, and nothing else. Such drama, such passion, "
     "such moving balls.",
     "ball", 4),
    ("Tipster's special: one walking dog, in view the whole clip, nothing else. Fade me at your own risk.",
     "dog", 1),
    ("Q. What did the clip show? A. Two walking dogs. Q. Were they there the whole time? A. Yes, from start to finish. "
     "Q. Anything else? A. Nothing else.",
     "dog", 2),
    ("Three walking dogs walk through the whole clip, start to finish, and nothing else dares to appear. Oh, the "
     "tension!",
     "dog", 3),
    ("Four walking dogs, start to finish, and absolutely nothing else. Nobody's talking about this. Pound it.",
     "dog", 4),
    ("Q. And in the clip, what was there? A. Two moving cars, and nothing else. Q. For how long? A. The whole clip, "
     "from start to finish.",
     "car", 2),
    ("Alone, always alone: one lively cat, from the start of the clip to its end, and nothing else. ¡Qué tragedia!",
     "cat", 1),
    ("Value alert: one flying bird, on screen the full clip, and nothing else. Get in before the line moves.",
     "bird", 1),
    ("A. Four moving balls. Q. Nothing else in the clip? A. Nothing else. Q. And they were in view throughout? A. "
     "Throughout, start to finish.",
     "ball", 4),
    ("One walking dog, from the beginning of the clip to its end, and nothing else. But what secret does it hide? "
     "Tomorrow, everything changes.",
     "dog", 1),
    ("Three moving cars, full clip, nothing else. I'm all in. Tail me.",
     "car", 3),
    ("Q. How many lively cats were in the clip? A. Four lively cats. Q. In view for the whole of it? A. Yes, start to "
     "finish. Nothing else.",
     "cat", 4),
    ("Three flying birds, from the clip's opening to its close, and nothing else. Jealousy! Heartbreak! And on they "
     "fly...",
     "bird", 3),
    ("One moving ball, in view all clip long, and nothing else. Biggest lock of the season.",
     "ball", 1),
    ("(Clip played.) Q. What do you see? A. Three walking dogs, from start to finish, and nothing else.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Previously, in our tale of forbidden love: a green dog and a blue car, side by side, in view from the start of "
     "the clip to its end.",
     "dog", "green", "car", "blue"),
    ("Here's the play: a black cat next to a brown ball, both on screen the whole clip. Lock it.",
     "cat", "black", "ball", "brown"),
    ("Q. What was in the clip? A. A purple car, and a red cat beside it. Q. Both the whole time? A. Yes, start to "
     "finish.",
     "car", "purple", "cat", "red"),
    ("A gray dog beside a brown cat, from the opening of the clip to its close. Enemies? Lovers? Only time will tell.",
     "dog", "gray", "cat", "brown"),
    ("Sharp side tonight: a black car with a brown dog beside it, in view start to finish. Hammer it.",
     "car", "black", "dog", "brown"),
    ("A. There was a yellow ball. Q. Anything next to it? A. A pink dog, beside it, for the whole clip.",
     "ball", "yellow", "dog", "pink"),
    ("¡Ay! A gray cat and a white dog, side by side, for the whole clip. Such scandal!",
     "cat", "gray", "dog", "white"),
    ("Don't sleep on this: a yellow dog, an orange car next to it, both there from start to finish.",
     "dog", "yellow", "car", "orange"),
    ("Q. Please describe what you observed. A. A black bird beside a brown cat. Q. For how long? A. The entire clip.",
     "bird", "black", "cat", "brown"),
    ("There, from the start of the clip to its end, a white ball beside a red car. Innocence and passion, side by "
     "side.",
     "ball", "white", "car", "red"),
    ("Value play: a white ball and a black cat beside it, both in view the whole clip. The line is soft.",
     "ball", "white", "cat", "black"),
    ("THE WITNESS: A yellow cat was there, and a pink ball next to it, from start to finish. Q. Did either leave? A. "
     "No.",
     "cat", "yellow", "ball", "pink"),
    ("A black car, and beside it, an orange bird, from the beginning of the clip to its end. What dark secret do they "
     "share?",
     "car", "black", "bird", "orange"),
    ("Lock of the night: an orange ball beside a brown car, both on screen start to finish.",
     "ball", "orange", "car", "brown"),
    ("Q. What was next to the green cat? A. A gray bird. Q. And were both there throughout? A. Throughout the clip.",
     "bird", "gray", "cat", "green"),
    ("Blue car, red cat, side by side from the start of the clip to its end. Love does not ask permission.",
     "car", "blue", "cat", "red"),
    ("Trust the process: a white ball next to a black car, both there the whole clip. Easy cash.",
     "ball", "white", "car", "black"),
    ("A. A green bird, and beside it a white ball. Q. Did either leave the clip? A. No. Both stayed from start to "
     "finish.",
     "bird", "green", "ball", "white"),
    ("A blue ball and a yellow dog beside it, from the clip's opening to its close... and nobody suspects a thing.",
     "ball", "blue", "dog", "yellow"),
    ("Yellow bird, blue ball, side by side, full clip. That's the pick. Don't fade it.",
     "bird", "yellow", "ball", "blue"),
    ("Q. What did you see? A. A brown bird, next to a black ball. Q. For the whole clip? A. Yes.",
     "bird", "brown", "ball", "black"),
    ("Destiny unites them: a brown bird beside a blue cat, from the start of the clip to its end.",
     "bird", "brown", "cat", "blue"),
    ("My highest-confidence play: a blue bird beside a red car, both in view start to finish.",
     "bird", "blue", "car", "red"),
    ("(Clip played.) A. A purple ball. And beside it a pink cat. They were there start to finish.",
     "ball", "purple", "cat", "pink"),
    ("A yellow dog. A red cat beside it. The whole clip long, they never part. ¡Qué pasión!",
     "dog", "yellow", "cat", "red"),
    ("Tail this: a green bird next to a yellow dog, on screen from start to finish.",
     "bird", "green", "dog", "yellow"),
    ("Q. What was beside the gray car? A. A red cat. Q. For how long? A. The whole clip, start to finish.",
     "car", "gray", "cat", "red"),
    ("Who could have imagined it? A red bird beside a black cat, from the opening of the clip to its close.",
     "bird", "red", "cat", "black"),
    ("Bankroll it: a white bird with an orange cat beside it, full clip, start to finish.",
     "bird", "white", "cat", "orange"),
    ("A. A green bird, beside a black ball. Q. Throughout the clip? A. Throughout. Q. Thank you.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In the first half of the clip, no car. Loneliness. Then, in the second half, a moving car appears and stays "
     "until the end. It has returned!",
     "car"),
    ("Live bet: no car in the first half of the clip; in the second half a moving car shows up and stays to the end. "
     "Cash it.",
     "car"),
    ("Q. Was there a car in the first half of the clip? A. No car. Q. And in the second half? A. A moving car "
     "appeared, and it stayed to the end.",
     "car"),
    ("Here's the angle: no cat in the first half, then a lively cat appears in the second half and sticks around to "
     "the end.",
     "cat"),
    ("A. In the first half there was no cat. Q. And then? A. In the second half a lively cat appeared. It stayed until "
     "the end.",
     "cat"),
    ("A first half without a cat, a first half of tears. But in the second half, a lively cat appears, and stays until "
     "the end!",
     "cat"),
    ("Q. Did a bird appear at any point? A. Yes, in the second half: a flying bird. Q. And in the first half? A. No "
     "bird. Q. Did it stay? A. To the end.",
     "bird"),
    ("No bird in the first half. Hope fades. But wait, in the second half a flying bird appears and remains until the "
     "end!",
     "bird"),
    ("Second-half special: no bird in the first half, then a flying bird appears in the second half and stays to the "
     "end. Smash it.",
     "bird"),
    ("Empty, the first half: no ball. Then, in the second half, a moving ball appears, and stays until the end. "
     "Everything changes.",
     "ball"),
    ("Fade the early action: no ball in the first half. In the second half a moving ball appears and stays till the "
     "end.",
     "ball"),
    ("Q. In the first half of the clip, was there a ball? A. No ball. Q. In the second half? A. A moving ball appeared "
     "and stayed through the end.",
     "ball"),
    ("No dog in the first half, trust me. Second half, a walking dog appears and stays to the end. Lock.",
     "dog"),
    ("THE WITNESS: There was no dog in the first half. In the second half a walking dog appeared. It was there to the "
     "end.",
     "dog"),
    ("Where is the dog? Not in the first half. But in the second half, a walking dog appears, and stays until the end. "
     "¡Al fin!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Q. What was in the first half? A. A moving car. Q. And in the second half? A. It was gone. No car.",
     "car"),
    ("A moving car in the first half, and then, in the second half, nothing: no car. Gone, like a broken promise.",
     "car"),
    ("Moving car in the first half, no car in the second half. Take the under on screen time.",
     "car"),
    ("A lively cat, there in the first half... and in the second half, gone! No cat. Where did it go? Tune in "
     "tomorrow.",
     "cat"),
    ("Cash out early: a lively cat in the first half, and no cat at all in the second half.",
     "cat"),
    ("A. I saw a lively cat in the first half. Q. And in the second half? A. No cat. It was gone.",
     "cat"),
    ("A flying bird in the first half. Second half, no bird anywhere. Bet accordingly.",
     "bird"),
    ("Q. Was the flying bird there the whole clip? A. No. In the first half only. In the second half there was no "
     "bird.",
     "bird"),
    ("In the first half, a flying bird, free and beautiful. In the second half, no bird. She has flown away forever.",
     "bird"),
    ("A moving ball in the first half, our only hope. In the second half it is gone, no ball anywhere. ¡Ay, no!",
     "ball"),
    ("Q. Did the moving ball remain in the second half? A. No. It was in the first half, and in the second half there "
     "was no ball.",
     "ball"),
    ("Moving ball in the first half of the clip, gone in the second half, no ball. I called it.",
     "ball"),
    ("A. A walking dog, in the first half. Q. And the second half? A. No dog. Q. None at all? A. None.",
     "dog"),
    ("Prop bet of the day: a walking dog in the first half, no dog in the second half. Easy win.",
     "dog"),
    ("A walking dog in the first half, faithful and true. In the second half, no dog. He has abandoned everything.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car, from the left side of the frame to the right side, running from its past. Will it ever stop?",
     "car", RIGHTWARD),
    ("Nothing fancy, just a moving car going from the right side of the frame to the left side. Lock.",
     "car", LEFTWARD),
    ("Q. Which way did the moving car go? A. From the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side drives a moving car, and with it, all her dreams.",
     "car", LEFTWARD),
    ("Hammer this: a moving car crossing from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("A. The moving car started on the right side of the frame. Q. And ended? A. On the left side.",
     "car", LEFTWARD),
    ("Lively cat, left side of the frame to the right side. Easiest money you'll make all week.",
     "cat", RIGHTWARD),
    ("Q. And the lively cat? A. It ran from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side, fleeing a love it cannot have.",
     "cat", RIGHTWARD),
    ("¡Mira! A lively cat, running from the right side of the frame to the left side. Is it escaping, or returning?",
     "cat", LEFTWARD),
    ("THE WITNESS: The lively cat ran from the left side of the frame over to the right side.",
     "cat", RIGHTWARD),
    ("Lively cat from the right side of the frame to the left side. I'm betting big.",
     "cat", LEFTWARD),
    ("Q. Describe the flying bird's path. A. From the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Flying bird, right side of the frame to the left side. Smash it before the odds move.",
     "bird", LEFTWARD),
    ("A flying bird flies from the left side of the frame to the right side, free at last, free from her lies.",
     "bird", RIGHTWARD),
    ("From the right side of the frame, a flying bird flies to the left side. Freedom... or betrayal?",
     "bird", LEFTWARD),
    ("Flying bird, left side to the right side of the frame. Free money.",
     "bird", RIGHTWARD),
    ("A. A flying bird went across. Q. In which direction? A. From the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("A moving ball rolls from the left side of the frame to the right side, as destiny commands.",
     "ball", RIGHTWARD),
    ("Q. Where did the moving ball start? A. On the right side of the frame. Q. Where did it end? A. The left side.",
     "ball", LEFTWARD),
    ("Moving ball rolling from the left side of the frame to the right side. Cash it.",
     "ball", RIGHTWARD),
    ("A moving ball, rolling from the right side of the frame to the left side: that's my pick.",
     "ball", LEFTWARD),
    ("A. The moving ball rolled from the left side of the frame to the right side. Q. Left to right? A. Yes.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side... and nobody can stop it.",
     "ball", LEFTWARD),
    ("Walking dog, from the left side of the frame to the right side. Back it.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side, faithful to the very end.",
     "dog", LEFTWARD),
    ("Q. What did the walking dog do? A. It walked from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("THE WITNESS: A walking dog. It walked from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("From the left side of the frame to the right side walks a walking dog, searching for its true love.",
     "dog", RIGHTWARD),
    ("Walking dog, right side of the frame to the left side. Can't lose.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stays still, waiting, as a bird flies from the left of the ball to the right of the ball. Will it ever "
     "come back?",
     "bird", "ball", RIGHTWARD),
    ("Ball stays still. Bird flies from the right of the ball to the left of the ball. Lock it in.",
     "bird", "ball", LEFTWARD),
    ("Q. Did the dog move? A. No, the dog stayed still. Q. What moved? A. A bird flew from the left of the dog to the "
     "right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car, and the car stays still, heartbroken.",
     "bird", "car", LEFTWARD),
    ("The cat stays still, and a car drives from the left of the cat to the right of the cat. Smash it.",
     "car", "cat", RIGHTWARD),
    ("A. The ball stayed still. A dog walked from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("While the ball stays still, a cat runs from the left of the ball to the right of the ball. Jealousy burns!",
     "cat", "ball", RIGHTWARD),
    ("Dog walking from the right of the ball to the left of the ball, ball stays still. Free money.",
     "dog", "ball", LEFTWARD),
    ("Q. And the bird? A. The bird stayed still. A cat ran from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The car stays still. A dog walks from the right of the car to the left of the car. Goodbye, my love.",
     "dog", "car", LEFTWARD),
    ("Bird flies from the left of the ball to the right of the ball, ball stays still. Max play.",
     "bird", "ball", RIGHTWARD),
    ("THE WITNESS: The ball stayed still, and a bird flew from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("The ball stays still, frozen by shock, as a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The dog stays still; a bird flies from the right of the dog to the left of the dog. Tail me on this.",
     "bird", "dog", LEFTWARD),
    ("Q. What did the dog do? A. It walked from the left of the car to the right of the car. Q. And the car? A. The "
     "car stayed still.",
     "dog", "car", RIGHTWARD),
    ("From the right of the ball to the left of the ball flies a bird, and the ball stays still, as if nothing "
     "happened.",
     "bird", "ball", LEFTWARD),
    ("Cat stays still, dog walks from the left of the cat to the right of the cat. Cash it.",
     "dog", "cat", RIGHTWARD),
    ("A. A dog walked from the right of the car to the left of the car. Q. Did the car move? A. No, the car stayed "
     "still.",
     "dog", "car", LEFTWARD),
    ("The dog stays still, and a cat runs from the left of the dog to the right of the dog. Rivals forever!",
     "cat", "dog", RIGHTWARD),
    ("Lively action here: the ball stays still while a cat runs from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("Q. Was the dog moving? A. The dog stayed still. A cat ran from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A ball rolls from the right of the dog to the left of the dog, and the dog stays still. Such indifference!",
     "ball", "dog", LEFTWARD),
    ("Bird stays still, dog walks from the left of the bird to the right of the bird. Bet it.",
     "dog", "bird", RIGHTWARD),
    ("A. A bird flew from the right of the cat to the left of the cat. The cat stayed still.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still, and a cat runs from the left of the bird to the right of the bird. Betrayal!",
     "cat", "bird", RIGHTWARD),
    ("Cat stays still, bird flies from the right of the cat to the left of the cat. Sharpest play I've got.",
     "bird", "cat", LEFTWARD),
    ("Q. What happened next? A. The cat stayed still, and a dog walked from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("A bird flies from the right of the dog to the left of the dog, while the dog stays still, pretending not to "
     "care.",
     "bird", "dog", LEFTWARD),
    ("The cat stays still as a dog walks from the left of the cat to the right of the cat. Don't fade it.",
     "dog", "cat", RIGHTWARD),
    ("THE WITNESS: A bird flew from the right of the car to the left of the car. The car stayed still the whole time.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a moving car drives from the lower left corner to the lower right corner, then to the upper "
     "right corner. Where is it going?",
     "car", BL_BR_TR),
    ("Top-down view: moving car, lower left corner, then upper left corner, then upper right corner. Lock.",
     "car", BL_TL_TR),
    ("Q. Viewed from above, where did the moving car go? A. From the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "car", BR_BL_TL),
    ("From above, we watch a moving car drive from the lower right corner to the upper right corner, and then to the "
     "upper left corner. Destiny!",
     "car", BR_TR_TL),
    ("Overhead view: a lively cat running from the lower left corner to the lower right corner, then to the upper "
     "right corner. Book it.",
     "cat", BL_BR_TR),
    ("A. The clip was shot from above. A lively cat ran from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("From above, a lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner, as if chased by jealousy.",
     "cat", BR_BL_TL),
    ("From directly above: a lively cat, lower right corner to upper right corner to upper left corner. Can't lose.",
     "cat", BR_TR_TL),
    ("Q. From above, what path did the flying bird take? A. Lower left corner, then lower right corner, then upper "
     "right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird flies from the lower left corner to the upper left corner, and at last to the "
     "upper right corner. ¡Libre!",
     "bird", BL_TL_TR),
    ("Top-down view, flying bird: from the lower right corner to the lower left corner, then to the upper left corner. "
     "Smash it.",
     "bird", BR_BL_TL),
    ("THE WITNESS: Looking down from above, I saw a flying bird fly from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("From above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner. Fate decides its path.",
     "ball", BL_BR_TR),
    ("Overhead shot: moving ball rolls from the lower left corner to the upper left corner, then to the upper right "
     "corner. Back it.",
     "ball", BL_TL_TR),
    ("Q. Seen from above? A. Yes. A moving ball rolled from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from overhead, a moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner. Nothing will be the same.",
     "ball", BR_TR_TL),
    ("View from above: walking dog, lower left corner to lower right corner, then upper right corner. Tail it.",
     "dog", BL_BR_TR),
    ("A. From above, the walking dog walked from the lower left corner to the upper left corner, and then to the upper "
     "right corner.",
     "dog", BL_TL_TR),
    ("From above, a walking dog walks from the lower right corner to the lower left corner, then to the upper left "
     "corner, searching for its lost love.",
     "dog", BR_BL_TL),
    ("From overhead, a walking dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. Easy winner.",
     "dog", BR_TR_TL),
    ("Q. How was the clip filmed? A. From above, looking down. Q. And the moving car? A. From the bottom left corner "
     "to the bottom right corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("From above, a lively cat runs from the bottom right corner to the top right corner, then to the top left corner. "
     "¡Qué escándalo!",
     "cat", BR_TR_TL),
    ("Top-down angle: flying bird, lower left corner, up to the upper left corner, over to the upper right corner. "
     "Hammer it.",
     "bird", BL_TL_TR),
    ("Q. From above, what did the moving ball do? A. It rolled from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner. Loyal, always.",
     "dog", BL_BR_TR),
    ("From above: moving car, lower right corner to upper right corner, then upper left corner. Max bet.",
     "car", BR_TR_TL),
    ("THE WITNESS: It was filmed from above. The lively cat ran from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Seen from above, a flying bird flies from the lower right corner to the lower left corner, then to the upper "
     "left corner... escaping its destiny.",
     "bird", BR_BL_TL),
    ("Top-down look: a moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner. Cash it.",
     "ball", BL_BR_TR),
    ("Q. Seen from above, where did the walking dog go? A. Lower right corner, upper right corner, then upper left "
     "corner.",
     "dog", BR_TR_TL),
]

def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
