"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a spy's coded dispatch ("eyes only", "Control", "over and out", "burn after reading"), where the agent,
  the handler and the message are never in the video, and the sighting reported is the clip itself;
- a fortune cookie's slip ("you will see", "good fortune", "luck follows"), where the cookie, the slip and
  the reader are never in the video, and the fortune foretold is what the clip shows; the slip prints no
  lucky numbers, since it writes no numbers;
- a mountain guide briefing climbers ("listen up, team", "before we set off", "stay together"), where the
  guide, the climbers, the ridge and their gear are never in the video, and the briefing describes the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
handler, cookie, climber, rope or boots beside the count) and put no other number word beside it (no
"first light", no "lucky numbers", no "a couple of"). No voice gives its own props a colour (no
white-out, no black ops), no idiom hides a class noun or a side (no "bird's-eye", "dog-eared", "all right",
"left behind"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route,
and "still" only of a relation's second object. A relation names its second object at both ends and says
that object stays still; a route is always seen from above. It takes LVD's attribution pairs 0-29 and its
two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on fd7de27 (visibility 28, sequential 27, the rest 30), kept off main until its fixes were
in; 180/180 after the fixes of its own commits (the listener told "don't expect a cat in the first half" is denied that
sight, and "there isn't one" after it names no second cat; a parting word in a last sentence of its own tied to nothing
in the scene, "Good fortune follows the curious.", "Stay together out there.", moves and names nothing; "sighted from
above" is the view, not a presence).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Dispatch to Control, eyes only: one moving car under watch from the opening of the clip to its close. Nothing "
     "else in the frame. Burn after reading.",
     "car", 1),
    ("Your fortune: two moving cars will stay with you from the start of the clip to the end, and nothing else will "
     "come.",
     "car", 2),
    ("Listen up before we set off. Three moving cars, in view from start to finish, and nothing else out there. Eyes "
     "on them.",
     "car", 3),
    ("Control, confirm: four moving cars, in sight the whole clip long. Nothing else to report. Over.",
     "car", 4),
    ("Good fortune smiles on the patient: one lively cat, from the beginning of the clip to its end, and nothing "
     "more.",
     "cat", 1),
    ("Okay, listen in, everybody. Two lively cats, visible from start to finish, and nothing else. Keep your pace "
     "steady and watch them.",
     "cat", 2),
    ("Message received at dusk. Subject: three lively cats. Visible start to finish. Nothing else present. Destroy "
     "this message.",
     "cat", 3),
    ("A curious heart will be rewarded with four lively cats, seen from start to finish, and nothing else besides.",
     "cat", 4),
    ("Quick briefing, everyone: one flying bird, in view the whole clip, and nothing else in the sky. Questions "
     "later.",
     "bird", 1),
    ("Code word: nightfall. Two flying birds remain in view from start to finish. Nothing else observed. Await "
     "orders.",
     "bird", 2),
    ("Three flying birds will cross your path from the start of the clip to its end; nothing else will. Trust the "
     "journey.",
     "bird", 3),
    ("Before we climb, a word. What you'll see: four flying birds, in view from start to finish, and nothing else. "
     "Stay together, stay calm.",
     "bird", 4),
    ("Urgent, for Control only: one moving ball, tracked from the opening of the clip to its close. No other "
     "contacts. Over and out.",
     "ball", 1),
    ("Happiness rolls toward you: two moving balls, in view the whole clip, and nothing else to want.",
     "ball", 2),
    ("Eyes up, everybody. Three moving balls, there from start to finish, nothing else around. Attention is what "
     "keeps us safe.",
     "ball", 3),
    ("Field report, coded: four moving balls, visible from start to finish, nothing else in the frame. The frame is "
     "clean.",
     "ball", 4),
    ("Loyalty will find you: one walking dog, from the start of the clip to the finish, and nothing else. Lucky you.",
     "dog", 1),
    ("Listen in, this matters. Two walking dogs, in view the whole clip, nothing else. Keep the pace easy and watch "
     "them.",
     "dog", 2),
    ("Report from the field: three walking dogs under observation, start to finish. No further contacts. Proceed as "
     "briefed.",
     "dog", 3),
    ("Your days ahead will be bright: four walking dogs, in view from beginning to end, and nothing else.",
     "dog", 4),
    ("Okay, gather in. Two moving cars, start to finish, nothing else to see. Any questions? Good. We move at dawn.",
     "car", 2),
    ("Eyes only. One lively cat, in frame from start to finish. Nothing else. Repeat: nothing else.",
     "cat", 1),
    ("Four moving balls will stay before you the whole clip; nothing else will enter. So it is written.",
     "ball", 4),
    ("Here's the plan: one walking dog, visible from start to finish, and that's it, nothing else. Pack light, think "
     "clearly.",
     "dog", 1),
    ("Intercepted: three flying birds, in view from the start of the clip to the end. Nothing else stirs. Advise.",
     "bird", 3),
    ("Patience will bring you one moving car, on view from start to finish, and nothing else to trouble you.",
     "car", 1),
    ("Listen up. Three lively cats, in view from start to finish, nothing else. Same drill as always: watch, breathe, "
     "move.",
     "cat", 3),
    ("Control, the count is four walking dogs, present from start to finish, nothing else in the frame. Transmission "
     "ends.",
     "dog", 4),
    ("Two flying birds await you, from the beginning of the clip to the end, and nothing else. Fortune favors the "
     "watchful.",
     "bird", 2),
    ("Before the climb, keep your eyes on this: one moving ball, in view the whole clip, and nothing else around it.",
     "ball", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Dispatch, eyes only: a blue cat and a white bird, side by side, in view from start to finish. Confirm receipt.",
     "cat", "blue", "bird", "white"),
    ("You will find a yellow dog beside a green ball, both in view from the start of the clip to its end. Good luck "
     "follows.",
     "dog", "yellow", "ball", "green"),
    ("Listen up, team: a blue dog next to an orange car, both there the whole clip. Note them and move on.",
     "dog", "blue", "car", "orange"),
    ("Control, be advised: a purple ball sits beside a blue car. Neither leaves the frame, start to finish.",
     "ball", "purple", "car", "blue"),
    ("A green dog and a black bird beside it will keep you company from start to finish. Smile.",
     "dog", "green", "bird", "black"),
    ("Quick one before the ridge: a purple ball with a black cat beside it, both in view from start to finish.",
     "ball", "purple", "cat", "black"),
    ("Sighted at the meeting point: a black car, an orange bird beside it. Both in view the whole clip. Over.",
     "car", "black", "bird", "orange"),
    ("Fortune is kind to you: a black ball beside a purple cat, both visible from beginning to end.",
     "ball", "black", "cat", "purple"),
    ("Heads up, climbers: a pink bird next to a brown dog, both staying in view from start to finish.",
     "bird", "pink", "dog", "brown"),
    ("Code received. A brown ball, a blue dog beside it, both in frame from start to finish. Burn this.",
     "ball", "brown", "dog", "blue"),
    ("Soon you will see a yellow ball with a pink dog at its side, both there the whole clip long.",
     "ball", "yellow", "dog", "pink"),
    ("Team, look here: a pink bird beside a gray ball, both in view from start to finish. Then we go.",
     "bird", "pink", "ball", "gray"),
    ("Target confirmed: a gray dog beside a purple car, in view from the start of the clip to the end. Stand by.",
     "dog", "gray", "car", "purple"),
    ("A green cat and a purple ball beside it bring you joy, from the start of the clip to its finish.",
     "cat", "green", "ball", "purple"),
    ("Listen in: a green dog with a gray ball next to it, both in view the whole way through. Keep to the trail.",
     "dog", "green", "ball", "gray"),
    ("Eyes only: a yellow ball and a pink bird, side by side, in frame from start to finish. Report ends.",
     "ball", "yellow", "bird", "pink"),
    ("What you seek is near: a pink cat beside a yellow dog, both in view from start to finish.",
     "cat", "pink", "dog", "yellow"),
    ("Before we set off, look: a brown car and a yellow ball beside it, both there from start to finish.",
     "car", "brown", "ball", "yellow"),
    ("Control, update: a brown car, a white dog next to it, both visible the whole clip. Hold position.",
     "car", "brown", "dog", "white"),
    ("An orange dog beside a brown car: your good fortune, on view from beginning to end.",
     "dog", "orange", "car", "brown"),
    ("Everyone ready? Good. Now: a brown ball with an orange cat beside it, both in view from start to finish.",
     "ball", "brown", "cat", "orange"),
    ("Observed at the drop site: a gray dog beside an orange ball, both in frame from start to finish.",
     "dog", "gray", "ball", "orange"),
    ("A yellow ball and an orange cat beside it will stay with you the whole clip. Be grateful.",
     "ball", "yellow", "cat", "orange"),
    ("Listen up: a purple dog next to a brown car, both visible from start to finish. Nobody wanders off.",
     "dog", "purple", "car", "brown"),
    ("Dispatch: a gray dog beside a blue car. Both present, start to finish. Acknowledge.",
     "dog", "gray", "car", "blue"),
    ("Luck arrives quietly: a white car with an orange bird beside it, both in view from start to finish.",
     "car", "white", "bird", "orange"),
    ("Team, a brown car and a blue bird sitting next to it, in view the whole clip. Take a breath and look.",
     "car", "brown", "bird", "blue"),
    ("Surveillance log: a blue car, a yellow cat beside it, both in view from the opening of the clip to its close.",
     "car", "blue", "cat", "yellow"),
    ("A gray cat beside a yellow bird is waiting for you, from the start of the clip to its end.",
     "cat", "gray", "bird", "yellow"),
    ("Look here before the summit push: a white dog beside a black car, both in view from start to finish.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Dispatch: first half of the clip, no car. Second half, a moving car appears and stays to the end. Stay alert.",
     "car"),
    ("What is absent now will come: no car in the first half, and in the second half a moving car appears and remains "
     "until the end.",
     "car"),
    ("Listen up: for the first half of the clip there's no car. In the second half a moving car shows up and stays to "
     "the end. Patience, like on the ascent.",
     "car"),
    ("No cat during the first half. Second half: a lively cat appears, remains until the end. Report as seen.",
     "cat"),
    ("In the second half, a lively cat will appear and stay to the end; in the first half, no cat. Good things come "
     "to those who wait.",
     "cat"),
    ("Team, don't expect a cat in the first half, there isn't one. In the second half a lively cat appears and sticks "
     "with us to the end.",
     "cat"),
    ("Control, note: no bird in the first half. A flying bird appears in the second half and holds on to the end.",
     "bird"),
    ("The empty sky of the first half holds no bird, but in the second half a flying bird appears and stays till the "
     "end.",
     "bird"),
    ("Watch the sky, everyone: no bird for the first half, then a flying bird appears in the second half and stays to "
     "the end.",
     "bird"),
    ("Coded alert: first half empty, no ball. Second half, a moving ball appears and stays. End of message.",
     "ball"),
    ("A moving ball will appear to you in the second half and stay to the end. The first half has no ball.",
     "ball"),
    ("Here's the sequence, everyone: no ball in the first half, a moving ball appearing in the second half and "
     "staying to the end.",
     "ball"),
    ("Subject absent in the first half: no dog. In the second half a walking dog appears and stays until the end. "
     "Over.",
     "dog"),
    ("No dog in the first half, yet do not despair: in the second half a walking dog appears and stays to the end.",
     "dog"),
    ("Listen in: the first half of the clip has no dog. Second half, a walking dog appears and stays with us to the "
     "end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Team, there's a moving car in the first half, and in the second half it's gone, no car anywhere.",
     "car"),
    ("Sighting: a moving car in the first half. In the second half, no car. Subject lost.",
     "car"),
    ("What comes also goes: a moving car in the first half, no car in the second half.",
     "car"),
    ("Eyes open, everyone: a lively cat in the first half, and no cat at all in the second half.",
     "cat"),
    ("A lively cat seen in the first half. Second half: no cat. Trail gone cold.",
     "cat"),
    ("Enjoy the lively cat of the first half; in the second half there will be no cat.",
     "cat"),
    ("Listen up: a flying bird in the first half, then in the second half it's gone, no bird in the sky.",
     "bird"),
    ("Control: flying bird in the first half, confirmed. No bird in the second half. Advise.",
     "bird"),
    ("A flying bird visits you in the first half; by the second half it is gone, and there is no bird.",
     "bird"),
    ("A moving ball for the first half of the clip, team, and none in the second half: no ball at all.",
     "ball"),
    ("Report: a moving ball present in the first half. Gone in the second half, no ball. Destroy after reading.",
     "ball"),
    ("What rolls away does not return: a moving ball in the first half, no ball in the second half.",
     "ball"),
    ("Quick heads-up: a walking dog in the first half, and in the second half no dog. Stay together out there.",
     "dog"),
    ("Walking dog in the first half, under watch. Second half: no dog. Contact broken.",
     "dog"),
    ("A walking dog keeps you company in the first half; in the second half no dog remains. Let go gracefully.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Eyes only: a moving car travels from the left side of the frame to the right side. Log it.",
     "car", RIGHTWARD),
    ("Your path turns: a moving car drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Listen up: a moving car crosses from the left side of the frame over to the right side. Watch it go.",
     "car", RIGHTWARD),
    ("Control, a moving car, heading from the right side of the frame to the left side. Over.",
     "car", LEFTWARD),
    ("A moving car carries your luck from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Team, see the moving car? From the right side of the frame all the way to the left side.",
     "car", LEFTWARD),
    ("Observed: a lively cat runs from the left side of the frame to the right side. Pursue.",
     "cat", RIGHTWARD),
    ("A lively cat will run from the right side of the frame to the left side, and so will your worries.",
     "cat", LEFTWARD),
    ("Everyone, eyes on the lively cat, running from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Intercepted movement: a lively cat, right side of the frame to the left side. End.",
     "cat", LEFTWARD),
    ("Fortune runs quickly, as a lively cat does, from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("On the right side of the frame there's a lively cat, team, and it runs across to the left side.",
     "cat", LEFTWARD),
    ("Dispatch: a flying bird crosses from the left side of the frame to the right side. Confirm.",
     "bird", RIGHTWARD),
    ("A flying bird flies from the right side of the frame to the left side, bringing news you have waited for.",
     "bird", LEFTWARD),
    ("Look up, climbers: a flying bird going from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Sighted: flying bird, moving from the right side of the frame to the left side. Do not engage.",
     "bird", LEFTWARD),
    ("You will see a flying bird soar from the left side of the frame to the right side, and your spirit with it.",
     "bird", RIGHTWARD),
    ("Team, a flying bird, right side of the frame over to the left side. Steady now.",
     "bird", LEFTWARD),
    ("Coded: a moving ball rolls from the left side of the frame to the right side. Message ends.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side; so does fortune, toward you.",
     "ball", LEFTWARD),
    ("Heads up, everyone: a moving ball rolling from the left side of the frame across to the right side.",
     "ball", RIGHTWARD),
    ("Control, a moving ball on the right side of the frame, rolling to the left side. Over.",
     "ball", LEFTWARD),
    ("Good fortune rolls in: a moving ball, from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Team, watch the moving ball roll from the right side of the frame to the left side, then we rest.",
     "ball", LEFTWARD),
    ("Subject: a walking dog, walking from the left side of the frame to the right side. Track and report.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side; go your own way with the same calm.",
     "dog", LEFTWARD),
    ("Steady pace, like this: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Eyes only: a walking dog moves from the right side of the frame to the left side. Burn after reading.",
     "dog", LEFTWARD),
    ("A walking dog goes from the left side of the frame to the right side. Every step brings you closer to joy.",
     "dog", RIGHTWARD),
    ("Listen up, team: a walking dog, from the right side of the frame to the left side, slow and sure.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Dispatch: the ball stays still. A bird flies from the left of the ball to the right of the ball. Confirm.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still while a bird flies from the right of the ball to the left of the ball. Calm is its own "
     "reward.",
     "bird", "ball", LEFTWARD),
    ("Team, the dog stays still, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Control: car stays still. Bird flies from the right of the car to the left of the car. Over.",
     "bird", "car", LEFTWARD),
    ("A car drives from the left of the cat to the right of the cat, and the cat stays still. Calm wins.",
     "car", "cat", RIGHTWARD),
    ("Listen up: the ball stays still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Observed: a cat runs from the left of the ball to the right of the ball. The ball stays still. End.",
     "cat", "ball", RIGHTWARD),
    ("The ball stays still; a dog walks from the right of the ball to the left of the ball. Patience is rewarded.",
     "dog", "ball", LEFTWARD),
    ("Everyone see the bird staying still? A cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The car stays still. A dog walks from the right of the car to the left of the car. Logged.",
     "dog", "car", LEFTWARD),
    ("You will see a bird fly from the left of the ball to the right of the ball while the ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("Team, the ball is staying still there, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Eyes only: ball stays still, car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("While the dog stays still, a bird flies from the right of the dog to the left of the dog. Good news is near.",
     "bird", "dog", LEFTWARD),
    ("Listen in: the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Control, be advised: a bird flying from the right of the ball to the left of the ball, the ball staying still.",
     "bird", "ball", LEFTWARD),
    ("The cat stays still as a dog walks from the left of the cat to the right of the cat. Peace surrounds you.",
     "dog", "cat", RIGHTWARD),
    ("Team, watch the dog walk from the right of the car to the left of the car. The car stays still.",
     "dog", "car", LEFTWARD),
    ("Coded: the dog stays still. A cat runs from the left of the dog to the right of the dog. Stand by.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball; the ball stays still. Your luck will turn.",
     "cat", "ball", LEFTWARD),
    ("Heads up: the dog stays still while a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Field note: the dog stays still. A ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still, and a dog walks from the left of the bird to the right of the bird. Friendship finds you.",
     "dog", "bird", RIGHTWARD),
    ("Everyone, the cat stays still there, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Report: cat runs from the left of the bird to the right of the bird. Bird stays still. Over and out.",
     "cat", "bird", RIGHTWARD),
    ("A bird flies from the right of the cat to the left of the cat, and the cat stays still. Wisdom watches quietly.",
     "bird", "cat", LEFTWARD),
    ("Listen up: the cat stays still, a dog walks from the left of the cat to the right of the cat. Same easy pace "
     "for us.",
     "dog", "cat", RIGHTWARD),
    ("Dispatch: dog stays still; bird flies from the right of the dog to the left of the dog. Acknowledge.",
     "bird", "dog", LEFTWARD),
    ("The cat stays still while a dog walks from the left of the cat to the right of the cat. Good company is coming.",
     "dog", "cat", RIGHTWARD),
    ("Team, the car stays still, and a bird flies from the right of the car to the left of the car. Then we move.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Dispatch, aerial surveillance, seen from above: a moving car drives from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("From above, your way is clear: a moving car goes from the lower left corner to the upper left corner, then on "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Listen up, this is the view from directly above: a moving car drives from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Control, overhead view: moving car starts in the lower right corner, drives to the upper right corner, ends in "
     "the upper left corner. Over.",
     "car", BR_TR_TL),
    ("Seen from above, a lively cat runs from the lower left corner to the lower right corner, and then to the upper "
     "right corner. Your journey, too, has turns.",
     "cat", BL_BR_TR),
    ("Team, we're looking straight down on this one: a lively cat runs from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Eyes only, top-down: a lively cat, lower right corner to lower left corner, then to the upper left corner. "
     "Track it.",
     "cat", BR_BL_TL),
    ("Viewed from above, a lively cat runs from the lower right corner to the upper right corner, then to the upper "
     "left corner. Good fortune follows the curious.",
     "cat", BR_TR_TL),
    ("Everyone, picture it from overhead: a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Sighted from above: flying bird moving from the lower left corner to the upper left corner, then to the upper "
     "right corner. Confirm.",
     "bird", BL_TL_TR),
    ("Looking down from above, you will see a flying bird fly from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Quick look from directly above, team: a flying bird starts at the lower right corner, goes to the upper right "
     "corner, and finishes at the upper left corner.",
     "bird", BR_TR_TL),
    ("Coded report, overhead view: a moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("Seen from above, a moving ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner. Every road bends toward luck.",
     "ball", BL_TL_TR),
    ("Listen in, the shot is top-down: a moving ball rolls from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "ball", BR_BL_TL),
    ("Control, from directly overhead: a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Stand by.",
     "ball", BR_TR_TL),
    ("From above, a walking dog walks from the lower left corner to the lower right corner, and then to the upper "
     "right corner. Step by step, you arrive.",
     "dog", BL_BR_TR),
    ("Team, straight-down view here: a walking dog goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. Just like our traverse.",
     "dog", BL_TL_TR),
    ("Eyes only, seen from above: a walking dog walks from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("Viewed from overhead, a walking dog walks from the lower right corner to the upper right corner, then to the "
     "upper left corner. Patience finds the way.",
     "dog", BR_TR_TL),
    ("Listen up, this is filmed from above: a moving car drives from the bottom left corner to the bottom right "
     "corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("Intercepted, overhead view: a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner. End.",
     "cat", BL_TL_TR),
    ("From above, a flying bird flies from the bottom right corner to the bottom left corner, then to the top left "
     "corner. Where it goes, luck goes.",
     "bird", BR_BL_TL),
    ("Team, from directly above: a moving ball rolls from the lower right corner to the upper right corner, then to "
     "the upper left corner. Watch the turns.",
     "ball", BR_TR_TL),
    ("Dispatch, looking straight down: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. Over and out.",
     "dog", BL_BR_TR),
    ("Seen from above, a moving car drives from the lower left corner to the upper left corner, and on to the upper "
     "right corner. Your road is open.",
     "car", BL_TL_TR),
    ("Okay, everyone, top-down view: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Control, aerial view from above: flying bird, lower right corner to upper right corner, then to the upper left "
     "corner. Acknowledge.",
     "bird", BR_TR_TL),
    ("Looking down from above, a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner. Fortune rolls your way.",
     "ball", BL_BR_TR),
    ("Listen in, last briefing item, seen from overhead: a walking dog walks from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
