"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an audio-description track for blind viewers ("Audio description:", "Described:", "Description ends",
  "The describer notes"), terse and in the present tense, where the describer and the listeners are never
  in the video and what is described is exactly what the clip shows;
- a video game's patch notes ("Fixed:", "Hotfix", "Added:", "Known issue", "spawns", "despawns", "Working
  as intended"), where the players, the developers and the game are never in the video, and the change
  being announced is the clip itself; the notes carry no version numbers, since they write no digits;
- a Scots grandmother speaking in dialect ("och", "aye", "dearie", "fae", "tae", "naethin'", "bides"),
  where the grandmother and whoever she talks to are never in the video and what she points out is the
  clip; her dialect never touches LVD's words (a dog is never a "dug", two is never "twa").

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
players, no describer's listeners, no grandmother's kettle beside the count) and put no other number word
beside it (no "first", no "both", no "baith", no "a couple"). No voice gives its own props a colour (no
skins or textures beyond the clip's own objects) or a count, no idiom hides a class noun or a side (the
grandmother never says "right bonnie", nothing is "left over"), "half" is only said of the clip's halves,
"upper", "lower" and "corner" only of a route, and "still" only of a relation's second object. A relation
names its second object at both ends and says that object stays still; a route is always seen from above.
It takes LVD's attribution pairs 10-39 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 155/180 on 8f296c0 (numeracy 29, visibility 23, dynamic_one 20, dynamic_two 29, sequential 24);
180/180 after the fixes of its own branch (the little words spelt as a voice says them, "fae", "tae", "nae", "an'",
"th'", "goin' ta", "comin'", put back into the plain words; a name or a blessing for "it" said after its clause, "Off it
went, the little rascal."; a bare place heading, "Right side of the frame: a cat."; a label heading a thing's route or
move, "Patrol route, camera from above:", "Bird AI: flies ..."; a sight joined on after a sound, "we hear nothing, and
see three cats"; a crossing then a way out by a side, "drives across and exits on the left side").
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Audio description. An open, quiet view: one moving car, there from the opening moment to the end of the clip. "
     "Nothing else is in the frame.",
     "car", 1),
    ("Patch notes, visuals: the clip now renders two moving cars from start to finish. Removed everything else that "
     "used to clutter the scene.",
     "car", 2),
    ("Och, would ye look at that, three moving cars, there fae the start o' the clip tae the end, and naethin' else "
     "at all. Dinnae ask me where they're aff tae.",
     "car", 3),
    ("Fixed: four moving cars now stay visible for the entire clip. Nothing else spawns. No known issues.", "car", 4),
    ("Described for the listener: one lively cat, onscreen throughout, and nothing else at all in view.", "cat", 1),
    ("Two lively cats, dearie, frae beginnin' tae end o' the clip. Naethin' else. Aye, jist the lively cats, bless "
     "them.",
     "cat", 2),
    ("Three lively cats. They are in view from start to finish. No other thing appears. Description ends.", "cat", 3),
    ("Balance change: four lively cats on screen for the full duration of the clip. Nothing else is rendered.",
     "cat", 4),
    ("Whit's that up there? Och, one flying bird, the whole clip through, start tae finish, and naethin' else in it. "
     "Bonnie wee thing.",
     "bird", 1),
    ("QoL: the sky is less crowded now. Two flying birds remain for the whole clip, start to finish; nothing else is "
     "shown.",
     "bird", 2),
    ("In silence, three flying birds wheel about the frame from beginning to end. Nothing else appears.", "bird", 3),
    ("Four flying birds, I'm tellin' ye, there at the start an' there at the end, an' no' a thing else tae see. I "
     "counted them masel'.",
     "bird", 4),
    ("Fixed a bug where the clip showed clutter. It now shows exactly one moving ball, start to finish, nothing else.",
     "ball", 1),
    ("Two moving balls, in view from the start of the clip to its end. That is all there is; nothing else is "
     "described because nothing else is there.",
     "ball", 2),
    ("Three moving balls, dearie, bouncin' aboot fae start tae finish. Naethin' else. Aye, that's yer lot.", "ball", 3),
    ("Changelog. Added: four moving balls, visible for the whole clip. Removed: everything else.", "ball", 4),
    ("The view holds on one walking dog from the opening to the end of the clip. Nothing else is present.", "dog", 1),
    ("Hotfix: two walking dogs now persist from start to finish. No other entities are shown in the clip.", "dog", 2),
    ("Ach, three walking dogs, trottin' along fae the start tae the end, and naethin' else, no' a thing. Is that no' "
     "grand?",
     "dog", 3),
    ("Four walking dogs, present the entire clip. The frame holds nothing else. End of description.", "dog", 4),
    ("Two moving cars, that's whit ye've got, dearie, start tae finish, naethin' else. Nae fuss.", "car", 2),
    ("We hear nothing, and see three lively cats from beginning to end of the clip; nothing else appears with them.",
     "cat", 3),
    ("Patch notes: rendering simplified. One flying bird, in view from start to finish. Nothing else in the clip. "
     "Enjoy.",
     "bird", 1),
    ("Och, four moving balls, rollin' an' bouncin' aw the way through, start tae finish, an' naethin' else. Mind ye "
     "dinnae lose count, dearie.",
     "ball", 4),
    ("A quiet clip. One walking dog, visible from start to finish; nothing else shares the view.", "dog", 1),
    ("Known issue resolved: four moving cars, on screen from start to finish, and nothing else loads in.", "car", 4),
    ("Four lively cats fill the view from start to finish. No other thing is visible.", "cat", 4),
    ("Is that two flying birds? Aye, two flying birds, there the hale clip through, start tae finish. Naethin' else, "
     "dearie.",
     "bird", 2),
    ("Tweaked: the clip holds two moving balls from start to finish. Nothing else. As intended.", "ball", 2),
    ("Three walking dogs, an' they're there fae the start tae the end. Naethin' else. Och, they're awfy pleased wi' "
     "themselves.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Audio description: a yellow ball rests beside a pink dog. Both remain in view from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("Fixed colour mismatch: the pink bird and the gray ball beside it now display correctly for the whole clip.",
     "bird", "pink", "ball", "gray"),
    ("There's a gray dog sittin' next tae a purple car, an' they're there fae start tae finish. A purple car! Whit "
     "next.",
     "dog", "gray", "car", "purple"),
    ("Close on a green cat. Beside it, a purple ball. Neither leaves the view for the length of the clip.",
     "cat", "green", "ball", "purple"),
    ("Och, a green dog, if ye can believe it, wi' a gray ball at its side, start tae finish.",
     "dog", "green", "ball", "gray"),
    ("Added: a yellow ball with a pink bird next to it. Both are visible for the entire clip.",
     "ball", "yellow", "bird", "pink"),
    ("Cosmetics update: a pink cat and a yellow dog, side by side, on screen from start to finish.",
     "cat", "pink", "dog", "yellow"),
    ("A brown car is parked; a yellow ball sits next to it. They stay in view throughout.",
     "car", "brown", "ball", "yellow"),
    ("A brown car, an' a white dog sittin' aside it, dearie, the hale clip lang.", "car", "brown", "dog", "white"),
    ("We see an orange dog beside a brown car, both steady in view from the start of the clip to its end.",
     "dog", "orange", "car", "brown"),
    ("Bug fix: the brown ball no longer clips into the orange cat beside it. Both stay visible all clip long.",
     "ball", "brown", "cat", "orange"),
    ("See the gray dog there? An' the orange ball next tae him? They're baith there start tae finish, bless.",
     "dog", "gray", "ball", "orange"),
    ("Beside a yellow ball, an orange cat. The two remain on screen the whole time.",
     "ball", "yellow", "cat", "orange"),
    ("New skin unlocked: purple dog. Spawns next to a brown car; both persist from start to finish.",
     "dog", "purple", "car", "brown"),
    ("A gray dog, a blue car aside it. That's it, that's the lot, start tae finish. Whit a colour for a car, eh?",
     "dog", "gray", "car", "blue"),
    ("A white car. Perched next to it, an orange bird. Both hold their places from beginning to end.",
     "car", "white", "bird", "orange"),
    ("The brown car now keeps a blue bird beside it for the whole clip (previously the bird would despawn).",
     "car", "brown", "bird", "blue"),
    ("A blue car, an' a yellow cat sat next tae it, the hale time. Dinnae ask me why the cat's yellow.",
     "car", "blue", "cat", "yellow"),
    ("Described: a gray cat and a yellow bird, side by side, in view from the opening to the close.",
     "cat", "gray", "bird", "yellow"),
    ("Texture pass: white dog and black car, placed next to each other, visible from start to finish.",
     "dog", "white", "car", "black"),
    ("Och, there's a red car, and a brown bird perched aside it, fae start tae finish. Bonnie.",
     "car", "red", "bird", "brown"),
    ("A purple cat sits beside a green car. Both are there from start to finish.", "cat", "purple", "car", "green"),
    ("Known issue: the gray car has an orange dog idling beside it for the whole clip. Working as intended.",
     "car", "gray", "dog", "orange"),
    ("A red cat an' a gray dog aside each other, dearie, start tae finish. Ah've seen it aw noo.",
     "cat", "red", "dog", "gray"),
    ("A red dog stands beside a gray car; the two remain in view throughout the clip.", "dog", "red", "car", "gray"),
    ("Added: purple dog, yellow car, next to each other from start to finish. Don't ask.",
     "dog", "purple", "car", "yellow"),
    ("There's a red cat wi' a gray ball aside it, the hale clip through. Whit a sight.", "cat", "red", "ball", "gray"),
    ("A brown cat, and next to it a blue dog. They stay on screen from beginning to end.",
     "cat", "brown", "dog", "blue"),
    ("Hotfix: white dog and red cat now render next to each other for the entire clip.", "dog", "white", "cat", "red"),
    ("A yellow bird next tae an orange car, start tae finish. Aye, ye heard me, orange.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Described for blind viewers. First half: an empty view, no car. Second half: a moving car appears and remains "
     "until the end.",
     "car"),
    ("Changed spawn timing: no car during the first half of the clip; a moving car now appears in the second half and "
     "stays to the end.",
     "car"),
    ("Nae car in the first half, dearie, nae car at aw. Then in the second half, a moving car turns up an' bides till "
     "the end.",
     "car"),
    ("The first half, no' a cat tae be seen. Then, the second half, in comes a lively cat, an' it stays tae the end. "
     "Typical cat.",
     "cat"),
    ("There is no cat in the first half. In the second half a lively cat appears; it stays to the end.", "cat"),
    ("Fixed: the lively cat no longer appears early. There is now no cat in the first half; it appears in the second "
     "half and stays until the end.",
     "cat"),
    ("Delayed spawn: no bird in the first half. A flying bird appears in the second half and persists to the end.",
     "bird"),
    ("Is there a bird? No' in the first half, there's no bird. But in the second half, a flying bird appears an' "
     "stays tae the end. Patience, dearie.",
     "bird"),
    ("The first half passes with no bird. In the second half, a flying bird appears and remains through the end.",
     "bird"),
    ("No ball during the first half. Then, in the second half, a moving ball appears and stays until the clip ends.",
     "ball"),
    ("In the first half, nae ball. In the second half, a moving ball comes in an' stays tae the end. Whit a carry-on.",
     "ball"),
    ("Ball spawn moved to the second half: no ball in the first half; in the second half a moving ball appears and "
     "stays to the end.",
     "ball"),
    ("Patch: the walking dog now appears in the second half and stays until the end. No dog during the first half.",
     "dog"),
    ("In the first half, no dog. In the second half, a walking dog appears, and stays in view until the end.", "dog"),
    ("First half, nae dog, I looked. Second half, there's a walking dog appeared, an' it bides till the end. Ye ken "
     "how dogs are.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half, aye, but in the second half it's gone. Nae car at aw. Where'd it go?", "car"),
    ("A moving car in the first half. In the second half, it is gone; there is no car.", "car"),
    ("Despawn fix: the moving car is present in the first half; in the second half it despawns, leaving no car.",
     "car"),
    ("Lively cat timeout: present in the first half, gone in the second half. No cat remains.", "cat"),
    ("There's a lively cat in the first half, an' then the second half, nae cat. Aff it went, the wee rascal.", "cat"),
    ("First half: a lively cat. Second half: no cat.", "cat"),
    ("A flying bird is seen in the first half. In the second half, there is no bird.", "bird"),
    ("Fixed: the flying bird now leaves after the first half. In the second half, no bird is rendered.", "bird"),
    ("A flying bird in the first half, bonnie thing, an' in the second half, nae bird. Flown aff.", "bird"),
    ("Removed the moving ball from the second half. It remains in the first half; the second half has no ball.",
     "ball"),
    ("A moving ball in the first half. By the second half it has gone, and no ball is there.", "ball"),
    ("In the first half there's a moving ball, and in the second half, nae ball. Somebody's had it, I'd say.", "ball"),
    ("Audio description continues. A walking dog during the first half. In the second half, no dog.", "dog"),
    ("Walking dog now despawns at the midpoint: visible in the first half, no dog in the second half.", "dog"),
    ("A walking dog in the first half, then nae dog in the second half. Awa' hame, I expect.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Audio description: a moving car travels from the left side of the frame to the right side.", "car", RIGHTWARD),
    ("Fixed pathing: the moving car now drives from the right side of the frame to the left side.", "car", LEFTWARD),
    ("Och, there's a moving car, comin' fae the left side of the frame an' away tae the right side.", "car", RIGHTWARD),
    ("From the right side of the frame, a moving car drives across and exits on the left side.", "car", LEFTWARD),
    ("Movement update. Moving car: left side of the frame → right side.", "car", RIGHTWARD),
    ("A moving car, dearie, goin' fae the right side of the frame tae the left side. In a hurry, so it is.",
     "car", LEFTWARD),
    ("The lively cat now runs from the left side of the frame to the right side (previously stood idle).",
     "cat", RIGHTWARD),
    ("See the lively cat? Runnin' fae the right side of the frame tae the left side. Gallus wee thing.",
     "cat", LEFTWARD),
    ("A lively cat dashes from the left side of the frame to the right side.", "cat", RIGHTWARD),
    ("Right side of the frame: a lively cat. It runs across to the left side.", "cat", LEFTWARD),
    ("Animation fix: the lively cat's run from the left side of the frame to the right side no longer stutters.",
     "cat", RIGHTWARD),
    ("There's a lively cat, an' it's away fae the right side of the frame ower tae the left side.", "cat", LEFTWARD),
    ("A flying bird, flyin' fae the left side of the frame tae the right side. Lovely.", "bird", RIGHTWARD),
    ("A flying bird glides from the right side of the frame to the left side.", "bird", LEFTWARD),
    ("Flight path corrected: flying bird goes from the left side of the frame to the right side.", "bird", RIGHTWARD),
    ("Flying bird now flies from the right side of the frame to the left side, as originally designed.",
     "bird", LEFTWARD),
    ("Up there, see? A flying bird fae the left side of the frame tae the right side. Whit a day for it.",
     "bird", RIGHTWARD),
    ("Starting on the right side of the frame, a flying bird crosses to the left side.", "bird", LEFTWARD),
    ("Described: a moving ball rolls from the left side of the frame to the right side.", "ball", RIGHTWARD),
    ("A moving ball rollin' fae the right side of the frame tae the left side. Mind yer feet.", "ball", LEFTWARD),
    ("Physics tweak: the moving ball now rolls from the left side of the frame to the right side.", "ball", RIGHTWARD),
    ("Roll direction updated: moving ball travels from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Left side of the frame: a moving ball. It rolls over to the right side.", "ball", RIGHTWARD),
    ("There's a moving ball gaun fae the right side of the frame tae the left side, an' naebody chasin' it.",
     "ball", LEFTWARD),
    ("A walking dog, dearie, walkin' fae the left side of the frame tae the right side. Wee soul.", "dog", RIGHTWARD),
    ("Walking dog patrol route updated: it now walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("A walking dog walks from the left side of the frame to the right side.", "dog", RIGHTWARD),
    ("A walking dog enters from the right side of the frame and walks to the left side.", "dog", LEFTWARD),
    ("Fixed walking dog getting stuck; it now walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Och, a walking dog, fae the right side of the frame tae the left side, takin' its time.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Audio description. The car stays still. A dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Fixed: the bird now stays still while a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("The dog's stayin' still, good boy, an' a ball rolls fae the left of the dog tae the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("A ball rolls from the right of the cat to the left of the cat. The cat stays still.", "ball", "cat", LEFTWARD),
    ("The ball stays still (no physics on contact). A car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The cat sits still as ye like, an' a bird flies fae the right of the cat tae the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still as a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Dog pathing: walks from the right of the cat to the left of the cat. The cat stays still.",
     "dog", "cat", LEFTWARD),
    ("The car's stayin' still, an' a ball comes rollin' fae the left of the car tae the right of the car.",
     "ball", "car", RIGHTWARD),
    ("While the cat stays still, a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Bird AI: flies from the left of the ball to the right of the ball; the ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still, an' a bird flies fae the right of the ball tae the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("A bird flies from the left of the dog to the right of the dog; the dog stays still throughout.",
     "bird", "dog", RIGHTWARD),
    ("The car stays still. A bird now flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("The cat's stayin' still, thank goodness, an' a car drives fae the left of the cat tae the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("The ball stays still. From the right of the ball, a dog walks to the left of the ball.", "dog", "ball", LEFTWARD),
    ("Cat sprint: the cat runs from the left of the ball to the right of the ball; the ball stays still.",
     "cat", "ball", RIGHTWARD),
    ("A dog walkin' fae the right of the ball tae the left of the ball, an' the ball stays still. Didnae even sniff "
     "it.",
     "dog", "ball", LEFTWARD),
    ("The bird stays still; a cat runs from the left of the bird to the right of the bird.", "cat", "bird", RIGHTWARD),
    ("Fixed the car sliding: the car now stays still while a dog walks from the right of the car to the left of the "
     "car.",
     "dog", "car", LEFTWARD),
    ("See the ball, stayin' still? There's a bird flies fae the left of the ball tae the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The describer notes: a bird flies from the right of the ball to the left of the ball, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Vehicle update: a car drives from the left of the ball to the right of the ball. The ball stays still.",
     "car", "ball", RIGHTWARD),
    ("The dog stays still, bless it, an' a bird flies fae the right of the dog tae the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog walks from the left of the car to the right of the car while the car stays still.",
     "dog", "car", RIGHTWARD),
    ("The ball stays still. Flight path: a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("The cat stays still, no' botherin', an' a dog walks fae the left of the cat tae the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still. A dog crosses from the right of the car to the left of the car.", "dog", "car", LEFTWARD),
    ("Cat now runs from the left of the dog to the right of the dog; the dog stays still (aggro disabled).",
     "cat", "dog", RIGHTWARD),
    ("The ball stays still, an' a cat runs fae the right of the ball tae the left of the ball. Cheeky.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("For listeners: seen from above, a moving car drives from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ("Top-down camera: moving car now drives from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "car", BL_TL_TR),
    ("Lookin' doon fae above, a moving car goes fae the lower right corner tae the lower left corner, then tae the "
     "upper left corner.",
     "car", BR_BL_TL),
    ("Overhead view. A moving car starts in the lower right corner, drives to the upper right corner, then to the "
     "upper left corner.",
     "car", BR_TR_TL),
    ("Fae above, dearie: a lively cat runs fae the lower left corner tae the lower right corner, then tae the upper "
     "right corner.",
     "cat", BL_BR_TR),
    ("From above, a lively cat runs from the lower left corner to the upper left corner, and on to the upper right "
     "corner.",
     "cat", BL_TL_TR),
    ("Minimap view (from above): lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Overhead cam: the lively cat runs from the lower right corner to the upper right corner, then to the upper left "
     "corner.",
     "cat", BR_TR_TL),
    ("Viewed from directly above, a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "bird", BL_BR_TR),
    ("Fae above, a flying bird flies fae the lower left corner tae the upper left corner, then tae the upper right "
     "corner. Grand.",
     "bird", BL_TL_TR),
    ("Bird flight path, top-down: flying bird goes from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("Description, from above. A flying bird: lower right corner, then upper right corner, then upper left corner.",
     "bird", BR_TR_TL),
    ("Top-down view: moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner.",
     "ball", BL_BR_TR),
    ("Seen fae above, a moving ball rolls fae the lower left corner up tae the upper left corner, then tae the upper "
     "right corner.",
     "ball", BL_TL_TR),
    ("From overhead: a moving ball rolls from the lower right corner to the lower left corner, then to the upper left "
     "corner.",
     "ball", BR_BL_TL),
    ("Lookin' doon fae above: a moving ball, fae the lower right corner tae the upper right corner, then the upper "
     "left corner.",
     "ball", BR_TR_TL),
    ("Patrol route, camera from above: walking dog goes from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "dog", BL_BR_TR),
    ("From above, a walking dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner.",
     "dog", BL_TL_TR),
    ("Fae above, a walking dog walks fae the lower right corner tae the lower left corner, an' then tae the upper "
     "left corner.",
     "dog", BR_BL_TL),
    ("Top-down: walking dog now walks from the lower right corner to the upper right corner, then to the upper left "
     "corner.",
     "dog", BR_TR_TL),
    ("Looking straight down from above: a moving car drives from the bottom right corner to the bottom left corner, "
     "then to the top left corner.",
     "car", BR_BL_TL),
    ("Fae above, ye see a lively cat run fae the bottom right corner tae the top right corner, then tae the top left "
     "corner.",
     "cat", BR_TR_TL),
    ("Camera: overhead. Flying bird path: lower left corner → lower right corner → upper right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, a moving ball rolls from the lower left corner to the upper left corner, then over to the "
     "upper right corner.",
     "ball", BL_TL_TR),
    ("Och, fae above, a walking dog walkin' fae the lower left corner tae the lower right corner an' then tae the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("Fixed top-down cam: moving car drives from the lower right corner to the upper right corner, then the upper "
     "left corner.",
     "car", BR_TR_TL),
    ("Overhead shot: a lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner.",
     "cat", BR_BL_TL),
    ("Fae above, a flying bird flies fae the lower right corner tae the upper right corner, then tae the upper left "
     "corner.",
     "bird", BR_TR_TL),
    ("Ball physics, viewed from above: moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Fae above: a walking dog walks fae the lower left corner tae the upper left corner, then tae the upper right "
     "corner. Good dog.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
