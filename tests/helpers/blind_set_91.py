"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a dating-app profile ("about me", "looking for", "swipe", "my love language", "DM me"), where the writer,
  the match and the phone are never in the video, and what the profile shows off is the clip itself; it
  never swipes towards a side and never waves a coloured flag;
- a diner waitress calling orders to the kitchen ("order up", "hon", "Sal", "heard?", "on the fly"), where
  the waitress, the cook, the kitchen and the food are never in the video, and the order she calls is the
  clip; she names no table or ticket by number and no dish by a colour or a side;
- a preacher's sermon from the pulpit ("brothers and sisters", "can I get an amen", "hallelujah", "the
  Word"), where the preacher, the pulpit and the congregation are never in the video, and the sign the
  sermon points to is the clip; the sermon quotes no verse that would bring a creature or a stillness of
  its own.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
kitchen, plate, pulpit or phone beside the count) and put no other number word beside it (no "first date",
no "a couple of", no "eighty-six", no "both"). No voice gives its own props a colour (no flags, plates or
robes), no idiom hides a class noun or a side ("swipe right", "hot dog", "catfish", "comin' right up" and
"what's left" are never written), "half" is only said of the clip's halves, "upper", "lower" and "corner"
only of a route, and "still" only of a relation's second object. A relation names its second object at
both ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 20-49 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 174/180 on fd7de27 (numeracy 28, attribution 29, visibility 28, sequential 29, the rest 30), kept off
main until its fixes were in; 180/180 after the fixes of its own commits (a storyteller's "And" opening a sentence lists
no presenter with the counted things; a saying with its "that" left out, "the Word says the cat ... is gone", keeps its
speaker out; a call for the listeners to answer, "let the people say amen:", names no people; "on the fly" names no fly
and "'em" is "them"; a bare "-ing" thing after a heading's colon, "overhead: moving ball from ...", starts its route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("About me: I like a simple clip. One moving car, there from start to finish, and nothing else in it. If "
     "that's your vibe, say hi.",
     "car", 1),
    ("Order up, Sal! Two moving cars, in view from the start of the clip to the end, and nothing else on it, hon.",
     "car", 2),
    ("Brothers and sisters, behold: three moving cars, present from the beginning of the clip to its end, and "
     "nothing else beside them. Can I get an amen?",
     "car", 3),
    ("Looking for a match who appreciates four moving cars in view the whole clip long. Nothing else. That's the "
     "whole profile.",
     "car", 4),
    ("Hallelujah! One lively cat, from the opening of the clip to its close, and the Word says nothing else need "
     "be there.",
     "cat", 1),
    ("Sal, you listening? I need two lively cats, start to finish, nothing else with 'em. Heard?",
     "cat", 2),
    ("My love language? Three lively cats in view from start to finish, and absolutely nothing else in the "
     "clip.",
     "cat", 3),
    ("And the Lord showed me four lively cats, and they stayed from the start of the clip to the end, and "
     "nothing else did He show me. Glory!",
     "cat", 4),
    ("On the fly, hon: one flying bird, in the clip the whole time, nothing else. Don't make me ask again.",
     "bird", 1),
    ("Swipe if you want to see two flying birds, in view from start to finish, and nothing else at all. DM me.",
     "bird", 2),
    ("Can I get an amen for three flying birds? There from the start of the clip to its end, brothers and "
     "sisters, with nothing else beside them.",
     "bird", 3),
    ("Order in: four flying birds, there for the whole clip, and nothing else, Sal. Make it quick.",
     "bird", 4),
    ("Not gonna lie, I'm simple: one moving ball, in view from start to finish, and nothing else in the clip.",
     "ball", 1),
    ("Hear me now, sisters and brothers: two moving balls, from the clip's beginning to its end, and nothing "
     "else. Praise be.",
     "ball", 2),
    ("Three moving balls, Sal, there the whole clip through, nothing else! Walkin' it in myself if I have to.",
     "ball", 3),
    ("Swipe on this if you like four moving balls, in view from start to finish, nothing else in the clip. "
     "Message me.",
     "ball", 4),
    ("Order up, hon: one walking dog, in view from start to finish, and nothing else.",
     "dog", 1),
    ("The Word is plain, brothers and sisters: two walking dogs, from the start of the clip to the end, and "
     "nothing else. Say amen.",
     "dog", 2),
    ("Ideal Sunday? Three walking dogs, on screen from start to finish, and nothing else to see. Swipe if that "
     "sounds good.",
     "dog", 3),
    ("Sal! Four walking dogs, whole clip long, nothing else. And I mean nothing else, sugar.",
     "dog", 4),
    ("Hallelujah, there they are: four moving cars, in view from the opening of the clip to its close, and "
     "nothing else beside them.",
     "car", 4),
    ("Pickin' up: two lively cats, start to finish, and nothing else, Sal. Heard?",
     "cat", 2),
    ("What I'm looking for: one flying bird in view from start to finish, and nothing else in the clip. Easy.",
     "bird", 1),
    ("Let the people say amen: two moving balls, there from start to finish, and nothing else in the "
     "clip.",
     "ball", 2),
    ("Gimme one walking dog, hon, start to finish, nothing else on the order.",
     "dog", 1),
    ("Fun fact about me: my perfect clip is three moving cars, in view from start to finish, with nothing "
     "else.",
     "car", 3),
    ("Sal, three lively cats, in view the whole clip, nothing else. Hurry it along, hon.",
     "cat", 3),
    ("Glory! Four flying birds, from beginning to end of the clip, and nothing else, brothers and sisters. Can I "
     "get a witness?",
     "bird", 4),
    ("Three moving balls from start to finish, nothing else in the clip. That's it, that's the bio.",
     "ball", 3),
    ("And the Lord brought forth four walking dogs, and they stayed the whole clip, and there was nothing "
     "else. Amen.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("About me: a brown ball and an orange cat, side by side, in view from start to finish. Swipe if you get it.",
     "ball", "brown", "cat", "orange"),
    ("Order up, Sal: a gray dog with an orange ball next to it, the whole clip, start to finish. Heard?",
     "dog", "gray", "ball", "orange"),
    ("Brothers and sisters, look upon a yellow ball, and beside it an orange cat, there from the start of the clip "
     "to its end. Can I get an amen?",
     "ball", "yellow", "cat", "orange"),
    ("Looking for someone to watch this with: a purple dog sitting beside a brown car, both in view the whole clip.",
     "dog", "purple", "car", "brown"),
    ("Hon, this is an easy order: a gray dog next to a blue car, both on it from start to finish.",
     "dog", "gray", "car", "blue"),
    ("Hallelujah! A white car, and beside it an orange bird, and neither departs from the clip from beginning to "
     "end.",
     "car", "white", "bird", "orange"),
    ("My love language is a brown car with a blue bird perched beside it, in view from start to finish. DM me.",
     "car", "brown", "bird", "blue"),
    ("Sal! Blue car, yellow cat next to it, whole clip. Both of 'em, start to finish, sugar.",
     "car", "blue", "cat", "yellow"),
    ("And the Word showed a gray cat beside a yellow bird, brothers and sisters, from the opening of the clip to "
     "its close. Glory!",
     "cat", "gray", "bird", "yellow"),
    ("Ideal Sunday: a white dog lounging next to a black car, both in the clip from start to finish. Say hi.",
     "dog", "white", "car", "black"),
    ("On the fly: a red car, brown bird beside it, in view the whole time. Walkin' it in, Sal.",
     "car", "red", "bird", "brown"),
    ("Can I get a witness? A purple cat and a green car, side by side, there from beginning to end of the clip.",
     "cat", "purple", "car", "green"),
    ("Not here for games. Just a gray car and an orange dog beside it, on screen from start to finish.",
     "car", "gray", "dog", "orange"),
    ("Sal, I need a red cat, and a gray dog sitting beside it. Whole clip, start to finish. You got that?",
     "cat", "red", "dog", "gray"),
    ("Praise be, sisters and brothers: a red dog beside a gray car, both of them in view from the start of the "
     "clip to the end.",
     "dog", "red", "car", "gray"),
    ("Swipe if this is you: a purple dog next to a yellow car, both in view for the whole clip.",
     "dog", "purple", "car", "yellow"),
    ("Order in: red cat, gray ball beside her, the whole clip through. Pick up when it's ready, hon.",
     "cat", "red", "ball", "gray"),
    ("Let the people say amen for a brown cat and a blue dog at its side, there from start to finish.",
     "cat", "brown", "dog", "blue"),
    ("Fun fact: my dream clip is a white dog with a red cat beside it, both on screen from start to finish.",
     "dog", "white", "cat", "red"),
    ("Gimme a yellow bird next to an orange car, hon, the whole clip long. Both on there, start to finish.",
     "bird", "yellow", "car", "orange"),
    ("The Word is plain: a green dog beside a blue car, from the beginning of the clip to its end. Hallelujah!",
     "dog", "green", "car", "blue"),
    ("Looking for a black cat next to a brown ball, both in view from start to finish. That's the bio, honestly.",
     "cat", "black", "ball", "brown"),
    ("Sal, purple car with a red cat beside it, start to finish, and don't you dare skip the cat.",
     "car", "purple", "cat", "red"),
    ("And behold, brothers and sisters: a gray dog, and a brown cat beside it, present the whole clip long. Say "
     "amen!",
     "dog", "gray", "cat", "brown"),
    ("Black car, brown dog beside it, both in view start to finish. Dealbreaker if you don't like that. DM me.",
     "car", "black", "dog", "brown"),
    ("Order up: a yellow ball next to a pink dog, the whole clip, start to finish. Heard, Sal?",
     "ball", "yellow", "dog", "pink"),
    ("Glory! A gray cat sits beside a white dog, and they remain from the opening of the clip to its close. Can I "
     "get an amen?",
     "cat", "gray", "dog", "white"),
    ("What I'm into: a yellow dog beside an orange car, both on screen for the whole clip. Message me.",
     "dog", "yellow", "car", "orange"),
    ("Sal, on the fly: a black bird with a brown cat next to it, whole clip, both of 'em.",
     "bird", "black", "cat", "brown"),
    ("Hallelujah, I say! A white ball lies beside a red car, and both stay in the clip from beginning to end.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("About me: I'm patient. The first half of the clip has no car, and then in the second half a moving car shows "
     "up and stays to the end.",
     "car"),
    ("Sal, listen: no car in the first half, hon. Second half, a moving car appears, and it stays till the end. "
     "Heard?",
     "car"),
    ("Brothers and sisters, in the first half there was no car. But in the second half a moving car appeared, and "
     "it stayed unto the end! Hallelujah!",
     "car"),
    ("Order up, and timing matters: no cat during the first half, then a lively cat pops in for the second half "
     "and stays to the end.",
     "cat"),
    ("Can I get an amen? The first half knew no cat. The second half brought a lively cat, and it abode to the "
     "end.",
     "cat"),
    ("Plot twist, like my dating life: no cat in the first half, and in the second half a lively cat appears and "
     "sticks around till the end.",
     "cat"),
    ("The Word tells of the first half, where there is no bird; and in the second half a flying bird appears, "
     "and it remains to the end.",
     "bird"),
    ("Looking for someone who waits: no bird in the first half, a flying bird appearing in the second half and "
     "staying until the end.",
     "bird"),
    ("Sal, no bird first half, got it? Then a flying bird shows in the second half and stays put till the end.",
     "bird"),
    ("Swipe if you'd wait for this: the first half has no ball, then a moving ball appears in the second half and "
     "stays till the end.",
     "ball"),
    ("On the fly, hon: no ball in the first half, and in the second half a moving ball comes in and stays to "
     "the end.",
     "ball"),
    ("Sisters and brothers, in the first half no ball was found! Then in the second half a moving ball appeared, "
     "and it remained to the end. Glory!",
     "ball"),
    ("Hallelujah, the dog comes late: no dog in the first half, but in the second half a walking dog appears and "
     "stays until the end.",
     "dog"),
    ("Slow burn, that's me: no dog in the first half, and then a walking dog appears in the second half and "
     "stays to the end.",
     "dog"),
    ("Order in, Sal: first half, no dog. Second half, a walking dog appears and stays to the end. Don't rush "
     "it.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Ghosted, story of my life: a moving car in the first half, and in the second half no car at all.",
     "car"),
    ("Sal, a moving car in the first half, and by the second half it's gone. No car. Heard?",
     "car"),
    ("Brothers and sisters, a moving car was there in the first half, and in the second half it was gone, no car "
     "to be found. Can I get an amen?",
     "car"),
    ("Order up: a lively cat in the first half, no cat in the second half. Simple, hon.",
     "cat"),
    ("The Word says the lively cat of the first half is gone in the second half; no cat remains. Hallelujah.",
     "cat"),
    ("Here for a good time, not a long time: a lively cat in the first half, no cat in the second half.",
     "cat"),
    ("Glory! A flying bird in the first half, brothers and sisters, and in the second half it's gone: no bird.",
     "bird"),
    ("What I'm looking for: a flying bird in the first half of the clip, and no bird in the second half. Don't "
     "overthink it.",
     "bird"),
    ("On the fly, Sal: flying bird first half, then it's gone, no bird in the second half.",
     "bird"),
    ("Fair warning about me: a moving ball in the first half, and in the second half it's gone, no ball anywhere.",
     "ball"),
    ("Gimme a moving ball in the first half, hon, and no ball in the second half. That's the order.",
     "ball"),
    ("Sisters and brothers, there was a moving ball in the first half, and in the second half it was taken away: "
     "no ball. Amen!",
     "ball"),
    ("Sal, walking dog in the first half, then no dog for the second half. Gone, sugar. Got it?",
     "dog"),
    ("Let the people say amen: a walking dog in the first half, and in the second half no dog at all.",
     "dog"),
    ("Swipe if you relate: a walking dog in the first half, and in the second half the dog is gone. No dog.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("About me: I'm the type to watch a moving car drive from the left side of the frame to the right side and "
     "call it a date.",
     "car", RIGHTWARD),
    ("Order up, Sal: a moving car, right side of the frame over to the left side. Heard?",
     "car", LEFTWARD),
    ("Brothers and sisters, a moving car goes from the left side of the frame to the right side, steady as faith. "
     "Amen!",
     "car", RIGHTWARD),
    ("Swipe if you like this: a moving car cruising from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("On the fly, hon: moving car, from the left side of the frame across to the right side.",
     "car", RIGHTWARD),
    ("Can I get an amen? A moving car travels from the right side of the frame to the left side, and it does not "
     "turn back.",
     "car", LEFTWARD),
    ("Sal, a lively cat running from the left side of the frame to the right side. Make it snappy.",
     "cat", RIGHTWARD),
    ("Hallelujah! A lively cat runs from the right side of the frame to the left side, and the Word is fulfilled.",
     "cat", LEFTWARD),
    ("Looking for my partner in crime to watch this: a lively cat dashing from the left side of the frame to the "
     "right side.",
     "cat", RIGHTWARD),
    ("Gimme a lively cat, hon, starting on the right side of the frame and running to the left side.",
     "cat", LEFTWARD),
    ("Behold, sisters and brothers, the lively cat! From the left side of the frame it runs to the right side. "
     "Glory!",
     "cat", RIGHTWARD),
    ("Fun fact: nothing calms me like a lively cat running across from the right side of the frame to the left "
     "side.",
     "cat", LEFTWARD),
    ("The Word speaks of a flying bird that flies from the left side of the frame to the right side. Can I get a "
     "witness?",
     "bird", RIGHTWARD),
    ("Order in: flying bird, right side of the frame to the left side, and quick about it, Sal.",
     "bird", LEFTWARD),
    ("Free spirit here. Favorite clip? A flying bird going from the left side of the frame to the right side. DM me.",
     "bird", RIGHTWARD),
    ("Brothers and sisters, lift your eyes: a flying bird soars from the right side of the frame to the left side. "
     "Hallelujah!",
     "bird", LEFTWARD),
    ("Sal, you hearing me? Flying bird, crossing from the left side of the frame to the right side. Heard.",
     "bird", RIGHTWARD),
    ("Ideal Sunday: watching a flying bird glide from the right side of the frame to the left side. Message me.",
     "bird", LEFTWARD),
    ("Sal, new ticket: a moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("And the moving ball rolled from the right side of the frame to the left side, brothers and sisters, and it "
     "was good. Amen.",
     "ball", LEFTWARD),
    ("My love language: a moving ball rolling from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("Order up! Moving ball, from the right side of the frame, rolling on over to the left side. Pick up, hon.",
     "ball", LEFTWARD),
    ("Praise be! From the left side of the frame a moving ball rolls, and it reaches the right side. Can I get an "
     "amen?",
     "ball", RIGHTWARD),
    ("Swipe if you're into simple things: a moving ball rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Sal, walking dog, left side of the frame to the right side, nice and easy. Heard?",
     "dog", RIGHTWARD),
    ("Sisters and brothers, a walking dog walks from the right side of the frame to the left side, faithful in "
     "every step. Glory!",
     "dog", LEFTWARD),
    ("Not a gym person. What gets me moving: a walking dog strolling from the left side of the frame to the right "
     "side.",
     "dog", RIGHTWARD),
    ("Gimme a walking dog, hon, walking from the right side of the frame over to the left side. On the fly.",
     "dog", LEFTWARD),
    ("Hallelujah! A walking dog, walking from the left side of the frame to the right side. Let the people say "
     "amen.",
     "dog", RIGHTWARD),
    ("Perfect date: a walking dog ambling from the right side of the frame to the left side, and me watching.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("About me: I'm steady. Case in point, this clip: the ball stays still while a bird flies from the left of the "
     "ball to the right of the ball. DM me.",
     "bird", "ball", RIGHTWARD),
    ("Order up, Sal: the ball stays still, and a bird flies from the right of the ball to the left of the ball. "
     "Heard?",
     "bird", "ball", LEFTWARD),
    ("Brothers and sisters, the ball stays still, and a car drives from the left of the ball to the right of the "
     "ball. Can I get an amen?",
     "car", "ball", RIGHTWARD),
    ("Swipe if you get it: the dog stays still while a bird flies from the right of the dog to the left of the "
     "dog.",
     "bird", "dog", LEFTWARD),
    ("Hon, tell Sal: the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Hallelujah! The ball stays still, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Looking for someone steady. Watch this with me: the cat stays still while a dog walks from the left of the cat "
     "to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Sal! A dog walks from the right of the car to the left of the car, and the car stays still. On the fly.",
     "dog", "car", LEFTWARD),
    ("The Word shows a cat running from the left of the dog to the right of the dog, and the dog stays still. "
     "Glory!",
     "cat", "dog", RIGHTWARD),
    ("My love language: the ball staying still while a cat runs from the right of the ball to the left of the "
     "ball.",
     "cat", "ball", LEFTWARD),
    ("Gimme a dog staying still, hon, and a cat running from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Sisters and brothers, the dog stays still, and a ball rolls from the right of the dog to the left of the "
     "dog. Amen!",
     "ball", "dog", LEFTWARD),
    ("Fun fact: I love a dog walking from the left of the bird to the right of the bird while the bird stays "
     "still.",
     "dog", "bird", RIGHTWARD),
    ("Order in, Sal: the cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Can I get a witness? The bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird!",
     "cat", "bird", RIGHTWARD),
    ("Ideal Sunday: the cat stays still and a bird flies from the right of the cat to the left of the cat. "
     "Message me.",
     "bird", "cat", LEFTWARD),
    ("Sal, the cat stays still, got it? And a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Praise be! A bird flies from the right of the dog to the left of the dog, and the dog stays still, "
     "brothers and sisters.",
     "bird", "dog", LEFTWARD),
    ("Swipe if this is us: the cat stays still, and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Hon, Sal needs this: the car stays still while a bird flies from the right of the car to the left of the "
     "car.",
     "bird", "car", LEFTWARD),
    ("Hallelujah, the car stays still! And a bird flies from the left of the car to the right of the car. Say "
     "amen.",
     "bird", "car", RIGHTWARD),
    ("Not into drama: the bird stays still, and a car drives from the right of the bird to the left of the bird. "
     "That's it.",
     "car", "bird", LEFTWARD),
    ("Order up: a bird flies from the left of the cat to the right of the cat, and the cat stays still, Sal.",
     "bird", "cat", RIGHTWARD),
    ("Brothers and sisters, the bird stays still, and a car drives from the right of the bird to the left of the "
     "bird. Glory!",
     "car", "bird", LEFTWARD),
    ("Looking for a match like this: the dog stays still as a bird flies from the left of the dog to the right of "
     "the dog.",
     "bird", "dog", RIGHTWARD),
    ("Sal, hear me: the cat stays still, a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("The Word says the dog stays still, and a ball rolls from the left of the dog to the right of the dog. "
     "Amen!",
     "ball", "dog", RIGHTWARD),
    ("Dealbreakers aside, I want this: the cat stays still while a bird flies from the right of the cat to the left "
     "of the cat.",
     "bird", "cat", LEFTWARD),
    ("On the fly, hon: the ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Can I get an amen? A cat runs from the right of the bird to the left of the bird, and the bird stays still.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("About me: I like the view from above. A moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Sal, shot from above, hon: a moving car goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. Heard?",
     "car", BL_TL_TR),
    ("Brothers and sisters, look down as from heaven: seen from above, a moving car drives from the lower right "
     "corner to the lower left corner, and then to the upper left corner!",
     "car", BR_BL_TL),
    ("Swipe if you like a top-down view: a moving car from the lower right corner to the upper right corner, then "
     "on to the upper left corner.",
     "car", BR_TR_TL),
    ("Order up, overhead shot: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Hallelujah! Seen from above, a lively cat runs from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("Looking for someone who likes a view straight down from above: a lively cat running from the lower right "
     "corner to the lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Gimme a view from above, Sal: lively cat, lower right corner to upper right corner to upper left corner.",
     "cat", BR_TR_TL),
    ("The Word looks down from above, brothers and sisters: a flying bird flies from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("My love language is a top-down shot: a flying bird going from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("On the fly, from above: flying bird, lower right corner to lower left corner, then the upper left corner, "
     "Sal.",
     "bird", BR_BL_TL),
    ("Can I get an amen? From above we see a flying bird fly from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Ideal Sunday, filmed from directly above: a moving ball rolling from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Order in, overhead view, hon: a moving ball rolls from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "ball", BL_TL_TR),
    ("Praise be! Looking down from above, a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Fun fact: I only watch top-down views. A moving ball rolls from the lower right "
     "corner to the upper right corner, then the upper left corner.",
     "ball", BR_TR_TL),
    ("Sal! Overhead shot: walking dog, lower left corner to lower right corner, then to the upper right corner. "
     "Heard?",
     "dog", BL_BR_TR),
    ("Sisters and brothers, from above we behold a walking dog walking from the lower left corner to the upper "
     "left corner, then to the upper right corner. Glory!",
     "dog", BL_TL_TR),
    ("Swipe if you'd watch this with me, seen from above: a walking dog from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Gimme the top-down view, hon: a walking dog walks from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Hallelujah, from above: a moving car drives from the bottom left corner to the bottom right corner, then to "
     "the top right corner.",
     "car", BL_BR_TR),
    ("Not a morning person, but I'd wake up for this, seen from above: a lively cat runs from the bottom left "
     "corner to the top left corner, then to the top right corner.",
     "cat", BL_TL_TR),
    ("Sal, from overhead: a flying bird, bottom right corner to bottom left corner, then to the top left corner. "
     "Quick, hon.",
     "bird", BR_BL_TL),
    ("The Word from above, brothers and sisters: a moving ball rolls from the lower right corner to the upper "
     "right corner, then to the upper left corner. Amen!",
     "ball", BR_TR_TL),
    ("Looking for my person, and a view from above: a walking dog walks from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Order up, straight-down shot: a moving car drives from the lower left corner to the upper left corner, then "
     "on to the upper right corner.",
     "car", BL_TL_TR),
    ("Can I get a witness? Seen from above, a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("What I'm into: top-down clips. A flying bird flies from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Sal, overhead again: moving ball from the lower left corner to the lower right corner, then to the upper "
     "right corner. On the fly.",
     "ball", BL_BR_TR),
    ("Let the people say amen: from above, a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
