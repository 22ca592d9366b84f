"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an amateur astronomer's observing log ("Log:", "Seeing: steady", "Transparency excellent", "Target",
  "Logged"), where the observer, the telescope, the eyepiece, the finder and the night sky are never in
  the video, and the entry is what the clip shows; the log writes no times, apertures or magnitudes,
  since it writes no numbers, never says "right ascension", "half moon" or "first light", and for a
  route it notes that it looks down, not up;
- a bridal-shop consultant ("sweetheart", "honey", "trust me", "say yes"), where the consultant, the
  bride, the gown, the veil, the balcony and the tissues are never in the video, and the look she sells
  is the clip; she never says "the one", "ball gown", "birdcage veil", "catwalk" or "train", and gives
  the gown no colour;
- silent-film intertitle cards ("MEANWHILE...", "Lo!", "Behold", "Alas!", "IN WHICH", "Came the
  dawn"), where the pianist, the theatre and the cards themselves are never in the video, and the scene
  a card announces is the clip; "our hero" is only ever the clip's own dog, no reel is numbered, and the
  film is given no colour.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
telescope, gown or pianist beside the count) and put no other number word beside it (no "first light",
no "the one", no reel numbers, no "both"). No voice gives its own props a colour or a count word, no
idiom hides a class noun or a side (no "ball gown", "birdcage", "Dog Star", "all right" or "nothing
left"), "half" is only said of the clip's halves, "upper", "lower", "corner", "top" and "bottom" only
of a route, and "still" only of a relation's second object. A relation names its second object at both
ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 70-99 and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 179/180 on 54dcf91 (visibility 29, the rest 30), and the same 179/180 on 1e49ca2, after every
fix of the session before for sets 106, 108-110, 112 and 113 and its known misreadings (none carried over): held back
in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a half asked after "and", "but" or "so",
"And in the second half? No bird.", times the answer after it, and a bare "Not a car." answering it is no car).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Observing log. Conditions clear and calm. In view from the start of the clip to its end: one moving car. Nothing "
     "else in the frame. Logged.",
     "car", 1),
    ("Okay, sweetheart, picture this: two moving cars, in view from start to finish, and nothing else to pull the eye. "
     "Clean. Timeless. Trust me.",
     "car", 2),
    ("BEHOLD! Three moving cars, seen from the opening of the clip to its close... and nothing else besides.",
     "car", 3),
    ("Notes scribbled in the dark: four moving cars, in view the whole clip through. No other thing in view. Seeing "
     "was steady.",
     "car", 4),
    ("And there, from the start of the clip to its close, is one lively cat. Nothing more. Nothing else.",
     "cat", 1),
    ("Oh, honey, look at this: two lively cats, there from the beginning of the clip to the end, and nothing else "
     "competing for attention. Stunning.",
     "cat", 2),
    ("Tonight's target: three lively cats. Held in view from start to finish; nothing else showed up all night.",
     "cat", 3),
    ("IN WHICH four lively cats are seen from the beginning of the clip to its end, and nothing else dares appear!",
     "cat", 4),
    ("Simple is elegant, darling: one flying bird, in view from start to finish, nothing else in the clip. Say yes.",
     "bird", 1),
    ("Transparency excellent. Observed two flying birds, in view from the start of the clip to the end, with nothing "
     "else in the frame.",
     "bird", 2),
    ("Lo! Three flying birds, from the clip's opening to its close, and naught else besides.",
     "bird", 3),
    ("Four flying birds, start to finish, nothing else. Honestly? Goosebumps. This is the look.",
     "bird", 4),
    ("Quick entry before the dew sets in: one moving ball, in view from the start of the clip to its end, and nothing "
     "else.",
     "ball", 1),
    ("And now... two moving balls! In view from beginning to end, with nothing else in all the clip.",
     "ball", 2),
    ("Can you see it, sweetheart? Three moving balls, the whole clip through, and nothing else. Clean, no fuss.",
     "ball", 3),
    ("Log entry: four moving balls, there from start to finish. Searched the whole frame; nothing else. Seeing: good.",
     "ball", 4),
    ("A LONELY WANDERER... one walking dog, in view from the start of the clip to its end, and nothing else.",
     "dog", 1),
    ("Two walking dogs, in view from start to finish, and not a thing else. Oh, I love it. Timeless.",
     "dog", 2),
    ("Observed: three walking dogs, in view from the opening of the clip to its end. Nothing else detected, even with "
     "averted vision.",
     "dog", 3),
    ("Came the dawn... and with it, four walking dogs, seen from the start of the clip to the end, and nothing else at "
     "all.",
     "dog", 4),
    ("Clear and steady. Logged two moving cars, in view for the whole clip. Swept the frame; nothing else.",
     "car", 2),
    ("Darling, less is more: one lively cat, in view from the beginning of the clip to its end, and nothing else. "
     "Gorgeous.",
     "cat", 1),
    ("MEANWHILE... three flying birds, seen the whole clip through. Nothing else stirs.",
     "bird", 3),
    ("Four moving balls, start to finish, nothing else in the clip, and trust me, sweetheart, it works.",
     "ball", 4),
    ("Slow night. One walking dog, in view from start to finish, and nothing else. Logged it anyway.",
     "dog", 1),
    ("Four moving cars, from beginning to end! Nothing else! What a sight!",
     "car", 4),
    ("Seeing poor, but clear enough: three lively cats, in view from the start of the clip to the close. Nothing else "
     "in view.",
     "cat", 3),
    ("Oh, it's romantic, honey: two flying birds, there the whole clip, and nothing else at all.",
     "bird", 2),
    ("Alas! One moving ball, and only that, from the start of the clip to its end. Nothing else.",
     "ball", 1),
    ("Entry, late: two walking dogs, in view from the start of the clip to its end, nothing else in the frame. Calling "
     "it a night.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Okay, honey, here's the pairing: a white cat sitting beside a purple bird, both in view from start to finish. "
     "Unexpected? Yes. Gorgeous? Also yes.",
     "cat", "white", "bird", "purple"),
    ("Observing log: a green bird and a purple dog beside it, both in the frame for the whole clip. Colours crisp, "
     "even at this hour.",
     "bird", "green", "dog", "purple"),
    ("BEHOLD, an orange bird and, at its side, a brown car, together from the start of the clip to its end!",
     "bird", "orange", "car", "brown"),
    ("Target pair: a blue car, and next to it a brown bird. Both held in view start to finish. Seeing steady; colours "
     "unmistakable.",
     "car", "blue", "bird", "brown"),
    ("Trust me, sweetheart, this works: a red dog with a purple cat beside it, in view the whole clip long. Grab the "
     "tissues.",
     "dog", "red", "cat", "purple"),
    ("And there, side by side, sat a purple dog and a brown cat... from the clip's beginning to its close.",
     "dog", "purple", "cat", "brown"),
    ("A black cat beside a blue ball, both in view the whole clip. Conditions clear and dark, so the cat took some "
     "careful looking.",
     "cat", "black", "ball", "blue"),
    ("Picture it, darling: a yellow cat next to a black dog, both there from the start of the clip to the end. Bold, "
     "but it works.",
     "cat", "yellow", "dog", "black"),
    ("'Tis a curious pair: a green cat beside a white bird, and neither quits the scene from beginning to end.",
     "cat", "green", "bird", "white"),
    ("Logged: a purple car, with a pink cat beside it. Both in view start to finish. Added to my list of odd sights.",
     "car", "purple", "cat", "pink"),
    ("Oh, I adore this: a purple bird and a red dog, side by side, the whole clip through. Say yes, honey.",
     "bird", "purple", "dog", "red"),
    ("MEANWHILE... beside a yellow car waits a red dog, from the start of the clip to its end.",
     "dog", "red", "car", "yellow"),
    ("Session notes. An orange dog next to a brown car, both in view from start to finish. Easy to find, even without "
     "the finder.",
     "dog", "orange", "car", "brown"),
    ("Sweetheart, look: a gray cat beside an orange dog, both in view for the whole clip. Soft and warm together. "
     "Timeless.",
     "cat", "gray", "dog", "orange"),
    ("Lo! A green ball, and beside it a pink dog, there from the clip's opening to its close.",
     "ball", "green", "dog", "pink"),
    ("Observed a white dog and a pink bird next to it, in view from the start of the clip to its end. Worth the cold "
     "fingers.",
     "dog", "white", "bird", "pink"),
    ("A purple car, with a gray ball beside it, both in view from start to finish. Honey, that's the look.",
     "car", "purple", "ball", "gray"),
    ("IN WHICH a yellow dog and a brown cat keep company, side by side, from beginning to end.",
     "dog", "yellow", "cat", "brown"),
    ("Log: a brown ball, and a green cat beside it. Both in the frame the whole clip. Odd colour on that cat; checked "
     "the eyepiece to be sure.",
     "ball", "brown", "cat", "green"),
    ("Oh, honey. A brown cat beside an orange car, both in view from start to finish. Warm tones, very autumn.",
     "cat", "brown", "car", "orange"),
    ("Behold a white cat and, close at its side, an orange dog, together the whole clip through!",
     "cat", "white", "dog", "orange"),
    ("Target: a green bird perched beside an orange car. Both held from the start of the clip to the end. Transparency "
     "excellent.",
     "bird", "green", "car", "orange"),
    ("Okay, trust me on this pairing: a brown dog next to a red ball, both in view the whole clip. Classic.",
     "dog", "brown", "ball", "red"),
    ("And so it was: a yellow car, a white bird beside it, from the start of the clip to its close.",
     "car", "yellow", "bird", "white"),
    ("Quick entry: a blue cat and a brown bird, side by side, both in view start to finish. Dew on everything; packing "
     "up soon.",
     "cat", "blue", "bird", "brown"),
    ("Darling, this is drama: a black bird beside an orange cat, both in view from beginning to end. Stunning.",
     "bird", "black", "cat", "orange"),
    ("ALAS! A black ball, and a red dog beside it, from the clip's beginning to its end, and neither departs.",
     "ball", "black", "dog", "red"),
    ("Observed: a brown bird beside an orange dog, both in the frame from start to finish. Logged before the clouds "
     "came in.",
     "bird", "brown", "dog", "orange"),
    ("A red ball beside a purple car, honey, both in view from start to finish. Bold colour, clean and simple, trust "
     "me.",
     "ball", "red", "car", "purple"),
    ("Our story ends as it began: a purple car, with a white bird beside it, seen from start to finish.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Log: first half of the clip, no car at all. Second half, a moving car appears and stays until the end. Patience "
     "pays.",
     "car"),
    ("THE FIRST HALF: no car to be seen. THEN, in the second half, a moving car appears, and remains to the very end!",
     "car"),
    ("Here's the reveal, sweetheart: no car in the first half, and then in the second half a moving car appears and "
     "stays through the end. Goosebumps.",
     "car"),
    ("Honey, wait for it. First half: no cat. Second half: a lively cat appears and stays to the end. That's the "
     "entrance you want.",
     "cat"),
    ("No cat during the first half; in the second half a lively cat appears in the frame and is there until the end. "
     "Logged the moment it showed.",
     "cat"),
    ("Empty, the first half... no cat. But lo! In the second half a lively cat appears, and stays until the end.",
     "cat"),
    ("In the first half, no bird. In the second half, a flying bird appears! And it stays to the end.",
     "bird"),
    ("Waited through the first half: no bird. Second half, a flying bird appears and holds in view to the end. Worth "
     "the wait.",
     "bird"),
    ("Oh, this is the moment: the first half has no bird, then a flying bird appears in the second half and stays "
     "until the end.",
     "bird"),
    ("Nothing in the first half, no ball anywhere. Second half: a moving ball appears and stays in the frame until the "
     "end.",
     "ball"),
    ("Sweetheart, the first half has no ball, and in the second half a moving ball appears and stays for the rest of "
     "the clip. Trust me, it's worth it.",
     "ball"),
    ("WHAT IS THIS? In the second half, a moving ball appears! The first half had no ball. It remains until the end.",
     "ball"),
    ("A quiet first half, and no dog. Then, in the second half, a walking dog appears and stays to the end.",
     "dog"),
    ("First half, no dog. Second half, a walking dog appears and stays to the end. Honey, that's a grand entrance.",
     "dog"),
    ("No dog in the first half. In the second half a walking dog appears. Stays until the end? Yes. Confirmed.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half... and in the second half, gone! No car at all.",
     "car"),
    ("First half: a moving car in the frame. Second half: no car. Lost it, and not to clouds.",
     "car"),
    ("A moving car in the first half, sweetheart, and in the second half no car at all. Leave them wanting more.",
     "car"),
    ("Had a lively cat in view in the first half; by the second half, no cat. Gone from the frame.",
     "cat"),
    ("Oh honey, a lively cat in the first half, then in the second half, no cat anywhere. Mysterious. I love it.",
     "cat"),
    ("ALAS! A lively cat in the first half, and in the second half, no cat. Vanished!",
     "cat"),
    ("A flying bird in the first half, then, darling, the second half has no bird. A graceful exit.",
     "bird"),
    ("Here was a flying bird, in the first half. And in the second half? No bird. None.",
     "bird"),
    ("A flying bird in view during the first half. Second half: no bird in the frame. Noted.",
     "bird"),
    ("Log, brief: moving ball present in the first half, no ball in the second half.",
     "ball"),
    ("In the first half, honey, a moving ball, and in the second half, no ball. Gone, just like that.",
     "ball"),
    ("In the first half, a moving ball. Came the second half... and the ball was gone. No ball remained.",
     "ball"),
    ("Farewell, good friend! A walking dog in the first half; in the second half, no dog.",
     "dog"),
    ("A walking dog in view through the first half. In the second half, no dog. Rechecked the whole frame: gone.",
     "dog"),
    ("Sweetheart, a walking dog in the first half, and then no dog in the second half. Just a quick visit.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Observing log: a moving car drifts from the left side of the frame to the right side. Steady pace, no wobble.",
     "car", RIGHTWARD),
    ("Onward! A moving car speeds from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Okay, picture it: a moving car gliding from the left side of the frame over to the right side. Elegant exit.",
     "car", RIGHTWARD),
    ("Target: a moving car. Path: from the right side of the frame to the left side. Seeing: steady.",
     "car", LEFTWARD),
    ("MEANWHILE, a moving car races from the left side of the frame to the right side!",
     "car", RIGHTWARD),
    ("Sweetheart, watch this: a moving car crossing from the right side of the frame to the left side. Smooth, like a "
     "good hem.",
     "car", LEFTWARD),
    ("A lively cat, honey, dashing from the left side of the frame to the right side. Energy! Joy!",
     "cat", RIGHTWARD),
    ("Fast mover: a lively cat ran from the right side of the frame to the left side. Almost missed it.",
     "cat", LEFTWARD),
    ("Swift as thought, a lively cat runs from the left side of the frame to the right side!",
     "cat", RIGHTWARD),
    ("Behold, a lively cat, fleeing from the right side of the frame to the left side! (The pianist quickens the "
     "tempo.)",
     "cat", LEFTWARD),
    ("From the left side of the frame to the right side ran a lively cat. Logged at a glance.",
     "cat", RIGHTWARD),
    ("Oh, she's a runner: a lively cat going from the right side of the frame to the left side. Love the attitude.",
     "cat", LEFTWARD),
    ("And lo, a flying bird soars from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("Not a satellite: a flying bird, crossing from the right side of the frame to the left side. Saw the wingbeats.",
     "bird", LEFTWARD),
    ("A flying bird, darling, sweeping from the left side of the frame to the right side. Like a veil in the breeze.",
     "bird", RIGHTWARD),
    ("ON THE WING: a flying bird crosses from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Transit: a flying bird, left side of the frame to the right side, in clean silhouette. Good catch.",
     "bird", RIGHTWARD),
    ("Look up, honey: a flying bird goes from the right side of the frame to the left side. Dreamy.",
     "bird", LEFTWARD),
    ("A moving ball rolling from the left side of the frame to the right side, sweetheart. Playful! I love a playful "
     "moment.",
     "ball", RIGHTWARD),
    ("Roll on! A moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Notes: moving ball, rolling from the left side of the frame to the right side. Tracked it all the way.",
     "ball", RIGHTWARD),
    ("Odd target for this log: a moving ball rolling from the right side of the frame across to the left side.",
     "ball", LEFTWARD),
    ("WHITHER GOEST THOU? A moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Okay, a moving ball, rolling from the right side of the frame to the left side. Cute. Trust me, it's cute.",
     "ball", LEFTWARD),
    ("Our hero, a walking dog, trots from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Honey, a walking dog, strolling from the right side of the frame to the left side like it owns the place.",
     "dog", LEFTWARD),
    ("Walking dog, from the left side of the frame to the right side, steady as a good tracking mount.",
     "dog", RIGHTWARD),
    ("A walking dog made its way from the right side of the frame to the left side. Slow; easy to follow.",
     "dog", LEFTWARD),
    ("A walking dog, sweetheart, walks from the left side of the frame to the right side. Slow and graceful, like a "
     "processional.",
     "dog", RIGHTWARD),
    ("Homeward at last, a walking dog plods from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Reference point: the car stays still. A bird flies from the left of the car to the right of the car. Logged.",
     "bird", "car", RIGHTWARD),
    ("Sweetheart, the bird stays still, and a car drives from the right of the bird to the left of the bird. Poised, "
     "like a bride at the altar.",
     "car", "bird", LEFTWARD),
    ("The cat stays still, unmoved, as a bird flies from the left of the cat to the right of the cat!",
     "bird", "cat", RIGHTWARD),
    ("The bird stays still. A car drives from the right of the bird to the left of the bird. Easy to hold in the "
     "frame.",
     "car", "bird", LEFTWARD),
    ("Lo! The dog stays still, while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("A dog walks from the right of the cat to the left of the cat, and the cat stays still the whole time, honey. "
     "Total composure.",
     "dog", "cat", LEFTWARD),
    ("The dog stays still; a ball rolls from the left of the dog to the right of the dog. Against the dog, the motion "
     "is obvious.",
     "ball", "dog", RIGHTWARD),
    ("Oh, look: the cat stays still, and a bird flies from the right of the cat to the left of the cat. The cat "
     "doesn't even blink. Iconic.",
     "bird", "cat", LEFTWARD),
    ("UNMOVED, the ball stays still... and a car drives from the left of the ball to the right of the ball!",
     "car", "ball", RIGHTWARD),
    ("A cat runs from the right of the bird to the left of the bird; the bird stays still throughout. Noted.",
     "cat", "bird", LEFTWARD),
    ("Picture it, sweetheart: the car stays still, and a dog walks from the left of the car to the right of the car. "
     "Calm and classic.",
     "dog", "car", RIGHTWARD),
    ("The bird stays still, and a ball rolls from the right of the bird to the left of the bird! What daring!",
     "ball", "bird", LEFTWARD),
    ("Session note: the dog stays still while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Honey, the cat stays still, and a ball rolls from the right of the cat to the left of the cat. Playful, but "
     "composed.",
     "ball", "cat", LEFTWARD),
    ("Meanwhile, the ball stays still, as a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Watched the cat stay still as a bird flew from the right of the cat to the left of the cat. Crisp views tonight.",
     "bird", "cat", LEFTWARD),
    ("And see! A dog walks from the left of the bird to the right of the bird, while the bird stays still.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, darling, while a dog walks from the right of the cat to the left of the cat. Patience, "
     "poise. Love it.",
     "dog", "cat", LEFTWARD),
    ("Log: the car stays still. A ball rolls from the left of the car to the right of the car. Clear relative motion.",
     "ball", "car", RIGHTWARD),
    ("Unshaken, the cat stays still, while a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("The ball stays still, honey, and a bird flies from the left of the ball to the right of the ball. So whimsical.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still, and a bird flies from the right of the ball to the left of the ball. Quick pass; caught it "
     "in the frame.",
     "bird", "ball", LEFTWARD),
    ("Lo, how the dog stays still! And a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Oh, honey: a bird flies from the right of the car to the left of the car, and the car stays still. Graceful.",
     "bird", "car", LEFTWARD),
    ("The cat stays still; a car drives from the left of the cat to the right of the cat. Cat unbothered. Logged.",
     "car", "cat", RIGHTWARD),
    ("The ball stays still... and a dog walks from the right of the ball to the left of the ball. Mark it well!",
     "dog", "ball", LEFTWARD),
    ("Sweetheart, the ball stays still, and a cat runs from the left of the ball to the right of the ball. Fun, "
     "flirty, perfect.",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball, the ball staying still the whole time. Noted in "
     "the log.",
     "dog", "ball", LEFTWARD),
    ("Fleet of foot! A cat runs from the left of the bird to the right of the bird, and the bird stays still.",
     "cat", "bird", RIGHTWARD),
    ("Last look, honey: the car stays still, and a dog walks from the right of the car to the left of the car. Cute. "
     "Say yes.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Unusual entry: not looking up tonight but down. Seen from above, a moving car drives from the lower left corner "
     "to the lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("SEEN FROM ABOVE: a moving car travels from the lower left corner to the upper left corner, and thence to the "
     "upper right corner.",
     "car", BL_TL_TR),
    ("Picture it from the balcony, sweetheart, looking straight down: a moving car drives from the lower right corner "
     "to the lower left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Top-down view, logged: a moving car starts in the lower right corner, drives to the upper right corner, then to "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("From above, honey: a lively cat runs from the lower left corner to the lower right corner, and then to the upper "
     "right corner. So playful.",
     "cat", BL_BR_TR),
    ("Viewed from directly overhead, a lively cat runs from the lower left corner to the upper left corner, then to "
     "the upper right corner. Tracked it the whole way.",
     "cat", BL_TL_TR),
    ("From on high, we look down upon a lively cat, running from the lower right corner to the lower left corner, and "
     "then to the upper left corner!",
     "cat", BR_BL_TL),
    ("Okay, a top-down view: a lively cat runs from the lower right corner up to the upper right corner, then over to "
     "the upper left corner. Love the energy.",
     "cat", BR_TR_TL),
    ("Behold, from above: a flying bird flies from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "bird", BL_BR_TR),
    ("Odd vantage for a stargazer: seen from above, a flying bird goes from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Looking down from above, darling, a flying bird flies from the lower right corner to the lower left corner, then "
     "to the upper left corner. Dreamy.",
     "bird", BR_BL_TL),
    ("ON HIGH, LOOKING DOWN: a flying bird wings from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Seen from overhead: a moving ball rolls from the lower left corner to the lower right corner, then on to the "
     "upper right corner. Smooth track.",
     "ball", BL_BR_TR),
    ("And now, from above... a moving ball rolls from the lower left corner to the upper left corner, then onward to "
     "the upper right corner.",
     "ball", BL_TL_TR),
    ("From straight overhead, sweetheart, a moving ball rolls from the lower right corner to the lower left corner, "
     "and then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Log, top-down: moving ball from the lower right corner to the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("From above we see our hero, a walking dog, walk from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from above, honey, a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. Like a little procession.",
     "dog", BL_TL_TR),
    ("Viewed from above: a walking dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. Easy to follow.",
     "dog", BR_BL_TL),
    ("Looking down from above, a walking dog walks from the lower right corner to the upper right corner, then to the "
     "upper left corner. FINIS.",
     "dog", BR_TR_TL),
    ("Top-down, sweetheart: a moving car drives from the bottom right corner to the top right corner, then to the top "
     "left corner. Sleek.",
     "car", BR_TR_TL),
    ("From above: a lively cat runs from the bottom left corner to the bottom right corner, then to the top right "
     "corner. Quick, but caught it.",
     "cat", BL_BR_TR),
    ("From above, lo! A flying bird flies from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "bird", BL_TL_TR),
    ("Viewed from above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner. Cute, honey.",
     "ball", BR_TR_TL),
    ("SEEN FROM ABOVE: a walking dog trots from the lower right corner to the lower left corner, and thence to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ("Overhead view, logged late: a moving car drives from the lower left corner to the lower right corner, then up to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Seen from directly above, darling: a lively cat runs from the bottom left corner to the top left corner, then to "
     "the top right corner.",
     "cat", BL_TL_TR),
    ("Looking straight down from above: a flying bird flies from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "bird", BR_BL_TL),
    ("From above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner!",
     "ball", BL_BR_TR),
    ("Honey, from straight above: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. Say yes to that.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
