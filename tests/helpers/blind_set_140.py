"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Gherkin feature file, steps on their own lines ("Feature:", "Scenario:", "Given", "When", "Then",
  "And", "But"), where the test runner, the product, its users and the team are never in the video, and
  the scenario's steps describe the clip; steps write counts as words and no step or scenario is numbered;
- a fine-dining waiter reciting tonight's specials ("this evening the chef has prepared", "served with",
  "may I suggest"), where the waiter, the chef, the diners, the kitchen, the plates and the wine are never
  in the video, and what is served is the clip's own content; in numeracy prompts he names no chef, no
  dish and no table, and a count is served with "nothing else"; no sauce or wine is given a colour, no
  water is "still" and nothing comes "on the side";
- a planetarium show narrator ("settle back in your seats", "look up", "above you"), where the narrator,
  the audience, the seats, the dome, the stars and the projector are never in the video, and what plays
  overhead is the clip; a route is never watched from below: for a route the narrator turns the view to
  look straight down on it from above, and in numeracy prompts names no seats, no stars and no dome.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
chef, plate, table, seat or dome beside the count) and put no other number word beside it (no "first
course", no "single", no "table for two", no "scenario one"). No voice gives its own props a colour (no
red wine, no black pepper, no starry blue), no idiom hides a class noun or a side (no "carpaccio", "catch
of the day", "hot dog", "right this way", "to your left"), "half" is only said of the clip's halves (never
a half portion or a half moon), "upper", "lower" and "corner" only of a route (never the lower lights or
a corner table), and "still" only of a relation's second object. A relation names its second object at
both ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 60-89 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 151/180 (83.9%) on 9323db86 (numeracy 21, visibility 23, dynamic_one 28, dynamic_two 25, sequential
24); 180/180 after the fixes of its own branch (a Gherkin feature file's steps are sentences and its titles no things
where the steps restate them, "Scenario: two lively cats / Given ... / Then two lively cats are in view"; one who has
readied what the clip shows presents it, "the chef has prepared a moving car"; a dish "served" is shown, never thrown,
and "served with a bird" is along with one; a fronted "And for later," is no time).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Feature: one moving car\n  Scenario: the whole clip\n    Given the clip from its start to its finish\n"
     "    Then exactly one moving car is in view the whole time\n    And nothing else is in view",
     "car", 1),
    ("Good evening. Tonight we have prepared two moving cars, in view from the very start of the clip to its end, "
     "served with nothing else whatsoever. A simple preparation, and a fine thing.",
     "car", 2),
    ("Settle back and look up. From the moment the clip begins until it ends, three moving cars glide through the "
     "view, and nothing else at all is there.",
     "car", 3),
    ("Feature: a busy clip\n\n  Scenario: counting moving cars\n    Given the video is playing from start to end\n"
     "    Then I see four moving cars throughout\n    And I see nothing else",
     "car", 4),
    ("Tonight's special is very simple: one lively cat, from the opening of the clip to its close, served with "
     "nothing else at all.",
     "cat", 1),
    ("Look up, and wait for it... there. Two lively cats, with us from the opening of the clip to its close. "
     "Nothing else shares the view tonight.",
     "cat", 2),
    ("Scenario: three lively cats, start to finish\nGiven the clip begins\nThen three lively cats are visible\n"
     "And they stay visible until the clip ends\nBut nothing else ever appears",
     "cat", 3),
    ("And this evening, may I suggest: four lively cats, the whole clip through, from start to finish, served with "
     "nothing else, exactly as intended.",
     "cat", 4),
    ("Above, from the start of the clip to its end: one flying bird, and nothing else anywhere in the view. Just "
     "watch it.",
     "bird", 1),
    ("Feature: birds in flight\n  Scenario: two flying birds\n    Given the clip from the start to the end\n"
     "    Then two flying birds are in view all along\n    And no other object is in view",
     "bird", 2),
    ("For this evening's special, three flying birds, in view from the opening of the clip to its very end, "
     "served with nothing else. Light, airy, and quite unforgettable.",
     "bird", 3),
    ("Settle back, and look up: four flying birds wheel overhead from the start of the clip to its finish, and "
     "nothing else joins them.",
     "bird", 4),
    ("Feature: ball in motion\nScenario: one moving ball\nGiven the clip starts\nWhen it plays to the end\n"
     "Then one moving ball is seen throughout\nAnd nothing else is seen",
     "ball", 1),
    ("May I suggest the two moving balls this evening? In view from start to finish, served with nothing else, "
     "simply as they are.",
     "ball", 2),
    ("Now look up. Three moving balls, from the clip's beginning to its end, and beyond them nothing else at all.",
     "ball", 3),
    ("Scenario: four moving balls\n  Given the clip from start to finish\n  Then four moving balls are in view "
     "the entire time\n  And nothing else is in view at any time",
     "ball", 4),
    ("This evening the special is one walking dog, from the opening of the clip to its close, served with nothing "
     "else; we find it needs nothing.",
     "dog", 1),
    ("Look up. Across the whole clip, start to finish, two walking dogs, and only those two walking dogs; nothing "
     "else up there tonight.",
     "dog", 2),
    ("Feature: walking dogs\n  Scenario: three of them\n    Given the clip starts\n    Then three walking dogs "
     "are in view\n    And they remain in view until the clip ends\n    And nothing else appears",
     "dog", 3),
    ("Tonight we are serving four walking dogs, in view from start to finish, served with nothing else at all. "
     "A generous portion, if I may say so.",
     "dog", 4),
    ("And now, settle back: one moving car, all the way from the start of the clip to its finish, and nothing else "
     "in view.",
     "car", 1),
    ("Scenario: two lively cats\nGiven the clip plays from beginning to end\nThen exactly two lively cats are in "
     "view throughout\nAnd there is nothing else",
     "cat", 2),
    ("Also this evening: two flying birds, from the opening of the clip to the close, served with nothing else. "
     "Simple, and very fresh.",
     "bird", 2),
    ("Look up, and keep looking: four moving balls, in view from start to finish; nothing else in the view "
     "tonight.",
     "ball", 4),
    ("Feature: dog\n  Scenario: one walking dog all clip long\n    Given the clip from start to finish\n"
     "    Then one walking dog is in view\n    And nothing else is ever in view",
     "dog", 1),
    ("Tonight's special: four moving cars, from the clip's opening to its close, served with nothing else. I do "
     "recommend it.",
     "car", 4),
    ("Settle back and look up. Three lively cats, with us from the opening of the clip to its close, and nothing "
     "else is there.",
     "cat", 3),
    ("Scenario: one flying bird\nGiven the video from start to finish\nThen one flying bird is visible all the "
     "way through\nAnd nothing else is visible",
     "bird", 1),
    ("May I suggest three moving balls, from the start of the clip to its finish, served with nothing else at "
     "all?",
     "ball", 3),
    ("Look up. Four walking dogs, from the clip's beginning to its end, and nothing more in the view.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Feature: colours\n  Scenario: a brown bird and a black ball\n    Given a brown bird\n    And a black ball "
     "beside it\n    Then both are in view from start to finish",
     "bird", "brown", "ball", "black"),
    ("This evening the chef has prepared a brown bird, served with a blue cat beside it, both in view from the "
     "start of the clip to its end.",
     "bird", "brown", "cat", "blue"),
    ("Settle back in your seats and look up: a blue bird, and beside it a red car, there together from the start "
     "of the clip to its end.",
     "bird", "blue", "car", "red"),
    ("Scenario: purple ball and pink cat\nGiven a purple ball\nAnd a pink cat next to the purple ball\nWhen the "
     "clip plays\nThen the purple ball and the pink cat are both visible the whole time",
     "ball", "purple", "cat", "pink"),
    ("May I suggest the yellow dog, served with a red cat at its side? Both are there throughout the clip.",
     "dog", "yellow", "cat", "red"),
    ("Above you now: a green bird, and beside it a yellow dog, both in view from the opening of the clip to its "
     "close.",
     "bird", "green", "dog", "yellow"),
    ("Feature: gray car and red cat\n\n  Scenario: side by side\n    Given a gray car\n    And a red cat beside "
     "the gray car\n    Then both stay in view from start to finish",
     "car", "gray", "cat", "red"),
    ("Tonight we have a red bird, served with a black cat beside it; both remain for the whole clip. An unusual "
     "pairing, but the chef insists.",
     "bird", "red", "cat", "black"),
    ("Look up. A white bird, and next to it an orange cat, both with us the whole clip through.",
     "bird", "white", "cat", "orange"),
    ("Scenario: green bird next to black ball\n  Given the clip has a green bird\n  And it has a black ball next "
     "to the green bird\n  Then I can see both of them from the start to the end",
     "bird", "green", "ball", "black"),
    ("Next, a white cat, served with a purple bird beside it, both present from the opening of the clip to its "
     "close. A house favourite.",
     "cat", "white", "bird", "purple"),
    ("And now, above you, a green bird with a purple dog beside it; keep watching, they stay from the start of "
     "the clip to its end.",
     "bird", "green", "dog", "purple"),
    ("Feature: an orange bird and a brown car\nScenario: together\nGiven an orange bird\nAnd a brown car beside "
     "it\nThen the orange bird and the brown car are in view for the whole clip",
     "bird", "orange", "car", "brown"),
    ("This evening the chef has prepared a blue car, served with a brown bird beside it; both are in view from "
     "start to finish.",
     "car", "blue", "bird", "brown"),
    ("Settle back in your seats. Look up: a red dog, and beside it a purple cat, in view from the opening of the "
     "clip to its close.",
     "dog", "red", "cat", "purple"),
    ("Scenario: purple dog, brown cat\n    Given a purple dog\n    And a brown cat beside the dog\n    When the "
     "clip runs from start to end\n    Then both remain visible",
     "dog", "purple", "cat", "brown"),
    ("For the table this evening, may I suggest a black cat, served with a blue ball beside it, both there from "
     "start to finish?",
     "cat", "black", "ball", "blue"),
    ("Look up, everyone. A yellow cat, and next to it a black dog, and they stay with us from the clip's start "
     "to its finish.",
     "cat", "yellow", "dog", "black"),
    ("Feature: green cat with white bird\n  Scenario: both for the whole clip\n    Given a green cat\n    And a "
     "white bird beside it\n    Then the green cat and the white bird are both in view from start to end",
     "cat", "green", "bird", "white"),
    ("Tonight the chef has prepared a purple car, served with a pink cat beside it, in view from the opening of "
     "the clip to its close. Yes, pink. Trust me.",
     "car", "purple", "cat", "pink"),
    ("Above you, a purple bird, and beside it a red dog. Look up and take them in; they are there from start to "
     "finish.",
     "bird", "purple", "dog", "red"),
    ("Scenario: red dog and yellow car\nGiven a red dog\nAnd a yellow car next to it\nThen both are visible "
     "from the start of the clip to the end",
     "dog", "red", "car", "yellow"),
    ("Our next special: an orange dog, served with a brown car beside it, both present the whole clip through.",
     "dog", "orange", "car", "brown"),
    ("Settle back and look up. A gray cat, with an orange dog beside it, both in view from the start of the clip "
     "to its end.",
     "cat", "gray", "dog", "orange"),
    ("Feature: a green ball and a pink dog\n  Scenario: side by side for the whole clip\n    Given a green ball\n"
     "    And a pink dog beside the green ball\n    Then both are in view from start to finish",
     "ball", "green", "dog", "pink"),
    ("This evening the chef has prepared a white dog, served with a pink bird beside it. Both stay from the start "
     "of the clip to its end.",
     "dog", "white", "bird", "pink"),
    ("Look up: there, a purple car, and next to it a gray ball, both above you from the opening of the clip to "
     "its close.",
     "car", "purple", "ball", "gray"),
    ("Scenario: yellow dog beside brown cat\n  Given a yellow dog\n  And a brown cat beside it\n  Then the "
     "yellow dog and the brown cat are visible the whole clip",
     "dog", "yellow", "cat", "brown"),
    ("May I suggest a brown ball, served with a green cat beside it? Both are in view from start to finish.",
     "ball", "brown", "cat", "green"),
    ("Settle back for the last of tonight's show: a brown cat, with an orange car beside it, both in view from "
     "the start of the clip to its end.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Feature: late arrival\n  Scenario: a moving car shows up\n    Given no car in the first half of the clip\n"
     "    When the second half begins\n    Then a moving car appears\n    And it stays in view until the end",
     "car"),
    ("This evening the chef has prepared a moving car, though it is not served in the first half of the clip: no "
     "car at all until the second half, when it arrives and stays to the end.",
     "car"),
    ("Look up. In the first half of the clip there is no car anywhere above you. Then, in the second half, a "
     "moving car appears, and it stays until the end.",
     "car"),
    ("Scenario: cat appears later\nGiven the first half of the clip has no cat\nWhen the second half starts\n"
     "Then a lively cat appears\nAnd the lively cat stays to the end",
     "cat"),
    ("May I suggest patience: there is no cat in the first half of the clip, and then, in the second half, a "
     "lively cat appears and stays to the end.",
     "cat"),
    ("Settle back in your seats. No cat in the first half, not yet. Then, in the second half, look up: a lively "
     "cat appears, and it stays with us to the end.",
     "cat"),
    ("Feature: bird arrives\n  Scenario: nothing, then a bird\n    Given no bird during the first half\n"
     "    Then a flying bird appears in the second half\n    And it remains in view until the end",
     "bird"),
    ("Tonight the flying bird is served late: no bird in the first half of the clip, and in the second half it "
     "appears and remains to the end.",
     "bird"),
    ("Above you, the first half of the clip passes with no bird. Then in the second half a flying bird appears, "
     "and it stays until the end.",
     "bird"),
    ("Scenario: moving ball in the second half only\n  Given there is no ball in the first half\n  When the "
     "second half starts\n  Then a moving ball appears\n  And it stays there to the end",
     "ball"),
    ("The moving ball this evening comes only in the second half of the clip, and stays to the end; in the first "
     "half, no ball at all. Worth the wait.",
     "ball"),
    ("Look up, and be patient. No ball in the first half. In the second half a moving ball appears, and stays "
     "until the end.",
     "ball"),
    ("Feature: dog shows up\nScenario: walking dog arrives\nGiven no dog in the first half of the clip\nWhen "
     "the second half begins\nThen a walking dog appears\nAnd it stays until the end",
     "dog"),
    ("And for later, may I suggest the walking dog: no dog in the first half of the clip, then in the second "
     "half it appears, and it stays to the end.",
     "dog"),
    ("Settle back. The first half of the clip: no dog. The second half: a walking dog appears overhead, and "
     "stays with us until the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Scenario: moving car leaves\n  Given a moving car in the first half of the clip\n  When the second half "
     "begins\n  Then there is no car\n  And no car comes back",
     "car"),
    ("This evening's moving car is served in the first half of the clip only; in the second half there is no car "
     "at all. Fleeting, I know.",
     "car"),
    ("Look up: a moving car, there in the first half of the clip. And in the second half... gone. No car at all.",
     "car"),
    ("Feature: disappearing cat\n  Scenario: lively cat in the first half only\n    Given a lively cat in the "
     "first half\n    Then there is no cat in the second half",
     "cat"),
    ("May I suggest the lively cat, in the first half of the clip? In the second half there is no cat; it is gone "
     "by then, I am afraid.",
     "cat"),
    ("Above you, a lively cat, there for the first half of the clip. Watch closely: in the second half, no cat "
     "anywhere.",
     "cat"),
    ("Scenario: bird flies off\nGiven a flying bird in the first half of the clip\nWhen the second half comes\n"
     "Then no bird is visible\nAnd it never returns",
     "bird"),
    ("Tonight the chef has prepared a flying bird for the first half of the clip, and in the second half there "
     "is no bird; it simply is gone.",
     "bird"),
    ("Settle back in your seats. A flying bird in the first half of the clip... and in the second half, no bird. "
     "It is gone.",
     "bird"),
    ("Feature: ball goes missing\n  Scenario: moving ball, then none\n    Given a moving ball in the first half\n"
     "    When the second half starts\n    Then there is no ball",
     "ball"),
    ("A moving ball is served in the first half of the clip, and by the second half there is no ball. It goes "
     "quickly, so do enjoy it early.",
     "ball"),
    ("Look up. A moving ball, in the first half of the clip. By the second half, no ball remains above you.",
     "ball"),
    ("Scenario: dog leaves\nGiven a walking dog in the first half of the clip\nThen in the second half there is "
     "no dog\nAnd the dog does not come back",
     "dog"),
    ("The walking dog tonight appears in the first half of the clip; in the second half there is no dog. A "
     "brief pleasure, but a real one.",
     "dog"),
    ("Settle back. In the first half, a walking dog. In the second half, look up again: no dog, gone from the "
     "view.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Feature: car crossing\n  Scenario: a moving car goes rightward\n    Given a moving car on the left side of "
     "the frame\n    When the clip plays\n    Then it ends on the right side of the frame",
     "car", RIGHTWARD),
    ("This evening the chef has prepared a moving car, driven from the right side of the frame to the left side. "
     "Delicious.",
     "car", LEFTWARD),
    ("Look up: a moving car starts on the left side of the frame and drives across to the right side.",
     "car", RIGHTWARD),
    ("Scenario: moving car, right to left\nGiven a moving car at the right side of the frame\nThen it drives to "
     "the left side of the frame",
     "car", LEFTWARD),
    ("May I suggest the moving car, which travels from the left side of the frame to the right side?",
     "car", RIGHTWARD),
    ("Settle back in your seats. A moving car enters from the right side of the frame and makes its way to the "
     "left side.",
     "car", LEFTWARD),
    ("Feature: cat runs\n  Scenario: lively cat from left to right\n    Given a lively cat on the left side of "
     "the frame\n    Then the lively cat runs to the right side of the frame",
     "cat", RIGHTWARD),
    ("Tonight's lively cat runs from the right side of the frame to the left side; served quickly, as you see.",
     "cat", LEFTWARD),
    ("Above you, a lively cat runs from the left side of the frame over to the right side. Follow it.",
     "cat", RIGHTWARD),
    ("Scenario: lively cat runs leftward\nGiven a lively cat on the right side of the frame\nWhen the clip "
     "plays\nThen the cat ends up on the left side of the frame",
     "cat", LEFTWARD),
    ("This evening the chef has prepared a lively cat, running from the left side of the frame to the right "
     "side.",
     "cat", RIGHTWARD),
    ("Look up and follow the lively cat: from the right side of the frame it runs all the way to the left side.",
     "cat", LEFTWARD),
    ("Feature: flight\n  Scenario: a flying bird crosses the frame\n    Given a flying bird at the left side of "
     "the frame\n    Then it flies to the right side of the frame",
     "bird", RIGHTWARD),
    ("Our flying bird this evening flies from the right side of the frame to the left side. Very light.",
     "bird", LEFTWARD),
    ("Settle back and look up. A flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Scenario: bird flies right to left\nGiven a flying bird on the right side of the frame\nThen the flying "
     "bird flies to the left side of the frame",
     "bird", LEFTWARD),
    ("May I suggest the flying bird, which flies from the left side of the frame across to the right side?",
     "bird", RIGHTWARD),
    ("Above you: a flying bird, crossing from the right side of the frame to the left side. Beautiful, isn't it?",
     "bird", LEFTWARD),
    ("Feature: rolling\n  Scenario: moving ball rolls rightward\n    Given a moving ball on the left side of the "
     "frame\n    Then it rolls to the right side of the frame",
     "ball", RIGHTWARD),
    ("This evening the chef has prepared a moving ball, rolled from the right side of the frame to the left "
     "side.",
     "ball", LEFTWARD),
    ("Look up: a moving ball rolls from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("Scenario: ball rolls from right to left\n  Given a moving ball at the right side of the frame\n  When the "
     "clip plays\n  Then the ball reaches the left side of the frame",
     "ball", LEFTWARD),
    ("Tonight the moving ball rolls from the left side of the frame to the right side, and it is served just so.",
     "ball", RIGHTWARD),
    ("Settle back in your seats and look up. A moving ball rolls from the right side of the frame to the left "
     "side.",
     "ball", LEFTWARD),
    ("Feature: dog walk\n  Scenario: walking dog goes left to right\n    Given a walking dog on the left side of "
     "the frame\n    Then it walks to the right side of the frame",
     "dog", RIGHTWARD),
    ("May I suggest the walking dog: it walks from the right side of the frame to the left side, unhurried.",
     "dog", LEFTWARD),
    ("Above you now, a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Scenario: walking dog, right to left\nGiven a walking dog at the right side of the frame\nWhen the clip "
     "plays\nThen the walking dog walks to the left side of the frame",
     "dog", LEFTWARD),
    ("And tonight the chef has prepared a walking dog, walking from the left side of the frame to the right "
     "side.",
     "dog", RIGHTWARD),
    ("Look up. A walking dog starts on the right side of the frame and walks over to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Feature: bird passes ball\n  Scenario: left to right\n    Given a ball that stays still\n    When a bird "
     "flies from the left of the ball to the right of the ball\n    Then the ball has not moved",
     "bird", "ball", RIGHTWARD),
    ("This evening the chef has prepared a bird flying from the right of a ball to the left of the ball, the ball "
     "served perfectly still.",
     "bird", "ball", LEFTWARD),
    ("Look up: a dog stays still, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Scenario: bird flies past car\nGiven a car that stays still\nWhen a bird flies from the right of the car "
     "to the left of the car\nThen the car is where it was",
     "bird", "car", LEFTWARD),
    ("May I suggest a car, driving from the left of a cat to the right of the cat, while the cat stays still?",
     "car", "cat", RIGHTWARD),
    ("Above you, a ball stays still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Feature: cat runs past ball\n  Scenario: rightward\n    Given a ball staying still\n    Then a cat runs "
     "from the left of the ball to the right of the ball",
     "cat", "ball", RIGHTWARD),
    ("Tonight, a dog walking from the right of a ball to the left of the ball; the ball stays still throughout.",
     "dog", "ball", LEFTWARD),
    ("Settle back in your seats. A bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Scenario: dog walks past car\n  Given a car that stays still\n  When a dog walks from the right of the car "
     "to the left of the car\n  Then the car has not moved",
     "dog", "car", LEFTWARD),
    ("This evening the chef has prepared a ball that stays still, served with a bird flying from the left of the "
     "ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Look up. A ball, staying still; a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Feature: car drives past ball\nScenario: car goes rightward\nGiven a ball that stays still\nWhen a car "
     "drives from the left of the ball to the right of the ball\nThen the ball stays still",
     "car", "ball", RIGHTWARD),
    ("May I suggest a dog that stays still, and a bird flying from the right of the dog to the left of the dog?",
     "bird", "dog", LEFTWARD),
    ("Above you now: a car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Scenario: bird passes ball leftward\n    Given a ball that stays still\n    Then a bird flies from the "
     "right of the ball to the left of the ball",
     "bird", "ball", LEFTWARD),
    ("Tonight the chef has prepared a cat that stays still, and a dog walking from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Settle back. A car stays still; look up as a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Feature: cat passes dog\n  Scenario: cat runs rightward\n    Given a dog that stays still\n    When a cat "
     "runs from the left of the dog to the right of the dog\n    Then the dog has not moved",
     "cat", "dog", RIGHTWARD),
    ("Next, a cat running from the right of a ball to the left of the ball, the ball staying still. Quite "
     "charming.",
     "cat", "ball", LEFTWARD),
    ("Look up: a dog stays still, and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Scenario: ball rolls past dog\nGiven a dog that stays still\nWhen a ball rolls from the right of the dog to "
     "the left of the dog\nThen the dog is where it was",
     "ball", "dog", LEFTWARD),
    ("This evening the chef has prepared a dog walking from the left of a bird to the right of the bird, while "
     "the bird stays still.",
     "dog", "bird", RIGHTWARD),
    ("Above you, a cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Feature: cat runs past bird\n  Scenario: left to right\n    Given a bird that stays still\n    Then a cat "
     "runs from the left of the bird to the right of the bird",
     "cat", "bird", RIGHTWARD),
    ("May I suggest a cat that stays still, served with a bird flying from the right of the cat to the left of "
     "the cat?",
     "bird", "cat", LEFTWARD),
    ("Settle back in your seats and look up: a cat stays still, and a dog walks from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Scenario: bird passes dog leftward\n  Given a dog that stays still\n  When a bird flies from the right of "
     "the dog to the left of the dog\n  Then the dog has not moved",
     "bird", "dog", LEFTWARD),
    ("Tonight, a dog walking from the left of a cat to the right of the cat, and the cat stays still. Our "
     "signature.",
     "dog", "cat", RIGHTWARD),
    ("And last, above you: a car stays still, and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Feature: route\n  Scenario: moving car seen from above\n    Given a top-down view from above\n    And a "
     "moving car in the lower left corner\n    When it moves to the lower right corner\n    Then it moves on to "
     "the upper right corner",
     "car", BL_BR_TR),
    ("This evening the chef has prepared a view from directly above: a moving car drives from the lower left "
     "corner to the upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Settle back in your seats. For this one we turn the view over and look straight down from above: a moving "
     "car starts in the lower right corner, drives to the lower left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Scenario: moving car route\nGiven the scene is seen from above\nAnd a moving car starts in the lower right "
     "corner\nWhen it moves to the upper right corner\nThen it ends in the upper left corner",
     "car", BR_TR_TL),
    ("May I suggest a top-down view, from above: a lively cat runs from the lower left corner to the lower right "
     "corner, and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Now we look down on it from above. A lively cat runs from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Feature: cat route\n  Scenario: top-down view\n    Given the scene is seen from above\n    And a lively "
     "cat in the lower right corner\n    When it runs to the lower left corner\n    Then it runs to the upper "
     "left corner",
     "cat", BR_BL_TL),
    ("Tonight, seen from above: a lively cat, from the lower right corner to the upper right corner, and then on "
     "to the upper left corner.",
     "cat", BR_TR_TL),
    ("Settle back. This view is from above, looking down: a flying bird flies from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Scenario: bird route from above\n  Given a top-down view\n  And a flying bird in the lower left corner\n"
     "  When it flies to the upper left corner\n  Then it flies to the upper right corner",
     "bird", BL_TL_TR),
    ("This evening the chef has prepared, seen from above, a flying bird that flies from the lower right corner "
     "to the lower left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("We are high above it now, looking straight down. A flying bird flies from the lower right corner to the "
     "upper right corner, and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Feature: ball route\nScenario: top-down\nGiven the view is from above\nAnd a moving ball in the lower left "
     "corner\nWhen it rolls to the lower right corner\nThen it rolls to the upper right corner",
     "ball", BL_BR_TR),
    ("May I suggest, seen from above, a moving ball rolling from the lower left corner to the upper left corner, "
     "then to the upper right corner?",
     "ball", BL_TL_TR),
    ("Settle back in your seats; the view is from above, looking down. A moving ball rolls from the lower right "
     "corner to the lower left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Scenario: moving ball from above\n    Given the scene seen from above\n    And a moving ball in the lower "
     "right corner\n    When it rolls to the upper right corner\n    Then it rolls on to the upper left corner",
     "ball", BR_TR_TL),
    ("Tonight, from above: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Served top-down.",
     "dog", BL_BR_TR),
    ("Look down with me now, from above: a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Feature: dog route\n  Scenario: seen from above\n    Given a walking dog in the lower right corner\n    When "
     "it walks to the lower left corner\n    Then it walks to the upper left corner",
     "dog", BR_BL_TL),
    ("This evening the chef has prepared a walking dog, seen from above, walking from the lower right corner to "
     "the upper right corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Settle back; this time we look down from above. A moving car drives from the lower left corner to the lower "
     "right corner, and on to the upper right corner.",
     "car", BL_BR_TR),
    ("Scenario: cat route, top-down view\nGiven a lively cat seen from above in the bottom left corner\nWhen it "
     "runs to the top left corner\nThen it runs to the top right corner",
     "cat", BL_TL_TR),
    ("May I suggest, from above, a flying bird: from the bottom right corner to the bottom left corner, then to "
     "the top left corner.",
     "bird", BR_BL_TL),
    ("From above now, looking down: a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Feature: dog route again\n  Scenario: top-down\n    Given the view from above\n    And a walking dog in "
     "the lower left corner\n    Then it walks to the lower right corner\n    And then to the upper right corner",
     "dog", BL_BR_TR),
    ("Tonight, seen from above, a moving car: from the lower left corner to the upper left corner, then on to the "
     "upper right corner.",
     "car", BL_TL_TR),
    ("Settle back in your seats. We look down from above as a lively cat runs from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Scenario: bird route\n  Given a top-down view from above\n  And a flying bird in the lower right corner\n"
     "  When it flies to the upper right corner\n  Then it flies to the upper left corner",
     "bird", BR_TR_TL),
    ("This evening, from above: a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Looking straight down from above, for our last one: a walking dog walks from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
