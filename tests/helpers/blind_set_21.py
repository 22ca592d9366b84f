"""A held-out set for the layout planner: LVD's stage-1 prompts rewritten by hand in other voices.

Like set 20 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes), but
each prompt is written as a different kind of user would write it: a prompt engineer's comma-
separated tags with quality words, a non-native speaker's simple and slightly unusual grammar, a
screenwriter's scene headings, and a plain-spoken request.

Each prompt is checked by the same LVD predicate as the other sets. The set was written without
running the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): scored once, untouched, after the fixes prompted by sets 17–20: 169/180 = 93.9%
(numeracy 24, visibility 27, two-object 28 of 30; the rest 30). After its own fixes 180/180.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("photorealistic, lively, 4k, one moving car, single subject", "car", 1),
    ("realistic video, lively mood, two moving cars, sharp focus, natural light", "car", 2),
    ("EXT. OPEN SCENE - DAY. Three cars drive around. That is all we see.", "car", 3),
    ("Please make realistic lively video. In scene are four cars, all of them moving.", "car", 4),
    ("Just one cat in the scene, a lively one, looks real.", "cat", 1),
    ("lively cats, count: 2, realistic, highly detailed, cinematic", "cat", 2),
    ("I want a real-looking video where three cats are lively in the scene.", "cat", 3),
    ("EXT. SCENE - DAY. FOUR CATS, lively, play in frame.", "cat", 4),
    ("a flying bird, only one, realistic, vivid, high detail", "bird", 1),
    ("Video is realistic and lively. Two birds fly in it.", "bird", 2),
    ("EXT. OPEN SPACE - DAY. Three birds flying. Nothing else.", "bird", 3),
    ("Make it look real: four birds are flying, lively scene.", "bird", 4),
    ("single moving ball, realistic, lively, depth of field", "ball", 1),
    ("The scene have two balls which are moving, please make it realistic.", "ball", 2),
    ("Realistic, lively scene. Three balls keep moving. That's it.", "ball", 3),
    ("FADE IN: a lively scene, real as life. Four balls roll across it.", "ball", 4),
    ("One dog out for a walk, realistic lively video.", "dog", 1),
    ("walking dogs, two, realistic, lively, cinematic lighting", "dog", 2),
    ("In this video there is three dogs who walk, it should look real and lively.", "dog", 3),
    ("EXT. SCENE - DAY. Four dogs walk through. Realistic, full of life.", "dog", 4),
    ("photoreal, lively, 3 moving cars, clean composition", "car", 3),
    ("Show only one lively cat, real looking please.", "cat", 1),
    ("EXT. SKY - DAY. Just two birds, flying.", "bird", 2),
    ("There are four moving balls in a scene. Make the video realistic and lively.", "ball", 4),
    ("I need a realistic video with a single dog walking, lively feel.", "dog", 1),
    ("Four cars moving in realistic lively video, nothing more in the scene.", "car", 4),
    ("three lively cats, realistic, 4k, soft light", "cat", 3),
    ("Realistic lively video: a single bird flies in the scene.", "bird", 1),
    ("Scene with 2 balls moving. Realistic. Lively.", "ball", 2),
    ("Lively realistic clip, four dogs walking together.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's first thirty drawn pairs.
_ATTRIBUTION = [
    ("blue cat, white bird, realistic, lively, detailed", "cat", "blue", "bird", "white"),
    ("There is a dog, it is yellow, and a ball, it is green. Realistic video.", "dog", "yellow", "ball", "green"),
    ("EXT. SCENE - DAY. A BLUE DOG. An ORANGE CAR.", "dog", "blue", "car", "orange"),
    ("Just a purple ball and a blue car, plainly, in a realistic lively video.", "ball", "purple", "car", "blue"),
    ("realistic lively video, green dog + black bird, sharp focus", "dog", "green", "bird", "black"),
    ("Video must look real: the ball is purple, the cat is black.", "ball", "purple", "cat", "black"),
    ("EXT. SCENE - DAY. A black car waits. An orange bird nearby.", "car", "black", "bird", "orange"),
    ("A purple cat with a black ball, lively and realistic.", "ball", "black", "cat", "purple"),
    ("pink bird, brown dog, lively scene, photorealistic, 4k", "bird", "pink", "dog", "brown"),
    ("In the scene I want one ball of brown colour and one dog of blue colour.", "ball", "brown", "dog", "blue"),
    ("EXT. SCENE - DAY. A pink dog noses a yellow ball.", "ball", "yellow", "dog", "pink"),
    ("Realistic video please: bird is pink, ball is gray.", "bird", "pink", "ball", "gray"),
    ("gray dog and purple car, realistic, lively, cinematic", "dog", "gray", "car", "purple"),
    ("A cat in green colour and a ball in purple colour, looking real.", "cat", "green", "ball", "purple"),
    ("EXT. SCENE - DAY. GREEN DOG. GRAY BALL. Both in frame.", "dog", "green", "ball", "gray"),
    ("A yellow ball and a pink bird, shown realistic and lively.", "ball", "yellow", "bird", "pink"),
    ("pink cat, yellow dog, realistic, natural light, high detail", "cat", "pink", "dog", "yellow"),
    ("There is brown car and yellow ball in the scene, make it real.", "car", "brown", "ball", "yellow"),
    ("EXT. SCENE - DAY. A white dog sits by a brown car.", "car", "brown", "dog", "white"),
    ("An orange dog next to a brown car, plain realistic video.", "dog", "orange", "car", "brown"),
    ("brown ball, orange cat, lively, photoreal", "ball", "brown", "cat", "orange"),
    ("The dog should be gray and the ball should be orange. Realistic, lively.", "dog", "gray", "ball", "orange"),
    ("EXT. SCENE - DAY. An orange cat bats at a yellow ball.", "ball", "yellow", "cat", "orange"),
    ("A purple dog, a brown car. Realistic lively video, nothing fancy.", "dog", "purple", "car", "brown"),
    ("gray dog, blue car, realistic lively video, 4k", "dog", "gray", "car", "blue"),
    ("In video is white car and also orange bird, real looking.", "car", "white", "bird", "orange"),
    ("EXT. SCENE - DAY. A blue bird perches near a brown car.", "car", "brown", "bird", "blue"),
    ("Please show a car painted blue and a yellow cat, realistic.", "car", "blue", "cat", "yellow"),
    ("gray cat and yellow bird, lively, realistic, soft focus", "cat", "gray", "bird", "yellow"),
    ("A white dog and a black car in a lively scene that looks real.", "dog", "white", "car", "black"),
]

# (prompt, query): out of view in the first half, in view in the second.
_APPEARS = [
    ("EXT. EMPTY SCENE - DAY. Halfway through, a car drives in and stays.", "car"),
    ("The car is not there in first half. In second half it is there.", "car"),
    ("empty scene at start, moving car appears in second half, realistic, lively", "car"),
    ("A lively cat which only shows in the second half of video, not before.", "cat"),
    ("No cat for the first half of the clip; then a cat turns up and is seen for the rest.", "cat"),
    ("EXT. SCENE - DAY. Nothing for the first half. Then a cat walks into frame.", "cat"),
    ("flying bird, enters in second half, absent in first half, realistic, lively", "bird"),
    ("First half of video have no bird. Bird come only in second half.", "bird"),
    ("The bird shows up only once the video is half over.", "bird"),
    ("EXT. SCENE - DAY. Empty at first. At the midpoint a ball rolls in and stays in view.", "ball"),
    ("moving ball, visible second half only, lively, realistic", "ball"),
    ("We don't see the ball until the second half of the video.", "ball"),
    ("A walking dog is not in the first half; it is in the second half only.", "dog"),
    ("EXT. SCENE - DAY. The first half stays empty. Second half: a dog walks in.", "dog"),
    ("walking dog, hidden in first half, appears in second half, realistic lively video", "dog"),
]

# (prompt, query): in view in the first half, out of view in the second.
_VANISHES = [
    ("A car is seen only during the first half, then it is gone.", "car"),
    ("EXT. SCENE - DAY. A car is there from the start. At the midpoint it drives off. The rest stays empty.", "car"),
    ("moving car, visible first half only, gone in second half, realistic", "car"),
    ("The cat is in the video in the first half but not in second half.", "cat"),
    ("lively cat, first half only, leaves at midpoint, photoreal", "cat"),
    ("EXT. SCENE - DAY. A cat sits in view. Halfway through, it slips out and doesn't come back.", "cat"),
    ("The bird is there for the first half of the clip and missing after that.", "bird"),
    ("flying bird, disappears at halfway, only in first half, lively", "bird"),
    ("Bird is visible in beginning half only. In last half no bird.", "bird"),
    ("EXT. SCENE - DAY. A ball is in frame. By the halfway mark it has rolled away for good.", "ball"),
    ("A ball you can see only in the first half of the video.", "ball"),
    ("moving ball, first half visible, second half empty, realistic, lively", "ball"),
    ("The walking dog stays in the first half only, after that it is gone.", "dog"),
    ("EXT. SCENE - DAY. A dog walks in view for the first half, then exits and never returns.", "dog"),
    ("dog seen in first half, not seen in second half, realistic video", "dog"),
]

# (prompt, query, direction): in view at the start and the end, having moved that way.
_DYNAMIC_ONE = [
    ("A car goes left to right.", "car", RIGHTWARD),
    ("car moving left → right, realistic, lively", "car", RIGHTWARD),
    ("EXT. SCENE - DAY. A car, on the left at first, drives across to the right.", "car", RIGHTWARD),
    ("The car is moving from right side to left side.", "car", LEFTWARD),
    ("car, right to left motion, realistic, lively, 4k", "car", LEFTWARD),
    ("EXT. SCENE - DAY. A car sits on the right, then drives over to the left.", "car", LEFTWARD),
    ("cat moving from left to right, realistic, lively", "cat", RIGHTWARD),
    ("The cat walks from the left over to the right.", "cat", RIGHTWARD),
    ("EXT. SCENE - DAY. A cat on the left pads over to the right.", "cat", RIGHTWARD),
    ("A cat, it go from the right to the left.", "cat", LEFTWARD),
    ("cat, right-to-left, lively, photoreal", "cat", LEFTWARD),
    ("EXT. SCENE - DAY. A cat begins at the right and ends at the left.", "cat", LEFTWARD),
    ("bird flying left to right, realistic, lively", "bird", RIGHTWARD),
    ("The bird moves from left to right.", "bird", RIGHTWARD),
    ("EXT. SKY - DAY. A bird on the left flies over to the right.", "bird", RIGHTWARD),
    ("Bird is moving right to left in the video.", "bird", LEFTWARD),
    ("bird, flying right to left, cinematic, realistic", "bird", LEFTWARD),
    ("EXT. SKY - DAY. A bird, on the right at first, flies to the left.", "bird", LEFTWARD),
    ("The ball rolls from left to right.", "ball", RIGHTWARD),
    ("ball rolling left to right, realistic, lively", "ball", RIGHTWARD),
    ("EXT. SCENE - DAY. A ball on the left rolls across to the right.", "ball", RIGHTWARD),
    ("A ball, it moves from the right side to the left side.", "ball", LEFTWARD),
    ("ball, moving right to left, lively, detailed", "ball", LEFTWARD),
    ("EXT. SCENE - DAY. A ball starts out on the right and rolls over to the left.", "ball", LEFTWARD),
    ("A dog walks left to right.", "dog", RIGHTWARD),
    ("dog walking left to right, realistic lively video", "dog", RIGHTWARD),
    ("EXT. SCENE - DAY. A dog on the left trots to the right.", "dog", RIGHTWARD),
    ("Dog go from right to left, please realistic.", "dog", LEFTWARD),
    ("dog walking right to left, cinematic", "dog", LEFTWARD),
    ("EXT. SCENE - DAY. A dog on the right walks over to the left.", "dog", LEFTWARD),
]

# (prompt, mover, reference, direction): LVD's first thirty drawn pairs; the mover starts on one side of the
# reference and ends on the other.
_DYNAMIC_TWO = [
    ("A bird moves from the left of a car to the right of the car.", "bird", "car", RIGHTWARD),
    ("car moving from right of bird to left of bird, realistic, lively", "car", "bird", LEFTWARD),
    ("EXT. SCENE - DAY. A cat stays put. A bird, on the cat's left, flies over to the cat's right.",
     "bird", "cat", RIGHTWARD),
    ("The car starts at the bird's right side and goes to the bird's left side. The bird stays.",
     "car", "bird", LEFTWARD),
    ("bird passing the dog, from the dog's left to the dog's right, lively", "bird", "dog", RIGHTWARD),
    ("Dog is first on right of cat, then dog go to left of cat.", "dog", "cat", LEFTWARD),
    ("EXT. SCENE - DAY. A dog sits still. A ball rolls from the dog's left to the dog's right.",
     "ball", "dog", RIGHTWARD),
    ("A bird flies from the right of a cat to the left of the cat.", "bird", "cat", LEFTWARD),
    ("car moving from left of ball to right of ball, realistic, 4k", "car", "ball", RIGHTWARD),
    ("The cat, it is right of the bird at start and left of the bird at end. Bird does not move.",
     "cat", "bird", LEFTWARD),
    ("EXT. SCENE - DAY. A car is parked. A dog walks from the car's left to the car's right.",
     "dog", "car", RIGHTWARD),
    ("A ball that goes from the right side of a bird over to the bird's left side.", "ball", "bird", LEFTWARD),
    ("ball rolling from the dog's left to the dog's right, dog stays still, lively", "ball", "dog", RIGHTWARD),
    ("The ball is on right of the cat, then it move to left of the cat.", "ball", "cat", LEFTWARD),
    ("EXT. SCENE - DAY. A ball lies still. A car drives from the ball's left past it to the ball's right.",
     "car", "ball", RIGHTWARD),
    ("A bird goes from the cat's right side to the cat's left side.", "bird", "cat", LEFTWARD),
    ("dog walking from left of bird to right of bird, realistic, lively, natural light", "dog", "bird", RIGHTWARD),
    ("Dog start on right side of cat and finish on left side of cat.", "dog", "cat", LEFTWARD),
    ("EXT. SCENE - DAY. A car stands still. A ball rolls from the car's left over to the car's right.",
     "ball", "car", RIGHTWARD),
    ("The dog passes the cat going leftward: it begins to the cat's right and ends to the cat's left.",
     "dog", "cat", LEFTWARD),
    ("bird flying from left of ball to right of ball, cinematic, detailed", "bird", "ball", RIGHTWARD),
    ("Bird is at right of ball first, later bird is at left of ball.", "bird", "ball", LEFTWARD),
    ("EXT. SCENE - DAY. A dog waits. A bird flies from the dog's left side across to the dog's right side.",
     "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of a car over to the car's left; the car stays where it is.",
     "bird", "car", LEFTWARD),
    ("car driving from left of cat to right of cat, cat stays still, realistic", "car", "cat", RIGHTWARD),
    ("Dog go from the ball's right to the ball's left, ball not moving.", "dog", "ball", LEFTWARD),
    ("EXT. SCENE - DAY. A ball lies still. A cat walks from the ball's left to the ball's right.",
     "cat", "ball", RIGHTWARD),
    ("The dog starts right of the ball and walks to the left of the ball.", "dog", "ball", LEFTWARD),
    ("cat moving from the bird's left to the bird's right, lively, photoreal", "cat", "bird", RIGHTWARD),
    ("Dog is on right of car in the beginning, and on left of car in the end. Car stays.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, at the route's three stops at the start, the middle and the end.
_SEQUENTIAL = [
    ("top-down view, car starts bottom left, moves to bottom right, then to top right, realistic", "car", BL_BR_TR),
    ("Seen from above: car is at lower left first, then goes to upper left, then to upper right.", "car", BL_TL_TR),
    ("EXT. SCENE - DAY, OVERHEAD. A car in the bottom right corner drives to the bottom left corner, then up to "
     "the top left corner.", "car", BR_BL_TL),
    ("Looking straight down, the car start in lower right, go up to upper right, after that go to upper left.",
     "car", BR_TR_TL),
    ("Camera look down from above. Cat begin at lower left, walk to lower right, and at last to upper right.",
     "cat", BL_BR_TR),
    ("overhead shot, cat: bottom-left → top-left → top-right, realistic, lively", "cat", BL_TL_TR),
    ("From above, a cat starts in the lower right, crosses to the lower left, and then climbs to the upper left.",
     "cat", BR_BL_TL),
    ("EXT. SCENE - DAY, TOP-DOWN. A cat sits at the bottom right, walks up to the top right, then over to the "
     "top left.", "cat", BR_TR_TL),
    ("top-down, bird at bottom left, flies to bottom right, then to top right", "bird", BL_BR_TR),
    ("Seen from top, the bird start lower left, then fly to upper left, then fly to upper right.", "bird", BL_TL_TR),
    ("EXT. SCENE - DAY, OVERHEAD. A bird at the bottom right flies to the bottom left, then to the top left.",
     "bird", BR_BL_TL),
    ("From overhead: a bird begins in the lower right, moves up to the upper right, and ends in the upper left.",
     "bird", BR_TR_TL),
    ("From directly above, a ball rolls from the bottom left to the bottom right, then up to the top right.",
     "ball", BL_BR_TR),
    ("top-down view, ball path: lower left, upper left, upper right, realistic", "ball", BL_TL_TR),
    ("Looking down from above. Ball is in lower right first, next in lower left, last in upper left.",
     "ball", BR_BL_TL),
    ("EXT. SCENE - DAY, OVERHEAD. A ball in the bottom right rolls up to the top right, then across to the top "
     "left.", "ball", BR_TR_TL),
    ("EXT. SCENE - DAY, TOP-DOWN. A dog starts at the lower left, walks to the lower right, and finishes at the "
     "upper right.", "dog", BL_BR_TR),
    ("overhead view, dog walks lower left to upper left to upper right, lively, realistic", "dog", BL_TL_TR),
    ("From above, dog is first in bottom right corner, then he go to bottom left corner, then to top left corner.",
     "dog", BR_BL_TL),
    ("Top-down: a dog in the bottom right walks up to the top right and then across to the top left.",
     "dog", BR_TR_TL),
    ("overhead, car, route: bottom left, then top left, then top right, photoreal", "car", BL_TL_TR),
    ("Camera from above. Cat at lower right in start, at upper right in middle, at upper left in end.",
     "cat", BR_TR_TL),
    ("Viewed from overhead, a bird first sits in the lower left, then flies to the lower right, and finally to "
     "the upper right.", "bird", BL_BR_TR),
    ("top-down, ball rolls bottom right → bottom left → top left, 4k", "ball", BR_BL_TL),
    ("EXT. SCENE - DAY, OVERHEAD. A dog in the lower left walks up to the upper left, then over to the upper "
     "right.", "dog", BL_TL_TR),
    ("From above: the car begins at the bottom right, drives up to the top right, then to the top left.",
     "car", BR_TR_TL),
    ("overhead view, cat begins lower left, then lower right, ends upper right, lively", "cat", BL_BR_TR),
    ("Looking down on the scene, bird is at lower right, flies to lower left, then to upper left.",
     "bird", BR_BL_TL),
    ("EXT. SCENE - DAY, TOP-DOWN. A ball at the bottom left rolls up to the top left, then across to the top "
     "right.", "ball", BL_TL_TR),
    ("seen from above, dog path: lower right, upper right, upper left, realistic lively video", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
