"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like sets 20-31 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- hurried typing with typos in the ordinary words ("teh", "rihgt", "lfet", "secnod half", "aprears",
  doubled or dropped letters, missing apostrophes, a stray double space), never in LVD's class nouns or
  colour words, and each typo still plain to a careful reader;
- a director/animator exchange written as a transcript ("DIRECTOR: what do we see? ANIMATOR: ..."),
  where the scene is what the two agree on and the speakers are never part of it;
- self-corrections as people type to a chatbot ("three cats, no wait, make it four cats", "moving
  left — sorry, right", "in the first half, I mean the second half"), where the final intention is the
  layout and the superseded words are clearly withdrawn; attribution prompts correct only a side, a verb
  or a count, and numeracy prompts correct only the count, so no withdrawn colour or class is named.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; every count is written as a word; numeracy prompts name
nothing else a reader would draw as an object (only scenery: a road, a lawn, the sky, a court, a field).
It covers every (class, count) and (class, direction) pair. It takes LVD's next draws: attribution pairs
0-29 and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25-31), 110/180 = 61.1% (numeracy 14, attribution 30,
visibility 18, one-object 20, two-object 14, sequential 14 of 30): typos in the ordinary words ("rihgt", "secnod"), withdrawn
words ("two cars, no wait, three cars") and question-and-answer transcripts were the misses; read fixes followed (180/180 after
them), so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("pls make a realistc lively vid with one car drivng along a road, jsut the one and nothign else", "car", 1),
    ("DIRECTOR: what's in the shot? ANIMATOR: two cars moving down an empty road. DIRECTOR: good, nothing else, "
     "keep it realistic and lively.", "car", 2),
    ("A realistic, lively video with two moving cars, no wait, make it three cars. Three in total, nothing else "
     "in the scene.", "car", 3),
    ("need a lively realisitc clip of four cars movign on a highway, no othr stuff in teh frame", "car", 4),
    ("DIRECTOR: how many cats? ANIMATOR: just one cat, lively, on a lawn. DIRECTOR: perfect, only that one, "
     "realistic.", "cat", 1),
    ("Three lively cats — sorry, I meant two cats. Just the two, realistic, nothing else in view.", "cat", 2),
    ("three cats full of life, realistc lookng, on a lawn, thats all i want in teh scene", "cat", 3),
    ("ANIMATOR: how many cats do you want? DIRECTOR: four cats, all lively. ANIMATOR: four, on a plain lawn, "
     "realistic? DIRECTOR: yes, just those four.", "cat", 4),
    ("A realistic video of two flying birds — actually, scratch that, just one bird flying across an empty sky.",
     "bird", 1),
    ("two birds flyng thru an open sky, realistic and livly, nothin else in view pls", "bird", 2),
    ("DIRECTOR: what's up in the sky? ANIMATOR: three birds, all flying. DIRECTOR: only those three, and make it "
     "realistic and lively.", "bird", 3),
    ("Three birds flying in a clear sky, no, make it four birds, four in all, realistic and lively.", "bird", 4),
    ("one ball movng on a flat court, realstic and lively, no other objcts at all", "ball", 1),
    ("DIRECTOR: talk me through it. ANIMATOR: two balls rolling over a bare floor, nothing else. DIRECTOR: good, "
     "keep it realistic and lively.", "ball", 2),
    ("Four moving balls, hmm, no, three balls is better. Three balls in motion, realistic, with nothing else in "
     "view.", "ball", 3),
    ("four balls all movin at once on an empty court,  realisitc and lively, no othr things", "ball", 4),
    ("DIRECTOR: who's walking? ANIMATOR: one dog, on its own, along a path. DIRECTOR: good, just that one, "
     "realistic and lively.", "dog", 1),
    ("Realistic clip of three walking dogs, wait, no, two dogs. Only two dogs walking, and nothing else in the "
     "scene.", "dog", 2),
    ("three dogs walkng acros a feild, lively and realsitic, dont add anythign else", "dog", 3),
    ("ANIMATOR: so what's the count? DIRECTOR: four dogs, walking together over a wide field. ANIMATOR: nothing "
     "else? DIRECTOR: nothing else, realistic and lively.", "dog", 4),
    ("One car moving, sorry, I mean three cars moving along a road; three in total, realistic and lively.",
     "car", 3),
    ("two lively cats on teh grass, looks realistic, no othr animals or stuff", "cat", 2),
    ("DIRECTOR: how busy is the sky? ANIMATOR: one bird flying, alone. DIRECTOR: keep it alone, realistic and "
     "lively.", "bird", 1),
    ("Two balls, no, four balls, all moving across an empty court — realistic and lively.", "ball", 4),
    ("jus two dogs walkin down a quiet street, realistic and lively, nthing else in it", "dog", 2),
    ("DIRECTOR: what drives through? ANIMATOR: a single car, moving. DIRECTOR: only the one car, realistic and "
     "lively, an empty road otherwise.", "car", 1),
    ("Three cats, no wait, make it four cats, all lively, realistic, and nothing else in frame.", "cat", 4),
    ("three birds flyng ovr a lake, realistic and lively, no othr things in the sky", "bird", 3),
    ("ANIMATOR: what's rolling? DIRECTOR: two balls, both moving. ANIMATOR: anything else? DIRECTOR: no, just the "
     "two balls, realistic and lively.", "ball", 2),
    ("Four dogs — sorry, three dogs — walking along a beach, only those three, realistic and lively.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0 to 29, in order.
_ATTRIBUTION = [
    ("a blue cat sittng by a white bird, realistc and lively, thx", "cat", "blue", "bird", "white"),
    ("DIRECTOR: what's on the lawn? ANIMATOR: a yellow dog and a green ball. DIRECTOR: good, keep it lively and "
     "real.", "dog", "yellow", "ball", "green"),
    ("A blue dog sitting — no, standing — beside an orange car, realistic and lively.", "dog", "blue", "car", "orange"),
    ("a purple ball rolling nxt to a blue car, realistc plz", "ball", "purple", "car", "blue"),
    ("DIRECTOR: who's in frame? ANIMATOR: a green dog, and a black bird perched near it. DIRECTOR: good, both "
     "stay in, realistic.", "dog", "green", "bird", "black"),
    ("A purple ball on the left and a black cat on the right — sorry, the other way round: the cat on the left, "
     "the ball on the right.", "ball", "purple", "cat", "black"),
    ("a black car parkd on teh street with an orange bird standing beside it", "car", "black", "bird", "orange"),
    ("ANIMATOR: so, what are we looking at? DIRECTOR: a black ball and a purple cat batting at it. ANIMATOR: "
     "realistic? DIRECTOR: realistic and lively.", "ball", "black", "cat", "purple"),
    ("Two pink birds — no, one pink bird — and a brown dog, realistic and lively.", "bird", "pink", "dog", "brown"),
    ("a brown ball and a blue dog chasng it arond the yard, make it look real", "ball", "brown", "dog", "blue"),
    ("DIRECTOR: what's the shot? ANIMATOR: a yellow ball, and a pink dog next to it. DIRECTOR: great, lively and "
     "realistic.", "ball", "yellow", "dog", "pink"),
    ("A pink bird flying over — I mean resting beside — a gray ball, realistic and lively.",
     "bird", "pink", "ball", "gray"),
    ("a gray dog waitng next to a purple car, realistic and lively", "dog", "gray", "car", "purple"),
    ("ANIMATOR: what should I draw? DIRECTOR: a green cat pawing at a purple ball. ANIMATOR: got it. DIRECTOR: "
     "keep it lively.", "cat", "green", "ball", "purple"),
    ("A green dog on the right of a gray ball, wait, no, on its left. Realistic and lively.",
     "dog", "green", "ball", "gray"),
    ("a yellow ball on teh grass and a pink bird landng beside it", "ball", "yellow", "bird", "pink"),
    ("DIRECTOR: who shares the scene? ANIMATOR: a pink cat and a yellow dog. DIRECTOR: good, let them play, "
     "realistic.", "cat", "pink", "dog", "yellow"),
    ("A brown car driving — sorry, parked — with a yellow ball rolling past it, realistic and lively.",
     "car", "brown", "ball", "yellow"),
    ("a brown car and a white dog sittin in frnt of it, realistc", "car", "brown", "dog", "white"),
    ("ANIMATOR: what's by the curb? DIRECTOR: an orange dog, sitting by a brown car. ANIMATOR: realistic? "
     "DIRECTOR: yes, and lively.", "dog", "orange", "car", "brown"),
    ("A brown ball and two — sorry, one — orange cat chasing it, realistic and lively.",
     "ball", "brown", "cat", "orange"),
    ("a gray dog fetchng an orange ball, lively and realisitc pls", "dog", "gray", "ball", "orange"),
    ("DIRECTOR: what's happening? ANIMATOR: a yellow ball rolls and an orange cat watches it. DIRECTOR: good, "
     "realistic.", "ball", "yellow", "cat", "orange"),
    ("A purple dog running away from — no, toward — a brown car, realistic and lively.",
     "dog", "purple", "car", "brown"),
    ("a gray dog sniffng around a blue car, realistic and lively, thnks", "dog", "gray", "car", "blue"),
    ("ANIMATOR: what's in the frame? DIRECTOR: a white car, and an orange bird flying just above it. ANIMATOR: "
     "lively? DIRECTOR: lively and realistic.", "car", "white", "bird", "orange"),
    ("A brown car with a blue bird behind it, I mean in front of it, realistic and lively.",
     "car", "brown", "bird", "blue"),
    ("a blue car parkd and a yellow cat sleepng on teh pavement by it", "car", "blue", "cat", "yellow"),
    ("DIRECTOR: what do we open on? ANIMATOR: a gray cat and a yellow bird. DIRECTOR: good, keep the cat "
     "watching the bird.", "cat", "gray", "bird", "yellow"),
    ("A white dog left of a black car — sorry, right of it — realistic and lively.", "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("a car that isnt ther at first and only aprears in teh secnod half of the video", "car"),
    ("DIRECTOR: when does the car come in? ANIMATOR: not in the first half; it drives in during the second half. "
     "DIRECTOR: good, an empty road before that.", "car"),
    ("A moving car that shows up in the first half, I mean the second half; before that, no car at all.", "car"),
    ("no cat in teh first half, then a lively cat walks in and stays for the secnod half", "cat"),
    ("ANIMATOR: is the cat there from the start? DIRECTOR: no, keep it out for the first half; the cat appears "
     "only in the second half.", "cat"),
    ("A cat that appears right away — sorry, no — only in the second half of the clip, absent before.", "cat"),
    ("a flying bird that only shows up in the secnod half, nothign in the first half", "bird"),
    ("DIRECTOR: empty sky to begin with? ANIMATOR: yes, empty for the first half, then a bird flies in for the "
     "second half. DIRECTOR: exactly.", "bird"),
    ("A bird visible in the first half — wait, reverse that — hidden in the first half and visible only in the "
     "second half.", "bird"),
    ("a ball that aprears only in teh second half of the vid, not befor", "ball"),
    ("ANIMATOR: when do I bring the ball in? DIRECTOR: only after the halfway point; no ball in the first half.",
     "ball"),
    ("A moving ball that appears only in the first half, sorry, I mean the second half of the video.", "ball"),
    ("a walkng dog thats missing in the first half and aprears in the second half", "dog"),
    ("DIRECTOR: when does the dog show? ANIMATOR: not until the second half, it walks in then. DIRECTOR: and none "
     "before? ANIMATOR: none.", "dog"),
    ("A walking dog that is there from the start, no, scratch that: it only appears in the second half.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("a moving car thats only in teh first half, then its gone for the secnod half", "car"),
    ("DIRECTOR: how long is the car on screen? ANIMATOR: just the first half; then it's gone. DIRECTOR: good, no "
     "car in the second half.", "car"),
    ("A car that appears only in the second half, I mean the first half, and is gone after that.", "car"),
    ("a lively cat in teh first half only, it dissapears and isnt there in the secnod half", "cat"),
    ("ANIMATOR: does the cat stay? DIRECTOR: no, the cat is there in the first half and gone in the second half.",
     "cat"),
    ("A cat that stays the whole time — sorry, no — a cat that is seen only in the first half and then vanishes.",
     "cat"),
    ("a flying bird visble in the first half, then it leaves and isnt seen in teh second half", "bird"),
    ("DIRECTOR: and the bird? ANIMATOR: in the sky for the first half, then gone. DIRECTOR: right, the second "
     "half has no bird.", "bird"),
    ("A bird that shows up late, no, the opposite: a bird that is there only in the first half of the video.",
     "bird"),
    ("a moving ball ther in the first half only,  gone by teh second half", "ball"),
    ("ANIMATOR: how long does the ball stay? DIRECTOR: only the first half, then it's out of the scene for good.",
     "ball"),
    ("A ball present in the second — sorry, the first — half of the video only, and absent afterwards.", "ball"),
    ("a walkng dog that is ther for teh first half and has left by the second half", "dog"),
    ("DIRECTOR: tell me about the dog. ANIMATOR: it walks around during the first half and is gone in the second "
     "half. DIRECTOR: good.", "dog"),
    ("A walking dog in the scene for the whole clip, sorry, only for the first half, and gone for the second half.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("a car movng from teh lfet side of the frame to the rihgt side", "car", RIGHTWARD),
    ("DIRECTOR: which way does the car go? ANIMATOR: it starts on the left and drives across to the right. "
     "DIRECTOR: good, left to right.", "car", RIGHTWARD),
    ("A car moving right to left — sorry, left to right — across the whole scene.", "car", RIGHTWARD),
    ("a car drivng from the rihgt to teh left across the screen", "car", LEFTWARD),
    ("ANIMATOR: left to right for the car? DIRECTOR: no, the other way: start it on the right and drive it to the "
     "left. ANIMATOR: right to left, got it.", "car", LEFTWARD),
    ("A car moving from the left — I mean from the right — over to the left.", "car", LEFTWARD),
    ("a lively cat walkng from the left to teh right, all the way acros", "cat", RIGHTWARD),
    ("DIRECTOR: where does the cat start? ANIMATOR: on the left. DIRECTOR: and it ends? ANIMATOR: on the right "
     "side of the frame.", "cat", RIGHTWARD),
    ("A cat moving left — sorry, right — starting from the left edge and ending at the right edge.", "cat", RIGHTWARD),
    ("a cat goin from the rihgt side over to the lfet side, lively and realistic", "cat", LEFTWARD),
    ("ANIMATOR: the cat walks which way? DIRECTOR: right to left. Start on the right, end on the left.",
     "cat", LEFTWARD),
    ("A cat crossing from left to right, no wait, from right to left, ending up on the left.", "cat", LEFTWARD),
    ("a bird flyng from lfet to rihgt acros the sky", "bird", RIGHTWARD),
    ("DIRECTOR: how does the bird cross? ANIMATOR: it starts on the left and flies across to the right. DIRECTOR: yes, "
     "left to right.", "bird", RIGHTWARD),
    ("A bird flying to the left, sorry, to the right, starting from the left side.", "bird", RIGHTWARD),
    ("a flying bird going from the rihgt of the screen to teh left", "bird", LEFTWARD),
    ("ANIMATOR: bird direction? DIRECTOR: right to left. It starts over on the right and ends on the left.",
     "bird", LEFTWARD),
    ("A bird flying from left to right — sorry, reversed — from right to left.", "bird", LEFTWARD),
    ("a ball rolling from teh left to the rihgt, steady speed", "ball", RIGHTWARD),
    ("DIRECTOR: where does the ball roll? ANIMATOR: from the left edge to the right edge. DIRECTOR: good, keep it "
     "moving the whole time.", "ball", RIGHTWARD),
    ("A ball rolling from the right — no, from the left — to the right.", "ball", RIGHTWARD),
    ("a movng ball that gos from the rihgt side to the left side", "ball", LEFTWARD),
    ("ANIMATOR: ball starts on the left? DIRECTOR: no, on the right. It rolls over to the left.", "ball", LEFTWARD),
    ("A ball moving to the right, sorry, to the left, starting at the right edge.", "ball", LEFTWARD),
    ("a dog walkng from the lfet to the right, nice and  slow", "dog", RIGHTWARD),
    ("DIRECTOR: the dog? ANIMATOR: starts on the left, walks over, ends up on the right. DIRECTOR: perfect.",
     "dog", RIGHTWARD),
    ("A walking dog heading left, sorry, heading right, from the left side to the right side.", "dog", RIGHTWARD),
    ("a walkng dog that goes from rihgt to lfet across teh scene", "dog", LEFTWARD),
    ("ANIMATOR: which side does the dog start? DIRECTOR: the right. ANIMATOR: and it walks to the left? DIRECTOR: "
     "yes, all the way to the left.", "dog", LEFTWARD),
    ("A dog walking from the left to the right — sorry, other way — from the right to the left.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40 to 49 then 0 to 19, in order.
_DYNAMIC_TWO = [
    ("a cat moving from teh left of a dog to its rihgt, the dog stays put", "cat", "dog", RIGHTWARD),
    ("DIRECTOR: what does the ball do? ANIMATOR: it starts on the dog's right and rolls to the dog's left. "
     "DIRECTOR: good, the dog stays still.", "ball", "dog", LEFTWARD),
    ("A dog walking from the right of a bird — sorry, from the left of it — to the bird's right.",
     "dog", "bird", RIGHTWARD),
    ("a bird flyng from the rihgt of a cat over to the cats left", "bird", "cat", LEFTWARD),
    ("ANIMATOR: where's the cat at the start? DIRECTOR: left of the bird. ANIMATOR: and at the end? DIRECTOR: "
     "right of the bird.", "cat", "bird", RIGHTWARD),
    ("A bird moving from the left of a cat, no, from the right of the cat, over to its left.",
     "bird", "cat", LEFTWARD),
    ("a dog walkng from the left of a cat to teh right of it", "dog", "cat", RIGHTWARD),
    ("DIRECTOR: the bird and the dog? ANIMATOR: the bird starts to the dog's right and flies to the dog's left. "
     "DIRECTOR: yes.", "bird", "dog", LEFTWARD),
    ("A dog starting on the right of a cat, I mean on the cat's left, and walking over to the cat's right.",
     "dog", "cat", RIGHTWARD),
    ("a bird flyng from the rihgt of a car to its lfet, the car stays parkd", "bird", "car", LEFTWARD),
    ("ANIMATOR: where does the bird fly? DIRECTOR: from the car's left over to the car's right. ANIMATOR: the car "
     "stays still? DIRECTOR: yes.", "bird", "car", RIGHTWARD),
    ("A car driving from the left of a bird — sorry, from its right — to the bird's left.", "car", "bird", LEFTWARD),
    ("a bird that starts on the left of a cat and flys to the cats rihgt", "bird", "cat", RIGHTWARD),
    ("DIRECTOR: the car? ANIMATOR: it starts right of the bird and drives until it's left of the bird. DIRECTOR: "
     "good.", "car", "bird", LEFTWARD),
    ("A bird flying from the dog's right — no, from the dog's left — over to the dog's right.",
     "bird", "dog", RIGHTWARD),
    ("a dog walkng from the rihgt of a cat to the left of teh cat", "dog", "cat", LEFTWARD),
    ("ANIMATOR: which way does the ball roll? DIRECTOR: from the left of the dog to the right of the dog. "
     "ANIMATOR: and the dog? DIRECTOR: it stays put.", "ball", "dog", RIGHTWARD),
    ("A bird moving from the right of a cat to the cat's right, sorry, I mean to the cat's left.",
     "bird", "cat", LEFTWARD),
    ("a car drivng from the lfet of a ball to the rihgt of the ball", "car", "ball", RIGHTWARD),
    ("DIRECTOR: where's the cat headed? ANIMATOR: from the bird's right to the bird's left. DIRECTOR: good, and "
     "the bird stays where it is.", "cat", "bird", LEFTWARD),
    ("A dog walking from the car's right — sorry, from the car's left — to the car's right.", "dog", "car", RIGHTWARD),
    ("a ball rolling from the rihgt of a bird to its left, teh bird stays stil", "ball", "bird", LEFTWARD),
    ("ANIMATOR: the ball starts on which side of the dog? DIRECTOR: the left side, and it rolls to the dog's right "
     "side.", "ball", "dog", RIGHTWARD),
    ("A ball rolling from the left of a cat — no wait, from the right of it — to the cat's left.",
     "ball", "cat", LEFTWARD),
    ("a car movng from the left of a ball over to teh right of it", "car", "ball", RIGHTWARD),
    ("DIRECTOR: what's the bird doing? ANIMATOR: flying from the right of the cat to the left of the cat. "
     "DIRECTOR: good.", "bird", "cat", LEFTWARD),
    ("A dog walking to the bird's left, sorry, from the bird's left to the bird's right.", "dog", "bird", RIGHTWARD),
    ("a dog goin from the cats rihgt side to its left side", "dog", "cat", LEFTWARD),
    ("ANIMATOR: the ball rolls past the car? DIRECTOR: yes, from the car's left to the car's right.",
     "ball", "car", RIGHTWARD),
    ("A dog walking from the left of a cat — sorry, I mean the right of it — to the cat's left.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("from abov, a car starts in the lowr left, drives to the lower rihgt, then to the uppper right",
     "car", BL_BR_TR),
    ("DIRECTOR: top-down shot, where's the car? ANIMATOR: lower left first, then up to the upper left, then "
     "across to the upper right. DIRECTOR: good.", "car", BL_TL_TR),
    ("Seen from above, a car starts at the lower right, goes to the upper right — sorry, the lower left — and "
     "ends at the upper left.", "car", BR_BL_TL),
    ("top down view, a car in teh bottom rihgt goes up to the top right and then ovr to the top left",
     "car", BR_TR_TL),
    ("ANIMATOR: overhead view of the cat? DIRECTOR: yes. It starts lower left, walks to lower right, then up to "
     "upper right.", "cat", BL_BR_TR),
    ("From overhead, a cat goes from the lower left to the lower right, I mean to the upper left, and then to the "
     "upper right.", "cat", BL_TL_TR),
    ("seen from abve, a cat at the lower rihgt walks to the lower lfet and then up to teh upper left",
     "cat", BR_BL_TL),
    ("DIRECTOR: the camera looks straight down. Where's the cat? ANIMATOR: bottom right, then top right, then top "
     "left. DIRECTOR: in that order, yes.", "cat", BR_TR_TL),
    ("From above, a bird starts in the upper left — sorry, the lower left — flies to the lower right, then to the "
     "upper right.", "bird", BL_BR_TR),
    ("top-down: a bird startng in the lower left flys to the upper lfet and then to the upper rihgt",
     "bird", BL_TL_TR),
    ("ANIMATOR: bird path from above? DIRECTOR: lower right to start, lower left next, upper left last.",
     "bird", BR_BL_TL),
    ("Overhead view: a bird goes lower right, then upper left — no, upper right first — and then upper left.",
     "bird", BR_TR_TL),
    ("from above, a ball rols from the bottom lfet to the bottom right, then up to the top rihgt", "ball", BL_BR_TR),
    ("DIRECTOR: overhead shot of the ball. ANIMATOR: it starts bottom left, rolls up to top left, then over to top "
     "right. DIRECTOR: good.", "ball", BL_TL_TR),
    ("Top-down, a ball starts at the lower left — sorry, lower right — rolls to the lower left, and ends at the "
     "upper left.", "ball", BR_BL_TL),
    ("seen from abov, a ball in the lower rihgt rolls to the upper right then to teh upper left", "ball", BR_TR_TL),
    ("ANIMATOR: the dog seen from above? DIRECTOR: starts lower left, walks to lower right, finishes upper right.",
     "dog", BL_BR_TR),
    ("From overhead, a dog walks from the lower left up to the upper right, I mean the upper left, and then over "
     "to the upper right.", "dog", BL_TL_TR),
    ("top down, a dog walkng from teh lower right to the lower left, then up to the upper lfet", "dog", BR_BL_TL),
    ("DIRECTOR: top-down, now the dog. ANIMATOR: lower right, then upper right, then upper left. DIRECTOR: yes.",
     "dog", BR_TR_TL),
    ("From above, a car starts lower right, drives to the lower left — sorry, the upper right — and finishes "
     "upper left.", "car", BR_TR_TL),
    ("from overhed, a cat startng at the bottom left walks to the bottom rihgt then to the top right",
     "cat", BL_BR_TR),
    ("DIRECTOR: overhead, where's the bird? ANIMATOR: bottom left, then top left, then top right. DIRECTOR: good.",
     "bird", BL_TL_TR),
    ("Seen from above, a ball rolls from the lower left to the upper left and then to the lower right — no, to "
     "the upper right.", "ball", BL_TL_TR),
    ("from abov, a dog goes from the lowr right to the upper rihgt, and then to the upper left", "dog", BR_TR_TL),
    ("ANIMATOR: the car from above? DIRECTOR: lower left, then lower right, then upper right. ANIMATOR: got it.",
     "car", BL_BR_TR),
    ("Top-down view: a cat starts in the upper right — sorry, lower right — walks to the lower left, then to the "
     "upper left.", "cat", BR_BL_TL),
    ("a bird from abve, startng lower right, flys to upper rihgt and ends in upper left", "bird", BR_TR_TL),
    ("DIRECTOR: the ball's path, looking down? ANIMATOR: bottom left, bottom right, then top right. DIRECTOR: in "
     "that order.", "ball", BL_BR_TR),
    ("From above, a dog walks from the lower left to the upper left, then to the lower right, sorry, the upper "
     "right.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
