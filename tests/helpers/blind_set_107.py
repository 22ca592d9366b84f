"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an old-west wanted poster ("WANTED", "REWARD", "last seen", "dead or alive", "approach with caution"),
  where the poster, the law and the reward are never in the video, and the one wanted is what the clip
  shows; the reward is never given a sum, since the poster writes no numbers;
- an opera libretto, with sung lines in quotes and stage business in brackets ("Sung, fortissimo:",
  "(The music swells.)", "Bravo!"), where the singers, the orchestra and the stage are never in the
  video, and what is sung about is the clip; it never says "stage left" or "stage right";
- a video-game speedrunner's commentary to chat ("chat", "PB", "splits", "RNG", "any%", "spawn"), where
  the runner, the chat and the game's timer are never in the video, and the clip is the section being run.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and put
no other number word beside the count (no "zero", no "frame-perfect", no "a couple of"). No voice gives
its own props a colour (no badges, costumes or skins), no idiom hides a class noun or a side (no "masked
ball", "jailbird", "underdog", "stage left", "right now"), "half" is only said of the clip's halves,
"upper", "lower" and "corner" only of a route, and "still" only of a relation's second object. A
relation names its second object at both ends and says that object stays still; a route is always seen
from above. It takes LVD's attribution pairs 40-69 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 161/180 on 43964f8 (numeracy 26, attribution 27, visibility 28, dynamic_one 25, dynamic_two 25,
sequential 30); 180/180 after its own fixes (quoted words under a heading that bring a thing on, 'Sung: "a cat ..."',
are the scene told; a notice's subjectless "Last seen heading from A to B: a car" and a fronted "Heading from A to B:
a car" are that thing's move; "from the opening bar to the final note" is the whole clip; a game's "despawns" and
"spawns" are vanishing and appearing; "the RNG gives us three birds" presents the scene).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("WANTED: one moving car. Last seen in view from the start of the clip to its end, with nothing else anywhere near "
     "it. Approach with caution.",
     "car", 1),
    ('Sung, con brio: "Behold them, two moving cars! From the opening bar to the final note they stay, and nothing '
     'else shall join them!"',
     "car", 2),
    ("Okay chat, this is the easy bit: three moving cars, on screen from start to finish, and nothing else ever "
     "spawns. Clean.",
     "car", 3),
    ("Four moving cars. Whole clip, start to finish. Nothing else. If you see anything else on screen, chat, that's a "
     "new glitch and I want it.",
     "car", 4),
    ("REWARD for information leading to one lively cat, seen from the beginning of the clip to its end, and nothing "
     "else with it.",
     "cat", 1),
    ('(The music swells.) Sung softly: "Two lively cats, here from the start until the end, and nothing else, nothing '
     'else at all."',
     "cat", 2),
    ("By order of the law, wanted dead or alive: three lively cats, in view for the entire clip. Nothing else was "
     "seen.",
     "cat", 3),
    ("Is this even the same game? Four lively cats, in view from the start of the clip all the way to the end, and "
     "nothing else. GG.",
     "cat", 4),
    ('What do we see, what do we see? Sung: "One flying bird, from the start to the end, and nothing else besides!"',
     "bird", 1),
    ("Known to travel together: two flying birds. Present from the start of the clip to the finish. Nothing else in "
     "view.",
     "bird", 2),
    ("So the RNG gives us three flying birds, in view from start to finish, and nothing else loads in. Huge for the "
     "run.",
     "bird", 3),
    ('Fortissimo, all voices together: "Four flying birds! From start to finish, and nothing else!" Bravo!',
     "bird", 4),
    ("Moving ball, just one, in view from start to finish and nothing else on screen. Any% rules, chat, no tricks "
     "here.",
     "ball", 1),
    ("WANTED. Two moving balls, in plain view the whole clip through. No other thing seen alongside. Do not approach.",
     "ball", 2),
    ('Sung in a trembling voice: "Three moving balls I see, from the start until the end, and nothing else, alas!"',
     "ball", 3),
    ("Four moving balls from the start of the clip to its end, nothing else, and that's PB pace, chat. Let's go.",
     "ball", 4),
    ("Seen in the territory from start to finish: one walking dog. Nothing else with it. Reward paid upon capture.",
     "dog", 1),
    ('Ah, what joy! Two walking dogs, and sung: "From the opening to the close they walk, and nothing else is in '
     'view!"',
     "dog", 2),
    ("Three walking dogs, chat. Whole clip, beginning to end, nothing else anywhere. Splits are looking clean.",
     "dog", 3),
    ("WANTED for loitering: four walking dogs, in view from the start of the clip to its end, and nothing else about.",
     "dog", 4),
    ('Is there nothing else? Nothing else! Sung: "Only four moving cars, from start to finish, only they!"',
     "car", 4),
    ("Real quick for the new viewers: two lively cats, on screen start to finish, and nothing else. That's the whole "
     "section.",
     "cat", 2),
    ("Last seen: one flying bird, in view for the whole clip, nothing else nearby. Considered harmless.",
     "bird", 1),
    ('(Sung, lento.) "Two moving balls remain, from the start until the end, and nothing else."',
     "ball", 2),
    ("Okay, so: one walking dog, visible from start to finish, and nothing else ever shows up. Chat is losing it.",
     "dog", 1),
    ("REWARD! Three moving cars, in view from beginning to end of the clip. Nothing else seen. Notify the law.",
     "car", 3),
    ('Sung, with feeling, hand on heart: "Three lively cats, from start to finish, and nothing else, my heart!"',
     "cat", 3),
    ("And that's four flying birds, chat, in view the whole clip long, nothing else. Best RNG I've ever had.",
     "bird", 4),
    ("Wanted together, dead or alive: three moving balls, in view for the entire clip. Nothing else.",
     "ball", 3),
    ('Four walking dogs, sung in a grand march: "From start to finish we walk, and nothing else walks with us!"',
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("WANTED: a green dog and a blue car, seen together from the start of the clip to its end. Approach with caution.",
     "dog", "green", "car", "blue"),
    ('Sung, dolce: "A black cat, and beside it a brown ball, both here from start to finish."',
     "cat", "black", "ball", "brown"),
    ("Look at this, chat: a purple car parked next to a red cat, both on screen the whole clip. Glitch? Nope, that's "
     "the route.",
     "car", "purple", "cat", "red"),
    ("Last seen side by side, a gray dog and a brown cat. Both in view from beginning to end. REWARD.",
     "dog", "gray", "cat", "brown"),
    ('What stands there, from start to finish? Sung: "A black car! And beside it, a brown dog!"',
     "car", "black", "dog", "brown"),
    ("A yellow ball with a pink dog sitting beside it, in view for the whole clip. Don't reset, chat, this is fine.",
     "ball", "yellow", "dog", "pink"),
    ("Known associates: a gray cat and a white dog, beside each other, in view from start to finish. Dead or alive.",
     "cat", "gray", "dog", "white"),
    ('(Sung as a duet.) "A yellow dog, an orange car beside it, together from start until the end."',
     "dog", "yellow", "car", "orange"),
    ("Okay, a black bird next to a brown cat, and they stay there start to finish. No skip for this, sadly.",
     "bird", "black", "cat", "brown"),
    ("Sought in connection with the bank job: a white ball and a red car, side by side, the whole clip through.",
     "ball", "white", "car", "red"),
    ('Sung: "See there, a white ball, and there beside it a black cat!" (They stay from start to finish.)',
     "ball", "white", "cat", "black"),
    ("Yellow cat, pink ball beside it, both in view from start to finish. Nothing fancy, chat, we move.",
     "cat", "yellow", "ball", "pink"),
    ("Seen together from start to finish: a black car and an orange bird beside it. Report any sighting to the "
     "marshal.",
     "car", "black", "bird", "orange"),
    ('An orange ball, a brown car beside it; and the lament goes, "from start to finish they remain!"',
     "ball", "orange", "car", "brown"),
    ("Gray bird, green cat, side by side, whole clip. Easiest section of the run, honestly.",
     "bird", "gray", "cat", "green"),
    ("WANTED: a blue car with a red cat at its side. Both seen from beginning to end of the clip. Do not approach.",
     "car", "blue", "cat", "red"),
    ('(The music halts.) Sung: "A white ball lies beside a black car, from the start until the end."',
     "ball", "white", "car", "black"),
    ("So here's a green bird beside a white ball, chat, both in view the entire clip. Memorize this setup.",
     "bird", "green", "ball", "white"),
    ("Last seen: a blue ball and, beside it, a yellow dog, both present from the start of the clip to its end.",
     "ball", "blue", "dog", "yellow"),
    ('Sung, allegro, the whole company: "A yellow bird, a blue ball, side by side, from start to finish!"',
     "bird", "yellow", "ball", "blue"),
    ("Brown bird, and a black ball next to it. Neither goes off screen from start to finish, which is why we grind "
     "this section.",
     "bird", "brown", "ball", "black"),
    ("REWARD for a brown bird and a blue cat, known to keep side by side. In view the whole clip.",
     "bird", "brown", "cat", "blue"),
    ('Behold! Sung: "A blue bird, and beside it a red car, from the opening to the close!"',
     "bird", "blue", "car", "red"),
    ("A purple ball, a pink cat beside it, in view start to finish. This is where the run gets good.",
     "ball", "purple", "cat", "pink"),
    ("Riding together, wanted together: a yellow dog and a red cat, side by side, from the start of the clip to its "
     "end.",
     "dog", "yellow", "cat", "red"),
    ('Sung, pianissimo: "A green bird beside a yellow dog, from start to finish, together."',
     "bird", "green", "dog", "yellow"),
    ("Gray car, red cat beside it, both on screen the whole clip. Don't blink, chat.",
     "car", "gray", "cat", "red"),
    ("Seen side by side from start to finish: a red bird and a black cat. Reward for any word of them.",
     "bird", "red", "cat", "black"),
    ('(Sung.) "A white bird! An orange cat beside it!" Both stay in view from start to finish. Bravo!',
     "bird", "white", "cat", "orange"),
    ("Why is there a green bird next to a black ball? No idea, chat, but it's there start to finish. Keep going.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("WANTED: a moving car, absent through the first half of the clip. In the second half it appears and stays to the "
     "end.",
     "car"),
    ('Sung: "In the first half, no car, no car!" Then, in the second half, a moving car appears and remains until the '
     'end.',
     "car"),
    ("First half: no car, chat. Second half, a moving car appears and sticks around till the end. Classic late spawn.",
     "car"),
    ("No cat in the first half. A lively cat appears in the second half and stays to the end. Reward offered.",
     "cat"),
    ('Where is the cat? Not in the first half! Sung: "In the second half a lively cat appears, and stays until the '
     'end!"',
     "cat"),
    ("There's no cat in the first half, chat, trust me, then a lively cat appears in the second half and stays to the "
     "end.",
     "cat"),
    ("Last seen arriving in the second half of the clip: a flying bird, which stays to the end. No bird in the first "
     "half.",
     "bird"),
    ("(The music stirs.) In the first half, no bird. In the second half a flying bird appears, and it stays to the "
     "end.",
     "bird"),
    ("No bird during the first half. Second half, a flying bird appears and stays until the end. Lucky spawn, chat.",
     "bird"),
    ("WANTED: a moving ball that appears in the second half and stays to the end. In the first half there was no ball.",
     "ball"),
    ('Sung, with longing: "No ball in the first half!" And in the second half a moving ball appears, and stays to the '
     'end.',
     "ball"),
    ("Empty first half, no ball. Second half, a moving ball appears and stays till the end. That's the setup, chat.",
     "ball"),
    ("No dog in the first half. In the second half a walking dog appears, and it remains until the end. Approach with "
     "caution.",
     "dog"),
    ('(A hush.) Sung: "In the first half, no dog!" In the second half, a walking dog appears and stays until the end.',
     "dog"),
    ("First half has no dog, then in the second half a walking dog appears and stays to the end. Wait for it, chat.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Last seen in the first half: a moving car. In the second half it is gone, and there is no car. REWARD.",
     "car"),
    ('Sung: "A moving car, in the first half!" Then, in the second half, no car, no car at all.',
     "car"),
    ("Moving car in the first half, then in the second half it despawns. No car anywhere, chat.",
     "car"),
    ("A lively cat in the first half, and in the second half, no cat. Whereabouts unknown. Dead or alive.",
     "cat"),
    ('(Sung, lamenting.) "A lively cat was here in the first half, and in the second half there is no cat!"',
     "cat"),
    ("Lively cat in the first half, and in the second half it's gone, no cat. Don't ask me why, chat.",
     "cat"),
    ("WANTED: a flying bird seen in the first half of the clip. In the second half, no bird at all.",
     "bird"),
    ("A flying bird in the first half, sung in triumph; in the second half it is gone, and no bird remains.",
     "bird"),
    ("Flying bird in the first half, then second half, no bird at all. Gone. Chat, did you see that?",
     "bird"),
    ("Gone in the second half, with no ball anywhere: a moving ball, seen only in the first half. Report any sighting.",
     "ball"),
    ('Sung: "In the first half, a moving ball! In the second half, no ball, only sorrow!"',
     "ball"),
    ("Moving ball in the first half, and in the second half there's no ball. It just vanishes, chat.",
     "ball"),
    ("Last seen in the first half: a walking dog. In the second half, no dog. Reward for its return.",
     "dog"),
    ('Sung, fading: "A walking dog in the first half, and in the second half no dog, no dog at all."',
     "dog"),
    ("Chat, where did the dog go? Walking dog in the first half, second half there's no dog. Gone.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("WANTED: a moving car, last seen crossing from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ('Sung: "A moving car, from the right side of the frame to the left side, away, away!"',
     "car", LEFTWARD),
    ("Moving car going from the left side of the frame to the right side. Perfect line, chat, no wasted inputs.",
     "car", RIGHTWARD),
    ("Last seen heading from the right side of the frame toward the left side: a moving car. Approach with caution.",
     "car", LEFTWARD),
    ("Allegro! Who drives there? A moving car, from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Moving car, right side of the frame over to the left side. Clean movement.",
     "car", LEFTWARD),
    ("REWARD for a lively cat, seen running from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ('Sung: "There runs a lively cat, from the right side of the frame to the left side!"',
     "cat", LEFTWARD),
    ("Lively cat going from the left side of the frame to the right side, full sprint, chat.",
     "cat", RIGHTWARD),
    ("Dead or alive: a lively cat, known to run from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("From the left side of the frame to the right side runs a lively cat; the patter song cannot keep up.",
     "cat", RIGHTWARD),
    ("Lively cat, from the right side of the frame across to the left side. That's the movement we want.",
     "cat", LEFTWARD),
    ("WANTED: a flying bird, seen flying from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ('Sung, soaring: "A flying bird, from the right side of the frame to the left side!"',
     "bird", LEFTWARD),
    ("Flying bird going left side of the frame to right side, no clipping, just flight. Chat, look at it go.",
     "bird", RIGHTWARD),
    ("Last seen flying from the right side of the frame to the left side: a flying bird. Reward offered.",
     "bird", LEFTWARD),
    ('(Sung.) "See the flying bird, from the left side of the frame it flies to the right side!"',
     "bird", RIGHTWARD),
    ("Where's the flying bird going? Right side of the frame to the left side. Okay chat, follow it.",
     "bird", LEFTWARD),
    ("A moving ball, rolling from the left side of the frame to the right side. Do not approach.",
     "ball", RIGHTWARD),
    ('Sung, staccato: "A moving ball rolls from the right side of the frame to the left side!"',
     "ball", LEFTWARD),
    ("Moving ball, rolling from the left side of the frame to the right side. Momentum carries it, chat.",
     "ball", RIGHTWARD),
    ("WANTED: a moving ball, last seen rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("The chorus points and sings as a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Textbook ball movement: a moving ball, from the right side of the frame to the left side, no bounce lost.",
     "ball", LEFTWARD),
    ("REWARD: a walking dog, seen walking from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ('Sung, andante: "A walking dog walks from the right side of the frame to the left side."',
     "dog", LEFTWARD),
    ("Walking dog from the left side of the frame to the right side. Slow, but it's the route, chat.",
     "dog", RIGHTWARD),
    ("Last seen walking from the right side of the frame to the left side: a walking dog. Reward for capture.",
     "dog", LEFTWARD),
    ("From the left side of the frame to the right side a walking dog walks, and the music walks with it.",
     "dog", RIGHTWARD),
    ("Patience, chat. Walking dog, right side of the frame over to the left side, and we can't skip it.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("WANTED: a dog seen walking from the left of the car to the right of the car, while the car stays still.",
     "dog", "car", RIGHTWARD),
    ('Sung: "The bird stays still, and a ball rolls from the right of the bird to the left of the bird!"',
     "ball", "bird", LEFTWARD),
    ("The dog stays still, and a ball rolls from the left of the dog to the right of the dog. Setup done, chat.",
     "ball", "dog", RIGHTWARD),
    ("Last seen: a ball rolling from the right of the cat to the left of the cat. The cat stays still.",
     "ball", "cat", LEFTWARD),
    ("(Sung, presto.) The ball stays still; a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Bird flies from the right of the cat to the left of the cat, and the cat stays still. Perfect.",
     "bird", "cat", LEFTWARD),
    ("REWARD: a dog, walking from the left of the bird to the right of the bird, while the bird stays still.",
     "dog", "bird", RIGHTWARD),
    ('Sung: "The cat stays still, and a dog walks from the right of the cat to the left of the cat."',
     "dog", "cat", LEFTWARD),
    ("The car stays still, chat, and a ball rolls from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("WANTED: a dog that walked from the right of the cat to the left of the cat. The cat stayed still.",
     "dog", "cat", LEFTWARD),
    ('(Sung.) "The ball stays still, and a bird flies from the left of the ball to the right of the ball!"',
     "bird", "ball", RIGHTWARD),
    ("The ball stays still while a bird flies from the right of the ball to the left of the ball. Easy.",
     "bird", "ball", LEFTWARD),
    ("Last seen: a bird flying from the left of the dog to the right of the dog. The dog stays still.",
     "bird", "dog", RIGHTWARD),
    ('Sung: "A bird flies from the right of the car to the left of the car, and the car stays still."',
     "bird", "car", LEFTWARD),
    ("Cat stays still, car drives from the left of the cat to the right of the cat. Chat, this is free.",
     "car", "cat", RIGHTWARD),
    ("REWARD: a dog, walking from the right of the ball to the left of the ball, with the ball staying still.",
     "dog", "ball", LEFTWARD),
    ("(Sung, scherzando.) The ball stays still, and a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("The ball stays still and a dog walks from the right of the ball to the left of the ball. Nice.",
     "dog", "ball", LEFTWARD),
    ("WANTED: a cat seen running from the left of the bird to the right of the bird, the bird staying still.",
     "cat", "bird", RIGHTWARD),
    ('Sung: "The car stays still, and a dog walks from the right of the car to the left of the car."',
     "dog", "car", LEFTWARD),
    ("Bird flies from the left of the ball to the right of the ball, the ball stays still. Chat, clip it.",
     "bird", "ball", RIGHTWARD),
    ("Last seen together: the ball staying still, and a bird flying from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("(Sung, vivace.) A car drives from the left of the ball to the right of the ball, and the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("Watch the dog, chat: it stays still, and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("The car stays still; a dog walks from the left of the car to the right of the car. So says the poster. REWARD.",
     "dog", "car", RIGHTWARD),
    ('Sung: "The ball stays still! A bird flies from the right of the ball to the left of the ball!"',
     "bird", "ball", LEFTWARD),
    ("Cat stays still, dog walks from the left of the cat to the right of the cat. That's the trick, chat.",
     "dog", "cat", RIGHTWARD),
    ("REWARD: a dog seen walking from the right of the car to the left of the car, while the car stays still.",
     "dog", "car", LEFTWARD),
    ('(Sung.) "The dog stays still, and a cat runs from the left of the dog to the right of the dog!"',
     "cat", "dog", RIGHTWARD),
    ("The ball stays still, and a cat runs from the right of the ball to the left of the ball. GG.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("WANTED, and seen from above: a moving car driving from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ('Sung, the view from above: "A moving car, from the lower left corner to the upper left corner, then to the upper '
     'right corner!"',
     "car", BL_TL_TR),
    ("Top-down level, chat: moving car from the lower right corner to the lower left corner, then to the upper left "
     "corner.",
     "car", BR_BL_TL),
    ("Last seen from above: a moving car going from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "car", BR_TR_TL),
    ("(The view is from above, looking down.) Sung: a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Seen from above, the any% route: lively cat from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("REWARD, view from above: a lively cat running from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ('Sung, looking down from above: "A lively cat, from the lower right corner to the upper right corner, then to the '
     'upper left corner!"',
     "cat", BR_TR_TL),
    ("Overhead view, chat: flying bird goes from the lower left corner to the lower right corner, then the upper right "
     "corner.",
     "bird", BL_BR_TR),
    ("WANTED, seen from above: a flying bird flying from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "bird", BL_TL_TR),
    ("Sung, as the audience looks down from above: a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("From directly above: flying bird, lower right corner to upper right corner, then to the upper left corner. "
     "Splits holding, chat.",
     "bird", BR_TR_TL),
    ("Last seen from above: a moving ball rolling from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "ball", BL_BR_TR),
    ('Sung, from above: "A moving ball rolls from the lower left corner to the upper left corner, then to the upper '
     'right corner!"',
     "ball", BL_TL_TR),
    ("Top-down section: moving ball from the lower right corner to the lower left corner, then to the upper left "
     "corner. No reset.",
     "ball", BR_BL_TL),
    ("REWARD, view from above: a moving ball rolling from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "ball", BR_TR_TL),
    ("(Seen from above.) And the aria follows a walking dog as it walks from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Overhead view, chat: walking dog from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "dog", BL_TL_TR),
    ("WANTED, seen from above: a walking dog walking from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ('Sung, from above: "A walking dog, from the lower right corner to the upper right corner, then to the upper left '
     'corner!"',
     "dog", BR_TR_TL),
    ("Camera's straight above here: moving car, bottom left corner to bottom right corner, then to the top right "
     "corner.",
     "car", BL_BR_TR),
    ("Last seen from above: a lively cat running from the bottom left corner to the top left corner, then to the top "
     "right corner.",
     "cat", BL_TL_TR),
    ("Seen from above, and sung by the chorus: a flying bird flies from the bottom right corner to the bottom left "
     "corner, then to the top left corner.",
     "bird", BR_BL_TL),
    ("Top-down, chat: moving ball from the lower right corner to the upper right corner, then to the upper left "
     "corner.",
     "ball", BR_TR_TL),
    ("WANTED, view from above: a walking dog walking from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ('Sung, from above: "A moving car drives from the lower left corner to the upper left corner, then to the upper '
     'right corner."',
     "car", BL_TL_TR),
    ("Overhead: lively cat from the lower right corner to the lower left corner, then to the upper left corner. PB "
     "route.",
     "cat", BR_BL_TL),
    ("REWARD, seen from above: a flying bird flying from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Of a moving ball, seen from above, they sing: it rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ("From above, chat: walking dog from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
