"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a robot vacuum's status messages ("Status:", "detected", "log", "cleaning paused", "map view"), where the
  vacuum, its dock, its brush and its map are never in the video, and what it reports is the clip; it
  writes no battery levels or error codes, since it writes no numbers;
- a protest-march chant leader ("What do we see?", "Say it loud!", "Everybody!", "Louder!"), where the
  leader, the marchers, the megaphone and the banners are never in the video, and what the chant calls
  out is the clip; it chants no countdowns and says nothing of rights;
- a medieval pilgrim's travelogue ("I beheld", "lo", "unto", "abode", "praise be"), where the pilgrim, the
  road, the staff and the shrine are never in the video, and the wonder set down on the way is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
dock, banner, staff or shrine beside the count) and put no other number word beside it (no "no one", no
"one more time", no "a pair"). No voice gives its own props a colour or a count, no idiom hides a class
noun or a side (no "hot dog", no "rights", no "what's left", no "the back"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route (the vacuum cleans no corners), and "still"
only of a relation's second object. A relation names its second object at both ends and says that object
stays still; a route is always seen from above. It takes LVD's attribution pairs 0-29 and its two-object
relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 176/180 on 6b7fb3e (dynamic_one 28, attribution 29, sequential 29, the rest 30), and 177/180 on
43964f8 (dynamic_one 28, sequential 29, the rest 30), its attribution miss mended by the fixes for sets 96, 97 and
99-101; held back from every fixer until then, it waited in UNFIXED_SETS; 180/180 after the fixes of its own commits
(one end of a move asked and the whole route told, "Where to? From the left ... to the right", is that route; "who
walks from A to B? a dog!" is the dog's walk; a route noun said taken down, "moving ball path logged, A to B to C", is
the ball's move).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Status update: cleaning paused. Detected: one moving car, in view from the start of the clip to its end. "
     "Nothing else detected. Resuming when clear.",
     "car", 1),
    ("Everybody with me! Two moving cars, start to finish, and nothing else in the clip! Louder now!",
     "car", 2),
    ("Here I set down what I beheld: three moving cars, seen from the opening of the clip unto its close, and "
     "naught else besides, God be thanked.",
     "car", 3),
    ("Obstacle scan complete. Result: four moving cars, present for the entire clip. No other objects found. "
     "Please clear the area.",
     "car", 4),
    ("What do we see? One lively cat! When do we see it? Start to finish! And what else? Nothing else!",
     "cat", 1),
    ("Of the marvels of that day I note this: two lively cats, in sight from the clip's beginning to its end, "
     "and nothing more.",
     "cat", 2),
    ("Alert: three lively cats detected, visible from start to finish of the clip. No other items. Cleaning "
     "cannot proceed.",
     "cat", 3),
    ("Say it loud, say it clear: four lively cats, in view the whole clip through, and nothing else here!",
     "cat", 4),
    ("Lo, I looked up and beheld one flying bird, and it stayed in sight from the start of the clip to the end. "
     "Naught else was there to see.",
     "bird", 1),
    ("Navigation notice. Two flying birds observed, in view from start to finish. Nothing else in range. Suction "
     "unaffected.",
     "bird", 2),
    ("Three flying birds, the whole clip long! Nothing else! Let me hear it!",
     "bird", 3),
    ("Four flying birds there were, and they abode in view from start to finish; nothing else did I see, though "
     "I looked long.",
     "bird", 4),
    ("Cleaning blocked? Negative. One moving ball, visible for the full clip, and nothing else in view. Path "
     "unaffected.",
     "ball", 1),
    ("What's out here from start to finish? Two moving balls! What else? Nothing else! Come on, everybody!",
     "ball", 2),
    ("Write it down, for it is true: three moving balls, in view from the opening of the clip to its close, and "
     "nothing beside them.",
     "ball", 3),
    ("Status: four moving balls in view, from the start of the clip to the end. Nothing else present. Vacuuming "
     "will wait.",
     "ball", 4),
    ("One walking dog! Start to finish! Nothing else in this clip! Again, louder!",
     "dog", 1),
    ("Two walking dogs, I swear it on my soul, from the beginning of the clip to its end, and nothing else at all.",
     "dog", 2),
    ("Detected: three walking dogs. Duration: entire clip. Other objects: not detected. Cleaning postponed.",
     "dog", 3),
    ("Four walking dogs, from start to finish, nothing else! Hey hey, ho ho, nothing else in the show!",
     "dog", 4),
    ("Low-priority notice: two moving cars remain in view for the entire clip. No other objects detected.",
     "car", 2),
    ("Hear now what I saw: one lively cat, from the clip's start to its finish, and nothing else whatever.",
     "cat", 1),
    ("Eyes up, everybody! Two flying birds, start to finish! Nothing else! Keep it going!",
     "bird", 2),
    ("Floor scan: three moving balls in view throughout the clip. Nothing else found. Awaiting instructions.",
     "ball", 3),
    ("Marvel not, good reader: four walking dogs, in view from the start of the clip unto its end, and nothing "
     "else beside.",
     "dog", 4),
    ("Are you watching? Three moving cars, from start to finish, and nothing else at all! Say it with me!",
     "car", 3),
    ("Warning: four lively cats detected. Visible from start to finish. No other objects. Cleaning cannot resume.",
     "cat", 4),
    ("Three flying birds, from the start of the clip to its finish, with nothing else in sight: so it was, as God "
     "is my witness.",
     "bird", 3),
    ("One moving ball! Whole clip long! Nothing else, nothing less! Let's go!",
     "ball", 1),
    ("Pet detection: two walking dogs, in view for the full clip. Nothing else detected. Cleaning stopped.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Status: paused. A blue cat and a white bird detected side by side, both in view for the entire clip. "
     "Please move them before cleaning.",
     "cat", "blue", "bird", "white"),
    ("What do we see? A yellow dog! And beside it? A green ball! Both there, start to finish!",
     "dog", "yellow", "ball", "green"),
    ("Beside a blue dog there rested an orange car, and both abode in sight from the clip's beginning to its end, "
     "as I do truly record.",
     "dog", "blue", "car", "orange"),
    ("Obstacle report: a purple ball next to a blue car. Both remain in view from start to finish. Navigation "
     "rerouted.",
     "ball", "purple", "car", "blue"),
    ("A green dog and a black bird, side by side, the whole clip through! Say it loud! Say it proud!",
     "dog", "green", "bird", "black"),
    ("A purple ball and, beside it, a black cat: this I beheld from the opening of the clip to its close, and "
     "wrote it down that night.",
     "ball", "purple", "cat", "black"),
    ("Object recognized: a black car. Object recognized: an orange bird, beside it. Both visible for the whole "
     "clip.",
     "car", "black", "bird", "orange"),
    ("Everybody look! A black ball with a purple cat beside it, start to finish, and they're not going anywhere!",
     "ball", "black", "cat", "purple"),
    ("Here I record a pink bird beside a brown dog, both in sight from start to finish, a gentle sight for a weary "
     "traveller.",
     "bird", "pink", "dog", "brown"),
    ("Mapping note: a brown ball beside a blue dog, both in view from start to finish. Suction reduced nearby.",
     "ball", "brown", "dog", "blue"),
    ("What's beside the yellow ball? A pink dog! For how long? Start to finish! Both of them, all clip long!",
     "ball", "yellow", "dog", "pink"),
    ("Wondrous were the hues: a pink bird, and by it a gray ball, both seen from the clip's beginning to its end.",
     "bird", "pink", "ball", "gray"),
    ("Notice: a gray dog is positioned beside a purple car. Both remain in view for the entire clip.",
     "dog", "gray", "car", "purple"),
    ("Hey hey, look and see: a green cat and a purple ball, side by side, start to finish!",
     "cat", "green", "ball", "purple"),
    ("A green dog lay beside a gray ball, and neither stirred from my sight from start to finish; so I rested and "
     "watched.",
     "dog", "green", "ball", "gray"),
    ("Status: a yellow ball and a pink bird, side by side, detected for the full clip. Cleaning around them.",
     "ball", "yellow", "bird", "pink"),
    ("A pink cat! A yellow dog beside it! Start to finish, both of them! Louder!",
     "cat", "pink", "dog", "yellow"),
    ("At even I beheld a brown car with a yellow ball beside it, both in view from start to finish of the clip.",
     "car", "brown", "ball", "yellow"),
    ("Obstacle detected: a brown car. Adjacent: a white dog. Both present from start to finish. Awaiting a clear "
     "path.",
     "car", "brown", "dog", "white"),
    ("An orange dog next to a brown car, the whole clip long! Tell the world! Both of them, start to finish!",
     "dog", "orange", "car", "brown"),
    ("Be it known that a brown ball lay beside an orange cat, and both were in sight from the clip's opening to "
     "its close.",
     "ball", "brown", "cat", "orange"),
    ("Scan result: a gray dog with an orange ball beside it. Visible throughout the clip. Recommend avoidance.",
     "dog", "gray", "ball", "orange"),
    ("What's beside the orange cat? A yellow ball! Both of them, start to finish, everybody say it!",
     "ball", "yellow", "cat", "orange"),
    ("A purple dog beside a brown car, both present from beginning to end: a strange thing, and I set it down as "
     "I saw it.",
     "dog", "purple", "car", "brown"),
    ("Status: a gray dog and a blue car detected side by side. Both in view for the full clip. Cleaning paused.",
     "dog", "gray", "car", "blue"),
    ("A white car and an orange bird beside it! Start to finish! Louder, everybody!",
     "car", "white", "bird", "orange"),
    ("And lo, a brown car, a blue bird beside it, both abiding in sight from start to finish, as the good Lord "
     "willed.",
     "car", "brown", "bird", "blue"),
    ("Object log: a blue car, a yellow cat beside it. Both remain in view from start to finish of the clip.",
     "car", "blue", "cat", "yellow"),
    ("A gray cat and a yellow bird, side by side, start to finish! Come on, again!",
     "cat", "gray", "bird", "yellow"),
    ("Last of that day's sights: a white dog beside a black car, both in view from the start of the clip to its "
     "end.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Status: first half of the clip, no car detected. Second half: a moving car appears and remains until the "
     "end.",
     "car"),
    ("No car in the first half! In the second half, a moving car shows up and stays to the end! Here it comes, "
     "everybody!",
     "car"),
    ("For the first half of the clip I saw no car; then in the second half a moving car appeared and tarried "
     "until the end.",
     "car"),
    ("Where's the cat? Not in the first half! In the second half a lively cat appears, and it stays till the end!",
     "cat"),
    ("No cat was there in the first half, yet in the second half a lively cat came into sight and abode to the "
     "end, praise be.",
     "cat"),
    ("Update: no cat in the first half. Lively cat detected in the second half; it remains until the end. Pet "
     "mode on.",
     "cat"),
    ("In the first half, no bird in all the sky; in the second half a flying bird appeared, and stayed till the "
     "end.",
     "bird"),
    ("Event log: first half, no bird. Second half, flying bird appears and stays through the end.",
     "bird"),
    ("First half, no bird! Second half, a flying bird appears! And it stays to the end! We want it, we got it!",
     "bird"),
    ("Status: no ball in the first half. In the second half, moving ball detected; it stays until the end.",
     "ball"),
    ("No ball in the first half, but in the second half a moving ball appears and stays all the way to the end! "
     "Keep chanting!",
     "ball"),
    ("Whilst the first half lasted there was no ball; in the second half a moving ball appeared and remained unto "
     "the end.",
     "ball"),
    ("What's missing in the first half? The dog! What appears in the second half? A walking dog, staying till the "
     "end!",
     "dog"),
    ("I saw no dog in the first half, but in the second half a walking dog appeared and walked on till the end.",
     "dog"),
    ("Notice: first half, no dog. Second half, walking dog appears and remains in view to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half! In the second half, no car! Gone, gone, gone!",
     "car"),
    ("In the first half a moving car went by before me; in the second half it was gone, and no car remained.",
     "car"),
    ("Log: moving car detected in the first half. Second half: no car detected.",
     "car"),
    ("A lively cat there was in the first half, yet in the second half it vanished, and no cat could I find.",
     "cat"),
    ("Status: lively cat present in the first half. Second half: no cat. Pet mode off.",
     "cat"),
    ("Lively cat in the first half! No cat in the second half! Where did it go? Say it loud!",
     "cat"),
    ("Event log: flying bird in the first half; in the second half, no bird detected.",
     "bird"),
    ("See the flying bird in the first half? In the second half it's gone! No bird! Everybody!",
     "bird"),
    ("A flying bird was in my sight in the first half; in the second half it was gone, and no bird remained.",
     "bird"),
    ("A moving ball in the first half, and in the second half, no ball! Gone! Where's it gone? We want answers!",
     "ball"),
    ("In the first half a moving ball; in the second half no ball at all, though I searched with mine own eyes.",
     "ball"),
    ("Status: moving ball detected in the first half. In the second half it is gone; no ball in range.",
     "ball"),
    ("Alert: walking dog present in the first half. Second half: no dog detected. Resuming cleaning.",
     "dog"),
    ("A walking dog was in the first half; in the second half no dog was to be seen, and I was sorry for it.",
     "dog"),
    ("A walking dog in the first half! No dog in the second half! Gone! Let's hear it!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Status: a moving car detected, travelling from the left side of the frame to the right side. Pausing until "
     "clear.",
     "car", RIGHTWARD),
    ("Watch it go! A moving car, from the right side of the frame to the left side! Everybody, eyes on it!",
     "car", LEFTWARD),
    ("A moving car passed before me, from the left side of the frame unto the right side, swift beyond belief.",
     "car", RIGHTWARD),
    ("Tracking: moving car, heading from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("From the left side of the frame to the right side, a moving car! Make some noise!",
     "car", RIGHTWARD),
    ("Did I not see it? A moving car, going from the right side of the frame to the left side, and I marvelled.",
     "car", LEFTWARD),
    ("Lively cat, coming through! From the left side of the frame to the right side! Clear the way!",
     "cat", RIGHTWARD),
    ("A lively cat ran from the right side of the frame to the left side, quick as a sinner fleeing confession.",
     "cat", LEFTWARD),
    ("Pet detected: lively cat, running from the left side of the frame to the right side. Obstacle avoidance on.",
     "cat", RIGHTWARD),
    ("Where's the lively cat going? Right side of the frame to the left side! Go, go, go!",
     "cat", LEFTWARD),
    ("Then a lively cat crossed from the left side of the frame to the right side, and I blessed it as it ran.",
     "cat", RIGHTWARD),
    ("Movement log: a lively cat runs from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("High up, a flying bird went from the left side of the frame to the right side, and I took it for a good "
     "omen.",
     "bird", RIGHTWARD),
    ("Airborne object detected: a flying bird, moving from the right side of the frame to the left side. Not a "
     "cleaning target.",
     "bird", LEFTWARD),
    ("A flying bird, left side of the frame to the right side! Fly, bird, fly! Say it with me!",
     "bird", RIGHTWARD),
    ("A flying bird flew from the right side of the frame to the left side, as though it, too, were bound for the "
     "shrine.",
     "bird", LEFTWARD),
    ("Tracking: flying bird, left side of the frame to right side. No action required.",
     "bird", RIGHTWARD),
    ("Eyes up! A flying bird goes from the right side of the frame over to the left side! Keep it loud!",
     "bird", LEFTWARD),
    ("Warning: moving ball rolling from the left side of the frame to the right side. Collision avoided.",
     "ball", RIGHTWARD),
    ("Roll it! A moving ball, right side of the frame to the left side! Everybody!",
     "ball", LEFTWARD),
    ("A moving ball rolled from the left side of the frame to the right side, and whence it came I know not.",
     "ball", RIGHTWARD),
    ("Object in motion: moving ball, from the right side of the frame to the left side. Tracking.",
     "ball", LEFTWARD),
    ("What's rolling? A moving ball! Where to? From the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("I saw a moving ball roll from the right side of the frame to the left side, and it tarried not.",
     "ball", LEFTWARD),
    ("Here comes a walking dog, from the left side of the frame to the right side! Keep in step!",
     "dog", RIGHTWARD),
    ("A walking dog walked from the right side of the frame to the left side, patient as any pilgrim.",
     "dog", LEFTWARD),
    ("Pet detected: walking dog, moving from the left side of the frame to the right side. Yielding path.",
     "dog", RIGHTWARD),
    ("Who walks from the right side of the frame to the left side? A walking dog! Say it!",
     "dog", LEFTWARD),
    ("From the left side of the frame to the right side there went a walking dog, and I gave it my blessing.",
     "dog", RIGHTWARD),
    ("Status: walking dog crossing from the right side of the frame to the left side. Cleaning deferred.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Status: ball detected, staying still. A bird flies from the left of the ball to the right of the ball. No "
     "action taken.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still! The bird flies from the right of the ball to the left of the ball! Let's hear it!",
     "bird", "ball", LEFTWARD),
    ("The dog stayed still, as if in prayer, while a bird flew from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Log: the car stays still. A bird moves from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("The cat stays still! A car drives from the left of the cat to the right of the cat! Everybody!",
     "car", "cat", RIGHTWARD),
    ("A dog walked from the right of the ball to the left of the ball, and the ball stayed still.",
     "dog", "ball", LEFTWARD),
    ("Pet detected: a cat runs from the left of the ball to the right of the ball. The ball stays still.",
     "cat", "ball", RIGHTWARD),
    ("Who's walking? The dog! From the right of the ball to the left of the ball! And the ball stays still!",
     "dog", "ball", LEFTWARD),
    ("The bird kept still upon the ground, and a cat ran from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Status: the car stays still. A dog walks from the right of the car to the left of the car. Path blocked.",
     "dog", "car", LEFTWARD),
    ("Ball stays still, bird flies past! From the left of the ball to the right of the ball! Louder!",
     "bird", "ball", RIGHTWARD),
    ("Whilst the ball stayed still, a bird flew from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Obstacle log: the ball stays still; a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The dog stays still! A bird flies from the right of the dog to the left of the dog! Say it loud!",
     "bird", "dog", LEFTWARD),
    ("A dog walked from the left of the car to the right of the car, and the car stayed still, as I noted well.",
     "dog", "car", RIGHTWARD),
    ("Tracking target: bird, flying from the right of the ball to the left of the ball. Reference: ball, staying "
     "still. Dustbin check postponed.",
     "bird", "ball", LEFTWARD),
    ("The cat stays still, and the dog walks from the left of the cat to the right of the cat! Everybody, "
     "together!",
     "dog", "cat", RIGHTWARD),
    ("The car stayed still, and a dog walked from the right of the car to the left of the car, unhurried.",
     "dog", "car", LEFTWARD),
    ("Pet alert: the dog stays still. A cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball! The ball stays still! Hey hey!",
     "cat", "ball", LEFTWARD),
    ("A cat ran from the left of the dog to the right of the dog, and the dog stayed still, wiser than the cat.",
     "cat", "dog", RIGHTWARD),
    ("Warning: a ball rolls from the right of the dog to the left of the dog. The dog stays still.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still! A dog walks from the left of the bird to the right of the bird! Keep chanting!",
     "dog", "bird", RIGHTWARD),
    ("The cat stayed still, and a bird flew from the right of the cat to the left of the cat; I held my breath.",
     "bird", "cat", LEFTWARD),
    ("Status: the bird stays still. A cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("What does the cat do? The cat stays still! And the bird flies from the right of the cat to the left of the "
     "cat!",
     "bird", "cat", LEFTWARD),
    ("The cat stayed still, and a dog walked from the left of the cat to the right of the cat, and no quarrel came "
     "of it.",
     "dog", "cat", RIGHTWARD),
    ("Event: a bird flies from the right of the dog to the left of the dog. The dog stays still.",
     "bird", "dog", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat! The cat stays still! Everybody, again!",
     "dog", "cat", RIGHTWARD),
    ("At the last I saw the car stay still, and a bird fly from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Map view, from above: a moving car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner. Logging path.",
     "car", BL_BR_TR),
    ("Seen from above, everybody! A moving car goes from the lower left corner to the upper left corner, then to "
     "the upper right corner!",
     "car", BL_TL_TR),
    ("Looking down from above, as the angels do, I saw a moving car drive from the lower right corner to the lower "
     "left corner, and thence to the upper left corner.",
     "car", BR_BL_TL),
    ("Top-down map: moving car tracked from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "car", BR_TR_TL),
    ("From above! A moving car! Lower left corner, lower right corner, upper right corner! Follow it!",
     "car", BL_BR_TR),
    ("Viewed from above, a moving car went from the lower left corner to the upper left corner, then on to the "
     "upper right corner; I traced its way with my finger.",
     "car", BL_TL_TR),
    ("Overhead map: lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner. Pet zone updated.",
     "cat", BR_BL_TL),
    ("Look down from above! A lively cat runs from the lower right corner up to the upper right corner, then over "
     "to the upper left corner!",
     "cat", BR_TR_TL),
    ("Seen from above, a lively cat ran from the lower left corner to the lower right corner, then to the upper "
     "right corner, and I laughed to see it.",
     "cat", BL_BR_TR),
    ("Top-down tracking: lively cat, lower left corner to upper left corner to upper right corner. Path recorded.",
     "cat", BL_TL_TR),
    ("From above, everybody watch: lively cat, lower right corner to lower left corner, then upper left corner! "
     "Go!",
     "cat", BR_BL_TL),
    ("From on high I looked down and beheld a lively cat run from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Aerial view, from above: flying bird moves from the lower left corner to the lower right corner, then to the "
     "upper right corner. Not a cleaning target.",
     "bird", BL_BR_TR),
    ("Seen from above! The flying bird goes from the lower left corner to the upper left corner, and then to the "
     "upper right corner! Fly!",
     "bird", BL_TL_TR),
    ("As the saints in heaven might see it, from above, a flying bird flew from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Map update, top-down: flying bird detected at the lower right corner, then the upper right corner, then the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Eyes down, from above! Flying bird: lower left corner, lower right corner, upper right corner! Repeat it!",
     "bird", BL_BR_TR),
    ("Looking down from above, I watched a flying bird fly from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Floor map, seen from above: moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("From above, watch it roll! A moving ball from the lower right corner to the upper right corner, then to the "
     "upper left corner!",
     "ball", BR_TR_TL),
    ("From above, as on a map of the holy roads, a moving ball rolled from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Top-down view: moving ball path logged, lower left corner to upper left corner to upper right corner. "
     "Avoiding.",
     "ball", BL_TL_TR),
    ("Look from above, everybody! Moving ball, lower right corner, then lower left corner, then upper left corner!",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolled from the lower right corner to the upper right corner, and from there "
     "to the upper left corner. Strange are the sights of the road.",
     "ball", BR_TR_TL),
    ("Pet path, map view from above: walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("From above! The walking dog walks from the lower left corner to the upper left corner, then to the upper "
     "right corner! March with it!",
     "dog", BL_TL_TR),
    ("From above, a walking dog walked from the lower right corner to the lower left corner, then to the upper "
     "left corner, steady as a pilgrim.",
     "dog", BR_BL_TL),
    ("Overhead tracking: walking dog, from the lower right corner to the upper right corner, then to the upper "
     "left corner. Cleaning resumes after.",
     "dog", BR_TR_TL),
    ("Top-down view, everybody! A walking dog goes lower left corner to lower right corner, then upper right "
     "corner!",
     "dog", BL_BR_TR),
    ("Looking down from above, I saw a walking dog go from the lower left corner to the upper left corner and on "
     "to the upper right corner; thus ended that day's wonders.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
