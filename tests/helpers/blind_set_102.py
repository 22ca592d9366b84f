"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a conspiracy theorist's forum post ("Wake up", "do your own research", "coincidence?", "they don't want
  you to see this"), where the poster, the forum, "they", the news and the fact-checkers are never in the
  video, and the footage the post insists on is exactly what the clip shows; the post never questions what
  the objects are, and its theories have no colour (no pills, helicopters or vans);
- a customs declaration form ("Goods declared:", "Quantity:", "Direction of travel:", "Port of entry:"),
  where the traveller, the officer, the luggage and the form itself are never in the video, and the goods
  declared are the clip's objects; its items are lettered only ("(a)", "(b)"), its fields are never
  numbered, and it has no channels by colour;
- a jazz musician's hepcat slang ("Dig it", "daddy-o", "Jackson", "crazy", "solid"), where the musician,
  the band, the club and the listener are never in the video, and the scene he digs is the clip; he calls
  no person a cat or a bird, and never says "hepcat", "the blues", "right on" or "take five".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
forum, luggage, band or club beside the count) and put no other number word beside it (no "first", no
"a couple of", no "both"). No voice gives its own props a colour, no idiom hides a class noun or a side
(no "birds aren't real", "wheels", "right under our noses", "alright" or "what's left"), "half" is only
said of the clip's halves, "upper", "lower" and "corner" only of a route, "top" and "bottom" only of a
route's corners, and "still" only of a relation's second object. A relation names its second object at
both ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 50-79 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 173/180 on 6b7fb3e (sequential 27, visibility 28, numeracy 29, dynamic_one 29, the rest 30), and the
same 173/180 on 43964f8, the session's last code, after every fix of that session for sets 96, 97 and 99-101 and its
known misreadings (none carried over): written and held back from every fixer to measure that; 180/180 after the fixes
of its own commit (a count labelled before the label naming its things, "Quantity: four. Description: lively cats.";
a journey's place labels, "From:", "To:", "Port of entry:", "Final destination:", as where the thing is then; a route
label with an aside, "Route of travel, seen from above:"; a record's sentences with their subject left out, "Not
present in the first half.", "Appears in the second half"; "from up above" as the view from above).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("I'm not saying what it means. I'm saying what the footage shows: one moving car, from the start of the clip "
     "to the very end, and nothing else. Do your own research.",
     "car", 1),
    ("DECLARATION OF CONTENTS. Description: moving cars. Quantity: two. In view: from start to finish. Anything else "
     "to declare? Nothing.",
     "car", 2),
    ("Dig it, man: three moving cars cruisin' through the frame from start to finish, and nothin' else on the "
     "scene. Crazy.",
     "car", 3),
    ("Coincidence? Four moving cars, in frame the entire clip, start to finish, and NOTHING else. Not a "
     "coincidence. Wake up.",
     "car", 4),
    ("Item declared: one lively cat. Present in the clip from start to finish. Other goods: none. I declare the "
     "above true and complete.",
     "cat", 1),
    ("Two lively cats, daddy-o, swingin' in view from start to finish, and nothin' else in the whole clip. Solid.",
     "cat", 2),
    ("Before they take this down: three lively cats, present from beginning to end, nothing else at all. Think "
     "about that.",
     "cat", 3),
    ("Quantity: four. Description: lively cats. Duration: entire clip, start to finish. Further items to declare: "
     "nothing.",
     "cat", 4),
    ("Like, wow. One flying bird floatin' in the frame from start to finish, man, and nothin' else in there. Smooth.",
     "bird", 1),
    ("Two flying birds. Start to finish. Nothing else in the clip. Explain that. You can't.",
     "bird", 2),
    ("Goods to declare: three flying birds, in view for the whole clip, from start to finish. No other goods "
     "declared.",
     "bird", 3),
    ("Four flying birds, Jackson, up in the frame from start to finish, and that's the whole gig, nothin' else. "
     "Dig?",
     "bird", 4),
    ("Look closely. One moving ball. In view from the start of the clip to its end. Nothing else in the frame. Now "
     "ask yourself why they'd hide that.",
     "ball", 1),
    ("Declaration: two moving balls, present from start to finish. Nothing else is carried in the clip. Purpose of "
     "visit: tourism.",
     "ball", 2),
    ("Three moving balls bouncin' in the frame from start to finish, cool and easy, nothin' else in the clip. "
     "That's the groove, man.",
     "ball", 3),
    ("Four moving balls, and I mean the whole clip, start to finish. Nothing else. The official story won't "
     "mention it. Figure it out.",
     "ball", 4),
    ("Item: walking dog. Quantity: one. Shown: from the start of the clip to the end. Nothing else to declare.",
     "dog", 1),
    ("Two walking dogs strollin' through the frame from start to finish, daddy-o, and nothin' else on the scene. "
     "Real cool.",
     "dog", 2),
    ("Three walking dogs, there from start to finish, nothing else in the clip. You won't hear this on the news. "
     "Wake up.",
     "dog", 3),
    ("Declared: four walking dogs. In view: whole clip, start to finish. Undeclared items: nothing.",
     "dog", 4),
    ("Crazy, man, crazy: two moving cars in the frame from start to finish, and nothin' else at all. Dig it.",
     "car", 2),
    ("Why four lively cats? Why in view from start to finish, with nothing else in the clip? Nobody asks. I'm "
     "asking.",
     "cat", 4),
    ("Travel declaration, contents of the clip: three flying birds, on view from the beginning to the end; "
     "nothing else.",
     "bird", 3),
    ("Dig it: one moving ball, man, rollin' around in the frame from start to finish, nothin' else in the clip. "
     "Cool as can be.",
     "ball", 1),
    ("Two walking dogs. Whole clip. Nothing else. Screenshot this before it gets deleted.",
     "dog", 2),
    ("Description of goods: moving car. Quantity declared: one. Time in view: entire clip, start to finish. Nothing "
     "further.",
     "car", 1),
    ("Three lively cats, man, dig 'em, in the frame from start to finish, and nothin' else in the clip.",
     "cat", 3),
    ("Two flying birds, in frame from start to finish, nothing else. Coincidence? There are no coincidences.",
     "bird", 2),
    ("Declared contents: moving balls, four in total. In view from start to finish. Nothing else to declare at "
     "this time.",
     "ball", 4),
    ("Three walking dogs, Jackson, steppin' easy through the frame from start to finish. Nothin' else. Solid.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("They'll tell you it's staged. A white ball sitting beside a black cat, both in frame from start to finish. "
     "Staged by WHOM? Do your own research.",
     "ball", "white", "cat", "black"),
    ("Goods declared: (a) a yellow cat; (b) a pink ball, beside the cat. Both present throughout the clip. "
     "Signature of traveller: on file.",
     "cat", "yellow", "ball", "pink"),
    ("Dig this, daddy-o: a black car parked easy next to an orange bird, and the pair of 'em stay in the frame the "
     "whole clip.",
     "car", "black", "bird", "orange"),
    ("Notice the orange ball? Notice the brown car beside it? Both there the whole clip. Nobody else noticed. I "
     "did.",
     "ball", "orange", "car", "brown"),
    ("Item (a): gray bird. Item (b): green cat, beside the bird. Both declared present from start to finish.",
     "bird", "gray", "cat", "green"),
    ("Man, a blue car and a red cat hangin' side by side, cool as you like, in view from start to finish. Crazy.",
     "car", "blue", "cat", "red"),
    ("A white ball beside a black car, whole clip, start to finish. They want you to scroll past this. Don't.",
     "ball", "white", "car", "black"),
    ("Description of goods: a green bird and a white ball, placed side by side. Period in view: whole clip. "
     "Nothing else declared.",
     "bird", "green", "ball", "white"),
    ("Solid, Jackson: a blue ball sittin' next to a yellow dog, both groovin' in view from start to finish.",
     "ball", "blue", "dog", "yellow"),
    ("Open your eyes: a yellow bird, and beside it a blue ball, in the frame the entire clip. Why those colours? "
     "Think.",
     "bird", "yellow", "ball", "blue"),
    ("Declared items: a brown bird, with a black ball beside it; both in view from the start of the clip to the "
     "end.",
     "bird", "brown", "ball", "black"),
    ("Like, wow, man: a brown bird perched next to a blue cat, the two of 'em cool in the frame from start to "
     "finish.",
     "bird", "brown", "cat", "blue"),
    ("The footage they tried to bury: a blue bird beside a red car, both visible from start to finish. Share it.",
     "bird", "blue", "car", "red"),
    ("Anything to declare? Yes: a purple ball, and beside it a pink cat, both present for the entire clip.",
     "ball", "purple", "cat", "pink"),
    ("Dig it: a yellow dog and a red cat, side by side, swingin' easy in view from start to finish. Smooth, "
     "daddy-o.",
     "dog", "yellow", "cat", "red"),
    ("Zoom in. A green bird. A yellow dog beside it. Both in frame the whole clip. You think that's random?",
     "bird", "green", "dog", "yellow"),
    ("Goods: a gray car; a red cat beside it. Time in view: from the start of the clip to its end. Declared "
     "truthfully.",
     "car", "gray", "cat", "red"),
    ("A red bird and a black cat, man, chillin' side by side from start to finish. Now that's cookin', Jackson.",
     "bird", "red", "cat", "black"),
    ("Wake up: a white bird beside an orange cat, in view from start to finish, and the so-called experts say "
     "nothing.",
     "bird", "white", "cat", "orange"),
    ("Declaration: a green bird beside a black ball. Both remain in the clip from start to finish. No further "
     "goods.",
     "bird", "green", "ball", "black"),
    ("Crazy scene, man: a white cat with a purple bird next to it, both hangin' in from start to finish. Dig?",
     "cat", "white", "bird", "purple"),
    ("I've said it before: a green bird beside a purple dog, there from start to finish. Same setup every time. "
     "Follow the money.",
     "bird", "green", "dog", "purple"),
    ("Item (a): an orange bird. Item (b): a brown car, beside it. Both present the whole clip. Origin: not stated.",
     "bird", "orange", "car", "brown"),
    ("Dig: a blue car cozy beside a brown bird, both in the frame from start to finish. Cool, cool, cool.",
     "car", "blue", "bird", "brown"),
    ("A red dog beside a purple cat, start to finish. Purple. Think about why purple. Do your own research.",
     "dog", "red", "cat", "purple"),
    ("Goods to declare: a purple dog, and a brown cat next to it. In view: from the start of the clip to its end.",
     "dog", "purple", "cat", "brown"),
    ("Man, a black cat and a blue ball sittin' side by side from start to finish, and it's a groove, daddy-o.",
     "cat", "black", "ball", "blue"),
    ("Nobody is talking about this: a yellow cat beside a black dog, in frame the entire clip. Nobody. Ask why.",
     "cat", "yellow", "dog", "black"),
    ("Declared: a green cat, with a white bird beside it. Both in view from start to finish. Traveller declares "
     "nothing else.",
     "cat", "green", "bird", "white"),
    ("Dig the closer, man: a purple car and a pink cat, side by side, in view from start to finish. Solid.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half: no car. Nothing. Then, in the second half, a moving car shows up out of nowhere and stays until "
     "the end. Out of NOWHERE. Explain that.",
     "car"),
    ("Item: moving car. First half of the clip: not present. Second half: appears, and remains until the end.",
     "car"),
    ("Dig, man: first half, no car on the scene. Second half, a moving car slides in and hangs around till the end.",
     "car"),
    ("Declaration of arrival: no cat during the first half; a lively cat appears in the second half and stays to "
     "the end.",
     "cat"),
    ("First half's empty, daddy-o, no cat. Come the second half, a lively cat struts in and stays put to the end.",
     "cat"),
    ("Where was the cat in the first half? There was no cat. In the second half a lively cat appears and stays "
     "till the end. Where did it come from? Think.",
     "cat"),
    ("No bird in the first half, Jackson, nothin'. Then the second half, a flying bird swoops in and sticks around "
     "till the end. Crazy.",
     "bird"),
    ("Watch the first half: no bird. Watch the second half: a flying bird appears, and it stays to the end. They "
     "can't explain that.",
     "bird"),
    ("Arrivals: a flying bird, appearing in the second half and remaining until the end. First half: no bird "
     "present.",
     "bird"),
    ("No ball in the first half. In the second half a moving ball appears and stays to the end. Who put it there? "
     "Ask yourself.",
     "ball"),
    ("Item declared on arrival: moving ball. First half: absent, no ball. Second half: appears, stays until the end "
     "of the clip.",
     "ball"),
    ("First half, man, no ball in sight. Second half, a moving ball rolls on in and stays till the end. Solid.",
     "ball"),
    ("No dog through the first half, daddy-o. Then the second half kicks in, and a walking dog strolls on and stays "
     "to the end.",
     "dog"),
    ("In the first half? No dog. None. In the second half a walking dog appears and stays till the end. "
     "Coincidence? I think not.",
     "dog"),
    ("Declaration: walking dog. Not present in the first half. Appears in the second half, and remains until the "
     "end. Nothing to add.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car cruisin' through the first half, man, and by the second half it split: no car anywhere.",
     "car"),
    ("First half: a moving car. Second half: no car. GONE. Where did it go? They won't answer.",
     "car"),
    ("Item: moving car. First half: present. Second half: not present, no car. Declared as departed.",
     "car"),
    ("A lively cat in the first half. In the second half, no cat. Vanished. Just like that. Wake up.",
     "cat"),
    ("Departures: a lively cat, present in the first half only. Second half: no cat.",
     "cat"),
    ("A lively cat jivin' through the first half, daddy-o, and in the second half the cat split: no cat at all.",
     "cat"),
    ("Declaration: a flying bird in the first half. In the second half the bird is gone; no bird remains.",
     "bird"),
    ("Dig the flying bird in the first half, man, 'cause in the second half it's flown: no bird anywhere.",
     "bird"),
    ("There's a flying bird in the first half. Second half? No bird. Disappeared into thin air. Think about who "
     "benefits.",
     "bird"),
    ("Frame by frame: a moving ball in the first half, then no ball in the second half. Erased. Ask questions.",
     "ball"),
    ("Item: moving ball. Present during the first half. Second half: absent; no ball to declare.",
     "ball"),
    ("Moving ball rollin' in the first half, Jackson, then the second half hits and no ball, nowhere. Crazy.",
     "ball"),
    ("Walking dog: declared in the first half. Second half: no dog present.",
     "dog"),
    ("A walking dog strollin' through the first half, man, and in the second half, no dog. Cut out, dig?",
     "dog"),
    ("A walking dog in the first half. Then, second half, no dog at all. They erased it. I have the original. Do "
     "your own research.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Look at the moving car. It goes from the left side of the frame to the right side. Watch it again. Notice "
     "anything? Exactly.",
     "car", RIGHTWARD),
    ("Goods in transit: moving car. Direction of travel: from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Dig this moving car, man, cruisin' from the left side of the frame clear across to the right side. Smooth.",
     "car", RIGHTWARD),
    ("The moving car enters on the right side of the frame and leaves on the left side. They say it's nothing. It's "
     "not nothing.",
     "car", LEFTWARD),
    ("Declared route: a moving car, travelling from the left side of the frame to the right side. Purpose of "
     "journey: transit.",
     "car", RIGHTWARD),
    ("A moving car, daddy-o, rollin' from the right side of the frame over to the left side, easy as you like.",
     "car", LEFTWARD),
    ("Item: lively cat. Movement: from the left side of the frame to the right side. Nothing else declared.",
     "cat", RIGHTWARD),
    ("Dig the lively cat, Jackson, scootin' from the right side of the frame to the left side. Crazy fast.",
     "cat", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. Why is it running? What did it see? "
     "Think about it.",
     "cat", RIGHTWARD),
    ("Direction of travel, lively cat: from the right side of the frame to the left side. Declared in full.",
     "cat", LEFTWARD),
    ("A lively cat hustlin' from the left side of the frame over to the right side, man. That cat can move.",
     "cat", RIGHTWARD),
    ("Frame by frame, a lively cat moves from the right side of the frame to the left side. Slow it down yourself. "
     "You'll see.",
     "cat", LEFTWARD),
    ("A flying bird glidin' from the left side of the frame to the right side, man, smooth as a solo.",
     "bird", RIGHTWARD),
    ("A flying bird crosses from the right side of the frame to the left side. Same flight path every time. "
     "Coincidence?",
     "bird", LEFTWARD),
    ("Declared in transit: a flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Dig it: a flying bird soarin' from the right side of the frame across to the left side. Like, wow.",
     "bird", LEFTWARD),
    ("The flying bird goes from the left side of the frame to the right side. Every time. Open your eyes.",
     "bird", RIGHTWARD),
    ("Route of goods: flying bird, from the right side of the frame to the left side. Nothing else to declare.",
     "bird", LEFTWARD),
    ("Item in transit: moving ball. From: the left side of the frame. To: the right side.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side. Nobody pushed it. Think about that.",
     "ball", LEFTWARD),
    ("A moving ball rollin' from the left side of the frame on over to the right side, daddy-o. Cookin'.",
     "ball", RIGHTWARD),
    ("Declaration: a moving ball, rolling from the right side of the frame to the left side. Origin: right side. "
     "Destination: left side.",
     "ball", LEFTWARD),
    ("Dig, man: a moving ball, from the right side of the frame to the left side, rollin' smooth.",
     "ball", LEFTWARD),
    ("Watch the moving ball go from the left side of the frame to the right side. Then tell me the official story "
     "holds up.",
     "ball", RIGHTWARD),
    ("A walking dog struttin' from the left side of the frame to the right side, cool as can be, man.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side. Where is it going? Why that way? "
     "Nobody asks.",
     "dog", LEFTWARD),
    ("Item: walking dog. Direction of travel: from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Here's the clip: a walking dog goes from the left side of the frame to the right side. Save a copy.",
     "dog", RIGHTWARD),
    ("Declared movement: a walking dog, from the right side of the frame to the left side. Nothing further.",
     "dog", LEFTWARD),
    ("Dig the walking dog, Jackson, steppin' from the right side of the frame on over to the left side. Solid.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still. A dog walks from the left of the car to the right of the car. The car never moves. Why "
     "would it? Think.",
     "dog", "car", RIGHTWARD),
    ("Declared: a bird, which stays still. In motion: a ball, rolling from the right of the bird to the left of the "
     "bird.",
     "ball", "bird", LEFTWARD),
    ("Dig, man: the dog stays still, cool and easy, while a ball rolls from the left of the dog to the right of the "
     "dog.",
     "ball", "dog", RIGHTWARD),
    ("A ball rolls from the right of the cat to the left of the cat, and the cat stays still. Doesn't flinch. "
     "Trained? You tell me.",
     "ball", "cat", LEFTWARD),
    ("Item (a): ball, stays still throughout. Item (b): car, driving from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("The cat's holdin' still, daddy-o, and a bird flies from the right of the cat to the left of the cat. Smooth.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still the entire time. Meanwhile a dog walks from the left of the bird to the right of the "
     "bird. Coincidence?",
     "dog", "bird", RIGHTWARD),
    ("Stationary goods: cat, which stays still. Goods in motion: dog, from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Dig it: the car stays still, man, and a ball rolls from the left of the car over to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Look at the cat. It stays still. Now look at the dog walking from the right of the cat to the left of the "
     "cat. Now ask why.",
     "dog", "cat", LEFTWARD),
    ("Declaration of movement: a bird, flying from the left of the ball to the right of the ball. The ball stays "
     "still.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still, Jackson, while a bird glides from the right of the ball to the left of the ball. Crazy.",
     "bird", "ball", LEFTWARD),
    ("A bird flies from the left of the dog to the right of the dog. The dog stays still. Didn't even look up. "
     "Suspicious.",
     "bird", "dog", RIGHTWARD),
    ("Item: car, stays still. Item: bird, flying from the right of the car to the left of the car. Nothing else "
     "declared.",
     "bird", "car", LEFTWARD),
    ("Man, the cat stays still and a car cruises from the left of the cat to the right of the cat. Dig?",
     "car", "cat", RIGHTWARD),
    ("The ball stays still while a dog walks from the right of the ball to the left of the ball. Nobody's asking "
     "why. I am.",
     "dog", "ball", LEFTWARD),
    ("In motion: cat, running from the left of the ball to the right of the ball. Stationary: ball, which stays "
     "still.",
     "cat", "ball", RIGHTWARD),
    ("A dog strollin' from the right of the ball to the left of the ball, daddy-o, and the ball stays still. Cool.",
     "dog", "ball", LEFTWARD),
    ("They cut this part from the news: the bird stays still as a cat runs from the left of the bird to the right "
     "of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Goods in transit: a dog, walking from the right of the car to the left of the car. The car stays still for "
     "the whole clip.",
     "dog", "car", LEFTWARD),
    ("Dig this: the ball stays still, and a bird flies from the left of the ball to the right of the ball, smooth "
     "as silk.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball. The ball stays still. Why doesn't the ball "
     "react? Think about it.",
     "bird", "ball", LEFTWARD),
    ("Declared: ball, stays still. Car, in motion from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The dog's keepin' still, man, and a bird flies from the right of the dog to the left of the dog. Like, wow.",
     "bird", "dog", LEFTWARD),
    ("Here it is again: the car stays still and a dog walks from the left of the car to the right of the car. Same "
     "pattern. Wake up.",
     "dog", "car", RIGHTWARD),
    ("Movement declared: a bird, from the right of the ball to the left of the ball. The ball stays still. No other "
     "goods.",
     "bird", "ball", LEFTWARD),
    ("Dig the dog, daddy-o, strollin' from the left of the cat to the right of the cat while the cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still. A dog walks from the right of the car to the left of the car. Nobody notices. Except me.",
     "dog", "car", LEFTWARD),
    ("Item (a): dog, stays still. Item (b): cat, running from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A cat scootin' from the right of the ball to the left of the ball, man, and the ball stays still. Solid.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Overhead footage, straight down: a moving car drives from the lower left corner to the lower right corner, "
     "then to the upper right corner. Look at that route and tell me it's random.",
     "car", BL_BR_TR),
    ("Itinerary of goods, viewed from above: moving car. Port of entry: lower left corner. Via: upper left corner. "
     "Final destination: upper right corner.",
     "car", BL_TL_TR),
    ("Dig the view from above, man: a moving car cruisin' from the lower right corner to the lower left corner, "
     "then up to the upper left corner.",
     "car", BR_BL_TL),
    ("Seen from above, and they didn't want this angle out: a moving car goes from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("Route declared, seen from above: lively cat, lower left corner, then lower right corner, then upper right "
     "corner.",
     "cat", BL_BR_TR),
    ("From above, daddy-o: a lively cat hustles from the lower left corner to the upper left corner, then over to "
     "the upper right corner. Crazy.",
     "cat", BL_TL_TR),
    ("Watch it from above: a lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner. Same route every night. Think.",
     "cat", BR_BL_TL),
    ("Viewed from above. Item: lively cat. Movement: from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "cat", BR_TR_TL),
    ("Dig it from up above, Jackson: a flying bird glides from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Filmed from directly above: a flying bird flies from the lower left corner to the upper left corner, then to "
     "the upper right corner. A flight path, or a signal?",
     "bird", BL_TL_TR),
    ("Itinerary, seen from above: flying bird. Departs the lower right corner; stops at the lower left corner; "
     "arrives at the upper left corner.",
     "bird", BR_BL_TL),
    ("Man, from above: a flying bird soars from the lower right corner to the upper right corner, and then to the "
     "upper left corner. Like, wow.",
     "bird", BR_TR_TL),
    ("Overhead view, and pay attention: a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner. Nobody pushed it.",
     "ball", BL_BR_TR),
    ("Declared route, seen from above: moving ball, from the lower left corner to the upper left corner, then on "
     "to the upper right corner.",
     "ball", BL_TL_TR),
    ("From above, daddy-o, a moving ball rollin' from the lower right corner to the lower left corner, then to the "
     "upper left corner. Cookin'.",
     "ball", BR_BL_TL),
    ("From above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner. Gravity doesn't do that. Or does it?",
     "ball", BR_TR_TL),
    ("Viewed from above. Walking dog. Port of entry: lower left corner. Then: lower right corner. Final "
     "destination: upper right corner.",
     "dog", BL_BR_TR),
    ("Dig it from above, man: a walking dog steps from the lower left corner to the upper left corner, then "
     "strolls to the upper right corner.",
     "dog", BL_TL_TR),
    ("Seen from above, a walking dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. That's a patrol route. Who trained it?",
     "dog", BR_BL_TL),
    ("Itinerary, viewed from above: walking dog, lower right corner to upper right corner, then to upper left "
     "corner. Nothing else declared.",
     "dog", BR_TR_TL),
    ("From above, man: a moving car cruises from the bottom left corner to the bottom right corner, then to the "
     "top right corner. Smooth.",
     "car", BL_BR_TR),
    ("From above again. A lively cat: bottom left corner, top left corner, top right corner. In that order. Every "
     "time.",
     "cat", BL_TL_TR),
    ("Route of travel, seen from above: flying bird, from the bottom right corner to the bottom left corner, then "
     "to the top left corner.",
     "bird", BR_BL_TL),
    ("Dig the view from above, Jackson: a moving ball rolls from the lower right corner to the upper right corner, "
     "then on to the upper left corner.",
     "ball", BR_TR_TL),
    ("Here's the overhead shot they cropped out: a walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from above. Goods: moving car. Route: lower right corner, upper right corner, upper left corner, in "
     "that order.",
     "car", BR_TR_TL),
    ("From above, daddy-o: a lively cat scoots from the lower left corner to the lower right corner, then on up to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Overhead view, no edits: a flying bird flies from the lower left corner to the upper left corner, then to "
     "the upper right corner. Why that route? Ask.",
     "bird", BL_TL_TR),
    ("Declaration, viewed from above: a moving ball, rolling from the lower right corner to the lower left corner "
     "and then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Dig, man, from above: a walking dog ambles from the lower left corner to the upper left corner, then on to "
     "the upper right corner. Solid.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
