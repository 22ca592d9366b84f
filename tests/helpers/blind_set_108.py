"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a telephone hold-queue recording ("Thank you for holding", "your call is important to us", "please stay
  on the line"), where the caller, the line, the queue and the representative are never in the video, and
  what plays while the caller waits is the clip; it never asks the caller to press a numbered key;
- a cruise director's activities announcement ("Good morning, cruisers!", "don't miss it", "everybody"),
  where the director, the ship, its decks and the guests are never in the video, and the activity being
  announced is the clip; it gives no deck numbers or times, since it writes no numbers;
- a research grant proposal's specific aims ("Specific aim:", "We hypothesize", "Rationale:", "Expected
  outcome:"), where the investigators, the lab and the funding agency are never in the video, and the
  clip the proposal sets out to produce is the clip; its aims are never numbered.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
deck, phone or lab beside the count) and put no other number word beside it (no "one moment", no "first
available", no "aim one"). No voice gives its own props a colour or a count, no idiom hides a class noun
or a side (no "ballroom", "hot dog", "port side", "right away", "left on hold"), "half" is only said of
the clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object (nobody is asked to "hold still"). A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 10-39 and its
two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on 43964f8 (visibility 28, sequential 28, numeracy 29, the rest 30), and the same 175/180 on
54dcf91, after every fix of that session for sets 98, 102-105 and 107 and its known misreadings (none carried over);
180/180 after the fixes of its own branch (an order to the listeners to wait, "Please stay on the line.", "Please don't
hang up.", holds no mover; a closing forecast, "It's going to be a blast.", and the writer's note on what the prompt
tests, "tests timing", name no thing; "the absence of a ball in the first half" is no ball then; "What's coming in the
second half? A moving ball, which appears then" is the ball arriving then).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Thank you for holding. While you wait, the clip shows one moving car, in view from start to finish, and "
     "nothing else. Your patience is appreciated.",
     "car", 1),
    ("Good morning, cruisers! This morning's activity is a spectator favourite: two moving cars, in view from the "
     "opening of the clip to its close, and nothing else at all. Don't miss it!",
     "car", 2),
    ("Specific aim: to capture three moving cars that remain in view from the start of the clip to its end, with "
     "nothing else present.",
     "car", 3),
    ("Your call is important to us. Please continue to hold; meanwhile, four moving cars, there from start to "
     "finish. Nothing else is shown.",
     "car", 4),
    ("We propose a clip of one lively cat, visible from beginning to end and accompanied by nothing else. The "
     "design is deliberately spare.",
     "cat", 1),
    ("Attention, everybody, on today's schedule: two lively cats, on show the whole clip long, and nothing else. "
     "Come early!",
     "cat", 2),
    ("Please stay on the line. Three lively cats, in view from the beginning of the clip to its end, with nothing "
     "else in it. We'll be with you shortly.",
     "cat", 3),
    ("Rationale: four lively cats, observed from start to finish with nothing else in view, form the case we "
     "study.",
     "cat", 4),
    ("Don't miss this afternoon's highlight, cruisers: one flying bird, visible from start to finish, and nothing "
     "else. See you there!",
     "bird", 1),
    ("Thank you for your patience. Two flying birds are in view for the whole clip, and nothing else is. Please "
     "remain on the line.",
     "bird", 2),
    ("Objective: record three flying birds, present from the clip's opening to its close, and exclude everything "
     "else.",
     "bird", 3),
    ("Is it a spectacle? You bet, everybody! Four flying birds, from the beginning to the end of the clip, and not "
     "a thing besides.",
     "bird", 4),
    ("Your call matters to us. Meanwhile: one moving ball, on screen from start to finish, with nothing else. "
     "Thank you for holding.",
     "ball", 1),
    ("Innovation lies in restraint: a clip restricted to two moving balls, visible throughout, with nothing "
     "else in view.",
     "ball", 2),
    ("Join us, cruisers! Three moving balls, in view the entire clip, and nothing else. It's going to be a blast.",
     "ball", 3),
    ("Four moving balls, visible from the start of the clip to the finish, and nothing else: that's what is playing "
     "while you hold. Please don't hang up.",
     "ball", 4),
    ("Preliminary observations: one walking dog, in view from the beginning of the clip to its end, and no other "
     "thing present.",
     "dog", 1),
    ("Everybody, gather round! Two walking dogs, on show from start to finish, nothing else at all. What a way to "
     "spend the afternoon!",
     "dog", 2),
    ("Hold, please. Three walking dogs are in the clip from its beginning to its end, and nothing else is in it. We "
     "appreciate your patience.",
     "dog", 3),
    ("We aim to show four walking dogs throughout the whole clip, start to finish, with nothing else present. "
     "Significance: clarity.",
     "dog", 4),
    ("Today's activities include, drumroll please, three moving cars, in view from the start of the clip to the "
     "end, and nothing else.",
     "car", 3),
    ("We are experiencing high call volumes. While you wait: four lively cats, visible the whole clip, nothing "
     "else.",
     "cat", 4),
    ("The central hypothesis is simple: two flying birds, seen from start to finish, and nothing else in the clip.",
     "bird", 2),
    ("Who's ready for fun? One moving ball, on view from opening to close, and nothing else. Splendid, cruisers!",
     "ball", 1),
    ("Thank you for calling. Your wait will be brief. On screen: two walking dogs, from start to finish, and "
     "nothing else.",
     "dog", 2),
    ("Specific aim: to depict one moving car, from start to finish, and nothing else; the restraint is "
     "intentional.",
     "car", 1),
    ("Last call for this activity, everybody: three flying birds, in view the whole clip, and nothing more.",
     "bird", 3),
    ("Please continue to hold. Now playing: one lively cat, in view from the start of the clip to its close, and "
     "nothing else.",
     "cat", 1),
    ("Expected outcome: a clip in which four moving balls remain in view from start to finish and nothing else "
     "appears.",
     "ball", 4),
    ("Happening now, cruisers: three walking dogs, there from beginning to end, and nothing else. Don't be late!",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Thank you for holding. On screen is a yellow ball with a pink dog beside it, both in view from start to "
     "finish.",
     "ball", "yellow", "dog", "pink"),
    ("Good afternoon, cruisers! Today's photo op: a pink bird sits beside a gray ball, and both stay in view the "
     "whole clip.",
     "bird", "pink", "ball", "gray"),
    ("Specific aim: to show a gray dog beside a purple car, both visible from the clip's opening to its close.",
     "dog", "gray", "car", "purple"),
    ("Your call is important to us. While you hold, a green cat and a purple ball, side by side, in view for the "
     "whole clip.",
     "cat", "green", "ball", "purple"),
    ("Calling all animal lovers! A green dog next to a gray ball, both on view from start to finish. Don't miss "
     "it.",
     "dog", "green", "ball", "gray"),
    ("We hypothesize that a yellow ball beside a pink bird, both visible throughout the clip, can be rendered with "
     "each colour kept on its own object.",
     "ball", "yellow", "bird", "pink"),
    ("Please stay on the line: a pink cat, and beside it a yellow dog, both in view from the beginning of the clip "
     "to its end.",
     "cat", "pink", "dog", "yellow"),
    ("And now for something different, everybody: a brown car with a yellow ball beside it, both there the whole "
     "clip.",
     "car", "brown", "ball", "yellow"),
    ("Rationale: a brown car and a white dog next to it, both present from start to finish, test whether colour "
     "binds to the proper object.",
     "car", "brown", "dog", "white"),
    ("Thank you for your patience. An orange dog beside a brown car, in view from start to finish.",
     "dog", "orange", "car", "brown"),
    ("Who's up for a sight? A brown ball, an orange cat beside it, both in view the entire clip, cruisers!",
     "ball", "brown", "cat", "orange"),
    ("Preliminary data: a gray dog with an orange ball next to it, both visible throughout the clip.",
     "dog", "gray", "ball", "orange"),
    ("A yellow ball sits beside an orange cat, both on screen from start to finish. Your call will be answered in "
     "the order received.",
     "ball", "yellow", "cat", "orange"),
    ("Cruisers, this is a must: a purple dog beside a brown car, both in view from the opening to the close.",
     "dog", "purple", "car", "brown"),
    ("Objective: a gray dog and a blue car, side by side, each visible from the start of the clip to its end.",
     "dog", "gray", "car", "blue"),
    ("While you wait: a white car, an orange bird perched beside it, both in view for the whole clip. Please hold.",
     "car", "white", "bird", "orange"),
    ("Don't miss it, everybody! A brown car with a blue bird next to it, both there from start to finish.",
     "car", "brown", "bird", "blue"),
    ("Innovation: a blue car beside a yellow cat, both present throughout the clip, probes whether colours stay "
     "bound to their objects.",
     "car", "blue", "cat", "yellow"),
    ("Your patience is appreciated. A gray cat and a yellow bird, side by side, are in view from beginning to end.",
     "cat", "gray", "bird", "yellow"),
    ("Tonight's sight, cruisers: a white dog sitting beside a black car, both in view the whole clip long.",
     "dog", "white", "car", "black"),
    ("Specific aim: to depict a red car with a brown bird beside it, both in view from start to finish.",
     "car", "red", "bird", "brown"),
    ("Please do not hang up. A purple cat beside a green car, both on screen from start to finish.",
     "cat", "purple", "car", "green"),
    ("Hey, everybody! A gray car with an orange dog beside it, both in view the whole clip. Come and see!",
     "car", "gray", "dog", "orange"),
    ("Expected outcome: a red cat beside a gray dog, both visible from the clip's opening to its end.",
     "cat", "red", "dog", "gray"),
    ("Thank you for holding: a red dog next to a gray car, both visible from start to finish.",
     "dog", "red", "car", "gray"),
    ("Is there anything better, cruisers? A purple dog beside a yellow car, both in view from start to finish.",
     "dog", "purple", "car", "yellow"),
    ("We propose a red cat beside a gray ball, both present throughout the clip, as a test of colour binding.",
     "cat", "red", "ball", "gray"),
    ("Your call is in the queue. Meanwhile, a brown cat and a blue dog, side by side, in view the entire clip.",
     "cat", "brown", "dog", "blue"),
    ("Attention, everybody: a white dog with a red cat beside it, on view from beginning to end. See you there!",
     "dog", "white", "cat", "red"),
    ("Hypothesis: a yellow bird perched beside an orange car, both in view from start to finish, keeps each colour "
     "on its own object.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Thank you for holding. There's no car in the first half of the clip; in the second half a moving car appears "
     "and stays to the end.",
     "car"),
    ("Patience pays off, cruisers! No car during the first half, and then, in the second half, a moving car shows "
     "up and stays till the end.",
     "car"),
    ("Aim: to show an empty first half with no car, followed by a second half in which a moving car appears and "
     "remains through the end.",
     "car"),
    ("We hypothesize a delayed entrance: the first half contains no cat, and in the second half a lively cat "
     "appears and stays until the end.",
     "cat"),
    ("No cat yet? That's the first half. Please stay on the line: in the second half a lively cat appears, and it "
     "stays to the end.",
     "cat"),
    ("Surprise guest, everybody! In the first half, no cat at all; in the second half a lively cat appears and "
     "sticks around to the end.",
     "cat"),
    ("Keep watching, cruisers: no bird in the first half, and in the second half a flying bird appears and stays to "
     "the end.",
     "bird"),
    ("Expected outcome: no bird throughout the first half; a flying bird appearing in the second half and remaining "
     "until the end.",
     "bird"),
    ("While you hold: the first half has no bird. In the second half a flying bird appears, and it remains till the "
     "end of the clip.",
     "bird"),
    ("Your call is important to us. The first half of the clip shows no ball; in the second half a moving ball "
     "appears and stays to the end.",
     "ball"),
    ("Rationale: the absence of a ball in the first half, then a moving ball that appears in the second half and "
     "stays to the end, tests timing.",
     "ball"),
    ("What's coming in the second half, everybody? A moving ball, which appears then and stays to the end. In the "
     "first half, no ball at all.",
     "ball"),
    ("Cruisers, the first half has no dog, but stick around: a walking dog appears in the second half and stays "
     "until the end.",
     "dog"),
    ("In the first half there's no dog. In the second half a walking dog appears and stays to the end. Thank you "
     "for your patience.",
     "dog"),
    ("Specific aim: a clip whose first half holds no dog and whose second half shows a walking dog that appears and "
     "remains to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Catch it while you can, everybody: a moving car in the first half, and in the second half it's gone, no car "
     "at all.",
     "car"),
    ("We hypothesize disappearance: a moving car is present in the first half, and in the second half there is no "
     "car.",
     "car"),
    ("Thank you for holding. A moving car in the first half; in the second half, no car anywhere.",
     "car"),
    ("Please stay on the line. A lively cat is there in the first half, and by the second half it's gone: no cat.",
     "cat"),
    ("Blink and you'll miss it, cruisers! A lively cat in the first half, and no cat in the second half.",
     "cat"),
    ("Objective: a lively cat visible in the first half and no cat in the second half, where it has gone.",
     "cat"),
    ("Expected outcome: a flying bird in the first half of the clip, then no bird whatsoever in the second half.",
     "bird"),
    ("Your patience is appreciated: a flying bird in the first half, and in the second half it's gone, with no bird "
     "in view.",
     "bird"),
    ("Look up, everybody: a flying bird in the first half, and in the second half, no bird at all. Gone!",
     "bird"),
    ("A moving ball in the first half, and in the second half there's no ball. We'll be with you shortly.",
     "ball"),
    ("Today's vanishing act, cruisers: a moving ball in the first half that's gone by the second half, no ball "
     "anywhere.",
     "ball"),
    ("Rationale: a moving ball present in the first half and absent in the second half, where there is no ball, "
     "probes exits.",
     "ball"),
    ("Specific aim: to show a walking dog in the first half and no dog in the second half, after it has gone.",
     "dog"),
    ("Thank you for calling. A walking dog is in the first half; in the second half, it's gone and there's no dog.",
     "dog"),
    ("Don't be late, everybody! A walking dog in the first half, and then in the second half no dog at all.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Thank you for holding. A moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Cruisers, look sharp: a moving car drives from the right side of the frame all the way to the left side!",
     "car", LEFTWARD),
    ("Specific aim: to show a moving car travelling from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("While you hold, a moving car crosses from the right side of the frame to the left side. Please stay on the "
     "line.",
     "car", LEFTWARD),
    ("We hypothesize that a moving car, driving from the right side of the frame to the left side, keeps its "
     "heading throughout.",
     "car", LEFTWARD),
    ("From the left side of the frame to the right side: that's where the moving car is driving, everybody!",
     "car", RIGHTWARD),
    ("Objective: a lively cat running from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Your call is important to us. A lively cat runs from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Who loves a chase? A lively cat dashes from the left side of the frame over to the right side, cruisers!",
     "cat", RIGHTWARD),
    ("Here she comes, everybody: a lively cat, running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("A lively cat runs across, from the left side of the frame to the right side. Thank you for your patience.",
     "cat", RIGHTWARD),
    ("Expected outcome: a lively cat that crosses from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Eyes up, cruisers! A flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Rationale: a flying bird moving from the right side of the frame to the left side tests leftward motion.",
     "bird", LEFTWARD),
    ("Please continue to hold. A flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird glides from the right side of the frame to the left side while you wait on the line.",
     "bird", LEFTWARD),
    ("Don't blink, everybody: a flying bird sails from the right side of the frame across to the left side.",
     "bird", LEFTWARD),
    ("We propose a clip in which a flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Specific aim: a moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Thank you for holding. A moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Step up, cruisers! A moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Roll on over, everybody, just like this moving ball, rolling from the right side of the frame to the left "
     "side!",
     "ball", LEFTWARD),
    ("Your patience is appreciated. Meanwhile, a moving ball rolls across from the left side of the frame to the "
     "right side.",
     "ball", RIGHTWARD),
    ("Preliminary data: a moving ball that rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Walkies, everybody! A walking dog strolls from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Objective: to depict a walking dog that walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Please stay on the line. A walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog, from the right side of the frame to the left side. Your call will be answered shortly.",
     "dog", LEFTWARD),
    ("Hypothesis: a walking dog walking from the left side of the frame to the right side keeps a steady pace.",
     "dog", RIGHTWARD),
    ("Cruisers, what a stroll: a walking dog, walking from the right side of the frame over to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Thank you for holding. The ball stays still while a bird flies from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("Cruisers, watch the ball stay still as a bird flies from the right of the ball to the left of the ball!",
     "bird", "ball", LEFTWARD),
    ("Specific aim: the dog stays still, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Please stay on the line. A bird flies from the right of the car to the left of the car, and the car stays "
     "still.",
     "bird", "car", LEFTWARD),
    ("Brace yourselves, everybody: the cat stays still while a car drives from the left of the cat to the "
     "right of the cat.",
     "car", "cat", RIGHTWARD),
    ("We hypothesize that a dog can walk from the right of the ball to the left of the ball while the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("Your call is important to us. The ball stays still; a cat runs from the left of the ball to the right of the "
     "ball.",
     "cat", "ball", RIGHTWARD),
    ("Here's a treat, cruisers: a dog walks from the right of the ball to the left of the ball, and the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("Objective: while the bird stays still, a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The car stays still, and a dog walks from the right of the car to the left of the car. Thank you for your "
     "patience.",
     "dog", "car", LEFTWARD),
    ("Everybody, look: the ball stays still, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Expected outcome: a bird flying from the right of the ball to the left of the ball, with the ball staying "
     "still.",
     "bird", "ball", LEFTWARD),
    ("While you wait: a car drives from the left of the ball to the right of the ball, and the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("Don't miss it, cruisers! The dog stays still while a bird flies from the right of the dog to the left of the "
     "dog.",
     "bird", "dog", LEFTWARD),
    ("Rationale: the car stays still as a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Please continue to hold. The ball stays still, and a bird flies from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("Who's watching, everybody? A dog walks from the left of the cat to the right of the cat, while the cat stays "
     "still.",
     "dog", "cat", RIGHTWARD),
    ("Preliminary data: a dog walking from the right of the car to the left of the car, the car staying still.",
     "dog", "car", LEFTWARD),
    ("Your patience is appreciated. The dog stays still; a cat runs from the left of the dog to the right of the "
     "dog.",
     "cat", "dog", RIGHTWARD),
    ("And now, cruisers: the ball stays still while a cat runs from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("We propose a clip in which the dog stays still and a cat runs from the left of the dog to the right of the "
     "dog.",
     "cat", "dog", RIGHTWARD),
    ("A ball rolls from the right of the dog to the left of the dog, and the dog stays still. Please hold.",
     "ball", "dog", LEFTWARD),
    ("Gather round, everybody: the bird stays still, and a dog walks from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("Specific aim: a bird flies from the right of the cat to the left of the cat, while the cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Thank you for calling. The bird stays still as a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Cruisers, the cat stays still, and look, a bird flies from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("Hypothesis: with the cat staying still, a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Your call matters to us. A bird flies from the right of the dog to the left of the dog, and the dog stays "
     "still.",
     "bird", "dog", LEFTWARD),
    ("Final activity of the day, everybody: the cat stays still while a dog walks from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Expected outcome: the car stays still, and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Thank you for holding. Seen from above, a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Cruisers, this is filmed from overhead: a moving car goes from the lower left corner to the upper left "
     "corner, then on to the upper right corner.",
     "car", BL_TL_TR),
    ("Specific aim: from a top-down view, a moving car drives from the lower right corner to the lower left corner "
     "and then to the upper left corner.",
     "car", BR_BL_TL),
    ("Please stay on the line. Viewed from above, a moving car starts in the lower right corner, drives to the "
     "upper right corner, and ends in the upper left corner.",
     "car", BR_TR_TL),
    ("Objective, filmed top-down: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Look down from above, everybody: a lively cat runs from the lower left corner to the upper left corner, then "
     "to the upper right corner!",
     "cat", BL_TL_TR),
    ("Your call is important to us. From overhead, a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Top-down fun, cruisers: a lively cat dashes from the lower right corner to the upper right corner and then to "
     "the upper left corner.",
     "cat", BR_TR_TL),
    ("Straight down from above, everybody, a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Expected outcome, viewed from above: a flying bird goes from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("While you hold, seen from above: a flying bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Rationale: a top-down view of a flying bird that flies from the lower right corner to the upper right "
     "corner, then to the upper left corner, tests ordered paths.",
     "bird", BR_TR_TL),
    ("Your patience is appreciated. From above, a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Overhead view, cruisers! A moving ball rolls from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "ball", BL_TL_TR),
    ("Preliminary data, seen from above: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Please continue to hold. Seen from directly above, a moving ball rolls from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Specific aim: viewed from overhead, a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Thank you for your patience. From above, a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Everybody, from a top-down view: a walking dog walks from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "dog", BR_BL_TL),
    ("We propose a top-down view in which a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Seen from above, cruisers: a moving car drives from the bottom right corner to the bottom left corner, then "
     "to the top left corner. Fabulous!",
     "car", BR_BL_TL),
    ("A representative will be with you shortly. Meanwhile, from above, a lively cat runs from the bottom left "
     "corner to the bottom right corner, then to the top right corner.",
     "cat", BL_BR_TR),
    ("Objective: seen from directly above, a flying bird flies from the lower right corner to the upper right "
     "corner and on to the upper left corner.",
     "bird", BR_TR_TL),
    ("Everybody, look straight down from above: a moving ball rolls from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Please don't hang up. Seen from above, a walking dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Hypothesis: viewed top-down, a moving car drives from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ("From overhead, cruisers, a lively cat runs from the lower right corner to the upper right corner, and "
     "finally to the upper left corner.",
     "cat", BR_TR_TL),
    ("Your call matters. From above, a flying bird flies from the bottom left corner to the top left corner, then "
     "to the top right corner.",
     "bird", BL_TL_TR),
    ("Expected outcome: from a top-down view, a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Final activity, everybody: seen from above, a walking dog walks from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
