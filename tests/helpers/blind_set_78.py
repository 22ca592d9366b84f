"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a grandmother's letter to her grandchild ("My dearest", "Dearest", "Love always, Gran", gentle asides,
  some in brackets), where the writer, the reader, the house and the family are never in the
  video, and the letter only ever describes the clip the grandchild sent;
- a stage hypnotist's patter ("You are getting sleepy...", "deeper and deeper", "when I snap my
  fingers"), where the hypnotist, the volunteers and the stage are never in the video, and what the
  volunteer is told to "see" is exactly what the clip shows;
- a flat-pack furniture assembly manual ("You will need:", "Step A:", "Caution:", "Do not overtighten."),
  with steps lettered and never numbered, where the furniture, its parts and the tools are never in the
  video, and each step states a plain fact about the clip; the manual says "picture" or "screen" rather
  than "frame", since a furniture frame would be a part.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no ordinals, no "twice", no "count of three": the hypnotist
snaps without counting, and the manual needs only patience). No voice uses a colour word for its own
props, no idiom hides a class noun ("early bird", "have a ball") or a side ("all right", "I have left"),
and "still" is only ever said of a relation's second object. A relation names its second object at both
ends and says that object stays still; a route names its corners "lower" and "upper", now and then
"bottom" and "top", and is always seen from above. It takes LVD's attribution pairs 0-29, and two-object
relations 40-49 then 10-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 163/180 on 5e4a56a (numeracy 22, visibility 28, sequential 23, the rest 30); 164/180 on afc75e1, with
every other planner fix of its session but its own (visibility 29); 177/180 after the fixes of its own commit ("Step A:"
letters a step, not a speaker; "the picture must hold four cats" and "there in the picture" make the picture the clip;
"now picture one bird" sees the bird; "not a thing else" denies more things; "do not rush these checks" and "a little
patience" name nothing; "drift up until you are looking down on it all" is the view from above and "below you" the
scene; "sleep now" calms the listener).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("My dearest, you asked what your clip shows, so here it is in your Gran's words: one moving car, on the screen "
     "from start to finish, and nothing else in the picture at all. Love always, Gran",
     "car", 1),
    ("You are getting sleepy... sleepy... and as you sink deeper and deeper, you see two moving cars, there in the "
     "picture from the start to the very end, and nothing else. Nothing else at all.",
     "car", 2),
    ("You will need: patience. Step A: Play the clip from start to finish. Step B: Confirm that it shows three moving "
     "cars and nothing else. Do not go looking for anything more.",
     "car", 3),
    ("My dearest, I watched your clip again after supper. Four moving cars, in view the whole way through, and nothing "
     "else to distract from them (just how I like things). Love always, Gran",
     "car", 4),
    ("Deeper and deeper now... picture a lively cat. Only the one lively cat, in view from start to finish. Nothing "
     "else comes into the picture. When I snap, you will wake and remember it.",
     "cat", 1),
    ("Step A: Check that two lively cats are in the picture. Step B: Keep them in view from the start of the clip to "
     "the end. Step C: Add nothing else. Do not overcrowd the picture.",
     "cat", 2),
    ("Dearest, three lively cats in the clip you sent, tumbling about from start to finish, and not a thing else in "
     "sight. They made your old Gran laugh. Love always, Gran",
     "cat", 3),
    ("You are getting sleepy... your breathing is slow... and now you see four lively cats. They stay in view from "
     "start to finish. There is nothing else. Deeper and deeper.",
     "cat", 4),
    ("You will need: a quiet moment. Step A: Watch for one flying bird. Step B: Confirm it stays in view from start "
     "to finish, with nothing else in the picture.",
     "bird", 1),
    ("Dearest, I do love the clip with the two flying birds in it, there the whole time from beginning to end, and "
     "nothing else to be seen anywhere. Love always, Gran",
     "bird", 2),
    ("Deeper... and deeper... three flying birds, there in the picture from the start to the very end. Nothing else. "
     "Only the flying birds, until I snap and you awaken.",
     "bird", 3),
    ("Step A: Check that four flying birds are in view. Step B: Check that they stay in view for the whole clip. "
     "Step C: Check that nothing else is shown. Do not rush these checks.",
     "bird", 4),
    ("My dearest, the clip you made has one moving ball in it, rolling about from start to finish, and nothing else at "
     "all. Simple things are often best. Love always, Gran",
     "ball", 1),
    ("You are getting sleepy. Watch the two moving balls... watch them... they stay in view from start to finish, and "
     "there is nothing else to see. Deeper and deeper you go.",
     "ball", 2),
    ("Step A: Run the clip from start to finish. Step B: You should see three moving balls, in view the whole time, "
     "and nothing else. Caution: if anything else appears, stop and begin again.",
     "ball", 3),
    ("Dearest, four moving balls, bouncing about in view for the whole clip, and nothing else! It took me back to "
     "your nursery days. Love always, Gran",
     "ball", 4),
    ("When I snap, you will see one walking dog... only the walking dog... in view from the start to the very end. "
     "Nothing else. Deeper and deeper.",
     "dog", 1),
    ("You will need: nothing but attention. Step A: Locate two walking dogs in the picture. Step B: Confirm they "
     "remain in view from start to finish. Nothing else should be shown.",
     "dog", 2),
    ("My dearest, your clip of the three walking dogs is a treat: in view from start to finish, and not another thing "
     "in it. Love always, Gran",
     "dog", 3),
    ("You are getting very sleepy... and in your mind you see four walking dogs, in view the whole clip through. "
     "Nothing else is there. Deeper and deeper.",
     "dog", 4),
    ("Step A: Confirm the clip shows one moving car. Step B: Confirm it stays in the picture from start to finish. "
     "Step C: Confirm nothing else is shown. Do not skip a step.",
     "car", 1),
    ("Dearest, two lively cats, in the picture from start to finish, and nothing else at all: your clip has made my "
     "week. Love always, Gran",
     "cat", 2),
    ("Deeper and deeper... now picture one flying bird, alone in view from start to finish. There is nothing else. "
     "When I snap, you will remember only that.",
     "bird", 1),
    ("You will need: a little patience. Step A: Watch the four moving balls in the picture. Step B: Make sure all of "
     "them stay in view from start to finish and nothing else appears.",
     "ball", 4),
    ("My dearest, what a sweet clip: one walking dog, on the screen from beginning to end and nothing else. I could "
     "watch it all afternoon. Love always, Gran",
     "dog", 1),
    ("You are getting sleepy... three moving cars drift through your mind, in view from start to finish, and nothing "
     "else. Deeper... and deeper.",
     "car", 3),
    ("Caution: the picture must hold four lively cats. Step A: Confirm they are in view for the entire clip. Step B: "
     "Do not add anything else.",
     "cat", 4),
    ("Dearest, you would love this: three flying birds, in the picture from start to finish, with nothing else to see "
     "(I keep showing it off). Love always, Gran",
     "bird", 3),
    ("Deeper and deeper... you see one moving ball, there from start to finish. Just the moving ball. Nothing else at "
     "all.",
     "ball", 1),
    ("Step A: Confirm the clip shows four walking dogs. Step B: Confirm they stay in view from start to finish and "
     "that nothing else is shown. Do not overtighten.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("My dearest, in your clip a blue cat sits beside a white bird, both in the picture from start to finish. Your "
     "grandfather would have adored it. Love always, Gran",
     "cat", "blue", "bird", "white"),
    ("Look into my eyes. Relax. In your mind there is a yellow dog, and next to it lies a green ball, and they are "
     "there for the whole clip. Sleep!",
     "dog", "yellow", "ball", "green"),
    ("Step A: Locate a blue dog in the picture. Step B: Locate an orange car beside it. Both stay in view from start "
     "to finish. Do not overtighten.",
     "dog", "blue", "car", "orange"),
    ("Dearest, a purple ball and a blue car, side by side the whole clip through. Such cheerful colours! Love always, "
     "Gran",
     "ball", "purple", "car", "blue"),
    ("Deeper and deeper... a green dog... a black bird beside it... both in view from start to finish. When I snap my "
     "fingers, you will remember them exactly.",
     "dog", "green", "bird", "black"),
    ("Parts check: a purple ball and a black cat, next to each other on the screen. Step A: Confirm both are in view "
     "from start to finish.",
     "ball", "purple", "cat", "black"),
    ("My dearest, a black car with an orange bird beside it, in the picture all the way through. I watched it again "
     "and again! Love always, Gran",
     "car", "black", "bird", "orange"),
    ("Let every muscle go loose. Good. Now, what do you see? A black ball. And beside it? A purple cat. They stay "
     "with you from start to finish, deeper and deeper.",
     "ball", "black", "cat", "purple"),
    ("You will need: a careful eye. Step A: Find a pink bird in the picture. Step B: Find a brown dog beside it. "
     "Caution: both must stay in view for the whole clip.",
     "bird", "pink", "dog", "brown"),
    ("Dearest, a brown ball lying next to a blue dog, and the pair of them in view from start to finish. Do write "
     "soon. Love always, Gran",
     "ball", "brown", "dog", "blue"),
    ("Deeper and deeper... now see a yellow ball... and a pink dog beside it... there the whole clip. When I snap my "
     "fingers, you will awaken.",
     "ball", "yellow", "dog", "pink"),
    ("Step A: Verify that a pink bird is shown. Step B: Verify that a gray ball is shown beside it. Both should stay in "
     "view from start to finish.",
     "bird", "pink", "ball", "gray"),
    ("My dearest, a gray dog next to a purple car: that is your whole clip, and both are there from start to finish. "
     "Clever you. Love always, Gran",
     "dog", "gray", "car", "purple"),
    ("You are getting sleepy... a green cat... a purple ball beside it... both of them in view the whole clip. "
     "Deeper... and deeper.",
     "cat", "green", "ball", "purple"),
    ("Step A: Identify the green dog. Step B: Identify the gray ball at its side. Caution: both must remain in view "
     "from start to finish.",
     "dog", "green", "ball", "gray"),
    ("Dearest, the yellow ball and the pink bird in your clip sit side by side the whole way through (I showed it to "
     "the neighbours). Love always, Gran",
     "ball", "yellow", "bird", "pink"),
    ("Deeper and deeper... a pink cat... a yellow dog beside it... they stay in view from start to finish. When I "
     "snap my fingers, you will wake.",
     "cat", "pink", "dog", "yellow"),
    ("You will need: a steady eye. Step A: Find a brown car in the picture. Step B: Find a yellow ball beside it. Both "
     "stay in view for the whole clip.",
     "car", "brown", "ball", "yellow"),
    ("My dearest, a brown car with a white dog beside it, both in the picture from start to finish. It reminds me of "
     "our old holidays. Love always, Gran",
     "car", "brown", "dog", "white"),
    ("Your arms are heavy, so heavy... and you are looking at an orange dog sitting by a brown car, the pair of them "
     "in view the whole clip.",
     "dog", "orange", "car", "brown"),
    ("Step A: A brown ball is shown. Step B: An orange cat is shown beside it. Step C: Confirm both stay in view from "
     "start to finish.",
     "ball", "brown", "cat", "orange"),
    ("Dearest, a gray dog with an orange ball at its side, there from beginning to end. I laughed out loud. Love "
     "always, Gran",
     "dog", "gray", "ball", "orange"),
    ("Deeper and deeper... a yellow ball... an orange cat beside it... both in view from start to finish... and when "
     "I snap my fingers, you will remember them.",
     "ball", "yellow", "cat", "orange"),
    ("Step A: Check for a purple dog. Step B: Check for a brown car next to it. Both should be in view the whole clip. "
     "Do not overtighten.",
     "dog", "purple", "car", "brown"),
    ("My dearest, a gray dog sitting by a blue car, both in the picture the whole way through. Give my love to your "
     "mother. Love always, Gran",
     "dog", "gray", "car", "blue"),
    ("You are getting sleepy... a white car... an orange bird beside it... there from start to finish. Deeper and "
     "deeper.",
     "car", "white", "bird", "orange"),
    ("You will need: a moment. Step A: Locate a brown car. Step B: Locate a blue bird beside it. Both remain in view "
     "from start to finish.",
     "car", "brown", "bird", "blue"),
    ("Dearest, a blue car and a yellow cat side by side, and both stay in view the whole clip. Such a cheerful pair! "
     "Love always, Gran",
     "car", "blue", "cat", "yellow"),
    ("When I snap my fingers you will open your eyes on a gray cat with a yellow bird perched beside it, both in "
     "view from start to finish, and you will feel wonderful.",
     "cat", "gray", "bird", "yellow"),
    ("Check contents before assembly: a white dog and, beside it, a black car, in view for the entire clip. If "
     "anything is missing, do not proceed.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("My dearest, for the first half of your clip there is no car at all, and then in the second half a moving car "
     "appears and stays to the end. I did wonder where it was! Love always, Gran",
     "car"),
    ("You are getting sleepy... in the first half, there is no car... and then, in the second half, a moving car "
     "appears... and stays. Deeper and deeper.",
     "car"),
    ("Step A: During the first half of the clip, no car is shown. Step B: In the second half, a moving car appears. "
     "Step C: It stays in view to the end.",
     "car"),
    ("Relax your shoulders. Through the first half you see no cat at all, only calm. Then in the second half a lively "
     "cat appears, and it stays until the end.",
     "cat"),
    ("Caution: no cat is shown in the first half. Step A: In the second half, a lively cat appears. Step B: It remains "
     "in view to the end of the clip.",
     "cat"),
    ("Dearest, I waited through the whole first half for a cat, and none came; then in the second half a lively cat "
     "appeared and stayed to the end. Love always, Gran",
     "cat"),
    ("Step A: Confirm there is no bird in the first half. Step B: Confirm a flying bird appears in the second half and "
     "stays in view until the clip ends.",
     "bird"),
    ("My dearest, no bird at all in the first half of your clip, and then a flying bird appears in the second half "
     "and stays (patience rewarded, as I always say). Love always, Gran",
     "bird"),
    ("When I snap my fingers... the first half... no bird... nothing... and now, in the second half, a flying bird "
     "appears, and it stays with you to the end.",
     "bird"),
    ("Dearest, there is no ball in the first half of your clip; in the second half a moving ball appears and stays to "
     "the end. Love always, Gran",
     "ball"),
    ("You are getting sleepy... there is no ball in the first half... deeper and deeper... then in the second half a "
     "moving ball appears, and it stays.",
     "ball"),
    ("You will need: patience. Step A: Note that the first half shows no ball. Step B: A moving ball appears in the "
     "second half and remains in view to the end.",
     "ball"),
    ("Ladies and gentlemen, watch this volunteer. In the first half there is no dog. In the second half a walking dog "
     "appears, and it stays until the very end.",
     "dog"),
    ("Step A: Confirm the first half contains no dog. Step B: Confirm a walking dog appears in the second half. "
     "Step C: Confirm it stays until the end. Do not overtighten.",
     "dog"),
    ("My dearest, the first half of your clip has no dog in it, and then in the second half a walking dog appears and "
     "stays till the end. What a sweet surprise. Love always, Gran",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Dearest, a moving car is there in the first half of your clip, but in the second half it is gone, no car at "
     "all. Where did it go, I ask you? Love always, Gran",
     "car"),
    ("Deeper and deeper... a moving car in the first half... and in the second half it disappears... no car at all.",
     "car"),
    ("Step A: Confirm a moving car is in view in the first half. Step B: Confirm there is no car in the second half. "
     "Do not overtighten.",
     "car"),
    ("You are getting sleepy... a lively cat is there in the first half... and in the second half it has gone... no "
     "cat... deeper and deeper.",
     "cat"),
    ("Caution: the lively cat is shown in the first half only. Step A: Confirm no cat is in view in the second half.",
     "cat"),
    ("My dearest, your lively cat is there for the first half and then vanishes: no cat in the second half at all. "
     "Off it went, the rascal. Love always, Gran",
     "cat"),
    ("Step A: A flying bird is in view during the first half. Step B: In the second half, no bird is shown. Tighten "
     "by hand only.",
     "bird"),
    ("Dearest, a flying bird in the first half of your clip, and in the second half no bird anywhere. It flew off, I "
     "suppose. Love always, Gran",
     "bird"),
    ("When I snap my fingers, you will see a flying bird in the first half... and in the second half, it is gone... "
     "no bird... deeper and deeper.",
     "bird"),
    ("My dearest, a moving ball rolls about in the first half of your clip, and in the second half there is no ball "
     "at all. Love always, Gran",
     "ball"),
    ("On my signal you will see a moving ball for the first half, and then, in the second half, the ball is gone. "
     "Poof! Deeper and deeper.",
     "ball"),
    ("You will need: a keen eye. Step A: A moving ball is shown in the first half. Step B: No ball is shown in the "
     "second half.",
     "ball"),
    ("Deeper and deeper... a walking dog in the first half... and in the second half, no dog at all... it has "
     "disappeared.",
     "dog"),
    ("Step A: Confirm a walking dog is in view in the first half. Step B: Confirm the dog is gone in the second half. "
     "Caution: it must not return.",
     "dog"),
    ("Dearest, your walking dog is there in the first half and then gone: no dog in the second half. I kept watching "
     "for it. Love always, Gran",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("My dearest, in your clip a moving car drives from the left side of the screen all the way to the right side. "
     "Off it went! Love always, Gran",
     "car", RIGHTWARD),
    ("Follow it with your eyes, only your eyes... a moving car, driving from the right side of the picture to the "
     "left side... and sleep.",
     "car", LEFTWARD),
    ("Step A: A moving car enters on the left side of the screen. Step B: It drives across to the right side. "
     "Do not overtighten.",
     "car", RIGHTWARD),
    ("Dearest, a moving car drives across your clip from the right side of the screen to the left side. Love "
     "always, Gran",
     "car", LEFTWARD),
    ("Deeper and deeper... a moving car, starting on the left side of the picture... driving, driving, all the way "
     "to the right side.",
     "car", RIGHTWARD),
    ("Before you begin: read every step. Step A: A moving car starts on the right side of the screen. Step B: It "
     "drives across and ends on the left side.",
     "car", LEFTWARD),
    ("Dearest, what a busy little clip! A lively cat runs from the left side of the screen to the right side, quick "
     "as anything. Love always, Gran",
     "cat", RIGHTWARD),
    ("When I snap my fingers, a lively cat will run from the right side of the picture to the left side... deeper "
     "and deeper.",
     "cat", LEFTWARD),
    ("Note: this step is quicker with help. Step A: A lively cat appears on the left side of the screen and runs "
     "across to the right side. Keep these instructions for future reference.",
     "cat", RIGHTWARD),
    ("My dearest, in your clip a lively cat dashes from the right side of the screen over to the left side. Love "
     "always, Gran",
     "cat", LEFTWARD),
    ("You are getting sleepy... see the lively cat... it runs across from the left side of the picture to the right "
     "side.",
     "cat", RIGHTWARD),
    ("You will need: a keen eye. Step A: A lively cat starts on the right side of the screen. Step B: It runs to the "
     "left side.",
     "cat", LEFTWARD),
    ("Deeper and deeper... and behind your eyes a flying bird sets off from the left side of the picture and flies "
     "across to the right side.",
     "bird", RIGHTWARD),
    ("Step A: A flying bird begins on the right side of the screen. Step B: It flies across to the left side. Do "
     "not overtighten.",
     "bird", LEFTWARD),
    ("Dearest, a flying bird crosses your clip from the left side of the screen to the right side, wings going the "
     "whole way. Love always, Gran",
     "bird", RIGHTWARD),
    ("Breathe in... and out. Imagine a flying bird crossing the picture, from the right side to the left side. With "
     "every wingbeat you sink deeper.",
     "bird", LEFTWARD),
    ("Step A: Watch a flying bird start on the left side of the screen. Step B: Watch it fly to the right side.",
     "bird", RIGHTWARD),
    ("My dearest, your flying bird goes from the right side of the screen all the way across to the left side. "
     "Lovely. Love always, Gran",
     "bird", LEFTWARD),
    ("Step A: Place the moving ball on the left side of the screen. Step B: Let it roll across to the right side. Do "
     "not overtighten.",
     "ball", RIGHTWARD),
    ("Dearest, I have watched your clip more times than I care to admit: a moving ball rolls from the right side of "
     "the screen over to the left side, and that is all, and it is perfect. Love always, Gran",
     "ball", LEFTWARD),
    ("When I snap my fingers, you will see a moving ball roll from the left side of the picture to the right side... "
     "deeper and deeper.",
     "ball", RIGHTWARD),
    ("Caution: the moving ball rolls from the right side of the screen. Step A: Confirm it reaches the left side.",
     "ball", LEFTWARD),
    ("Your moving ball made me smile, my dearest. It starts on the left side of the screen and rolls and rolls until "
     "it reaches the right side (rather like you on your tricycle). Love always, Gran",
     "ball", RIGHTWARD),
    ("You are getting sleepy... a moving ball... rolling from the right side of the picture across to the left "
     "side... deeper and deeper.",
     "ball", LEFTWARD),
    ("Count nothing, think nothing, only watch a walking dog walk from the left side of the picture over to the right "
     "side.",
     "dog", RIGHTWARD),
    ("Dearest, a walking dog walks across your clip from the right side of the screen to the left side, tail up. "
     "Love always, Gran",
     "dog", LEFTWARD),
    ("Step A: A walking dog sets off from the left side of the screen. Step B: It walks to the right side. Do not "
     "overtighten.",
     "dog", RIGHTWARD),
    ("And now, my friends, the walking dog! See it walk from the right side of the picture across to the left side. "
     "Deeper and deeper.",
     "dog", LEFTWARD),
    ("My dearest, a walking dog ambles across your clip, from the left side of the screen to the right side, in no "
     "hurry at all. Do wrap up warm this winter. Love always, Gran",
     "dog", RIGHTWARD),
    ("You will need: patience. Step A: A walking dog starts on the right side of the screen. Step B: It walks across "
     "to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 10-29, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("My dearest, thank you for the clip. The dog stays still the whole time, patient as you like, while a cat runs from the "
     "left of the dog to the right of the dog. Love always, Gran",
     "cat", "dog", RIGHTWARD),
    ("You are getting sleepy... the dog stays still... and a ball rolls from the right of the dog to the left of the "
     "dog... deeper and deeper.",
     "ball", "dog", LEFTWARD),
    ("Before you begin, check that the bird stays still. Step A: A dog walks from the left of the bird to the right "
     "of the bird. Step B: Stop when the dog reaches the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Dearest, I must tell you about your clip. A bird flies from the right of the cat to the left of the cat, and "
     "the cat, bless it, stays still and lets it go. Love always, Gran",
     "bird", "cat", LEFTWARD),
    ("Deeper and deeper... the bird stays still... and a cat moves from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Caution: the cat stays still throughout. Step A: A bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("My dearest, a dog walks from the left of the cat to the right of the cat, and the cat stays still. Love always, "
     "Gran",
     "dog", "cat", RIGHTWARD),
    ("Let your eyelids close. The dog stays still. A bird flies from the right of the dog to the left of the dog. "
     "Nothing could be more peaceful.",
     "bird", "dog", LEFTWARD),
    ("Important: the cat stays still throughout this step. Step A: A dog walks from the left of the cat to the right "
     "of the cat. Do not force it.",
     "dog", "cat", RIGHTWARD),
    ("Dearest, nothing much happens to the car in your clip (it stays still, parked as neat as you like), but a bird "
     "flies from the right of the car to the left of the car. Love always, Gran",
     "bird", "car", LEFTWARD),
    ("Let go of every thought but this: the car stays still, and a dog walks from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("Step A: The bird stays still. Step B: A ball rolls from the right of the bird to the left of the bird. Do not "
     "overtighten.",
     "ball", "bird", LEFTWARD),
    ("My dearest, a ball rolls from the left of the dog to the right of the dog, and the dog stays still. Love "
     "always, Gran",
     "ball", "dog", RIGHTWARD),
    ("When I snap my fingers, the cat stays still... and a ball rolls from the right of the cat to the left of the "
     "cat.",
     "ball", "cat", LEFTWARD),
    ("You will need: a keen eye. The ball stays still. Step A: A car drives from the left of the ball to the right of "
     "the ball.",
     "car", "ball", RIGHTWARD),
    ("Dearest, I watched it with my tea: a bird flies from the right of the cat to the left of the cat while the cat "
     "stays still. Love always, Gran",
     "bird", "cat", LEFTWARD),
    ("You are getting sleepy... the bird stays still... a dog walks from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("Tip: work on a clean, clear floor. Step A: The cat stays still. Step B: A dog walks from the right of the cat to "
     "the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("My dearest, the car stays still, and a ball rolls from the left of the car all the way to the right of the car. "
     "Your grandfather would have called that a fine roll. Love always, Gran",
     "ball", "car", RIGHTWARD),
    ("Deeper and deeper... a dog walks from the right of the cat to the left of the cat... and the cat stays still.",
     "dog", "cat", LEFTWARD),
    ("Caution: the ball stays still. Step A: A bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Dearest, you asked what I saw. The ball stays still, and a bird flies from the right of the ball to the left of "
     "the ball. That is all, and it is lovely. Love always, Gran",
     "bird", "ball", LEFTWARD),
    ("Deeper now. Is the dog moving? No, the dog stays still. And the bird? It flies from the left of the dog to the "
     "right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Step A: Confirm the car stays still. Step B: Confirm a bird flies from the right of the car to the left of the "
     "car.",
     "bird", "car", LEFTWARD),
    ("My dearest, a car drives from the left of the cat to the right of the cat, and the cat stays still. Love "
     "always, Gran",
     "car", "cat", RIGHTWARD),
    ("When I snap my fingers... the ball stays still... a dog walks from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Step A: The ball stays still. Step B: A cat runs from the left of the ball to the right of the ball. Do not "
     "overtighten.",
     "cat", "ball", RIGHTWARD),
    ("Dearest, in this clip a dog walks from the right of the ball to the left of the ball, and the ball stays still "
     "(I half expected a game of fetch). Love always, Gran",
     "dog", "ball", LEFTWARD),
    ("Now you see a bird, and the bird stays still. And here comes a cat, running from the left of the bird to the "
     "right of the bird. Deeper and deeper.",
     "cat", "bird", RIGHTWARD),
    ("You will need: patience. Step A: The car stays still. Step B: A dog walks from the right of the car to the "
     "left of the car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("My dearest, your clip is seen from above, like looking down from an upstairs window. A moving car drives from "
     "the lower left corner to the lower right corner, then to the upper right corner. Love always, Gran",
     "car", BL_BR_TR),
    ("You are getting sleepy... looking down from above... a moving car drives from the lower left corner to the "
     "upper left corner... then to the upper right corner.",
     "car", BL_TL_TR),
    ("Viewing angle: from directly above. Step A: A moving car drives from the lower right corner to the lower left "
     "corner. Step B: It then drives to the upper left corner. Step C: Check the route before continuing.",
     "car", BR_BL_TL),
    ("Dearest, I had my glasses on this time. In your top-down clip a moving car goes from the lower right corner to "
     "the upper right corner, and then on to the upper left corner. Love always, Gran",
     "car", BR_TR_TL),
    ("Sleep now, and drift up until you are looking straight down on it all. A lively cat runs from the lower left "
     "corner to the lower right corner, and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Step A: Seen from above, a lively cat starts in the lower left corner. Step B: It runs to the upper left "
     "corner. Step C: It ends in the upper right corner.",
     "cat", BL_TL_TR),
    ("My dearest, from overhead, your lively cat runs from the lower right corner to the lower left corner, then up to "
     "the upper left corner. Love always, Gran",
     "cat", BR_BL_TL),
    ("You are getting sleepy... seen from above... a lively cat goes from the lower right corner to the upper right "
     "corner... and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("You will need: a top-down view. Step A: A flying bird flies from the lower left corner to the lower right "
     "corner. Step B: It then flies to the upper right corner.",
     "bird", BL_BR_TR),
    ("Dearest, seen from directly above, a flying bird goes from the lower left corner to the upper left corner, and "
     "finishes in the upper right corner. How do you make these? Love always, Gran",
     "bird", BL_TL_TR),
    ("You are above it all now, weightless, looking down. A flying bird sets off from the lower right corner, flies "
     "to the lower left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Step A: View from above. Step B: A flying bird starts in the lower right corner and flies to the upper right "
     "corner. Step C: It ends in the upper left corner.",
     "bird", BR_TR_TL),
    ("My dearest, in your clip seen from above, a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner. Love always, Gran",
     "ball", BL_BR_TR),
    ("You are getting sleepy... top-down... a moving ball rolls from the lower left corner to the upper left "
     "corner... then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Step A: Seen from above, a moving ball rolls from the lower right corner to the lower left corner. Step B: It "
     "rolls on to the upper left corner.",
     "ball", BR_BL_TL),
    ("Looked at from overhead, dearest, your moving ball rolls from the lower right corner up to the upper right "
     "corner and then along to the upper left corner. Love always, Gran",
     "ball", BR_TR_TL),
    ("Deeper and deeper... seen from directly above... a walking dog walks from the lower left corner to the lower "
     "right corner... then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Orientation: all steps are seen from above. Step A: A walking dog walks from the lower left corner to the upper "
     "left corner. Step B: It walks on to the upper right corner.",
     "dog", BL_TL_TR),
    ("My dearest, seen from above, a walking dog goes from the lower right corner to the lower left corner and then "
     "to the upper left corner. Love always, Gran",
     "dog", BR_BL_TL),
    ("You are getting sleepy... from overhead, a walking dog walks from the lower right corner to the upper right "
     "corner... then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Step A: Seen from above, a moving car drives from the bottom left corner to the bottom right corner. Step B: "
     "It ends in the top right corner.",
     "car", BL_BR_TR),
    ("Dearest, from directly above, a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner. Love always, Gran",
     "cat", BL_TL_TR),
    ("Deeper and deeper... seen from above... a flying bird flies from the bottom right corner to the bottom left "
     "corner... then to the top left corner.",
     "bird", BR_BL_TL),
    ("You will need: a top-down view. Step A: A moving ball rolls from the lower right corner to the upper right "
     "corner. Step B: It rolls on to the upper left corner.",
     "ball", BR_TR_TL),
    ("My dearest, a walking dog, seen from overhead, takes a stroll: the lower left corner first, then the lower "
     "right corner, then the upper right corner. Sensible dog. Love always, Gran",
     "dog", BL_BR_TR),
    ("Float up, up, and look down from above. Below you a moving car drives from the lower left corner to the upper "
     "left corner, and on to the upper right corner. Sleep.",
     "car", BL_TL_TR),
    ("Step A: Seen from directly above, a lively cat runs from the lower right corner to the lower left corner. "
     "Step B: It ends in the upper left corner.",
     "cat", BR_BL_TL),
    ("Dearest, seen from above, a flying bird flies from the lower right corner to the upper right corner, then "
     "across to the upper left corner. Love always, Gran",
     "bird", BR_TR_TL),
    ("And look down, from high above, at a moving ball. Lower left corner... lower right corner... upper right "
     "corner. Deeper with every corner it reaches.",
     "ball", BL_BR_TR),
    ("Step A: View the clip from overhead. Step B: A walking dog walks from the lower left corner to the upper left "
     "corner. Step C: It ends in the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
