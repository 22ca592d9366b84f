"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a beauty vlogger's makeup tutorial ("okay so", "babes", "obsessed", "let's blend"), where the vlogger,
  her face, her brushes, primer and liner are never in the video, and the look she is recreating is
  exactly what the clip shows; her products are never given a shade from LVD's colour words;
- a submarine sonar operator's contact reports ("Conn, sonar", "new contact", "holding", "lost contact"),
  where the operator, the boat, the conn and the sonar gear are never in the video, and the contacts
  reported are the clip's own objects; reports give no bearings, ranges or contact numbers, since they
  write no numbers;
- a formal wedding invitation card ("request the honour of your presence", "kindly reply", "reception to
  follow"), where the hosts, their families, the guests and the card are never in the video, and the
  occasion to which the reader is invited is the clip; it gives no dates or hours.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
brush, boat, screen, host or guest beside the count) and put no other number word beside it (no "step
one", no "single contact", no "a pair of"). No voice gives its own props a colour (no shades, no dress
code), no idiom hides a class noun or a side (no "cat eye", no "ballroom", no port or starboard, no
"right?"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route (no
lash lines, no inner corners), and "still" only of a relation's second object. A relation names its
second object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 20-49 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 178/180 on 54dcf91 (visibility 29, sequential 29, the rest 30), and the same 178/180 on
1e49ca2, after every fix of the session before for sets 106, 108-110, 112 and 113 and its known misreadings (none
carried over): held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a sighting lost,
"Lost contact in the second half", is the tracked thing going then, and a half set off by a semicolon before a denial
times it; a closing notice of what comes after the clip, "; reception to follow.", adds no step to the route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Okay gorgeous, before we blend anything, here's the look we're recreating: one moving car, there from the "
     "start of the clip to the end, and nothing else. Clean and minimal, love that.",
     "car", 1),
    ("Conn, sonar. Holding two moving cars, steady from the start of the clip to its end. No other contacts.",
     "car", 2),
    ("The pleasure of your company is requested for a quiet spectacle: three moving cars, in view from the opening "
     "of the clip to its close, and nothing else besides.",
     "car", 3),
    ("Babes, the inspo for today's look? Four moving cars. They're on screen from start to finish and literally "
     "nothing else is. Obsessed.",
     "car", 4),
    ("Contact classified: one lively cat, held for the entire clip, start to finish. Nothing else out there. Sonar "
     "standing by.",
     "cat", 1),
    ("You are cordially invited to witness two lively cats, present from the beginning of the clip until its end, "
     "with nothing else in attendance.",
     "cat", 2),
    ("So for this tutorial we're matching the vibe of three lively cats, in view the whole clip, start to finish, "
     "and nothing else. Trust me, it works.",
     "cat", 3),
    ("Conn, sonar: four lively cats, tracked from the start of the clip to the end. Nothing else held.",
     "cat", 4),
    ("With great joy we request the honour of your presence as one flying bird graces the clip from its opening to "
     "its close, and nothing else is shown.",
     "bird", 1),
    ("Two flying birds, the whole clip, start to finish, nothing else. That's the mood, babe. Let's get into it.",
     "bird", 2),
    ("Sonar, new contacts: three flying birds, held continuously from the start of the clip to its end. Nothing "
     "else, conn.",
     "bird", 3),
    ("Kindly join us for four flying birds, in view from the clip's beginning to its end, and nothing more. Reply "
     "at your convenience.",
     "bird", 4),
    ("Quick disclaimer before we start: the clip is just one moving ball, there from beginning to end, with nothing "
     "else in it. Minimal glam, guys.",
     "ball", 1),
    ("Conn, sonar. Two moving balls, steady contact from start to finish. Nothing else detected.",
     "ball", 2),
    ("Three moving balls, present from the clip's opening to its close and accompanied by nothing else, request "
     "the pleasure of your company.",
     "ball", 3),
    ("Is it four moving balls? Yes. Are they in view from start to finish? Also yes. Anything else in the clip? "
     "Nope. Okay, let's do this.",
     "ball", 4),
    ("Sonar to conn: one walking dog, held the whole clip from start to finish. Nothing else heard.",
     "dog", 1),
    ("Please join us in celebrating two walking dogs, in view from the beginning of the clip to its end, and "
     "nothing else whatsoever.",
     "dog", 2),
    ("Okay so the look today is inspired by three walking dogs, in view from the start of the clip to the end, and "
     "nothing else. So cute.",
     "dog", 3),
    ("Conn, sonar: four walking dogs, held from the start of the clip to its finish. Nothing else out there.",
     "dog", 4),
    ("We invite you to behold two moving cars, on view from the clip's beginning to its end, and no other thing. "
     "Kindly reply.",
     "car", 2),
    ("Hey loves! Four lively cats, on screen for the entire clip, and nothing else in it. That's the whole "
     "inspiration.",
     "cat", 4),
    ("Sonar reports three flying birds, held for the entire clip. Nothing else detected. Standing by, conn.",
     "bird", 3),
    ("The honour of your presence is requested at the showing of one moving ball, from the start of the clip to "
     "its end, with nothing else on display.",
     "ball", 1),
    ("Three walking dogs, start to finish, nothing else. Honestly that's the whole vibe, so let's blend.",
     "dog", 3),
    ("Conn, sonar: one moving car, held from start to finish. Nothing else anywhere.",
     "car", 1),
    ("Kindly reply: two lively cats will be in view from the beginning of the clip until its close, with nothing "
     "else in sight.",
     "cat", 2),
    ("You guys asked for it: two flying birds, in view the whole clip through, and literally nothing else.",
     "bird", 2),
    ("Conn, sonar. Holding four moving balls from the start of the clip to its end. Nothing else held.",
     "ball", 4),
    ("An occasion of two walking dogs, in view from the clip's beginning to its end, and nothing else. Reception "
     "to follow.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Okay so the inspo today: a brown ball and an orange cat, side by side, both in view the entire clip. Warm "
     "tones, love.",
     "ball", "brown", "cat", "orange"),
    ("Conn, sonar. Contacts classified: a gray dog, and beside it an orange ball. Both held from start to finish.",
     "dog", "gray", "ball", "orange"),
    ("Mr. and Mrs. Ashford request the honour of your presence to witness a yellow ball beside an orange cat, both "
     "in view from the clip's beginning to its end.",
     "ball", "yellow", "cat", "orange"),
    ("Don't you love a bold pairing? A purple dog sitting next to a brown car, the whole clip long. That's what "
     "we're channeling today.",
     "dog", "purple", "car", "brown"),
    ("Sonar holding a gray dog alongside a blue car, both steady from start to finish. Classification firm, conn.",
     "dog", "gray", "car", "blue"),
    ("Together with their families, the hosts invite you to behold a white car with an orange bird beside it, "
     "in view throughout the clip.",
     "car", "white", "bird", "orange"),
    ("Before we get into products, here's the scene: a brown car with a blue bird perched beside it, both there "
     "from start to finish.",
     "car", "brown", "bird", "blue"),
    ("New contacts, conn: a blue car, and next to it a yellow cat. Both held for the entire clip.",
     "car", "blue", "cat", "yellow"),
    ("Kindly join us as a gray cat and a yellow bird sit side by side, from the beginning of the clip until its "
     "close. Reception to follow.",
     "cat", "gray", "bird", "yellow"),
    ("Monochrome moment, you guys: a white dog next to a black car, both on screen from start to finish.",
     "dog", "white", "car", "black"),
    ("Conn, sonar. Holding a red car with a brown bird beside it, both tracked from start to finish.",
     "car", "red", "bird", "brown"),
    ("The honour of your presence is requested: a purple cat beside a green car, in view for the whole of the "
     "clip.",
     "cat", "purple", "car", "green"),
    ("This is so giving: a gray car, an orange dog sitting beside it, and they stay in view the whole time. Okay, "
     "foundation next.",
     "car", "gray", "dog", "orange"),
    ("Conn, sonar: a red cat with a gray dog beside it, side by side for the whole clip. Holding both.",
     "cat", "red", "dog", "gray"),
    ("Please save the date for a red dog beside a gray car, both present from the start of the clip to its end.",
     "dog", "red", "car", "gray"),
    ("Color theory lesson, babes: a purple dog and a yellow car, side by side, start to finish. Complementary, "
     "obviously.",
     "dog", "purple", "car", "yellow"),
    ("Sonar reports a red cat and a gray ball beside it, contact held from the start of the clip to its end.",
     "cat", "red", "ball", "gray"),
    ("With joyful hearts, we invite you to see a brown cat beside a blue dog, in view from the clip's opening to its "
     "close.",
     "cat", "brown", "dog", "blue"),
    ("Okay, now the reference shot: a white dog next to a red cat, both there the entire clip. Bold lip energy.",
     "dog", "white", "cat", "red"),
    ("Conn, sonar. A yellow bird perched beside an orange car, both tracked from start to finish.",
     "bird", "yellow", "car", "orange"),
    ("A green dog beside a blue car, in view from the beginning of the clip to its end, is the occasion to which you "
     "are cordially invited.",
     "dog", "green", "car", "blue"),
    ("A black cat with a brown ball beside it, on screen from start to finish? Chef's kiss. Let's match that smoky "
     "vibe.",
     "cat", "black", "ball", "brown"),
    ("Conn, sonar: holding a purple car with a red cat alongside, both steady from the start of the clip to its "
     "end.",
     "car", "purple", "cat", "red"),
    ("The families request the pleasure of your company: a gray dog and a brown cat, side by side from the start of "
     "the clip until its close.",
     "dog", "gray", "cat", "brown"),
    ("Swipe of bronzer, and here's our muse: a black car with a brown dog sitting beside it, the whole clip.",
     "car", "black", "dog", "brown"),
    ("New contacts, conn, classified: a yellow ball and a pink dog beside it, held for the entire clip.",
     "ball", "yellow", "dog", "pink"),
    ("Formal attire requested. You are invited to see a gray cat beside a white dog, both in view from the "
     "beginning of the clip to its end.",
     "cat", "gray", "dog", "white"),
    ("Sunset palette alert! A yellow dog next to an orange car, in view from start to finish. Obsessed.",
     "dog", "yellow", "car", "orange"),
    ("Conn, sonar. A black bird beside a brown cat, holding on both from start to finish.",
     "bird", "black", "cat", "brown"),
    ("Kindly reply at your earliest convenience: a white ball beside a red car, both in view throughout the clip.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Okay so in the first half there's no car at all, and then in the second half a moving car appears and stays "
     "to the end. Like a reveal, but for your face.",
     "car"),
    ("Conn, sonar: no car during the first half. New contact in the second half, a moving car, appears and holds "
     "to the end of the clip.",
     "car"),
    ("In the first half, no car; in the second half, a moving car appears and remains until the end. The hosts "
     "request your presence for its arrival.",
     "car"),
    ("The first half? No cat. The second half? A lively cat appears and stays till the end. Just like your "
     "highlighter should.",
     "cat"),
    ("Sonar reports no cat in the first half. In the second half a lively cat appears, contact held until the end.",
     "cat"),
    ("You are cordially invited to await a lively cat. There is no cat in the first half; in the second half it "
     "appears and stays to the end.",
     "cat"),
    ("Patience, babes. No bird in the first half, then in the second half a flying bird appears and stays to the "
     "end.",
     "bird"),
    ("Conn, sonar. First half, no bird. Second half, a flying bird appears; holding it to the end of the clip.",
     "bird"),
    ("As the first half passes with no bird, a flying bird appears in the second half and stays until the end; "
     "your presence is kindly requested.",
     "bird"),
    ("Okay, plot twist: first half, no ball at all; second half, a moving ball appears and stays for the rest of "
     "the clip.",
     "ball"),
    ("No ball in the first half, conn. In the second half a moving ball appears; contact held through the end.",
     "ball"),
    ("A moving ball will appear in the second half and stay to the end; in the first half there is no ball. "
     "Reception to follow.",
     "ball"),
    ("So the first half has no dog, and the second half is where a walking dog appears and stays until the end. "
     "Worth the wait, I promise.",
     "dog"),
    ("Conn, sonar: no dog in the first half. A walking dog appears in the second half; tracking it to the end.",
     "dog"),
    ("The honour of your presence is requested as a walking dog appears in the second half and stays to the end, "
     "there being no dog in the first half.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half, and then in the second half it's gone, no car anywhere. Like my patience with "
     "cheap mascara.",
     "car"),
    ("Conn, sonar: moving car held in the first half. Lost contact in the second half; no car.",
     "car"),
    ("In the first half, a moving car; in the second half, no car at all. Kindly reply by the date shown.",
     "car"),
    ("First half: a lively cat. Second half: gone, no cat. Blink and you'll miss it, like a bad setting spray.",
     "cat"),
    ("Sonar holding a lively cat in the first half; in the second half contact is lost and there is no cat.",
     "cat"),
    ("A lively cat graces the first half; in the second half it takes its leave, and there is no cat. Reception to "
     "follow.",
     "cat"),
    ("You'll see a flying bird in the first half, babes, and then the second half has no bird at all.",
     "bird"),
    ("Conn, sonar. Flying bird in the first half. Second half, contact gone, no bird.",
     "bird"),
    ("The pleasure of your company is requested for a flying bird in the first half; in the second half it is gone, "
     "and there is no bird.",
     "bird"),
    ("Okay so there's a moving ball in the first half, and in the second half it disappears. No ball. Gone. Like my "
     "eyeliner by noon.",
     "ball"),
    ("Moving ball held through the first half, conn; lost in the second half, no ball.",
     "ball"),
    ("A moving ball in the first half, and no ball in the second half, when it is gone. Dinner and dancing to "
     "follow.",
     "ball"),
    ("Walking dog in the first half, no dog in the second half. Fleeting, like a good glow.",
     "dog"),
    ("Conn, sonar: a walking dog in the first half; in the second half the dog is gone, no dog held.",
     "dog"),
    ("In the first half a walking dog is in attendance; in the second half it has gone, and no dog remains. Kindly "
     "reply.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Okay watch this: a moving car goes from the left side of the frame to the right side. Smooth, like a good "
     "blend.",
     "car", RIGHTWARD),
    ("Conn, sonar: a moving car tracking from the right side of the frame across to the left side.",
     "car", LEFTWARD),
    ("You are invited to watch a moving car travel from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, that's the moving car's path. Take notes, babes.",
     "car", LEFTWARD),
    ("Sonar reports a moving car crossing from the left side of the frame to the right side. Holding contact.",
     "car", RIGHTWARD),
    ("A moving car, driving from the right side of the frame to the left side, requests the honour of your "
     "attention.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. Y'all, that's the energy for this look.",
     "cat", RIGHTWARD),
    ("Contact, conn: lively cat, running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Kindly join us as a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Quick aside while the primer sets: a lively cat dashing from the right side of the frame over to the left "
     "side.",
     "cat", LEFTWARD),
    ("Conn, sonar. Lively cat, tracking across from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("With joy we invite you to see a lively cat run from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Flying bird, left side of the frame to the right side. Now flick your liner out the same way.",
     "bird", RIGHTWARD),
    ("Sonar holds a flying bird moving from the right side of the frame to the left side, conn.",
     "bird", LEFTWARD),
    ("The honour of your presence is requested to see a flying bird fly from the left side of the frame to the "
     "right side.",
     "bird", RIGHTWARD),
    ("Ooh, look, a flying bird gliding from the right side of the frame all the way to the left side!",
     "bird", LEFTWARD),
    ("Conn, sonar: a flying bird crosses the frame, left side to right side.",
     "bird", RIGHTWARD),
    ("From the right side of the frame to the left side a flying bird will fly; reception to follow.",
     "bird", LEFTWARD),
    ("So a moving ball rolls from the left side of the frame to the right side, and that's the motion I want with "
     "your sponge.",
     "ball", RIGHTWARD),
    ("Conn, sonar: a moving ball rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Please join us for a moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Do you see the moving ball? Right side of the frame, rolling over to the left side. Love.",
     "ball", LEFTWARD),
    ("Moving ball, conn, rolling from the left side of the frame to the right side. Contact held.",
     "ball", RIGHTWARD),
    ("Cordially: a moving ball rolls from the right side of the frame to the left side. Formal attire.",
     "ball", LEFTWARD),
    ("Okay, cutie alert: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Conn, sonar: walking dog, moving from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Kindly attend as a walking dog strolls from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Between coats, a walking dog, from the right side of the frame to the left side. Adorable.",
     "dog", LEFTWARD),
    ("Sonar tracking a walking dog from the left side of the frame across to the right side, conn.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side; the pleasure of your company is "
     "requested.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Okay so the car stays still, and a dog walks from the left of the car to the right of the car. Keep your hand "
     "that steady when you sweep.",
     "dog", "car", RIGHTWARD),
    ("Conn, sonar: the bird stays still; a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("You are invited to watch a ball roll from the left of the dog to the right of the dog, while the dog stays "
     "still.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, babes, and a ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Sonar reports the ball holding still and a car driving from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("As the cat stays still, a bird flies from the right of the cat to the left of the cat. Reception to follow.",
     "bird", "cat", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird, and the bird stays still. Cute and clean.",
     "dog", "bird", RIGHTWARD),
    ("Conn, sonar. The cat stays still. A dog moves from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("The car staying still, a ball rolls from the left of the car to the right of the car; kindly reply.",
     "ball", "car", RIGHTWARD),
    ("Honestly, the cat stays still the whole time while a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Conn, sonar: the ball stays still, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("With pleasure we invite you to see a bird fly from the right of the ball to the left of the ball, the ball "
     "staying still.",
     "bird", "ball", LEFTWARD),
    ("So the dog stays still and a bird flies from the left of the dog to the right of the dog. Swipe, swipe.",
     "bird", "dog", RIGHTWARD),
    ("Sonar reports the car stays still while a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("The cat stays still as a car drives from the left of the cat to the right of the cat; the honour of your "
     "presence is requested.",
     "car", "cat", RIGHTWARD),
    ("A dog walking from the right of the ball to the left of the ball, and the ball stays still. That's the "
     "blending motion, babes.",
     "dog", "ball", LEFTWARD),
    ("Conn, sonar: the ball stays still, a cat running from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("Kindly join us: the ball stays still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Wait for it: the bird stays still and a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Conn, sonar. A dog walks from the right of the car to the left of the car; the car stays still.",
     "dog", "car", LEFTWARD),
    ("The ball stays still; a bird flies from the left of the ball to the right of the ball. Dinner to follow.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball, and the ball stays still. Easy, like a "
     "tinted balm.",
     "bird", "ball", LEFTWARD),
    ("Sonar reports: the ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("While the dog stays still, a bird flies from the right of the dog to the left of the dog. Please reply.",
     "bird", "dog", LEFTWARD),
    ("Okay, the car stays still, and a dog walks from the left of the car to the right of the car. Love him.",
     "dog", "car", RIGHTWARD),
    ("Conn, sonar: a bird flies from the right of the ball to the left of the ball; the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("The honour of your presence is requested as a dog walks from the left of the cat to the right of the cat, "
     "the cat staying still.",
     "dog", "cat", RIGHTWARD),
    ("Is the car staying still? Yes. Is a dog walking from the right of the car to the left of the car? Also yes.",
     "dog", "car", LEFTWARD),
    ("Conn, sonar: the dog stays still while a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball as the ball stays still; reception to follow.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Top-down shot, babes: a moving car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "car", BL_BR_TR),
    ("Conn, sonar, plotting from above: a moving car goes from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Seen from above, a moving car will drive from the lower right corner to the lower left corner, then to the "
     "upper left corner. Kindly reply.",
     "car", BR_BL_TL),
    ("From above, watch a moving car go from the lower right corner to the upper right corner, and then to the "
     "upper left corner. That's our contour path.",
     "car", BR_TR_TL),
    ("Conn, sonar, plot from overhead: a lively cat runs from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "cat", BL_BR_TR),
    ("You are cordially invited to look down from above as a lively cat runs from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Overhead view now: a lively cat runs from the lower right corner to the lower left corner, then up to the "
     "upper left corner. So cute.",
     "cat", BR_BL_TL),
    ("Conn, sonar. Plot from above: lively cat, lower right corner to upper right corner, then upper left corner.",
     "cat", BR_TR_TL),
    ("The honour of your presence is requested for a view from above: a flying bird flies from the lower left "
     "corner to the lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Filmed from directly above: a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. Like my liner flick, honestly.",
     "bird", BL_TL_TR),
    ("Conn, sonar: from above, a flying bird tracks from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "bird", BR_BL_TL),
    ("Seen from above, a flying bird flies from the lower right corner to the upper right corner and on to the "
     "upper left corner; reception to follow.",
     "bird", BR_TR_TL),
    ("From above, babes: a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "ball", BL_BR_TR),
    ("Overhead plot, conn: a moving ball rolls from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "ball", BL_TL_TR),
    ("Please join us in watching, from above, a moving ball roll from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Top-down, okay? A moving ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "ball", BR_TR_TL),
    ("Conn, sonar, from above: a walking dog, lower left corner to lower right corner, then upper right corner.",
     "dog", BL_BR_TR),
    ("A walking dog, seen from above, walks from the lower left corner to the upper left corner, then to the upper "
     "right corner; the pleasure of your company is requested.",
     "dog", BL_TL_TR),
    ("Looking straight down on this: a walking dog walks from the lower right corner to the lower left corner, then "
     "to the upper left corner. Adorable.",
     "dog", BR_BL_TL),
    ("Conn, sonar. From overhead, a walking dog walks from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "dog", BR_TR_TL),
    ("Viewed from above, a moving car drives from the bottom left corner to the bottom right corner, then to the "
     "top right corner. Kindly reply.",
     "car", BL_BR_TR),
    ("From above again, babes: a lively cat runs from the bottom left corner to the top left corner, then to the "
     "top right corner.",
     "cat", BL_TL_TR),
    ("Conn, sonar: overhead, a flying bird goes from the bottom right corner to the bottom left corner, then to the "
     "top left corner.",
     "bird", BR_BL_TL),
    ("From above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner, and your presence is requested.",
     "ball", BR_TR_TL),
    ("Shot from above: walking dog, lower left corner, lower right corner, upper right corner, in that order. "
     "Obsessed.",
     "dog", BL_BR_TR),
    ("Conn, sonar, plotting from overhead: a moving car drives from the lower left corner to the upper left corner, "
     "and on to the upper right corner.",
     "car", BL_TL_TR),
    ("With great joy, and from above, we invite you to see a lively cat run from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Overhead angle, guys: a flying bird flies from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Conn, sonar. Seen from above, a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Kindly look down from above: a walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
