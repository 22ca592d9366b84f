"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at a third each:

- passive voice and nominalisations ("Three lively cats are seen ...", "The flight of a bird from the
  left side of the frame to the right side is shown", "The appearance of a walking dog ..."), where the
  subject of a sentence is often the motion or the presence rather than the object;
- long formal sentences with nested subordinate clauses in a legal or academic register ("It is
  requested that ...", "shall", "which", "whereas", "provided that"), always about concrete content;
- telegraphic news headlines in capitals or title case, without articles ("BALL ROLLS LEFT TO RIGHT
  ACROSS SCREEN", "Two Dogs Out Walking; Nothing Else Pictured").

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation always names its second object at both ends ("from the left of a ball to the right of the
ball") and says that object stays still. It takes LVD's next draws: attribution pairs 90-99 then 0-19,
and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (598609b, after the fixes for sets 25-34), 158/180 = 87.8%
(numeracy 21, attribution 29, visibility 29, one-object 28, two-object 28, sequential 23 of 30); 156/180 on
c8849d3, before the fixes for sets 33 and 34, none of which was aimed at it; 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("One moving car is shown, and no other object is seen anywhere in the realistic, lively scene.", "car", 1),
    ("It is requested that the video, which ought to look realistic and lively, depict two cars that stay in view "
     "and keep moving throughout, and that nothing besides those cars be shown.", "car", 2),
    ("THREE CARS ON THE MOVE; NOTHING ELSE IN SHOT", "car", 3),
    ("Four moving cars are depicted; the presence of any other object is ruled out.", "car", 4),
    ("The clip, which is to be realistic and in which liveliness is expected throughout, shall contain one cat, "
     "that cat being the only subject present, so that no other animal or object appears.", "cat", 1),
    ("Two Lively Cats Filmed; No Others Present", "cat", 2),
    ("Three lively cats are seen, and the inclusion of anything else is avoided.", "cat", 3),
    ("Where the scene is rendered, as it should be, in a realistic and lively manner, four cats, each of them "
     "lively, are to be visible, and no further object, of whatever kind, is to be included.", "cat", 4),
    ("ONE BIRD ALOFT; NOTHING ELSE IN VIEW", "bird", 1),
    ("Two flying birds are filmed, and no other object is included in the realistic, lively shot.", "bird", 2),
    ("Provided that the footage remains realistic and lively, as is required, it shall show three birds which are "
     "flying throughout, and it shall show nothing else that could be counted as an object.", "bird", 3),
    ("Four Birds Spotted In Flight; No Others", "bird", 4),
    ("One moving ball is shown in a realistic and lively way; the appearance of any other object is excluded.",
     "ball", 1),
    ("The scene, which ought to be realistic and lively, is to contain two balls, both of which are moving while "
     "the clip plays, and it is to contain no other item whatsoever.", "ball", 2),
    ("THREE BALLS IN MOTION, NOTHING ELSE ON SCREEN", "ball", 3),
    ("Four balls are seen moving, and the depiction of other objects is avoided entirely.", "ball", 4),
    ("What is to be shown, in a manner that is realistic and lively, is one dog, walking, and since that dog is to "
     "be the only subject of the clip, nothing else is to be placed in the scene.", "dog", 1),
    ("Two Dogs Out Walking; Nothing Else Pictured", "dog", 2),
    ("Three walking dogs are seen, with no other object shown beside them.", "dog", 3),
    ("It is hereby requested that four dogs, each of which is walking, be depicted in a realistic and lively video "
     "in which, apart from those dogs, no object of any kind appears.", "dog", 4),
    ("ONE CAR, MOVING; NO OTHER OBJECTS", "car", 1),
    ("The presence of two lively cats, and of nothing else, is shown.", "cat", 2),
    ("Insofar as the video is to be realistic and lively, it should depict one bird, which flies throughout, and "
     "no other object, so that the bird is seen alone.", "bird", 1),
    ("Four Balls Keep Moving; Nothing Else In Frame", "ball", 4),
    ("One walking dog is depicted; the inclusion of any other object is avoided.", "dog", 1),
    ("The clip shall, in a way that is realistic and lively, depict three cars, each of which moves, and shall "
     "depict nothing further that a viewer could count.", "car", 3),
    ("FOUR LIVELY CATS FILMED; NO OTHERS IN SHOT", "cat", 4),
    ("The flight of two birds is filmed; nothing else is shown.", "bird", 2),
    ("Given that only one object is wanted, the video, which should be realistic and lively, must show one ball "
     "that moves, and that ball alone.", "ball", 1),
    ("Three Dogs Walk Together; No Other Objects Seen", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("A white cat and an orange dog are shown together in a realistic, lively scene.", "cat", "white", "dog", "orange"),
    ("The scene, which is to be realistic and lively, shall include a bird whose feathers are green and a car "
     "whose paint is orange, both of which remain visible.", "bird", "green", "car", "orange"),
    ("BROWN DOG, RED BALL SHARE THE FRAME", "dog", "brown", "ball", "red"),
    ("The presence of a yellow car and a white bird is shown.", "car", "yellow", "bird", "white"),
    ("It is requested that a cat, which is to be blue, and a bird, which is to be brown, be depicted in a "
     "realistic and lively video in which both can be seen.", "cat", "blue", "bird", "brown"),
    ("Black Bird Meets Orange Cat", "bird", "black", "cat", "orange"),
    ("A red dog is seen beside a black ball, and the scene is rendered realistically.", "ball", "black", "dog", "red"),
    ("Where a brown bird and an orange dog are depicted, as the video requires, they shall be rendered "
     "realistically and shall both be lively.", "bird", "brown", "dog", "orange"),
    ("RED BALL, PURPLE CAR IN SAME SHOT", "ball", "red", "car", "purple"),
    ("A purple car and a white bird are featured, each shown in a lively, realistic way.",
     "car", "purple", "bird", "white"),
    ("The video, in which realism and liveliness are to be maintained, shall show a blue cat as well as a white "
     "bird, neither of which is to change colour.", "cat", "blue", "bird", "white"),
    ("Yellow Dog Chases Green Ball", "dog", "yellow", "ball", "green"),
    ("A blue dog and an orange car are depicted in a realistic, lively scene.", "dog", "blue", "car", "orange"),
    ("So that the scene is realistic and lively, a purple ball and a blue car, which are the only two objects to "
     "be shown, should both be visible throughout.", "ball", "purple", "car", "blue"),
    ("GREEN DOG AND BLACK BIRD SEEN TOGETHER", "dog", "green", "bird", "black"),
    ("The depiction of a black cat next to a purple ball is requested, in a realistic style.",
     "ball", "purple", "cat", "black"),
    ("A black car, alongside which an orange bird is to be placed, shall be shown in a video that, as ever, must "
     "look realistic and lively.", "car", "black", "bird", "orange"),
    ("Purple Cat Paws At Black Ball", "ball", "black", "cat", "purple"),
    ("A pink bird and a brown dog are seen in one lively, realistic scene.", "bird", "pink", "dog", "brown"),
    ("The scene shall contain a blue dog and, near that dog, a brown ball, both being rendered in a realistic and "
     "lively manner.", "ball", "brown", "dog", "blue"),
    ("PINK DOG, YELLOW BALL: LIVELY SCENE", "ball", "yellow", "dog", "pink"),
    ("A gray ball and a pink bird are shown, and the liveliness of the scene is kept.", "bird", "pink", "ball", "gray"),
    ("In a video which is to be realistic, and in which the subjects are to be lively, a gray dog and a purple car "
     "shall both appear.", "dog", "gray", "car", "purple"),
    ("Green Cat Spotted With Purple Ball", "cat", "green", "ball", "purple"),
    ("A green dog is seen playing with a gray ball, and the scene is kept realistic.", "dog", "green", "ball", "gray"),
    ("It is asked that a pink bird, together with a yellow ball that lies near it, be depicted, the whole being "
     "realistic and lively.", "ball", "yellow", "bird", "pink"),
    ("PINK CAT AND YELLOW DOG SHARE SCREEN", "cat", "pink", "dog", "yellow"),
    ("The presence of a brown car and a yellow ball is depicted realistically.", "car", "brown", "ball", "yellow"),
    ("The clip, which should look realistic and lively, shall depict a white dog that stands near a brown car, "
     "both being visible.", "car", "brown", "dog", "white"),
    ("Orange Dog Waits By Brown Car", "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("The appearance of a moving car in the second half of the video is shown; in the first half no car is seen.",
     "car"),
    ("The video shall be such that, during its first half, no car is visible, whereas, once the second half "
     "begins, a moving car appears and remains until the end.", "car"),
    ("CAR SHOWS UP ONLY IN SECOND HALF; NONE IN FIRST", "car"),
    ("It is required that a lively cat, which is absent throughout the first half of the clip, appear only in the "
     "second half.", "cat"),
    ("Lively Cat Appears In Second Half Only", "cat"),
    ("A lively cat is seen only in the second half of the video, its absence from the first half being made clear.",
     "cat"),
    ("BIRD FLIES IN ONLY IN SECOND HALF", "bird"),
    ("The arrival of a flying bird in the second half is depicted; no bird is shown in the first half.", "bird"),
    ("During the first half of the video, which is to be realistic, no bird shall be visible, but in the second "
     "half a flying bird, which has not been seen before, shall appear.", "bird"),
    ("A moving ball is introduced only in the second half of the video, and no ball is shown in the first half.",
     "ball"),
    ("The clip shall show no ball in its first half, and shall show, in its second half alone, a ball that is "
     "moving.", "ball"),
    ("Moving Ball Enters In Second Half; None Before", "ball"),
    ("Only when the second half of the video begins shall a walking dog, which is not present in the first half, "
     "come into view.", "dog"),
    ("WALKING DOG APPEARS FOR SECOND HALF ONLY", "dog"),
    ("The appearance of a walking dog is shown in the second half only; in the first half no dog is present.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("MOVING CAR SEEN IN FIRST HALF ONLY, GONE IN SECOND", "car"),
    ("A moving car is shown only in the first half of the video; its absence throughout the second half is made "
     "clear.", "car"),
    ("The video shall show a moving car during its first half, after which, for the whole of the second half, no "
     "car shall be visible.", "car"),
    ("The disappearance of a lively cat at the midpoint is shown: the cat is seen in the first half and not in the "
     "second half.", "cat"),
    ("A lively cat, which is present for the first half of the clip, shall no longer be visible once the second "
     "half has begun.", "cat"),
    ("Lively Cat Vanishes After First Half", "cat"),
    ("It is required that a flying bird be visible in the first half of the video only, so that, in the second "
     "half, no bird remains.", "bird"),
    ("FLYING BIRD PRESENT IN FIRST HALF ONLY", "bird"),
    ("A flying bird is seen in the first half, and its absence from the second half is shown.", "bird"),
    ("Moving Ball In First Half Only; Gone For Second", "ball"),
    ("The presence of a moving ball is limited to the first half of the video; no ball is shown in the second half.",
     "ball"),
    ("The scene shall contain a moving ball during the first half, but, when the second half begins, that ball "
     "shall be gone, and it shall not return.", "ball"),
    ("A walking dog is shown in the first half only, and the second half is shown without any dog.", "dog"),
    ("In the first half of the video, which should be realistic and lively, a walking dog shall be seen, whereas "
     "in the second half no dog shall be seen at all.", "dog"),
    ("WALKING DOG SEEN IN FIRST HALF, LEAVES AT MIDPOINT", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("The movement of a car from the left of the frame to the right is shown.", "car", RIGHTWARD),
    ("A car, which enters at the left edge of the frame, shall be driven across the scene until it reaches the "
     "right edge.", "car", RIGHTWARD),
    ("Car Drives Across Frame From Left To Right", "car", RIGHTWARD),
    ("A car is seen moving from the right side of the frame to the left side.", "car", LEFTWARD),
    ("It is requested that a car, which begins on the right of the scene, move steadily until it has reached the "
     "left.", "car", LEFTWARD),
    ("CAR CROSSES SCREEN FROM RIGHT TO LEFT", "car", LEFTWARD),
    ("A lively cat, which starts at the left of the frame, shall walk across it and shall end at the right.",
     "cat", RIGHTWARD),
    ("LIVELY CAT TROTS FROM LEFT TO RIGHT", "cat", RIGHTWARD),
    ("The walk of a cat from the left to the right of the frame is depicted.", "cat", RIGHTWARD),
    ("In the scene, a cat, whose path begins on the right-hand side, shall walk until it arrives at the left-hand "
     "side.", "cat", LEFTWARD),
    ("Cat Strolls From Right To Left", "cat", LEFTWARD),
    ("A lively cat is shown walking from the right of the frame to the left.", "cat", LEFTWARD),
    ("BIRD FLIES ACROSS FRAME, LEFT TO RIGHT", "bird", RIGHTWARD),
    ("The flight of a bird from the left side of the frame to the right side is shown.", "bird", RIGHTWARD),
    ("A bird shall be shown which, having entered on the left, flies across the scene and leaves on the right.",
     "bird", RIGHTWARD),
    ("Bird Flies From Right To Left", "bird", LEFTWARD),
    ("A bird is seen flying from the right to the left of the frame.", "bird", LEFTWARD),
    ("The video shall depict a bird that, starting from the right of the scene, flies along a line which ends on "
     "the left.", "bird", LEFTWARD),
    ("The rolling of a ball from the left of the frame to the right is shown.", "ball", RIGHTWARD),
    ("A ball, which is placed at first on the left side, shall roll across the scene until it has come to the "
     "right side.", "ball", RIGHTWARD),
    ("BALL ROLLS LEFT TO RIGHT ACROSS SCREEN", "ball", RIGHTWARD),
    ("A ball is seen rolling from the right of the frame to the left.", "ball", LEFTWARD),
    ("It shall be shown that a ball, having begun on the right-hand side of the frame, rolls until it reaches the "
     "left-hand side.", "ball", LEFTWARD),
    ("Ball Rolls From Right To Left", "ball", LEFTWARD),
    ("A dog, which begins its walk on the left of the frame, shall be depicted walking until it has reached the "
     "right.", "dog", RIGHTWARD),
    ("DOG WALKS ACROSS FRAME FROM LEFT TO RIGHT", "dog", RIGHTWARD),
    ("The walk of a dog from the left of the frame to the right is depicted.", "dog", RIGHTWARD),
    ("The clip shall show a dog which, starting at the right edge of the scene, walks steadily toward the left "
     "edge and reaches it.", "dog", LEFTWARD),
    ("Dog Walks Right To Left Across Screen", "dog", LEFTWARD),
    ("A dog is shown walking from the right side of the frame to the left side.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order.
_DYNAMIC_TWO = [
    ("The flight of a bird from the left of a ball to the right of the ball is shown, while the ball stays where "
     "it is.", "bird", "ball", RIGHTWARD),
    ("A ball shall remain at rest while a bird, which begins on the right of the ball, flies past it until it has "
     "reached the left of the ball.", "bird", "ball", LEFTWARD),
    ("Car Moves From Left Of Ball To Right Of Ball; Ball Stays Put", "car", "ball", RIGHTWARD),
    ("A bird is seen flying from the right of a dog to the left of the dog; the dog is kept still.",
     "bird", "dog", LEFTWARD),
    ("While a car, which is parked, remains where it is, a dog shall walk from the left of that car to the right "
     "of the car.", "dog", "car", RIGHTWARD),
    ("BIRD FLIES FROM RIGHT OF BALL TO LEFT OF BALL; BALL STAYS PUT", "bird", "ball", LEFTWARD),
    ("The movement of a dog from the left of a cat to the right of the cat is depicted, the cat staying still.",
     "dog", "cat", RIGHTWARD),
    ("It is requested that a dog, which starts on the right of a stationary car, walk past that car until it is on "
     "the left of the car.", "dog", "car", LEFTWARD),
    ("Cat Walks From Left Of Dog To Right Of Dog; Dog Stays Put", "cat", "dog", RIGHTWARD),
    ("A cat is shown walking from the right of a ball to the left of the ball, which stays in place.",
     "cat", "ball", LEFTWARD),
    ("The video shall depict a cat that, beginning on the left of a dog which does not move, walks until it has "
     "reached the right of that dog.", "cat", "dog", RIGHTWARD),
    ("BALL ROLLS FROM RIGHT OF DOG TO LEFT OF DOG; DOG STAYS PUT", "ball", "dog", LEFTWARD),
    ("The walk of a dog from the left of a bird to the right of the bird is shown; the bird remains where it is.",
     "dog", "bird", RIGHTWARD),
    ("A cat, which is to sit still throughout, shall be passed by a bird that flies from the right of the cat to "
     "the left of the cat.", "bird", "cat", LEFTWARD),
    ("Cat Moves From Left Of Bird To Right Of Bird; Bird Holds Still", "cat", "bird", RIGHTWARD),
    ("A bird is seen flying from the right of a cat to the left of the cat, the cat being kept still.",
     "bird", "cat", LEFTWARD),
    ("While a cat remains at rest, a dog, whose walk begins on the left of that cat, shall move until it is on the "
     "right of the cat.", "dog", "cat", RIGHTWARD),
    ("BIRD CROSSES FROM RIGHT OF DOG TO LEFT OF DOG; DOG STAYS STILL", "bird", "dog", LEFTWARD),
    ("The passage of a dog from the left of a cat to the right of the cat is depicted; the cat is not seen to move.",
     "dog", "cat", RIGHTWARD),
    ("It is required that a bird fly from the right of a car, which stays where it is, to the left of that car.",
     "bird", "car", LEFTWARD),
    ("Bird Flies From Left Of Car To Right Of Car; Car Stays Put", "bird", "car", RIGHTWARD),
    ("The movement of a car from the right of a bird to the left of the bird is shown, the bird staying still.",
     "car", "bird", LEFTWARD),
    ("A bird, which begins on the left of a cat that does not move, shall fly until it has reached the right of "
     "the cat.", "bird", "cat", RIGHTWARD),
    ("CAR DRIVES FROM RIGHT OF BIRD TO LEFT OF BIRD; BIRD STAYS PUT", "car", "bird", LEFTWARD),
    ("A bird is seen flying from the left of a dog to the right of the dog, while the dog stays in place.",
     "bird", "dog", RIGHTWARD),
    ("The clip shall show a dog that walks from the right of a cat to the left of that cat, the cat meanwhile "
     "remaining where it is.", "dog", "cat", LEFTWARD),
    ("Ball Rolls From Left Of Dog To Right Of Dog; Dog Stays Still", "ball", "dog", RIGHTWARD),
    ("The flight of a bird from the right of a cat to the left of the cat is shown; the cat does not move.",
     "bird", "cat", LEFTWARD),
    ("So that a car may be seen moving, it shall drive from the left of a ball, which stays where it is, to the "
     "right of that ball.", "car", "ball", RIGHTWARD),
    ("CAT WALKS FROM RIGHT OF BIRD TO LEFT OF BIRD; BIRD STAYS PUT", "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from directly above, a car is first shown in the lower left of the scene; its movement to the lower "
     "right, and then to the upper right, is depicted.", "car", BL_BR_TR),
    ("In a scene viewed from directly above, a cat, which starts in the lower left corner, shall first walk to the "
     "upper left corner and shall then walk on to the upper right corner.", "cat", BL_TL_TR),
    ("OVERHEAD VIEW: BIRD STARTS LOWER RIGHT, FLIES TO LOWER LEFT, THEN UPPER LEFT", "bird", BR_BL_TL),
    ("In a top-down view, a ball is seen at the lower right at first; its rolling first to the upper right and then "
     "to the upper left is shown.", "ball", BR_TR_TL),
    ("The video, which is to be filmed from directly overhead, shall show a dog that, having started in the lower "
     "left, walks first to the lower right and afterwards to the upper right.", "dog", BL_BR_TR),
    ("Top-Down: Car Goes Lower Left To Upper Left, Then Upper Right", "car", BL_TL_TR),
    ("Viewed from above, a cat is first seen in the lower right; its walk to the lower left and, after that, to the "
     "upper left is shown.", "cat", BR_BL_TL),
    ("It is requested that, in a scene seen from straight above, a bird which begins in the lower right fly first "
     "to the upper right and then, without stopping, to the upper left.", "bird", BR_TR_TL),
    ("FROM ABOVE: BALL ROLLS FROM LOWER LEFT TO LOWER RIGHT, THEN TO UPPER RIGHT", "ball", BL_BR_TR),
    ("From a top-down view, a dog is shown starting in the lower left; its movement first to the upper left and "
     "then to the upper right is depicted.", "dog", BL_TL_TR),
    ("A car, which is seen from directly above and which starts in the lower right of the scene, shall drive first "
     "to the lower left and shall then drive to the upper left.", "car", BR_BL_TL),
    ("Overhead: Cat Starts Lower Right, Walks To Upper Right, Then Upper Left", "cat", BR_TR_TL),
    ("In a scene seen from above, the flight of a bird is traced from the lower left to the lower right and then on "
     "to the upper right.", "bird", BL_BR_TR),
    ("The scene, which shall be viewed from directly overhead, is to show a ball that, beginning in the lower left, "
     "rolls first to the upper left and then to the upper right.", "ball", BL_TL_TR),
    ("TOP-DOWN VIEW: DOG WALKS FROM LOWER RIGHT TO LOWER LEFT, THEN TO UPPER LEFT", "dog", BR_BL_TL),
    ("Seen from above, a car is first placed in the lower right; its drive to the upper right and then to the upper "
     "left is shown.", "car", BR_TR_TL),
    ("Provided that the scene is viewed from directly above, a cat shall be shown which starts in the lower left, "
     "walks next to the lower right, and ends in the upper right.", "cat", BL_BR_TR),
    ("Seen From Above: Bird Flies Lower Left To Upper Left To Upper Right", "bird", BL_TL_TR),
    ("In an overhead view, a ball is seen in the lower right at the start; its roll first to the lower left and "
     "then to the upper left is depicted.", "ball", BR_BL_TL),
    ("In a video that is filmed from straight overhead, a dog, whose walk begins in the lower right corner, shall "
     "go first to the upper right corner and then to the upper left corner.", "dog", BR_TR_TL),
    ("OVERHEAD: CAR STARTS LOWER LEFT, DRIVES TO LOWER RIGHT, ENDS UPPER RIGHT", "car", BL_BR_TR),
    ("From directly above, a cat is first seen in the lower left; it is then shown walking to the upper left and, "
     "finally, to the upper right.", "cat", BL_TL_TR),
    ("A bird, which is observed from above and which starts at the lower right of the scene, shall fly first to "
     "the lower left, after which it shall fly to the upper left.", "bird", BR_BL_TL),
    ("Top-Down: Ball Rolls From Lower Right To Upper Right, Then To Upper Left", "ball", BR_TR_TL),
    ("Viewed from above, a dog's walk from the lower left to the lower right and then to the upper right is shown.",
     "dog", BL_BR_TR),
    ("It is required that a car, seen from directly overhead, start in the lower left, drive first to the upper "
     "left, and then drive to the upper right.", "car", BL_TL_TR),
    ("FROM ABOVE: CAT STARTS LOWER RIGHT, MOVES TO LOWER LEFT, THEN UPPER LEFT", "cat", BR_BL_TL),
    ("In a top-down view, a bird is first seen at the lower right; its flight to the upper right and then to the "
     "upper left is shown.", "bird", BR_TR_TL),
    ("The scene shall, being viewed from directly above, show a ball which starts in the lower left, which then "
     "rolls to the lower right, and which finally rolls to the upper right.", "ball", BL_BR_TR),
    ("Overhead View: Dog Starts Lower Left, Walks To Upper Left, Then Upper Right", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
