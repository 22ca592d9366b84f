"""A held-out set for the layout planner: LVD's own stage-1 prompts, each reworded by hand.

Where the earlier sets invent new scenes, this one keeps LVD's content exactly (its five classes,
counts one to four, its colours, the halves, the two directions, the relations to a second object
and the four three-stop routes) and says it in other words, the way a person or a language model
asked to "say this differently" would: the "realistic lively video of a scene" opening changed or
dropped, counts as words or digits before or after the noun, colours bound in several ways, halves
and visibility verbs of every kind, directions and relations in varied forms.

Each prompt is checked by the same LVD predicate as the other sets. The set was written without
running the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): 171/180 on the planner it was written against, 173/180 = 96.1% scored once more
after that day's fixes for sets 17–19 (numeracy 28, attribution 29, visibility 27, sequential 29 of 30; one-
and two-object 30), then 179/180 after its own fixes (sequential 29/30).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count). Rewords "A realistic lively video of a scene with <N> <moving cars | lively cats |
# flying birds | moving balls | walking dogs>": exactly `count` objects, nothing else countable named.
_NUMERACY = [
    ("A lifelike scene in which one moving car is shown.", "car", 1),
    ("Realistic, lively footage of two cars on the move.", "car", 2),
    ("Show me 3 moving cars in a realistic, energetic scene.", "car", 3),
    ("The scene, filmed realistically, has four cars in motion and nothing else.", "car", 4),
    ("A realistic animated scene featuring only one lively cat.", "cat", 1),
    ("Lively cats, exactly 2 of them, in a realistic video scene.", "cat", 2),
    ("Three lively cats are together in a photorealistic scene.", "cat", 3),
    ("A realistic clip of a scene with 4 lively cats.", "cat", 4),
    ("One bird flying, captured in a realistic, vivid video.", "bird", 1),
    ("A pair of flying birds in a realistic, lively scene.", "bird", 2),
    ("Birds in flight, three of them, in a lifelike video.", "bird", 3),
    ("A realistic video: a scene where 4 birds are flying.", "bird", 4),
    ("A realistic scene with one ball rolling about, lively and natural.", "ball", 1),
    ("Two moving balls make up the whole scene in this realistic clip.", "ball", 2),
    ("In a lively, realistic scene, 3 balls keep moving.", "ball", 3),
    ("Lifelike video, lively mood: four balls in motion.", "ball", 4),
    ("A scene with a solitary walking dog, rendered as realistic, lively video.", "dog", 1),
    ("Realistic footage of a scene where 2 dogs go for a walk.", "dog", 2),
    ("Three walking dogs, shown in a lively and realistic way.", "dog", 3),
    ("The realistic clip shows dogs walking; there are four of them in the scene.", "dog", 4),
    ("Create a vivid, realistic scene containing 2 moving cars and no other objects.", "car", 2),
    ("Lively cat, just one, in a natural-looking scene.", "cat", 1),
    ("Four flying birds. Realistic. Lively.", "bird", 4),
    ("A realistic and lively scene holding a single moving ball.", "ball", 1),
    ("In this realistic, animated scene, there are 3 dogs walking along.", "dog", 3),
    ("Cars in motion, three exactly, in a lifelike scene.", "car", 3),
    ("A video, realistic and full of life, where the scene holds four lively cats.", "cat", 4),
    ("Lifelike footage of a scene: 2 birds flying.", "bird", 2),
    ("Three moving balls, realistically rendered in a lively scene.", "ball", 3),
    ("Realistic lively footage of one dog out walking.", "dog", 1),
]

# (prompt, first query, its colour, second query, its colour). Rewords "... with a <c1> <n1> and a <c2> <n2>"
# for pairs LVD draws; LVD names the objects "<colour> <query>".
_ATTRIBUTION = [
    ("A lifelike scene with a cat that is blue and a bird that is white.", "cat", "blue", "bird", "white"),
    ("A yellow dog plus a green ball, in a realistic lively clip.", "dog", "yellow", "ball", "green"),
    ("Realistic footage: one dog, blue; one car, orange.", "dog", "blue", "car", "orange"),
    ("In a vivid, realistic scene there's a ball colored purple and a car colored blue.",
     "ball", "purple", "car", "blue"),
    ("A scene rendered realistically, featuring a green dog and a black bird.", "dog", "green", "bird", "black"),
    ("An animated realistic scene: the car is black and the bird is orange.", "car", "black", "bird", "orange"),
    ("A pink bird alongside a brown dog, filmed in a realistic, lively style.", "bird", "pink", "dog", "brown"),
    ("A blue dog and a brown ball in a lifelike video.", "ball", "brown", "dog", "blue"),
    ("Realistic video of a scene featuring a bird with pink feathers and a gray ball.",
     "bird", "pink", "ball", "gray"),
    ("A lively, realistic scene: gray dog on one side, purple car on the other.", "dog", "gray", "car", "purple"),
    ("A green cat batting at a purple ball, realistic video.", "cat", "green", "ball", "purple"),
    ("Realistic clip, lively scene, a cat that's pink and a dog that's yellow.", "cat", "pink", "dog", "yellow"),
    ("A white dog sits near a brown car in this realistic scene.", "car", "brown", "dog", "white"),
    ("Lifelike footage whose scene holds an orange dog and a brown car.", "dog", "orange", "car", "brown"),
    ("Make the dog gray and the car blue in a realistic, lively scene.", "dog", "gray", "car", "blue"),
    ("An orange bird perched on a white car, realistically animated.", "car", "white", "bird", "orange"),
    ("A realistic scene with a car, blue in color, and a yellow cat.", "car", "blue", "cat", "yellow"),
    ("A gray cat watches a yellow bird in a lively realistic video.", "cat", "gray", "bird", "yellow"),
    ("Black car, white dog: a realistic and lively scene.", "dog", "white", "car", "black"),
    ("In this lifelike clip, a red car and a brown bird share the scene.", "car", "red", "bird", "brown"),
    ("A purple cat lounging by a green car, vivid realistic video.", "cat", "purple", "car", "green"),
    ("Video, realistic: there's a red cat, and the dog is gray.", "cat", "red", "dog", "gray"),
    ("A purple dog and a yellow car are both in this realistic lively scene.", "dog", "purple", "car", "yellow"),
    ("A realistic animation of a scene where a red car is parked beside a white ball.",
     "ball", "white", "car", "red"),
    ("The bird is green; the ball is white; the video looks realistic.", "bird", "green", "ball", "white"),
    ("A realistic scene in which a blue cat stares up at a brown bird.", "bird", "brown", "cat", "blue"),
    ("Lifelike footage featuring a yellow dog as well as a red cat.", "dog", "yellow", "cat", "red"),
    ("A black cat, a blue ball, and a lively, realistic scene.", "cat", "black", "ball", "blue"),
    ("Realistic, lively scene: a red dog barks at a purple bird.", "bird", "purple", "dog", "red"),
    ("A ball that is red rolls toward a car that is purple, in a realistic video.", "ball", "red", "car", "purple"),
]

# (prompt, query). Rewords "... in which a <moving car | lively cat | ...> appears only in the second half of
# the video": out of view in the first half, in view in the second.
_APPEARS = [
    ("A realistic, lively scene where a moving car shows up only during the second half of the video.", "car"),
    ("In a lifelike clip, a lively cat is absent for the first half and only present for the second.", "cat"),
    ("A flying bird is seen only in the latter half of this realistic video.", "bird"),
    ("Lifelike footage: no moving ball until the video is halfway done; after that, a ball is there.", "ball"),
    ("A walking dog enters the scene only after the midpoint of the realistic video.", "dog"),
    ("A scene, realistic and lively, in which a car in motion turns up just for the video's second half.", "car"),
    ("The first half of the realistic clip has no cat at all; a lively cat appears in the second half.", "cat"),
    ("A bird in flight comes into the picture during the second half of a realistic, lively video, and not "
     "before.", "bird"),
    ("In the second half only, a moving ball becomes visible in a realistic animated scene.", "ball"),
    ("Realistic video of a scene: a dog walks in, but not until the second half.", "dog"),
    ("A moving car that is out of sight for the first half of the realistic video and in sight for the second "
     "half.", "car"),
    ("Only once the video reaches its second half does a lively cat come into view, realistically filmed.", "cat"),
    ("Lifelike, lively footage in which a flying bird is missing at the start and arrives for the second half.",
     "bird"),
    ("A realistic scene in which a moving ball is not there in the first half but is there in the second half.",
     "ball"),
    ("Realistic, lively clip: a walking dog makes its appearance in the second half, never in the first.", "dog"),
]

# (prompt, query). Rewords "... in which a <...> appears only in the first half of the video": in view in the
# first half, out of view in the second.
_VANISHES = [
    ("A realistic lively scene where a moving car can be seen in the first half of the video only.", "car"),
    ("A lively cat is present for the first half of the lifelike clip and gone for the second.", "cat"),
    ("A flying bird is visible only during the video's first half, in a realistic scene.", "bird"),
    ("Realistic footage in which a moving ball is there early on, then missing for the whole second half.",
     "ball"),
    ("A walking dog shows in the clip's first half and not in its second, realistic style.", "dog"),
    ("In a realistic video, a car in motion exits the scene before the video's middle and stays away.", "car"),
    ("The realistic scene contains a lively cat in its first half only; the second half has no cat.", "cat"),
    ("Lifelike video: a bird flies through the first half but is out of the picture in the second.", "bird"),
    ("A moving ball, realistically animated, is in view for the first half of the video and out of view for "
     "the rest.", "ball"),
    ("A realistic lively scene: a walking dog is there at the beginning, but by the second half it has left.",
     "dog"),
    ("Realistic footage where a moving car is only seen before the video's midpoint.", "car"),
    ("In the first half of this realistic, vivid video a lively cat is visible; in the second half it isn't.",
     "cat"),
    ("A flying bird leaves the realistic scene during the first half and does not come back.", "bird"),
    ("A realistic scene where a moving ball stays only through the first half of the video.", "ball"),
    ("A walking dog disappears from the lifelike scene by the second half, having been there in the first.",
     "dog"),
]

# (prompt, query, direction). Rewords "... with a <car | cat | bird | ball | dog> moving from the left to the
# right" (or right to left): in view at the start and the end, having moved that way.
_DYNAMIC_ONE = [
    ("A realistic, lively scene of a car driving left to right.", "car", RIGHTWARD),
    ("A car travels from the right-hand side toward the left-hand side in a lifelike video.", "car", LEFTWARD),
    ("In a realistic clip, a cat walks from the left edge over to the right.", "cat", RIGHTWARD),
    ("A cat moves right-to-left across a realistic, lively scene.", "cat", LEFTWARD),
    ("Realistic footage of a bird moving rightward, starting from the left.", "bird", RIGHTWARD),
    ("A bird flies from the scene's right over to its left, lifelike and lively.", "bird", LEFTWARD),
    ("A ball rolls from left to right in a realistic scene.", "ball", RIGHTWARD),
    ("Realistic lively video: the ball starts on the right and travels to the left.", "ball", LEFTWARD),
    ("A dog goes from the left side of the scene to the right side, realistic video.", "dog", RIGHTWARD),
    ("From the right to the left, a dog makes its way across a realistic scene.", "dog", LEFTWARD),
    ("A car, starting at the right, drives until it's at the left, shot realistically.", "car", LEFTWARD),
    ("A lively scene in which a cat shifts from left to right.", "cat", RIGHTWARD),
    ("A realistic video of a scene with a bird going right to left.", "bird", LEFTWARD),
    ("In a realistic scene a ball moves over toward the right, coming from the left.", "ball", RIGHTWARD),
    ("A dog moving leftward from the right side, filmed in a lively, realistic style.", "dog", LEFTWARD),
    ("A vivid, realistic scene: a car starts out on the left and ends up on the right.", "car", RIGHTWARD),
    ("The cat crosses the realistic scene from right to left.", "cat", LEFTWARD),
    ("A realistic animation of a bird that flies toward the right, beginning on the left.", "bird", RIGHTWARD),
    ("A ball moving from the right over to the left, realistic and lively.", "ball", LEFTWARD),
    ("A dog trots rightward from the left of the scene in a realistic clip.", "dog", RIGHTWARD),
    ("Realistic video: a car moves from the right part of the scene to the left part.", "car", LEFTWARD),
    ("From the left to the right, a cat moves through a realistic, lively scene.", "cat", RIGHTWARD),
    ("A bird, in a lifelike clip, moves leftward after starting at the right.", "bird", LEFTWARD),
    ("Video of a realistic scene where the ball travels from the left side to the right side.", "ball", RIGHTWARD),
    ("A realistic scene: the dog begins at the right, then walks to the left.", "dog", LEFTWARD),
    ("Lifelike footage of a car going rightward from the left side.", "car", RIGHTWARD),
    ("A cat making its way from the right of the scene to the left, realistic lively video.", "cat", LEFTWARD),
    ("In a lively, realistic scene, the bird goes from left to right.", "bird", RIGHTWARD),
    ("A realistic clip where a ball shifts leftward, from the right side of the scene.", "ball", LEFTWARD),
    ("A dog walking from the left toward the right, shown realistically.", "dog", RIGHTWARD),
]

# (prompt, mover, reference, direction). Rewords "... with a <mover> moving from the left of a <reference> to
# its right" (or right to left) for pairs LVD draws: the mover starts on one side of the reference and ends
# on the other.
_DYNAMIC_TWO = [
    ("A realistic scene where a bird moves from the left of a car to the right of it.", "bird", "car", RIGHTWARD),
    ("A car goes from the right side of a bird over to the bird's left, lifelike video.", "car", "bird", LEFTWARD),
    ("In a realistic lively clip, a bird starts left of a cat and finishes right of it.", "bird", "cat", RIGHTWARD),
    ("A bird flies from the dog's left side to the dog's right side, realistic scene.", "bird", "dog", RIGHTWARD),
    ("A dog, beginning to the right of a cat, moves to the cat's left; realistic video.", "dog", "cat", LEFTWARD),
    ("Realistic footage: a ball rolls from a spot left of a dog to a spot right of it.", "ball", "dog", RIGHTWARD),
    ("A bird travels from the right of a cat to the cat's left in a lifelike scene.", "bird", "cat", LEFTWARD),
    ("A car that starts on the left of a ball and moves to its right, realistic and lively.",
     "car", "ball", RIGHTWARD),
    ("A cat moves from being to the right of a bird to being to the bird's left, realistic clip.", "cat", "bird", LEFTWARD),
    ("Realistic scene: a dog passes a car, going from the car's left to the car's right.", "dog", "car", RIGHTWARD),
    ("A ball moving from the right of a bird to the left of it, lifelike video.", "ball", "bird", LEFTWARD),
    ("A realistic lively video where a ball, first right of a cat, ends up left of the cat.",
     "ball", "cat", LEFTWARD),
    ("A dog walks from the left of a bird over to the bird's right, realistic scene.", "dog", "bird", RIGHTWARD),
    ("A ball rolls past a car, left of it at first and right of it at the end; realistic footage.",
     "ball", "car", RIGHTWARD),
    ("Realistic video of a bird that goes from the left of a ball across to the ball's right.",
     "bird", "ball", RIGHTWARD),
    ("A bird moving from the right-hand side of a ball to its left-hand side, realistic scene.",
     "bird", "ball", LEFTWARD),
    ("A lifelike scene: a bird begins to the right of a car and flies to the car's left.", "bird", "car", LEFTWARD),
    ("A car drives from the left of a cat to its right in a realistic, lively video.", "car", "cat", RIGHTWARD),
    ("Realistic clip where a dog, which starts right of a ball, moves over to the ball's left.",
     "dog", "ball", LEFTWARD),
    ("With a ball staying put, a cat moves from the ball's left to its right, in realistic video.",
     "cat", "ball", RIGHTWARD),
    ("A cat goes from the left of a bird to the right of the bird, realistic and lively.", "cat", "bird", RIGHTWARD),
    ("Realistic footage of a dog heading from a car's right to that car's left.", "dog", "car", LEFTWARD),
    ("A bird moves from the right of a dog over to the dog's left in a lifelike scene.", "bird", "dog", LEFTWARD),
    ("A dog moving from the left of a cat to its right, shown in realistic video.", "dog", "cat", RIGHTWARD),
    ("At the start a cat is on a dog's left; by the end the cat has moved to the dog's right. Realistic scene.",
     "cat", "dog", RIGHTWARD),
    ("A cat crosses from the right of a ball to the left of it, lifelike lively clip.", "cat", "ball", LEFTWARD),
    ("In a realistic scene, a ball rolls from the right of a dog to its left.", "ball", "dog", LEFTWARD),
    ("A realistic video: the car is to the right of a bird at first and to the left of the bird at the end.",
     "car", "bird", LEFTWARD),
    ("The bird starts out to a car's left and flies over to that car's right, realistic.", "bird", "car", RIGHTWARD),
    ("Lifelike scene of a dog moving from a bird's left side over to the bird's right side.",
     "dog", "bird", RIGHTWARD),
]

# (prompt, query, route). Rewords "A realistic lively video of a top-down viewed scene in which a <bare> initially
# on the <r0> of the scene. It first moves to the <r1> of the scene and then moves to the <r2> of the scene":
# at the route's three stops at the start, the middle and the end.
_SEQUENTIAL = [
    ("A realistic, lively top-down scene: a car starts in the lower left, moves to the lower right, then to the "
     "upper right.", "car", BL_BR_TR),
    ("Viewed from above, a car begins at the bottom left of the scene, drives up to the top left, and then over "
     "to the top right.", "car", BL_TL_TR),
    ("In a lifelike overhead video, a car sits at the lower right at first, goes to the lower left next, and "
     "finally to the upper left.", "car", BR_BL_TL),
    ("Realistic top-down footage of a car that starts bottom right, travels to top right, and ends top left.",
     "car", BR_TR_TL),
    ("From overhead: a cat at the scene's lower left walks first to its lower right, then on to its upper "
     "right; realistic video.", "cat", BL_BR_TR),
    ("A lively cat seen from directly above begins in the lower-left area, moves to the upper-left area, then "
     "to the upper-right area.", "cat", BL_TL_TR),
    ("A top-down realistic clip of a cat: lower right first, then lower left, last upper left.", "cat", BR_BL_TL),
    ("In a scene filmed from above, a cat is initially in the bottom-right corner; it moves to the top-right "
     "corner and after that to the top-left corner.", "cat", BR_TR_TL),
    ("Overhead realistic video: a bird starts at the bottom left, flies to the bottom right, then to the top "
     "right.", "bird", BL_BR_TR),
    ("A bird, viewed top-down, goes from the lower left of the scene up to the upper left and then across to "
     "the upper right.", "bird", BL_TL_TR),
    ("Seen from above in a lifelike scene, a bird begins in the lower right, crosses to the lower left, then "
     "rises to the upper left.", "bird", BR_BL_TL),
    ("Top-down view of a realistic scene where a bird starts at the lower right, moves to the upper right, and "
     "finishes at the upper left.", "bird", BR_TR_TL),
    ("A ball in a top-down realistic scene: starting in the bottom-left corner, it rolls to the bottom-right "
     "corner and then to the top-right corner.", "ball", BL_BR_TR),
    ("Looking down from above, a ball is first in the lower left, then in the upper left, and finally in the "
     "upper right.", "ball", BL_TL_TR),
    ("A realistic overhead clip where a ball at the lower right rolls over to the lower left and afterward up "
     "to the upper left.", "ball", BR_BL_TL),
    ("From a top-down viewpoint, a ball moves from the bottom right to the top right, then to the top left, "
     "realistic and lively.", "ball", BR_TR_TL),
    ("A dog in a scene shot from overhead: lower left at the start, lower right midway through, upper right at "
     "the end.", "dog", BL_BR_TR),
    ("Realistic top-down footage: a dog walks from the bottom left up to the top left, then over to the top "
     "right.", "dog", BL_TL_TR),
    ("Viewed from above, a dog that starts in the lower right of the scene goes to the lower left first, and "
     "then to the upper left.", "dog", BR_BL_TL),
    ("A lifelike overhead scene: a dog begins in the bottom-right quadrant, heads to the top-right quadrant, "
     "then to the top-left quadrant.", "dog", BR_TR_TL),
    ("An overhead, realistic clip in which a car goes lower left, then upper left, then upper right.",
     "car", BL_TL_TR),
    ("Top-down realistic video: a cat first at the lower right moves up to the upper right and then left to the "
     "upper left.", "cat", BR_TR_TL),
    ("A bird seen from straight above is at the bottom left initially; it first flies to the bottom right, then "
     "to the top right.", "bird", BL_BR_TR),
    ("Realistic aerial scene: a ball starts at the lower right, goes to the lower left, and ends at the upper "
     "left.", "ball", BR_BL_TL),
    ("In a top-down, lifelike scene, a dog starts at the bottom-left corner, first moves to the top-left "
     "corner, and then to the top-right corner.", "dog", BL_TL_TR),
    ("A car viewed from overhead begins in the bottom right, next heads to the top right, and finally to the "
     "top left.", "car", BR_TR_TL),
    ("A realistic scene filmed straight down: a cat starts lower left, moves to lower right, then up to upper "
     "right.", "cat", BL_BR_TR),
    ("From above, a bird is at the lower right first; then it flies to the upper right; then to the upper "
     "left.", "bird", BR_TR_TL),
    ("A top-down lively scene of a ball going from the bottom left to the top left and then on to the top "
     "right.", "ball", BL_TL_TR),
    ("Realistic overhead video: from the lower right of the scene a dog moves to the lower left, and then up "
     "to the upper left.", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-reworded LVD prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
