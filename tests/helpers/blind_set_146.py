"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a numbered social-media thread ("1/", "2/", "(3/3)", "don't @ me", "that's the thread"), where the
  poster, the followers, the feed and the phone are never in the video, and the clip the thread raves
  about is the video; a post may carry a sentence on from the one before, and the post markers are the
  only digits it writes;
- an insurance claim form ("Claimant:", "Policy no.", "Description of incident:", "Witnesses:", tick
  boxes like "[x] No damage"), where the claimant, the adjuster, the insurer and the form itself are never
  in the video, and the incident described is the clip; numeracy claims name nobody at all, and the form
  never mentions a vehicle;
- a military situation report ("SITREP", date-time groups like "071430Z", "LINE ALPHA", "BREAK",
  "NSTR", "HOW COPY", "OVER", "OUT"), where the callsigns (SABRE, NOMAD, TANGO, ANVIL), the units and
  the radio are never in the video, and what is observed is the clip; no callsign is a beast, and
  numeracy reports carry no callsign.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
claimant, no callsign, no cloud beside the count) and put no other number word beside it (no "first
post", no "both", no "no one"). No voice gives its own props a colour (no red tape, no green zone), no
idiom hides a class noun or a side (no "catastrophe", "carrier", "ballistic", "location", "all right" or
"nothing left"), "half" is only said of the clip's halves (never "on behalf of"), "upper", "lower",
"corner", "top" and "bottom" only of a route (never a "top pick"), and "still" only of a relation's
second object (never "still pending"). A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 50-79 and its
two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 169/180 on 6ced5f04 (numeracy 29, visibility 27, dynamic_one 24, dynamic_two 29); 180/180 after the
fixes of its own branch (a thread's post numbers are no counts, and a post opening on a way on carries the last one's
sentence on, "... of the frame 2/ to the right side"; a form's ticked option is what it says, "[ ] Yes [x] No", and a
route field gives a wayless crossing its way; "Was a bird present in the first half of the clip? No." is its absence; a
SITREP's date-time group, "071430Z", is no count, its procedure words nothing, and "FIRST HALF:" in capitals no
speaker).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("1/ ok hear me out: a clip with one moving car in it, start to finish 2/ and nothing else. no extras. "
     "that's all (2/2)",
     "car", 1),
    ("Description of incident: two moving cars were in view from the start of the clip to its end. Nothing else "
     "involved. [x] No other objects present",
     "car", 2),
    ("SITREP AS OF 071430Z. LINE ALPHA: THREE MOVING CARS IN VIEW FROM START OF CLIP TO END. LINE BRAVO: NOTHING "
     "ELSE OBSERVED. BREAK. NSTR. OVER.",
     "car", 3),
    ("1/ the brief was simple: four moving cars, whole clip, beginning to end 2/ nothing else in frame. nothing. "
     "(2/2)",
     "car", 4),
    ("Description of incident: one lively cat, present for the whole clip, start to finish. Were other objects "
     "involved? [ ] Yes [x] No",
     "cat", 1),
    ("SITREP 080615Z. TWO LIVELY CATS OBSERVED THROUGHOUT CLIP, START TO FINISH. NOTHING ELSE IN VIEW. HOW COPY. "
     "OVER.",
     "cat", 2),
    ("1/ unpopular opinion but the ideal clip is three lively cats, the entire clip, start to end 2/ and that's "
     "it. nothing else shows up. don't @ me (2/2)",
     "cat", 3),
    ("Nature of claim (describe in your own words): four lively cats in view from the opening of the clip to its "
     "close. Nothing else present. [x] Statement complete",
     "cat", 4),
    ("SITREP 091200Z. ONE FLYING BIRD IN VIEW, START OF CLIP TO END. NOTHING ELSE SIGHTED. BREAK. NOTHING "
     "FURTHER. OVER.",
     "bird", 1),
    ("1/ thread. what I want to see: two flying birds, from the very start of the clip till the very end 2/ "
     "...and absolutely nothing else. that's it (2/2)",
     "bird", 2),
    ("Description of incident: three flying birds were visible throughout the clip, start to finish. Anything "
     "else in view? [ ] Yes [x] No",
     "bird", 3),
    ("SITREP 101845Z. FOUR FLYING BIRDS OBSERVED FROM START OF CLIP TO FINISH. NOTHING ELSE OBSERVED. OVER.",
     "bird", 4),
    ("1/ one moving ball. that's the clip. start to finish. 2/ nothing else, I promise (2/2)", "ball", 1),
    ("Items involved: two moving balls. Duration: the whole clip, start to end. Other items: [x] Nothing else "
     "present",
     "ball", 2),
    ("SITREP 111030Z. OBS: THREE MOVING BALLS IN VIEW ENTIRE CLIP, START TO END. NOTHING ELSE IN VIEW. BREAK. "
     "WILL ADVISE. OVER.",
     "ball", 3),
    ("1/ ok imagine this 2/ four moving balls, from the start of the clip to its end, and nothing else at all "
     "(2/2)",
     "ball", 4),
    ("Description of incident: one walking dog in view from the start of the clip to its end. Nothing else "
     "involved. [x] Statement true and complete",
     "dog", 1),
    ("SITREP 121500Z. TWO WALKING DOGS OBSERVED START TO FINISH OF CLIP. NOTHING ELSE OBSERVED. OVER.", "dog", 2),
    ("1/ ranking clips I'd watch forever. my pick: three walking dogs 2/ in view the whole clip, start to finish "
     "3/ nothing else. that's the thread (3/3)",
     "dog", 3),
    ("Description of incident: four walking dogs, visible throughout the clip, from start to end. [ ] Other "
     "objects involved [x] Nothing else present",
     "dog", 4),
    ("SITREP 131920Z. OBSERVED: TWO MOVING CARS, IN VIEW FROM START OF CLIP TO END. NO OTHER OBJECTS. OVER.",
     "car", 2),
    ("1/ one lively cat the whole clip start to finish 2/ nothing else in it lol (2/2)", "cat", 1),
    ("Statement: three flying birds in view throughout the clip, from the opening to the close. [x] No other "
     "objects involved",
     "bird", 3),
    ("SITREP 140700Z. ONE MOVING BALL OBSERVED THROUGHOUT CLIP, START TO FINISH. NOTHING ELSE IN VIEW. BREAK. "
     "OVER.",
     "ball", 1),
    ("1/ can't stop rewatching this: two walking dogs, start of clip to end of clip, and 2/ nothing else. "
     "nothing. that's the magic (2/2)",
     "dog", 2),
    ("Description of incident: three moving cars present throughout the clip, start to finish. Nothing else in "
     "view. [x] Complete",
     "car", 3),
    ("SITREP 150250Z. FOUR LIVELY CATS IN VIEW FROM START OF CLIP TO END. NOTHING ELSE OBSERVED. OVER.", "cat", 4),
    ("1/ two flying birds for the entire clip, beginning to end 2/ nothing else whatsoever (2/2)", "bird", 2),
    ("Items in view: four moving balls, from the start of the clip to its end. Other items: none. [x] Statement "
     "complete",
     "ball", 4),
    ("SITREP 161100Z. THREE WALKING DOGS OBSERVED, START TO FINISH OF CLIP. NOTHING ELSE. OVER.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("1/ the clip: a white ball and a black cat, side by side 2/ both there the whole time, start to finish "
     "(2/2)",
     "ball", "white", "cat", "black"),
    ("Claimant: M. Oduya. Description of incident: a yellow cat next to a pink ball, both in view throughout the "
     "clip. [x] Photos attached",
     "cat", "yellow", "ball", "pink"),
    ("SITREP 071430Z. A BLACK CAR AND AN ORANGE BIRD OBSERVED SIDE BY SIDE, START TO FINISH OF CLIP. BREAK. NO "
     "MOVEMENT TO REPORT. OVER.",
     "car", "black", "bird", "orange"),
    ("1/ an orange ball sitting next to a brown car 2/ the whole clip. that's it. that's the vibe (2/2)",
     "ball", "orange", "car", "brown"),
    ("Description of incident: a gray bird perched beside a green cat; both present from the start of the clip "
     "to its end. Witnesses: none.",
     "bird", "gray", "cat", "green"),
    ("NOMAD THIS IS SABRE. SITREP 081100Z. VISUAL ON A BLUE CAR WITH A RED CAT BESIDE IT. BOTH IN VIEW ENTIRE "
     "CLIP. HOW COPY. OVER.",
     "car", "blue", "cat", "red"),
    ("1/ white ball. black car. next to each other 2/ from start to finish of the clip, neither goes anywhere "
     "(2/2)",
     "ball", "white", "car", "black"),
    ("Objects involved: a green bird and a white ball, side by side, both visible throughout the clip. [x] No "
     "injuries",
     "bird", "green", "ball", "white"),
    ("SITREP 091730Z. BLUE BALL AND YELLOW DOG OBSERVED TOGETHER, START OF CLIP TO END. BREAK. NOTHING FURTHER. "
     "OVER.",
     "ball", "blue", "dog", "yellow"),
    ("1/ a yellow bird hanging out beside a blue ball 2/ for the whole clip. wholesome content (2/2)",
     "bird", "yellow", "ball", "blue"),
    ("Policy no. HX-40218. Description of incident: a brown bird next to a black ball, both in view from start "
     "to finish of the clip. Adjuster's notes: none.",
     "bird", "brown", "ball", "black"),
    ("SITREP 101500Z. A BROWN BIRD AND A BLUE CAT IN VIEW, SIDE BY SIDE, THROUGHOUT THE CLIP. OVER.",
     "bird", "brown", "cat", "blue"),
    ("1/ a blue bird perched next to a red car 2/ and both stay in the clip from start to end (2/2)",
     "bird", "blue", "car", "red"),
    ("Claimant: R. Vasquez. Description of incident: a purple ball beside a pink cat, both present throughout "
     "the clip. [ ] Damage [x] No damage",
     "ball", "purple", "cat", "pink"),
    ("SITREP 111245Z. YELLOW DOG WITH RED CAT BESIDE IT, BOTH OBSERVED START TO FINISH OF CLIP. BREAK. OVER.",
     "dog", "yellow", "cat", "red"),
    ("1/ a green bird and a yellow dog 2/ side by side the entire clip 3/ that's all, go watch it (3/3)",
     "bird", "green", "dog", "yellow"),
    ("Description of incident: a gray car with a red cat next to it; both in view throughout the clip. "
     "Witnesses: see attached.",
     "car", "gray", "cat", "red"),
    ("TANGO THIS IS ANVIL, SITREP FOLLOWS. 121900Z. A RED BIRD AND A BLACK CAT OBSERVED TOGETHER FROM START OF "
     "CLIP TO END. OVER.",
     "bird", "red", "cat", "black"),
    ("1/ a white bird next to an orange cat, and they 2/ both just stay there, whole clip, start to finish (2/2)",
     "bird", "white", "cat", "orange"),
    ("Objects involved: a green bird and a black ball, beside each other for the whole clip. [x] Statement "
     "complete",
     "bird", "green", "ball", "black"),
    ("SITREP 131015Z. WHITE CAT AND PURPLE BIRD SIDE BY SIDE, IN VIEW ENTIRE CLIP. BREAK. NO CHANGE. OVER.",
     "cat", "white", "bird", "purple"),
    ("1/ nobody asked but: a green bird next to a purple dog??? 2/ both in the clip the whole way through, start "
     "to end. iconic (2/2)",
     "bird", "green", "dog", "purple"),
    ("Description of incident: an orange bird beside a brown car; both present from the start of the clip to its "
     "end. [x] No damage claimed",
     "bird", "orange", "car", "brown"),
    ("SITREP 140400Z. BLUE CAR, BROWN BIRD BESIDE IT. BOTH OBSERVED START TO FINISH OF CLIP. OVER.",
     "car", "blue", "bird", "brown"),
    ("1/ a red dog and a purple cat side by side 2/ for the entire clip, start to finish (2/2)",
     "dog", "red", "cat", "purple"),
    ("Claimant: T. Lindqvist. Description of incident: a purple dog next to a brown cat, both in view throughout "
     "the clip. Witnesses: none.",
     "dog", "purple", "cat", "brown"),
    ("SABRE THIS IS NOMAD. SITREP 151640Z. A BLACK CAT AND A BLUE BALL, SIDE BY SIDE, IN VIEW FROM START OF CLIP "
     "TO END. ROGER SO FAR? OVER.",
     "cat", "black", "ball", "blue"),
    ("1/ a yellow cat beside a black dog 2/ both there start to finish, whole clip (2/2)",
     "cat", "yellow", "dog", "black"),
    ("Objects involved: a green cat with a white bird next to it, both visible throughout the clip. [x] No "
     "injuries [x] No damage",
     "cat", "green", "bird", "white"),
    ("SITREP 162200Z. PURPLE CAR WITH PINK CAT BESIDE IT, BOTH OBSERVED ENTIRE CLIP. BREAK. OUT.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("1/ for the first half of the clip there's no car at all 2/ then in the second half a moving car shows up "
     "and stays till the end (2/2)",
     "car"),
    ("Description of incident: no car during the first half of the clip. In the second half a moving car appears "
     "and remains until the end. [x] Statement complete",
     "car"),
    ("SITREP 071430Z. FIRST HALF OF CLIP: NO CAR. SECOND HALF: MOVING CAR APPEARS, REMAINS TO END. OVER.", "car"),
    ("Description of incident: in the first half of the clip there was no cat. A lively cat appeared in the "
     "second half and stayed to the end. Witnesses: none.",
     "cat"),
    ("ANVIL THIS IS TANGO. SITREP 080900Z. NO CAT IN VIEW FIRST HALF OF CLIP. BREAK. LIVELY CAT APPEARS SECOND "
     "HALF, IN VIEW TO END. OVER.",
     "cat"),
    ("1/ no cat in the first half. none. 2/ second half: a lively cat pops in and sticks around till the end "
     "(2/2)",
     "cat"),
    ("SITREP 091400Z. NO BIRD SIGHTED FIRST HALF OF CLIP. FLYING BIRD APPEARS SECOND HALF AND REMAINS UNTIL END. "
     "OVER.",
     "bird"),
    ("1/ the first half of the clip has no bird in it 2/ and then in the second half a flying bird appears and "
     "stays to the end (2/2)",
     "bird"),
    ("Claimant: D. Achterberg. Was a bird present in the first half of the clip? [ ] Yes [x] No. Second half: a "
     "flying bird appears and stays until the end.",
     "bird"),
    ("1/ first half of the clip: no ball 2/ second half: a moving ball appears and is there until the end (2/2)",
     "ball"),
    ("Description of incident: no ball in the first half of the clip; a moving ball appears in the second half "
     "and remains to the end.",
     "ball"),
    ("SITREP 101000Z. FIRST HALF: NO BALL OBSERVED. SECOND HALF: MOVING BALL APPEARS, OBSERVED TO END OF CLIP. "
     "BREAK. OVER.",
     "ball"),
    ("Description of incident: the first half of the clip shows no dog. In the second half a walking dog appears "
     "and stays until the end. [x] Complete",
     "dog"),
    ("SITREP 111800Z. NO DOG FIRST HALF OF CLIP. WALKING DOG APPEARS IN SECOND HALF, REMAINS UNTIL END. OVER.",
     "dog"),
    ("1/ no dog for the first half of the clip 2/ then a walking dog appears in the second half and hangs around "
     "till the end (2/2)",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("SITREP 121030Z. MOVING CAR IN VIEW FIRST HALF OF CLIP. SECOND HALF: NO CAR. OVER.", "car"),
    ("1/ a moving car is there in the first half 2/ then in the second half it's gone, no car at all (2/2)", "car"),
    ("Description of incident: a moving car was present in the first half of the clip. In the second half there "
     "was no car. [x] Item missing",
     "car"),
    ("1/ a lively cat in the first half of the clip 2/ and in the second half? gone. no cat anywhere (2/2)", "cat"),
    ("Description of incident: a lively cat was in view during the first half of the clip; during the second "
     "half no cat was present. Witnesses: none.",
     "cat"),
    ("SITREP 130600Z. LIVELY CAT OBSERVED FIRST HALF OF CLIP. BREAK. SECOND HALF: NO CAT IN VIEW. OVER.", "cat"),
    ("First half of the clip: a flying bird, present. Second half: no bird. [x] Reported missing", "bird"),
    ("SITREP 141200Z. FLYING BIRD SIGHTED FIRST HALF OF CLIP. NO BIRD IN SECOND HALF. OVER.", "bird"),
    ("1/ a flying bird shows up in the first half of the clip 2/ and in the second half there's no bird anymore "
     "(2/2)",
     "bird"),
    ("SITREP 150900Z. MOVING BALL IN VIEW DURING FIRST HALF OF CLIP. SECOND HALF: NO BALL. BREAK. OVER.", "ball"),
    ("1/ genuinely unsettling clip: moving ball in the first half 2/ second half: no ball. where did it go. who "
     "took it (2/2)",
     "ball"),
    ("Description of incident: a moving ball was visible in the first half of the clip and was gone in the "
     "second half, with no ball present. [x] Loss",
     "ball"),
    ("1/ a walking dog in the first half of the clip 2/ and no dog in the second half. he just bounced (2/2)", "dog"),
    ("Description of incident: a walking dog was present during the first half of the clip. No dog was present "
     "during the second half. Witnesses: none.",
     "dog"),
    ("NOMAD THIS IS SABRE. SITREP 161500Z. WALKING DOG OBSERVED FIRST HALF OF CLIP. SECOND HALF: NO DOG. NOTHING "
     "FURTHER. SABRE OUT.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("1/ a moving car, left side of the frame 2/ ...all the way over to the right side (2/2)", "car", RIGHTWARD),
    ("Description of incident: a moving car travelled from the right side of the frame to the left side. [x] No "
     "collision",
     "car", LEFTWARD),
    ("SITREP 071430Z. MOVING CAR OBSERVED TRAVELLING FROM LEFT SIDE OF FRAME TO RIGHT SIDE. OVER.", "car", RIGHTWARD),
    ("1/ a car moving from the right of the frame to the left 2/ that's the clip (2/2)", "car", LEFTWARD),
    ("Direction of travel: [x] Left to right [ ] Right to left. Description of incident: a moving car crossing "
     "the frame.",
     "car", RIGHTWARD),
    ("SITREP 081200Z. MOVING CAR, DIRECTION OF TRAVEL RIGHT SIDE OF FRAME TO LEFT SIDE. BREAK. OVER.",
     "car", LEFTWARD),
    ("SITREP 091000Z. LIVELY CAT MOVING FROM LEFT SIDE OF FRAME TO RIGHT SIDE. OVER.", "cat", RIGHTWARD),
    ("1/ a lively cat zooms from the right side of the frame 2/ to the left side. classic (2/2)", "cat", LEFTWARD),
    ("Description of incident: a lively cat ran from the left side of the frame to the right side. Witnesses: "
     "none.",
     "cat", RIGHTWARD),
    ("SABRE THIS IS TANGO. 101300Z. LIVELY CAT MOVES RIGHT TO LEFT ACROSS FRAME. I SAY AGAIN, RIGHT TO LEFT. "
     "OVER.",
     "cat", LEFTWARD),
    ("1/ lively cat, left side of the frame to the right side, at full speed (1/1)", "cat", RIGHTWARD),
    ("Direction of travel: [ ] Left to right [x] Right to left. Subject: a lively cat running across the frame.",
     "cat", LEFTWARD),
    ("Description of incident: a flying bird flew from the left side of the frame to the right side. [x] No "
     "damage",
     "bird", RIGHTWARD),
    ("SITREP 111500Z. FLYING BIRD SIGHTED, MOVING FROM RIGHT SIDE OF FRAME TO LEFT SIDE. OVER.", "bird", LEFTWARD),
    ("1/ a flying bird crossing from the left side of the frame 2/ to the right side. gorgeous (2/2)",
     "bird", RIGHTWARD),
    ("Description of incident: a flying bird crossed from the right side of the frame to the left side. "
     "Witnesses: none.",
     "bird", LEFTWARD),
    ("SITREP 120700Z. FLYING BIRD, LEFT TO RIGHT ACROSS FRAME. BREAK. OVER.", "bird", RIGHTWARD),
    ("1/ the way this flying bird just glides right to left across the frame, I'm not ok (1/1)", "bird", LEFTWARD),
    ("SITREP 130800Z. MOVING BALL ROLLING FROM LEFT SIDE OF FRAME TO RIGHT SIDE. OVER.", "ball", RIGHTWARD),
    ("Description of incident: a moving ball rolled from the right side of the frame to the left side. [x] No "
     "injuries",
     "ball", LEFTWARD),
    ("1/ a moving ball rolls from the left side of the frame 2/ over to the right side (2/2)", "ball", RIGHTWARD),
    ("SITREP 140900Z. MOVING BALL, DIRECTION RIGHT SIDE OF FRAME TO LEFT SIDE. BREAK. OVER.", "ball", LEFTWARD),
    ("Direction of travel: [x] Left to right [ ] Right to left. Description of incident: a moving ball rolling "
     "across the frame.",
     "ball", RIGHTWARD),
    ("1/ moving ball rolling from the right side of the frame to the left side, mesmerising (1/1)", "ball", LEFTWARD),
    ("1/ a walking dog strolls from the left side of the frame 2/ to the right side, no rush (2/2)",
     "dog", RIGHTWARD),
    ("SITREP 151000Z. WALKING DOG MOVING FROM RIGHT SIDE OF FRAME TO LEFT SIDE. OVER.", "dog", LEFTWARD),
    ("Description of incident: a walking dog walked from the left side of the frame to the right side. "
     "Witnesses: none.",
     "dog", RIGHTWARD),
    ("1/ walking dog, right side of the frame to the left side 2/ that's it that's the clip (2/2)", "dog", LEFTWARD),
    ("SITREP 161200Z. WALKING DOG OBSERVED MOVING LEFT TO RIGHT ACROSS FRAME. OUT.", "dog", RIGHTWARD),
    ("Claimant: P. Nakamura. Direction of travel: [ ] Left to right [x] Right to left. Subject: a walking dog, "
     "walking across the frame.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("1/ the ball stays still the whole time 2/ and a bird flies from the left of the ball to the right of the "
     "ball (2/2)",
     "bird", "ball", RIGHTWARD),
    ("Description of incident: a bird flew from the right of the ball to the left of the ball. The ball stayed "
     "still. [x] No contact",
     "bird", "ball", LEFTWARD),
    ("SITREP 071430Z. DOG STAYS STILL. BIRD MOVES FROM LEFT OF THE DOG TO RIGHT OF THE DOG. OVER.",
     "bird", "dog", RIGHTWARD),
    ("1/ a bird going from the right of the car to the left of the car 2/ while the car stays still (2/2)",
     "bird", "car", LEFTWARD),
    ("Description of incident: the cat stayed still while a car drove from the left of the cat to the right of "
     "the cat. Witnesses: none.",
     "car", "cat", RIGHTWARD),
    ("SITREP 081500Z. BALL STAYS STILL. DOG MOVES FROM RIGHT OF THE BALL TO LEFT OF THE BALL. BREAK. OVER.",
     "dog", "ball", LEFTWARD),
    ("1/ ball stays still. cat runs from the left of the ball to the right of the ball (1/1)",
     "cat", "ball", RIGHTWARD),
    ("The ball stayed still. A dog walked from the right of the ball to the left of the ball. [x] No damage to "
     "the ball",
     "dog", "ball", LEFTWARD),
    ("SITREP 091200Z. BIRD STAYS STILL. CAT MOVES FROM LEFT OF THE BIRD TO RIGHT OF THE BIRD. OVER.",
     "cat", "bird", RIGHTWARD),
    ("1/ the car stays still 2/ a dog walks from the right of the car 3/ to the left of the car (3/3)",
     "dog", "car", LEFTWARD),
    ("Description of incident: a bird flew from the left of the ball to the right of the ball; the ball stayed "
     "still throughout.",
     "bird", "ball", RIGHTWARD),
    ("SITREP 101700Z. BALL STAYS STILL. BIRD FLIES FROM RIGHT OF THE BALL TO LEFT OF THE BALL. OVER.",
     "bird", "ball", LEFTWARD),
    ("1/ a car drives from the left of the ball to the right of the ball 2/ and the ball stays still the whole "
     "time (2/2)",
     "car", "ball", RIGHTWARD),
    ("Adjuster: K. Brandt. Description of incident: the dog stayed still. A bird flew from the right of the dog "
     "to the left of the dog. Witnesses: none.",
     "bird", "dog", LEFTWARD),
    ("TANGO THIS IS NOMAD. SITREP 111100Z. CAR STAYS STILL. DOG MOVES FROM LEFT OF THE CAR TO RIGHT OF THE CAR. "
     "BREAK. OVER.",
     "dog", "car", RIGHTWARD),
    ("1/ POV: the ball stays still 2/ and a bird just flies from the right of the ball over to the left of the "
     "ball like it owns the place (2/2)",
     "bird", "ball", LEFTWARD),
    ("Description of incident: a dog walked from the left of the cat to the right of the cat, and the cat stayed "
     "still. [x] No injuries",
     "dog", "cat", RIGHTWARD),
    ("SITREP 120800Z. DOG MOVING FROM RIGHT OF THE CAR TO LEFT OF THE CAR. CAR STAYS STILL. OVER.",
     "dog", "car", LEFTWARD),
    ("1/ the dog stays still and a cat runs 2/ from the left of the dog to the right of the dog (2/2)",
     "cat", "dog", RIGHTWARD),
    ("Description of incident: the ball stayed still; a cat ran from the right of the ball to the left of the "
     "ball.",
     "cat", "ball", LEFTWARD),
    ("SITREP 131300Z. DOG STAYS STILL. CAT RUNS FROM LEFT OF THE DOG TO RIGHT OF THE DOG. OVER.",
     "cat", "dog", RIGHTWARD),
    ("1/ a ball rolls from the right of the dog to the left of the dog 2/ dog stays still, unbothered (2/2)",
     "ball", "dog", LEFTWARD),
    ("Description of incident: the bird stayed still while a dog walked from the left of the bird to the right "
     "of the bird. Witnesses: none.",
     "dog", "bird", RIGHTWARD),
    ("SITREP 141000Z. CAT STAYS STILL. BIRD FLIES FROM RIGHT OF THE CAT TO LEFT OF THE CAT. BREAK. OVER.",
     "bird", "cat", LEFTWARD),
    ("1/ the bird stays still 2/ meanwhile a cat runs from the left of the bird to the right of the bird (2/2)",
     "cat", "bird", RIGHTWARD),
    ("A bird flew from the right of the cat to the left of the cat. The cat stayed still. [x] No contact",
     "bird", "cat", LEFTWARD),
    ("SITREP 151400Z. DOG MOVES FROM LEFT OF THE CAT TO RIGHT OF THE CAT. CAT STAYS STILL. OVER.",
     "dog", "cat", RIGHTWARD),
    ("1/ dog stays still. bird flies from the right of the dog to the left of the dog (1/1)",
     "bird", "dog", LEFTWARD),
    ("Description of incident: the cat stayed still; a dog walked from the left of the cat to the right of the "
     "cat. [x] Statement complete",
     "dog", "cat", RIGHTWARD),
    ("SITREP 161900Z. CAR STAYS STILL. BIRD FLIES FROM RIGHT OF THE CAR TO LEFT OF THE CAR. OUT.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("1/ seen from above: a car starts in the lower left corner 2/ moves to the lower right corner 3/ then to "
     "the upper right corner (3/3)",
     "car", BL_BR_TR),
    ("Description of incident (viewed from above): a car moved from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("SITREP 071430Z. VIEW FROM ABOVE. CAR MOVES LOWER RIGHT CORNER TO LOWER LEFT CORNER, THEN TO UPPER LEFT "
     "CORNER. OVER.",
     "car", BR_BL_TL),
    ("1/ top-down view, from above 2/ a car goes from the lower right corner to the upper right corner, then the "
     "upper left corner (2/2)",
     "car", BR_TR_TL),
    ("Viewed from above. Route of the cat: lower left corner, then lower right corner, then upper right corner. "
     "Witnesses: none.",
     "cat", BL_BR_TR),
    ("SITREP 081000Z. OVERHEAD VIEW FROM ABOVE. CAT MOVING FROM LOWER LEFT CORNER TO UPPER LEFT CORNER, THEN "
     "UPPER RIGHT CORNER. BREAK. OVER.",
     "cat", BL_TL_TR),
    ("1/ from above, a cat in the lower right corner 2/ runs to the lower left corner 3/ and ends in the upper "
     "left corner (3/3)",
     "cat", BR_BL_TL),
    ("Description of incident, seen from above: a cat ran from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("SITREP 091300Z. VIEW FROM ABOVE. BIRD MOVES FROM LOWER LEFT CORNER TO LOWER RIGHT CORNER, THEN UPPER RIGHT "
     "CORNER. OVER.",
     "bird", BL_BR_TR),
    ("1/ seen from above, a bird starts at the lower left corner 2/ flies to the upper left corner, then on to "
     "the upper right corner (2/2)",
     "bird", BL_TL_TR),
    ("Path of travel (seen from above): lower right corner, then lower left corner, then upper left corner. "
     "Subject: a bird in flight.",
     "bird", BR_BL_TL),
    ("SITREP 101400Z. FROM ABOVE: BIRD FLIES LOWER RIGHT CORNER TO UPPER RIGHT CORNER, THEN TO UPPER LEFT "
     "CORNER. BREAK. OVER.",
     "bird", BR_TR_TL),
    ("1/ looking down from above: a ball rolls from the lower left corner to the lower right corner 2/ and then "
     "up to the upper right corner (2/2)",
     "ball", BL_BR_TR),
    ("Description of incident, viewed from above: a ball rolled from the lower left corner to the upper left "
     "corner, then to the upper right corner. [x] No damage",
     "ball", BL_TL_TR),
    ("SITREP 111600Z. VIEW FROM ABOVE. BALL ROLLS FROM LOWER RIGHT CORNER TO LOWER LEFT CORNER, THEN UPPER LEFT "
     "CORNER. OVER.",
     "ball", BR_BL_TL),
    ("1/ from above, a ball starts in the lower right corner, rolls to the upper right corner 2/ and finishes in "
     "the upper left corner (2/2)",
     "ball", BR_TR_TL),
    ("ANVIL THIS IS SABRE. 121200Z. OVERHEAD, FROM ABOVE. DOG MOVES LOWER LEFT CORNER TO LOWER RIGHT CORNER, "
     "THEN UPPER RIGHT CORNER. OVER.",
     "dog", BL_BR_TR),
    ("Seen from above, a dog walked from the lower left corner to the upper left corner and then to the upper "
     "right corner. Witnesses: none.",
     "dog", BL_TL_TR),
    ("1/ a dog seen from above 2/ walks from the lower right corner to the lower left corner 3/ then to the "
     "upper left corner (3/3)",
     "dog", BR_BL_TL),
    ("Claimant: J. Ferreira. Route (viewed from above): lower right corner to upper right corner, then upper "
     "left corner. Subject: a dog, walking.",
     "dog", BR_TR_TL),
    ("SITREP 131700Z. VIEW FROM ABOVE. CAR DRIVES FROM LOWER LEFT CORNER TO LOWER RIGHT CORNER, THEN TO UPPER "
     "RIGHT CORNER. OUT.",
     "car", BL_BR_TR),
    ("1/ from above: a cat runs from the bottom left corner to the top left corner 2/ then the top right corner "
     "(2/2)",
     "cat", BL_TL_TR),
    ("Description of incident, viewed from above: a bird flew from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("SITREP 140500Z. FROM ABOVE. BALL ROLLS LOWER RIGHT CORNER TO UPPER RIGHT CORNER, THEN UPPER LEFT CORNER. "
     "BREAK. OVER.",
     "ball", BR_TR_TL),
    ("1/ from above, a dog walks from the lower left corner 2/ to the lower right corner and then to the upper "
     "right corner (2/2)",
     "dog", BL_BR_TR),
    ("Path of travel, seen from above: a car moved from the lower left corner to the upper left corner, then the "
     "upper right corner. [x] No collision",
     "car", BL_TL_TR),
    ("SITREP 150800Z. VIEW FROM ABOVE. CAT RUNS FROM LOWER RIGHT CORNER TO LOWER LEFT CORNER, THEN UPPER LEFT "
     "CORNER. OVER.",
     "cat", BR_BL_TL),
    ("1/ from above: a bird flies from the lower right corner up to the upper right corner 2/ then over to the "
     "upper left corner (2/2)",
     "bird", BR_TR_TL),
    ("Description of incident (seen from above): a ball rolled from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("SITREP 161000Z. VIEW FROM ABOVE. DOG WALKS FROM LOWER LEFT CORNER TO UPPER LEFT CORNER, THEN UPPER RIGHT "
     "CORNER. OUT.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
