"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a spelling-bee pronouncer ("Your word is", "Definition:", "Sentence:", "Please spell"), where the
  pronouncer, the speller and the stage are never in the video, and the sentence that uses the word is
  what the clip shows; the words given to spell are never a class noun, a colour or a side;
- a dog's diary written by the dog ("Dear Diary", "I barked", "I was so good"), where the diarist, its
  couch and its nose are never in the video, and what the dog saw that day is the clip; the diarist never
  calls itself a dog, so "dog" is only ever the clip's own walking dog;
- a code reviewer's comments on a pull request ("nit:", "LGTM", "Blocking:", "Suggestion:"), where the
  reviewer, the diff and the ticket are never in the video, and the behaviour asked for is the clip;
  the review cites no line numbers, says "edge case" and never "corner case", and no build is green or red.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
couch, no reviewer, no "good boy" beside the count) and put no other number word beside it (no "once",
no "first", no "a single"). No voice gives its own props a colour, no idiom hides a class noun or a side
(no "car ride", "left a comment", "right away" or "that's right"), "half" is only said of the clip's
halves, "upper", "lower" and "corner" only of a route (never "lowercase"), and "still" only of a
relation's second object. A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 50-79 and its two-object
relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 177/180 on fd7de27 (numeracy 29, visibility 29, dynamic_one 29, the rest 30), kept off main until its
fixes were in; 180/180 after the fixes of branch fix9293 (a count asked after in a question and said again is one group,
"why is this approved without three birds? ... keep three birds in view"; a verdict opening on its -s verb, "Matches the
ticket.", is no plural thing and draws nothing; "exit" in its plain form after "and" or a modal is the verb of leaving).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Your word is 'uninterrupted'. Definition: without a break. Used in a sentence: one moving car stays in view, "
     "uninterrupted, from the start of the clip to its end, with nothing else in it.",
     "car", 1),
    ("Dear Diary, today I watched two moving cars the whole clip long, start to finish, and there was nothing else "
     "at all to bark at. I was very good.",
     "car", 2),
    ("nit: the clip should show exactly three moving cars, from start to finish, and nothing else. Otherwise LGTM.",
     "car", 3),
    ("Please spell 'procession'. Definition: a steady moving line. Sentence: four moving cars stay in view from "
     "start to finish, and nothing else appears in the clip.",
     "car", 4),
    ("Looks good overall. Can we make sure the clip holds one lively cat from start to finish and nothing else? "
     "Approving when that's confirmed.",
     "cat", 1),
    ("Dear Diary: two lively cats! From the start of the clip to its end! I watched and watched. Nothing else was "
     "there. I did not bark (much).",
     "cat", 2),
    ("The word is 'vigilant'. Used in a sentence: three lively cats stay vigilant, in view from start to finish, "
     "with nothing else in the clip. Vigilant. You may begin.",
     "cat", 3),
    ("Blocking: the clip needs four lively cats in view for its whole length, start to finish, and nothing else. "
     "Please fix before merge.",
     "cat", 4),
    ("Dear Diary, there was one flying bird today, up high from start to finish, and nothing else. I wanted to chase "
     "it. I did not. I was so good.",
     "bird", 1),
    ("Your word: 'aloft'. Part of speech: adverb. Sentence: two flying birds stay aloft from the start of the clip "
     "to its end, and nothing else is there. Aloft.",
     "bird", 2),
    ("Suggestion: render three flying birds, in view from start to finish, and nothing else in the frame. Happy to "
     "approve after that.",
     "bird", 3),
    ("Four flying birds. Four! The whole clip, start to finish, and nothing else worth a sniff. Dear Diary, it was "
     "the best day.",
     "bird", 4),
    ("Your word is 'perpetual'. Definition: lasting without end. Sentence: one moving ball is in view from start to "
     "finish, perpetual, and nothing else is ever there.",
     "ball", 1),
    ("LGTM, small ask: keep two moving balls in view from start to finish, and nothing else. Ship it after.",
     "ball", 2),
    ("Dear Diary. Three moving balls, from start to finish, and I was not allowed to fetch any of them. Nothing else "
     "to look at. Worst day.",
     "ball", 3),
    ("The word is 'entirety'. In a sentence: four moving balls, for the entirety of the clip, and nothing else. "
     "Entirety.",
     "ball", 4),
    ("Question on this diff: does the clip keep one walking dog in view from start to finish, with nothing else? If "
     "so, approved.",
     "dog", 1),
    ("Dear Diary, two walking dogs in the clip today, from start to finish! Nothing else. I wanted to sniff them so "
     "badly.",
     "dog", 2),
    ("Your word is 'saunter'. Definition: to walk at an easy pace. Sentence: three walking dogs saunter through the "
     "clip from start to finish, with nothing else in view.",
     "dog", 3),
    ("Non-blocking: four walking dogs, in view from start to finish, and nothing else in the clip. Reads fine to me.",
     "dog", 4),
    ("Your next word is 'steady'. In a sentence: two moving cars stay steady in view from the start of the clip to "
     "its end, and nothing else. Steady.",
     "car", 2),
    ("Dear Diary, one lively cat. Start to finish. Nothing else. I stared at it the whole clip and it stared back.",
     "cat", 1),
    ("Why is this approved without three flying birds? The clip should keep three flying birds in view start to "
     "finish, nothing else. Requesting changes.",
     "bird", 3),
    ("Four moving balls, Diary. From start to finish. Nothing else in the clip, only balls, and I could not have "
     "any.",
     "ball", 4),
    ("Your word is 'ambulate'. Definition: to walk about. Sentence: one walking dog ambulates from the start of the "
     "clip to its finish, with nothing else in view.",
     "dog", 1),
    ("nit: only one moving car here, start to finish, and nothing else. That matches the spec. Approved.",
     "car", 1),
    ("The word is 'tumultuous'. Sentence: four lively cats, tumultuous from start to finish, and nothing else in the "
     "clip. Tumultuous. Please begin.",
     "cat", 4),
    ("Dear Diary, I looked up and there was one flying bird the whole clip, start to finish, and nothing else. I did "
     "a small woof.",
     "bird", 1),
    ("Suggestion (non-blocking): two moving balls in view from start to finish, nothing else. Test coverage looks "
     "fine.",
     "ball", 2),
    ("Dear Diary, three walking dogs! Start to finish! Nothing else in the clip, just them, sniffing along.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("Your word is 'contrast'. Sentence: a white ball sits beside a black cat, and both stay in view from start to "
     "finish. Contrast.",
     "ball", "white", "cat", "black"),
    ("Dear Diary, a yellow cat was next to a pink ball the whole clip. The ball was not mine. I checked.",
     "cat", "yellow", "ball", "pink"),
    ("nit: a black car with an orange bird beside it, both visible from start to finish. Looks correct to me.",
     "car", "black", "bird", "orange"),
    ("The word is 'adjacent'. Definition: lying beside. Sentence: an orange ball is adjacent to a brown car for the "
     "whole clip.",
     "ball", "orange", "car", "brown"),
    ("A gray bird and a green cat, side by side, start to finish. Dear Diary, I have never seen a green cat before. "
     "Suspicious.",
     "bird", "gray", "cat", "green"),
    ("Can we confirm the scene is a blue car next to a red cat, both in view the whole clip? Otherwise approved.",
     "car", "blue", "cat", "red"),
    ("Your word is 'juxtapose'. Used in a sentence: the clip juxtaposes a white ball and a black car, side by side, "
     "from start to finish.",
     "ball", "white", "car", "black"),
    ("Dear Diary. Green bird. White ball. Side by side all clip long. I wanted that white ball so much.",
     "bird", "green", "ball", "white"),
    ("Suggestion: a blue ball beside a yellow dog, both on screen from start to finish. Otherwise LGTM.",
     "ball", "blue", "dog", "yellow"),
    ("Please spell 'perch'. Sentence: a yellow bird perches beside a blue ball, and both remain for the whole clip. "
     "Perch.",
     "bird", "yellow", "ball", "blue"),
    ("Today a brown bird sat next to a black ball from start to finish and did not throw it for me. Dear Diary, how "
     "rude.",
     "bird", "brown", "ball", "black"),
    ("Blocking: the frame must hold a brown bird beside a blue cat for the whole clip. Please recheck the colours.",
     "bird", "brown", "cat", "blue"),
    ("Your word is 'tableau'. Sentence: a blue bird beside a red car makes a quiet tableau from start to finish. "
     "Tableau.",
     "bird", "blue", "car", "red"),
    ("Dear Diary, a purple ball and a pink cat beside it. The whole clip. I sat very nicely and watched them both.",
     "ball", "purple", "cat", "pink"),
    ("LGTM: a yellow dog beside a red cat, both in view start to finish. Ship it.",
     "dog", "yellow", "cat", "red"),
    ("The word is 'companionable'. Sentence: a green bird sits, companionable, next to a yellow dog, both in view "
     "for the whole clip.",
     "bird", "green", "dog", "yellow"),
    ("A gray car with a red cat beside it, all clip long. Dear Diary, I did not like that car. The cat, I liked "
     "less.",
     "car", "gray", "cat", "red"),
    ("Why does the cat need to be black here? Fine, I'll allow it: a red bird next to a black cat, start to finish. "
     "Approved.",
     "bird", "red", "cat", "black"),
    ("Your word is 'serene'. Sentence: a white bird and an orange cat sit side by side, serene, from the start of "
     "the clip to its end.",
     "bird", "white", "cat", "orange"),
    ("Dear Diary, green bird beside black ball. Start to finish. Did I get the ball? No. Did I get the bird? Also "
     "no.",
     "bird", "green", "ball", "black"),
    ("nit: a white cat beside a purple bird, both in view start to finish. The scene reads well; approving.",
     "cat", "white", "bird", "purple"),
    ("Can you use it in a sentence? Certainly: a green bird rests beside a purple dog for the whole clip. The word "
     "is 'repose'.",
     "bird", "green", "dog", "purple"),
    ("Dear Diary, an orange bird beside a brown car, the whole clip, and I barked at both. Nobody listened.",
     "bird", "orange", "car", "brown"),
    ("Requesting changes unless this is a blue car with a brown bird next to it, both present from start to finish. "
     "Looks like it is, so approving.",
     "car", "blue", "bird", "brown"),
    ("Your word is 'amicable'. Definition: friendly. Sentence: a red dog and a purple cat sit side by side, "
     "amicable, from start to finish. Amicable.",
     "dog", "red", "cat", "purple"),
    ("Dear Diary, today there was a purple dog beside a brown cat, both from start to finish. I have questions about "
     "the purple dog.",
     "dog", "purple", "cat", "brown"),
    ("Suggestion: a black cat with a blue ball beside it, in view for the full clip. Minor, but please keep it.",
     "cat", "black", "ball", "blue"),
    ("The word is 'neighbourly'. Sentence: a yellow cat and a black dog, neighbourly, side by side from the clip's "
     "start to its end.",
     "cat", "yellow", "dog", "black"),
    ("Green cat. White bird. Next to each other the whole clip. Dear Diary, I did a very quiet growl.",
     "cat", "green", "bird", "white"),
    ("LGTM once it's a purple car beside a pink cat, both in view from start to finish. Ship it.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Your word is 'emerge'. Sentence: there is no car in the first half of the clip, and in the second half a "
     "moving car emerges and stays to the end. Emerge.",
     "car"),
    ("Dear Diary, first half: no car. Quiet. Second half: a moving car appeared and stayed till the end, and I "
     "barked at it the rest of the clip.",
     "car"),
    ("Expected behaviour: no car in the first half; a moving car appears in the second half and remains until the "
     "end. Can you confirm?",
     "car"),
    ("No cat in the first half. Then, second half, a lively cat shows up and stays to the end. Dear Diary, my day is "
     "ruined.",
     "cat"),
    ("nit: the lively cat should appear only in the second half and stay until the end; there should be no cat in "
     "the first half.",
     "cat"),
    ("The word is 'materialize'. Sentence: after a first half with no cat, a lively cat materializes in the second "
     "half and remains till the end.",
     "cat"),
    ("Question: is there really no bird in the first half? Good. A flying bird then appears in the second half and "
     "stays to the end. Approved.",
     "bird"),
    ("Your word is 'arrival'. Sentence: the first half has no bird; the arrival of a flying bird comes in the second "
     "half, and it stays to the end.",
     "bird"),
    ("Dear Diary, I waited the whole first half and there was no bird. In the second half a flying bird came and "
     "stayed to the end. Worth it.",
     "bird"),
    ("Please spell 'belated'. Sentence: no ball in the first half, then a belated moving ball appears in the second "
     "half and stays until the end.",
     "ball"),
    ("Dear Diary! The first half had no ball. Sad. The second half had a moving ball that appeared and stayed till "
     "the end. Happy.",
     "ball"),
    ("Suggestion: keep the first half free of any ball, and let a moving ball appear in the second half and stay to "
     "the end. LGTM otherwise.",
     "ball"),
    ("Blocking: no dog in the first half, please. The walking dog appears in the second half and stays until the "
     "end.",
     "dog"),
    ("Dear Diary, the first half had no dog in it, so nobody to sniff. Then a walking dog appeared in the second "
     "half and stayed to the end.",
     "dog"),
    ("Your word is 'debut'. Sentence: a walking dog makes its debut in the second half and stays to the end; the "
     "first half has no dog.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Dear Diary, a moving car in the first half. I barked. In the second half there was no car. I win.",
     "car"),
    ("Expected: a moving car in the first half, and no car in the second half. Looks correct; approving.",
     "car"),
    ("Your word is 'depart'. Sentence: a moving car is there in the first half, then departs, and the second half "
     "has no car. Depart.",
     "car"),
    ("nit: the lively cat is in the first half only; the second half should have no cat. Otherwise fine.",
     "cat"),
    ("The word is 'evanescent'. Definition: quickly fading away. Sentence: a lively cat in the first half is "
     "evanescent; in the second half there is no cat.",
     "cat"),
    ("A lively cat in the first half. Then, in the second half, no cat! Dear Diary, I scared it off. (I did not "
     "scare it off.)",
     "cat"),
    ("Your word is 'fleeting'. Sentence: a flying bird is seen in the first half, fleeting, and then there is no "
     "bird in the second half.",
     "bird"),
    ("Dear Diary, a flying bird in the first half! Then it flew off, and the second half had no bird. I will find "
     "it.",
     "bird"),
    ("Please verify: a flying bird in the first half, and no bird at all in the second half. LGTM if so.",
     "bird"),
    ("Dear Diary, a moving ball in the first half. In the second half, no ball. Where did it go. Who took it.",
     "ball"),
    ("Blocking: the moving ball must be present in the first half and gone in the second half, with no ball at all "
     "there.",
     "ball"),
    ("The word is 'disappear'. Sentence: a moving ball is in view in the first half and disappears, so that the "
     "second half has no ball. Disappear.",
     "ball"),
    ("Suggestion: a walking dog in the first half, no dog in the second half. Matches the ticket, approved.",
     "dog"),
    ("Your word is 'absence'. Sentence: a walking dog is present in the first half; in the second half, its absence: "
     "no dog at all.",
     "dog"),
    ("Dear Diary, there was a walking dog in the first half and I wanted to be friends. In the second half there was "
     "no dog. Lonely.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Your word is 'traverse'. Sentence: a moving car traverses the frame from the left side to the right side. "
     "Traverse.",
     "car", RIGHTWARD),
    ("Dear Diary, a moving car went from the right side of the frame to the left side and I chased it with my eyes.",
     "car", LEFTWARD),
    ("nit: the moving car should travel from the left side of the frame to the right side, not the other way. "
     "Approved with that.",
     "car", RIGHTWARD),
    ("The word is 'cruise'. Sentence: a moving car cruises from the right side of the frame across to the left side.",
     "car", LEFTWARD),
    ("Dear Diary: a moving car! Left side of the frame to the right side! Zoom! I stayed on the couch.",
     "car", RIGHTWARD),
    ("Suggestion: have the moving car enter on the right side of the frame and exit on the left side. Reads cleaner.",
     "car", LEFTWARD),
    ("Question: does the lively cat run from the left side of the frame to the right side? It does. LGTM.",
     "cat", RIGHTWARD),
    ("Your word is 'scamper'. Sentence: a lively cat scampers from the right side of the frame to the left side. "
     "Scamper.",
     "cat", LEFTWARD),
    ("Dear Diary, a lively cat ran from the left side of the frame to the right side. I was too slow. Again.",
     "cat", RIGHTWARD),
    ("Blocking until the lively cat runs from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("The word is 'pounce'. Sentence: a lively cat pounces its way from the left side of the frame to the right "
     "side.",
     "cat", RIGHTWARD),
    ("A lively cat. Right side of the frame, then all the way to the left side. Dear Diary, I pretended not to care.",
     "cat", LEFTWARD),
    ("Dear Diary, a flying bird went from the left side of the frame to the right side. I barked at the sky.",
     "bird", RIGHTWARD),
    ("LGTM: a flying bird flies from the right side of the frame to the left side. Nice and simple.",
     "bird", LEFTWARD),
    ("Your word is 'soar'. Sentence: a flying bird soars from the left side of the frame to the right side. Soar.",
     "bird", RIGHTWARD),
    ("Dear Diary, today a flying bird crossed the frame, right side to left side. It did not even look at me.",
     "bird", LEFTWARD),
    ("Suggestion: let the flying bird start on the left side of the frame and finish on the right side.",
     "bird", RIGHTWARD),
    ("Please spell 'glide'. Sentence: a flying bird glides from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("nit: the moving ball rolls from the left side of the frame to the right side. Good; approving.",
     "ball", RIGHTWARD),
    ("Dear Diary, a moving ball rolled from the right side of the frame to the left side and I was not allowed to "
     "chase it.",
     "ball", LEFTWARD),
    ("Your word is 'trundle'. Definition: to roll along slowly. Sentence: a moving ball trundles from the left side "
     "of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Can we have the moving ball roll from the right side of the frame to the left side? That's the intended path.",
     "ball", LEFTWARD),
    ("A moving ball!!! From the left side of the frame to the right side!!! Dear Diary, best clip ever.",
     "ball", RIGHTWARD),
    ("The word is 'careen'. Sentence: a moving ball careens from the right side of the frame across to the left "
     "side. Careen.",
     "ball", LEFTWARD),
    ("Your word is 'amble'. Sentence: a walking dog ambles from the left side of the frame to the right side. Amble.",
     "dog", RIGHTWARD),
    ("Requesting changes: the walking dog should walk from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Dear Diary, I saw a walking dog walk from the left side of the frame to the right side. Handsome. Not as "
     "handsome as me.",
     "dog", RIGHTWARD),
    ("The word is 'promenade'. Sentence: a walking dog takes a promenade from the right side of the frame to the "
     "left side.",
     "dog", LEFTWARD),
    ("LGTM: a walking dog walks from the left side of the frame to the right side. No further comments.",
     "dog", RIGHTWARD),
    ("Dear Diary, a walking dog trotted from the right side of the frame to the left side. Did not say hello.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Your word is 'stationary'. Sentence: the car stays still, stationary, while a dog walks from the left of the "
     "car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Dear Diary, the bird stayed still and a ball rolled from the right of the bird to the left of the bird. I "
     "wanted the ball.",
     "ball", "bird", LEFTWARD),
    ("nit: the dog stays still; the ball rolls from the left of the dog to the right of the dog. LGTM.",
     "ball", "dog", RIGHTWARD),
    ("The word is 'immobile'. Sentence: the cat stays still, immobile, as a ball rolls from the right of the cat to "
     "the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("The ball stayed still. Dear Diary, I could have grabbed it! But a car drove from the left of the ball to the "
     "right of the ball, so no.",
     "car", "ball", RIGHTWARD),
    ("Question: does the cat stay still while the bird flies from the right of the cat to the left of the cat? Yes. "
     "Approved.",
     "bird", "cat", LEFTWARD),
    ("Your word is 'sidle'. Sentence: the bird stays still as a dog sidles from the left of the bird to the right of "
     "the bird.",
     "dog", "bird", RIGHTWARD),
    ("Dear Diary, a dog walked from the right of the cat to the left of the cat, and the cat stayed still. Brave "
     "dog.",
     "dog", "cat", LEFTWARD),
    ("Suggestion: the car stays still; the ball rolls from the left of the car to the right of the car. Clear "
     "enough.",
     "ball", "car", RIGHTWARD),
    ("The word is 'nonchalant'. Sentence: the cat stays still while a dog walks, nonchalant, from the right of the "
     "cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Dear Diary. The ball stayed still (so good, that ball). A bird flew from the left of the ball to the right of "
     "the ball.",
     "bird", "ball", RIGHTWARD),
    ("Blocking: the ball must stay still, and the bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Your word is 'flit'. Sentence: the dog stays still as a bird flits from the left of the dog to the right of "
     "the dog.",
     "bird", "dog", RIGHTWARD),
    ("Dear Diary, the car stayed still, and a bird flew from the right of the car to the left of the car. I barked a "
     "lot.",
     "bird", "car", LEFTWARD),
    ("LGTM: the cat stays still and a car drives from the left of the cat to the right of the cat. Ship it.",
     "car", "cat", RIGHTWARD),
    ("The word is 'stroll'. Sentence: the ball stays still while a dog strolls from the right of the ball to the "
     "left of the ball.",
     "dog", "ball", LEFTWARD),
    ("The ball stayed still. A cat ran from the left of the ball to the right of the ball. Dear Diary, that cat did "
     "not even touch it. Good.",
     "cat", "ball", RIGHTWARD),
    ("nit: keep the ball still and have the dog walk from the right of the ball to the left of the ball. Approved.",
     "dog", "ball", LEFTWARD),
    ("Your word is 'dash'. Sentence: the bird stays still as a cat dashes from the left of the bird to the right of "
     "the bird.",
     "cat", "bird", RIGHTWARD),
    ("Dear Diary, a dog walked from the right of the car to the left of the car, and the car stayed still. I know "
     "that walk.",
     "dog", "car", LEFTWARD),
    ("Can we confirm the ball stays still here? The bird flies from the left of the ball to the right of the ball. "
     "LGTM.",
     "bird", "ball", RIGHTWARD),
    ("The word is 'aviate'. Sentence: the ball stays still as a bird flies from the right of the ball to the left of "
     "the ball.",
     "bird", "ball", LEFTWARD),
    ("Dear Diary, the ball stayed still and a car drove from the left of the ball to the right of the ball. Loud.",
     "car", "ball", RIGHTWARD),
    ("Suggestion: the dog stays still while the bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Your word is 'meander'. Sentence: the car stays still while a dog meanders from the left of the car to the "
     "right of the car.",
     "dog", "car", RIGHTWARD),
    ("A bird flew from the right of the ball to the left of the ball. The ball stayed still. Dear Diary, I was "
     "jealous.",
     "bird", "ball", LEFTWARD),
    ("Blocking until the cat stays still and the dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The word is 'plod'. Sentence: the car stays still as a dog plods from the right of the car to the left of the "
     "car. Plod.",
     "dog", "car", LEFTWARD),
    ("Dear Diary, the dog stayed still (good boy) and a cat ran from the left of the dog to the right of the dog. "
     "Rude cat.",
     "cat", "dog", RIGHTWARD),
    ("LGTM: the ball stays still and a cat runs from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Your word is 'aerial'. Sentence: seen from above, a moving car drives from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Dear Diary, the view was from above today: a moving car went from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("nit: top-down view. The moving car drives from the lower right corner to the lower left corner, then to the "
     "upper left corner. LGTM.",
     "car", BR_BL_TL),
    ("The word is 'overhead'. Sentence: viewed from overhead, a moving car goes from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("From above, Diary! A lively cat ran from the lower left corner to the lower right corner, then to the upper "
     "right corner. I could see everything.",
     "cat", BL_BR_TR),
    ("Suggestion: seen from above, the lively cat runs from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("Your word is 'circuitous'. Sentence: seen from above, a lively cat takes a circuitous path from the lower "
     "right corner to the lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Dear Diary, looking straight down, a lively cat went from the lower right corner to the upper right corner, "
     "then to the upper left corner. Show-off.",
     "cat", BR_TR_TL),
    ("Question: is this top-down? Yes. A flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner. Approved.",
     "bird", BL_BR_TR),
    ("The word is 'itinerary'. Sentence: seen from above, a flying bird's itinerary runs from the lower left corner "
     "to the upper left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Dear Diary, from high above, a flying bird flew from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "bird", BR_BL_TL),
    ("Blocking: this needs a top-down view, with the flying bird going from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Your word is 'ricochet'. Sentence: seen from above, a moving ball ricochets from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Dear Diary, top-down view, and a moving ball rolled from the lower left corner to the upper left corner, then "
     "to the upper right corner. I followed it with my nose.",
     "ball", BL_TL_TR),
    ("LGTM: from above, the moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("The word is 'trajectory'. Sentence: seen from above, a moving ball's trajectory goes from the lower right "
     "corner to the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Dear Diary, seen from above, a walking dog walked from the lower left corner to the lower right corner, then "
     "to the upper right corner. Good route.",
     "dog", BL_BR_TR),
    ("nit: viewed from directly above, a walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner. Fine by me.",
     "dog", BL_TL_TR),
    ("Your word is 'perambulate'. Sentence: seen from above, a walking dog perambulates from the lower right corner "
     "to the lower left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Dear Diary, a walking dog, seen from above, went from the lower right corner to the upper right corner and "
     "then to the upper left corner. Probably sniffing.",
     "dog", BR_TR_TL),
    ("Suggestion: top-down shot, with a moving car going from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "car", BR_TR_TL),
    ("The word is 'circumnavigate'. Sentence: seen from above, a lively cat runs from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Dear Diary, from way up above, a flying bird went from the lower right corner to the lower left corner, then "
     "to the upper left corner. I barked the whole time.",
     "bird", BR_BL_TL),
    ("Requesting a top-down view: a moving ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "ball", BL_TL_TR),
    ("Your word is 'patrol'. Sentence: seen from above, a walking dog patrols from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Seen from above, Diary: a moving car drove from the lower left corner to the upper left corner, then to the "
     "upper right corner. Not for me.",
     "car", BL_TL_TR),
    ("LGTM: seen from above, the lively cat runs from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "cat", BR_TR_TL),
    ("The word is 'migrate'. Sentence: seen from above, a flying bird flies from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Dear Diary, from above, a moving ball rolled from the lower right corner to the lower left corner, then to the "
     "upper left corner. I want it.",
     "ball", BR_BL_TL),
    ("nit: top-down view. A walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Approved.",
     "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
