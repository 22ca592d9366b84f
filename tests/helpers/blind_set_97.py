"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a video-game boss taunting the player ("Mwahaha!", "puny hero", "foolish mortal", "behold", "game
  over"), where the boss, the hero, the quest and the boss's realm are never in the video, and what the
  boss boasts of or sets against the hero is the clip;
- a surfer dude ("dude", "bro", "brah", "gnarly", "stoked", "pure vibes"), where the surfer, the board and
  the waves are never in the video, and the sight he is stoked about is the clip;
- a kindergarten teacher on a field trip ("friends", "looking eyes", "inside voices", "can we count?"),
  where the teacher, the children and the trip are never in the video, and what the class is asked to
  look at is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
waves, boards, minions or children's things beside the count) and put no other number word beside it
(no "level one", no "first", no "hang ten", no "a couple of"). No voice gives its own props a colour or a
count (no health bars, no sea, no orange slices), no idiom hides a class noun or a side (no "catch", no
"scaredy-cat", no "that's right", "all right" or "nothing left"), "half" is only said of the clip's
halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second object
(the teacher never asks the class to stand still). A relation names its second object at both ends and
says that object stays still; a route is always seen from above. It takes LVD's attribution pairs 60-89
and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 173/180 on 6b7fb3e (numeracy 27, visibility 29, dynamic_one 29, dynamic_two 28, the rest 30); 180/180
after the fixes of its own commits (a question to the listeners, "Who can point to the flying bird?", names the thing
the next sentence brings in once, or names it where only "It flies ..." follows; "nothing else shall enter" is a fence,
no late arrival; "The car? Drives from ..." is one statement; a surfer's "Paddling out, and what do I see, dude?" names
nothing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Mwahaha! Behold, puny hero: one moving car, in view from the start of the clip to its end, and nothing else. "
     "Tremble.",
     "car", 1),
    ("Dude. Two moving cars, cruising through the clip from start to finish, and like, nothing else in there. Stoked.",
     "car", 2),
    ("Okay, friends, looking eyes on! Can we count three moving cars? They're in view from the start to the end, and "
     "there's nothing else to see.",
     "car", 3),
    ("You dare look upon my creation? Four moving cars, from the clip's opening to its close, and nothing else. Your "
     "quest ends here.",
     "car", 4),
    ("Whoa, gnarly, bro: one lively cat, just hanging out in view from start to finish, and nothing else. Totally "
     "mellow.",
     "cat", 1),
    ("Inside voices, please! Two lively cats, and they stay in view the whole clip. Nothing else is in it. Aren't they "
     "sweet?",
     "cat", 2),
    ("Foolish mortal! Three lively cats guard this clip from start to finish, and nothing else dares appear.",
     "cat", 3),
    ("Four lively cats, brah, from the very start of the clip to the end. Nothing else. Just cats. Radical.",
     "cat", 4),
    ("Who can point to the flying bird? Just one flying bird, friends, in view from start to finish, and nothing else.",
     "bird", 1),
    ("Behold my winged sentries: two flying birds, in view from the start of the clip to its end, and nothing else. "
     "Mwahaha!",
     "bird", 2),
    ("Check it, dude, three flying birds up there the whole clip, start to finish, and nothing else around. Epic.",
     "bird", 3),
    ("Let's count together, friends: four flying birds! They're there from the beginning of the clip to the end, and "
     "nothing else is.",
     "bird", 4),
    ("One moving ball. From start to finish, nothing else. That is all you will face, hero, and it will be enough.",
     "ball", 1),
    ("Bro, two moving balls just rolling around the whole clip, start to finish. Nothing else in there, totally chill.",
     "ball", 2),
    ("Eyes up here, please. In this clip: three moving balls, from start to finish, and nothing else. Can you count "
     "them with me?",
     "ball", 3),
    ("Kneel before four moving balls! They remain from the clip's beginning to its end, and nothing else shall enter. "
     "Game over.",
     "ball", 4),
    ("Stoked on this: one walking dog, in view from start to finish, and that's it, nothing else, dude.",
     "dog", 1),
    ("Shh, quiet feet! Two walking dogs, visible for the whole clip, and nothing else. Let's wave hello.",
     "dog", 2),
    ("Three walking dogs, puny hero, from the opening of the clip to its close. Nothing else. Did you expect mercy?",
     "dog", 3),
    ("Gnarly, brah! Four walking dogs cruising through the whole clip, start to finish, nothing else at all.",
     "dog", 4),
    ("Friends, who sees the moving car? There's just one moving car, from the start of the clip to the end, and "
     "nothing else.",
     "car", 1),
    ("Mwahaha, you thought this would be easy? Two lively cats, start to finish, and nothing else. Prepare yourself.",
     "cat", 2),
    ("Dude, one flying bird, soaring the whole clip, start to finish, and nothing else out there. Pure vibes.",
     "bird", 1),
    ("Hands in laps, please. Four moving balls, in view the whole clip from start to finish, and nothing else. Can you "
     "count them?",
     "ball", 4),
    ("Only one walking dog, hero, in view from start to finish, and nothing else. Pathetic? Try to defeat it.",
     "dog", 1),
    ("Whoa, three moving cars, bro, the whole clip long, start to finish. Nothing else. Rad.",
     "car", 3),
    ("What do we see, friends? Four lively cats! They stay in view from start to finish, and nothing else joins them.",
     "cat", 4),
    ("Three flying birds, bound to my will, hover from the clip's start to its end. Nothing else. Behold!",
     "bird", 3),
    ("Like, one moving ball the whole clip, dude, start to finish, and nothing else in the frame. Mellow.",
     "ball", 1),
    ("Quiet mouths, friends: three walking dogs, in view from start to finish, and nothing else. Let's count them "
     "together.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Behold, hero: a brown bird and a black ball, side by side, there from the start of the clip to its end. Mwahaha!",
     "bird", "brown", "ball", "black"),
    ("Dude, a brown bird chilling next to a blue cat, both in view the whole clip. So rad.",
     "bird", "brown", "cat", "blue"),
    ("Look, friends! A blue bird next to a red car. They stay in view the whole time. Who can tell me the colours?",
     "bird", "blue", "car", "red"),
    ("You face a purple ball and a pink cat beside it, from the start of the clip to its end. Foolish mortal, did you "
     "think it would be easy?",
     "ball", "purple", "cat", "pink"),
    ("Bro, a yellow dog and a red cat, side by side, start to finish. Gnarly colours, dude.",
     "dog", "yellow", "cat", "red"),
    ("Use your looking eyes: there's a green bird beside a yellow dog, and both are in view from the beginning to the "
     "end.",
     "bird", "green", "dog", "yellow"),
    ("A gray car, and beside it a red cat, in view the whole clip. These are my guardians, hero. Tremble.",
     "car", "gray", "cat", "red"),
    ("Whoa, a red bird next to a black cat, the whole clip, start to finish. Stoked, brah.",
     "bird", "red", "cat", "black"),
    ("Friends, can you find the white bird? It's beside an orange cat, and they're both there from start to finish.",
     "bird", "white", "cat", "orange"),
    ("Mwahaha! A green bird perches beside a black ball, and both stay in view from start to finish. Your doom awaits.",
     "bird", "green", "ball", "black"),
    ("A white cat and a purple bird hanging out together the whole clip. Totally tubular, dude.",
     "cat", "white", "bird", "purple"),
    ("Who sees a green bird? And next to it, a purple dog! Both are in view from start to finish. Nice looking, "
     "everybody.",
     "bird", "green", "dog", "purple"),
    ("Gaze upon an orange bird beside a brown car, puny hero, from the clip's opening to its close.",
     "bird", "orange", "car", "brown"),
    ("Dude, a blue car with a brown bird beside it, both in the clip start to finish. Epic.",
     "car", "blue", "bird", "brown"),
    ("Okay, friends, a red dog and a purple cat are sitting side by side, from the start of the clip to the end. "
     "Aren't those silly colours?",
     "dog", "red", "cat", "purple"),
    ("You dare? A purple dog and a brown cat beside it stand against you the whole clip. Game over.",
     "dog", "purple", "cat", "brown"),
    ("Gnarly: a black cat chilling next to a blue ball, both in view from start to finish, bro.",
     "cat", "black", "ball", "blue"),
    ("Look at the yellow cat, friends, and the black dog beside it! They're both there for the whole clip.",
     "cat", "yellow", "dog", "black"),
    ("Behold a green cat, and beside it a white bird, both mine, both in view from start to finish. Mwahaha!",
     "cat", "green", "bird", "white"),
    ("Whoa, dude, a purple car and a pink cat side by side the whole clip. Like, so rad.",
     "car", "purple", "cat", "pink"),
    ("Who can tell me what colour the bird is? It's a purple bird, and beside it a red dog, both in view from start to "
     "finish.",
     "bird", "purple", "dog", "red"),
    ("A red dog sits beside a yellow car, hero, from the clip's start to its end. You shall pass neither.",
     "dog", "red", "car", "yellow"),
    ("Bro! An orange dog next to a brown car, both hanging out from start to finish. Stoked.",
     "dog", "orange", "car", "brown"),
    ("Friends, there's a gray cat, and next to it an orange dog, and both stay in view the whole clip. Say hello!",
     "cat", "gray", "dog", "orange"),
    ("A green ball and a pink dog beside it await you from start to finish. Foolish mortal, your quest ends here.",
     "ball", "green", "dog", "pink"),
    ("Dude, a white dog with a pink bird beside it, chilling the whole clip start to finish. Pure vibes.",
     "dog", "white", "bird", "pink"),
    ("Look, everybody: a purple car with a gray ball beside it. They're there from the start of the clip to the end.",
     "car", "purple", "ball", "gray"),
    ("Mwahaha! A yellow dog and a brown cat, side by side, in view from start to finish. Kneel.",
     "dog", "yellow", "cat", "brown"),
    ("Whoa, brah, a brown ball next to a green cat, both in view from start to finish. Gnarly.",
     "ball", "brown", "cat", "green"),
    ("Okay, eyes up here, friends: a brown cat beside an orange car, both in view the whole clip. Can you say their "
     "colours?",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("No car in the first half, hero. Then, in the second half, a moving car appears and stays to the end. Surprise! "
     "Mwahaha!",
     "car"),
    ("Dude, the first half has no car, but in the second half a moving car shows up and sticks around till the end.",
     "car"),
    ("Friends, do you see a car? Not in the first half! In the second half a moving car appears, and it stays until "
     "the end.",
     "car"),
    ("No cat for the first half, bro. Then, second half, a lively cat pops in and hangs out till the end. Rad.",
     "cat"),
    ("Patience, friends. There's no cat in the first half, but in the second half a lively cat appears and stays to "
     "the end.",
     "cat"),
    ("You thought the first half was safe? There was no cat. In the second half a lively cat appears and stays to the "
     "end!",
     "cat"),
    ("Look up, friends. In the first half there's no bird. In the second half a flying bird appears and stays with us "
     "to the end.",
     "bird"),
    ("The first half: no bird, and you grew careless. The second half: a flying bird appears, and it stays until the "
     "end.",
     "bird"),
    ("First half, no bird, dude. Second half, a flying bird cruises in and stays all the way to the end. Stoked.",
     "bird"),
    ("Mwahaha! A moving ball appears only in the second half and stays to the end; in the first half there is no ball.",
     "ball"),
    ("Bro, no ball in the first half. Second half? A moving ball appears and stays to the end. Gnarly.",
     "ball"),
    ("Who can tell me when the ball shows up? Not in the first half, there's no ball. In the second half a moving ball "
     "appears and stays to the end.",
     "ball"),
    ("Dude, no dog in the first half, and then in the second half a walking dog appears and stays till the end. Epic.",
     "dog"),
    ("Friends, no dog yet in the first half. In the second half, a walking dog appears! It stays to the end.",
     "dog"),
    ("In the first half, no dog. In the second half my walking dog appears, hero, and stays until the end. Run.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Dude, a moving car in the first half, and then in the second half it's gone, no car at all.",
     "car"),
    ("Friends, there's a moving car in the first half. In the second half it's gone: no car. Can you wave bye-bye?",
     "car"),
    ("A moving car in the first half, hero. In the second half? Gone. No car. Your escape, vanished. Mwahaha!",
     "car"),
    ("Look quick, friends: a lively cat in the first half, and in the second half no cat at all. Where did it go?",
     "cat"),
    ("See the lively cat in the first half? Enjoy it. In the second half it is gone, and there is no cat.",
     "cat"),
    ("Bro, a lively cat in the first half, then poof, second half, no cat. Wild.",
     "cat"),
    ("A flying bird in the first half; no bird in the second half. It fled from me, hero, as you shall not.",
     "bird"),
    ("Flying bird in the first half, dude. Second half, it's gone, no bird anywhere. Bummer.",
     "bird"),
    ("A flying bird visits us in the first half, friends, and in the second half there's no bird. Bye-bye, bird!",
     "bird"),
    ("Whoa, a moving ball in the first half, brah, and in the second half it's gone. No ball. Gnarly.",
     "ball"),
    ("Friends, watch the moving ball in the first half. In the second half it's gone, and there's no ball.",
     "ball"),
    ("A moving ball in the first half. In the second half no ball remains. Thus do all things vanish before me!",
     "ball"),
    ("A walking dog is here in the first half, friends. In the second half the dog is gone, no dog anywhere.",
     "dog"),
    ("Mwahaha! The walking dog in the first half cannot save you; in the second half it is gone, and there is no dog.",
     "dog"),
    ("Bro, a walking dog in the first half, then in the second half, no dog. Gone. Totally.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Behold, a moving car crosses from the left side of the frame to the right side. You will never reach it, hero.",
     "car", RIGHTWARD),
    ("Dude, a moving car cruising from the right side of the frame over to the left side. Smooth.",
     "car", LEFTWARD),
    ("Friends, watch the moving car go from the left side of the frame to the right side. Vroom!",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side drives a moving car. Flee while you can!",
     "car", LEFTWARD),
    ("Whoa, a moving car rolls from the left side of the frame to the right side, bro.",
     "car", RIGHTWARD),
    ("Who sees the moving car? It drives from the right side of the frame to the left side. Wave!",
     "car", LEFTWARD),
    ("My lively cat runs from the left side of the frame to the right side. Mwahaha, too fast for you!",
     "cat", RIGHTWARD),
    ("Bro, a lively cat just dashing from the right side of the frame to the left side. Gnarly speed.",
     "cat", LEFTWARD),
    ("Look, friends, a lively cat runs from the left side of the frame to the right side! Quick feet!",
     "cat", RIGHTWARD),
    ("A lively cat, hero, darting from the right side of the frame to the left side. Foolish to chase it.",
     "cat", LEFTWARD),
    ("Dude, a lively cat sprints from the left side of the frame to the right side. Stoked.",
     "cat", RIGHTWARD),
    ("Friends, the lively cat runs from the right side of the frame to the left side. Where is it going?",
     "cat", LEFTWARD),
    ("A flying bird soars from the left side of the frame to the right side, beyond your reach, hero.",
     "bird", RIGHTWARD),
    ("Whoa, a flying bird gliding from the right side of the frame over to the left side. Like surfing the sky, bro.",
     "bird", LEFTWARD),
    ("Look up, friends! A flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("From the right side of the frame a flying bird flees to the left side. Even it fears me!",
     "bird", LEFTWARD),
    ("Dude, a flying bird cruising from the left side of the frame to the right side. Pure vibes.",
     "bird", RIGHTWARD),
    ("Who can follow the flying bird with a finger? It flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Mwahaha! A moving ball rolls from the left side of the frame to the right side. Dodge it if you can.",
     "ball", RIGHTWARD),
    ("Bro, a moving ball rolling from the right side of the frame to the left side. Mellow.",
     "ball", LEFTWARD),
    ("Friends, the moving ball rolls from the left side of the frame to the right side. Roll, roll, roll!",
     "ball", RIGHTWARD),
    ("A moving ball, hero, rolling from the right side of the frame to the left side. It rolls toward your doom.",
     "ball", LEFTWARD),
    ("Whoa, a moving ball rolls from the left side of the frame across to the right side, dude.",
     "ball", RIGHTWARD),
    ("Let's watch the moving ball roll from the right side of the frame to the left side. Good watching, friends!",
     "ball", LEFTWARD),
    ("My walking dog walks from the left side of the frame to the right side. Tremble, hero.",
     "dog", RIGHTWARD),
    ("Dude, a walking dog strolling from the right side of the frame to the left side. So mellow.",
     "dog", LEFTWARD),
    ("Friends, here's a walking dog. It walks from the left side of the frame to the right side. Can you walk like "
     "that?",
     "dog", RIGHTWARD),
    ("A walking dog, from the right side of the frame to the left side. It patrols my realm, hero.",
     "dog", LEFTWARD),
    ("Bro, a walking dog walks from the left side of the frame to the right side. Chill.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side, friends. Quiet feet, just like us.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still, hero, and a dog walks from the left of the car to the right of the car. Mwahaha!",
     "dog", "car", RIGHTWARD),
    ("Dude, dig it: the bird stays still, just chilling, while a ball rolls from the right of the bird to the left of "
     "the bird.",
     "ball", "bird", LEFTWARD),
    ("Friends, the dog stays still, and a ball rolls from the left of the dog to the right of the dog. Good dog!",
     "ball", "dog", RIGHTWARD),
    ("A ball rolls from the right of the cat to the left of the cat, and the cat stays still. Even it fears me.",
     "ball", "cat", LEFTWARD),
    ("Bro, the ball? Stays still. The car? Drives from the left of the ball to the right of the ball. Rad.",
     "car", "ball", RIGHTWARD),
    ("Look, friends: the cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Behold: the bird stays still as a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Whoa, a dog walks from the right of the cat to the left of the cat, and the cat stays still. Chill.",
     "dog", "cat", LEFTWARD),
    ("Hold your buddy's hand, friends, and look: the car stays still, and a ball rolls from the left of the car to the "
     "right of the car.",
     "ball", "car", RIGHTWARD),
    ("The cat stays still. A dog walks from the right of the cat to the left of the cat. Your move, hero.",
     "dog", "cat", LEFTWARD),
    ("Paddling out, and what do I see, dude? The ball stays still, and a bird flies from the left of the ball to the "
     "right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Who sees the bird? It flies from the right of the ball to the left of the ball, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Does the dog flinch? No. The dog stays still, hero, while a bird flies from the left of the dog to the right of "
     "the dog.",
     "bird", "dog", RIGHTWARD),
    ("Bro, the car stays still and a bird flies from the right of the car to the left of the car. Epic.",
     "bird", "car", LEFTWARD),
    ("Friends, the cat stays still, and a car drives from the left of the cat to the right of the cat. Careful, car!",
     "car", "cat", RIGHTWARD),
    ("Mwahaha! The ball stays still as a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("A cat runs, bro, from the left of the ball to the right of the ball, and the ball just stays still. Tubular.",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball, friends, and the ball stays still.",
     "dog", "ball", LEFTWARD),
    ("Witness, hero: from the left of the bird to the right of the bird a cat runs, and the bird stays still. Mwahaha!",
     "cat", "bird", RIGHTWARD),
    ("Whoa, the car stays still, and a dog walks from the right of the car to the left of the car, brah.",
     "dog", "car", LEFTWARD),
    ("Look, friends: the ball stays still and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still. A bird flies from the right of the ball to the left of the ball. Foolish hero!",
     "bird", "ball", LEFTWARD),
    ("Dude, a car drives from the left of the ball to the right of the ball, and the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("Friends, the dog stays still while a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog walks from the left of the car to the right of the car, and the car stays still. Kneel, hero.",
     "dog", "car", RIGHTWARD),
    ("Bro, the ball stays still as a bird flies from the right of the ball to the left of the ball. Gnarly.",
     "bird", "ball", LEFTWARD),
    ("Friends, who remembers our walking rules? The cat stays still, and a dog walks from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Behold, the car stays still while a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Sick wave, and then this, dude: the dog stays still and a cat runs from the left of the dog to the right of the "
     "dog.",
     "cat", "dog", RIGHTWARD),
    ("Who can see the cat? It runs from the right of the ball to the left of the ball, and the ball stays still.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("From above, hero, you watch my moving car drive from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Dude, seen from above: a moving car goes from the lower left corner up to the upper left corner, then over to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("Friends, we're looking down from above! A moving car drives from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Looking down from above: a moving car starts in the lower right corner, drives to the upper right corner, and "
     "ends in the upper left corner. Mwahaha!",
     "car", BR_TR_TL),
    ("Bro, overhead view: a lively cat runs from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "cat", BL_BR_TR),
    ("From above, friends, a lively cat runs from the lower left corner to the upper left corner, then to the upper "
     "right corner. Zoom!",
     "cat", BL_TL_TR),
    ("Seen from above, my lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner. Follow if you dare.",
     "cat", BR_BL_TL),
    ("Whoa, from above, dude: a lively cat runs from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "cat", BR_TR_TL),
    ("Let's pretend we're looking down from above, friends. A flying bird flies from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("From above, hero: a flying bird flies from the lower left corner to the upper left corner, then to the upper "
     "right corner. Reach it? Never.",
     "bird", BL_TL_TR),
    ("Top-down view, bro: a flying bird flies from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "bird", BR_BL_TL),
    ("Friends, this is seen from above: a flying bird starts at the lower right corner, flies to the upper right "
     "corner, and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Mwahaha! Viewed from above, a moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("Dude, looking straight down from above, a moving ball rolls from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "ball", BL_TL_TR),
    ("From above, friends, watch a moving ball roll from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner. Your doom rolls with it.",
     "ball", BR_TR_TL),
    ("Bro, from above: a walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner. Chill.",
     "dog", BL_BR_TR),
    ("Friends, from up above, a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "dog", BL_TL_TR),
    ("Viewed from above, my walking dog patrols from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ("Whoa, overhead shot, dude: a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("Seen from above, friends: a moving car drives from the bottom left corner to the bottom right corner, then to "
     "the top right corner.",
     "car", BL_BR_TR),
    ("From above, hero! A lively cat runs from the bottom left corner to the top left corner, then to the top right "
     "corner.",
     "cat", BL_TL_TR),
    ("Dude, from above: a flying bird from the lower right corner to the lower left corner, then on to the upper left "
     "corner.",
     "bird", BR_BL_TL),
    ("Who can follow the moving ball from above? It rolls from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner. You cannot stop it.",
     "dog", BL_BR_TR),
    ("Bro, from above, a moving car cruises from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "car", BL_TL_TR),
    ("Looking down from above, friends: a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Behold from above: a flying bird flies from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "bird", BR_TR_TL),
    ("Top-down, dude: a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner. Stoked.",
     "ball", BL_BR_TR),
    ("From above, friends: a walking dog walks from the lower left corner to the upper left corner, then to the upper "
     "right corner. Good walking!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
