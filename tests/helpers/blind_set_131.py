"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an encyclopedia article with an infobox ("Infobox", "Type:", "See also"), where the encyclopedia, its
  editors, its readers and the articles it links to are never in the video, and the article's subject is
  the clip itself; its "See also" names a topic, never a class, a colour or a thing to draw, and it cites
  no source by number;
- a last will and testament ("I, being of sound mind", "I bequeath", "Item:", "Witnessed by"), where the
  testator, the witnesses, the heirs and the estate are never in the video, and what is bequeathed is the
  clip's content; in numeracy prompts the will names no witness and no heir;
- a nightclub bouncer at the door ("Not tonight", "You're on the list", "Keep it moving"), where the
  bouncer, the door, the queue, the list and the club are never in the video, and whoever he lets in is
  what the clip shows; he says "Keep it moving" only to a thing that moves, and in numeracy prompts names
  no list, rope or crowd.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
witness, heir, estate, door or queue beside the count) and put no other number word beside it (no "first
edition", no "one in, one out", no "single", no "no one"). No voice gives its own props a colour (no red
carpet, no black tie, no blacklist, no golden rope), no idiom hides a class noun or a side (no "category",
"carpool", "right this way", "left to my heirs", "rightful", "copyright"), "half" is only said of the
clip's halves (never "on behalf of"), "upper", "lower" and "corner" only of a route, and "still" only of a
relation's second object. A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 30-59 and its two-object
relations 40-49 and 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 79af9d15 (numeracy 25, visibility 28, dynamic_two 29); held back from every fixer of its
session and scored again on its last code (dff4ea7b): 172/180, the same misses. They wait for the next session: an
infobox saying its count again, "Four moving cars (clip). Infobox: ... Contents: four moving cars, ...", drew the things
twice (five numeracy misses); "Infobox - Type: clip - Walking dog: absent in the first half; appears in the second
half."; a bouncer's "Moving car, you had the first half. Second half? Out. No car. Not tonight."; "Bird, you stay still.
Dog, you walk from the left of the bird to the right of the bird."; 180/180 after the fixes of its own branch (a counted
headword, label value or clip's name said again later is one group, "Four moving cars (clip). ... Contents: four moving
cars"; a spec's "Type: clip" is no thing and "Walking dog: absent in the first half; appears in the second half" its
halves; "you had the first half" is being there then; and each thing called, "Bird, you stay still. Dog, you walk ...",
is its own "you").
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Infobox | Type: clip | Subject: one moving car | On screen: start to finish. The clip shows one moving car from "
     "its opening to its close, and nothing else. See also: Motion.",
     "car", 1),
    ("I, being of sound mind, bequeath this clip as follows: two moving cars, there from start to finish, and nothing "
     "else in it whatsoever.",
     "car", 2),
    ("Three moving cars? Yeah, you're good, in you go, start to finish. Anything else tries to get in the clip? Not "
     "tonight.",
     "car", 3),
    ("Four moving cars (clip). Infobox: Type: moving image; Contents: four moving cars, visible throughout, beginning "
     "to end; Other objects: none. See also: Motion picture.",
     "car", 4),
    ("Being of sound mind, I bequeath a clip of one lively cat, seen from start to finish, and I direct that nothing "
     "else be put in it.",
     "cat", 1),
    ("Two lively cats, start to finish, you're in. Nothing else gets in. Not tonight, not ever. Keep it moving.",
     "cat", 2),
    ("Infobox. Type: clip. Featured: three lively cats. Seen: opening to close. The clip contains three lively cats "
     "throughout and no other object. See also: Playfulness",
     "cat", 3),
    ("I bequeath four lively cats, in the clip from beginning to end, and nothing more; let nothing else be added. "
     "Being of sound mind, I so declare.",
     "cat", 4),
    ("Not tonight, not tonight, not tonight... ah, one flying bird, you're in. Start to finish. Nothing else comes "
     "in.",
     "bird", 1),
    ("Two flying birds is a clip (Type: moving image) in which two flying birds are seen from start to finish. "
     "Infobox note: nothing else appears. See also: Flight.",
     "bird", 2),
    ("I, being of sound mind, bequeath the following clip: three flying birds from start to finish, and nothing else "
     "shall be in it.",
     "bird", 3),
    ("Four flying birds, start to finish, fine, go on. Anything else? Nope. Not tonight.",
     "bird", 4),
    ("Infobox: Type = clip; Object = one moving ball; Visible = throughout (start to finish); Others = none. See "
     "also: Rolling.",
     "ball", 1),
    ("Two moving balls, present from beginning to end of the clip, and nothing besides: this I bequeath, being of "
     "sound mind.",
     "ball", 2),
    ("Three moving balls. Whole clip, start to finish. Everything else, not tonight. Keep it moving.",
     "ball", 3),
    ("Four moving balls - a clip. Infobox - Type: short clip. Shows four moving balls from start to finish; no other "
     "object is shown. See also: Bounce.",
     "ball", 4),
    ("I, being of sound mind and body, do hereby bequeath a clip of one walking dog, from its start to its finish, "
     "with nothing else in it at all.",
     "dog", 1),
    ("Two walking dogs, you're in. Start to finish. Nothing else. Not tonight, I said nothing else.",
     "dog", 2),
    ("Infobox - Type: clip - Subjects: three walking dogs - Duration: start to finish - Other contents: none. See "
     "also: Walking.",
     "dog", 3),
    ("Item: I bequeath four walking dogs, to be seen from start to finish of the clip, and nothing else beside them.",
     "dog", 4),
    ("One moving car. You're in. Start to finish, that's the clip. Everything else? Not tonight.",
     "car", 1),
    ("Two lively cats (clip). Type: moving image. Two lively cats are visible from start to finish, and nothing else "
     "is. See also: Agility.",
     "cat", 2),
    ("Being of sound mind, I bequeath a clip holding one flying bird from start to finish and nothing else, not a "
     "thing.",
     "bird", 1),
    ("Infobox - Type: clip - three moving balls, seen start to finish; nothing else in frame. See also: Momentum.",
     "ball", 3),
    ("Four walking dogs, yeah, all of you, start to finish. Anything else? Not tonight. Keep it moving.",
     "dog", 4),
    ("I bequeath three moving cars in a clip from start to finish, and I forbid that anything else be added. Being of "
     "sound mind, so I write.",
     "car", 3),
    ("One lively cat, start to finish, you're in. Nothing else. Not tonight, pal.",
     "cat", 1),
    ("Four flying birds is a clip. Infobox: Type: clip; Contents: four flying birds, in view from start to finish, "
     "and nothing else. See also: Migration.",
     "bird", 4),
    ("Two moving balls, in. Start to finish. Nothing else gets past me. Not tonight.",
     "ball", 2),
    ("I, being of sound mind, bequeath the clip of two walking dogs, from its start to its finish, with nothing else "
     "in it.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Infobox - Type: clip - Subjects: a red car and a brown bird, both visible from start to finish. See also: "
     "Coexistence.",
     "car", "red", "bird", "brown"),
    ("I, being of sound mind, bequeath a purple cat and a green car, to be seen side by side in the clip from start "
     "to finish. Witnessed by Harold Pemberton.",
     "cat", "purple", "car", "green"),
    ("Gray car, orange dog, you're on the list, both of you. In you go, start to finish.",
     "car", "gray", "dog", "orange"),
    ("A red cat and a gray dog appear together throughout the clip. Infobox: Type: moving image. See also: "
     "Companionship.",
     "cat", "red", "dog", "gray"),
    ("Item: I bequeath a red dog and a gray car, both in the clip from beginning to end. Witnessed by Mildred Oakes "
     "and Edwin Thorne.",
     "dog", "red", "car", "gray"),
    ("Purple dog? Yellow car? Weird combo, but you're on the list. Both in, whole clip.",
     "dog", "purple", "car", "yellow"),
    ("Infobox | Type: clip | Objects: red cat; gray ball | Present: start to finish. A red cat beside a gray ball for "
     "the whole clip. See also: Play.",
     "cat", "red", "ball", "gray"),
    ("Being of sound mind, I bequeath a brown cat and a blue dog, together, in view the whole clip. Witnessed by "
     "Agnes Fairweather.",
     "cat", "brown", "dog", "blue"),
    ("White dog, you're on the list. Red cat, also on the list. Both of you stay in the whole clip. Everybody else, "
     "not tonight.",
     "dog", "white", "cat", "red"),
    ("A yellow bird and an orange car share the clip from start to finish. Infobox: Type: clip. See also: Perching.",
     "bird", "yellow", "car", "orange"),
    ("I bequeath a green dog and a blue car, side by side from start to finish of the clip. Witnessed by Vernon Pike.",
     "dog", "green", "car", "blue"),
    ("Black cat with a brown ball. You're on the list. Both of you, in, the whole clip.",
     "cat", "black", "ball", "brown"),
    ("Infobox - Type: clip - Features a purple car and a red cat, both present throughout. See also: Contrast.",
     "car", "purple", "cat", "red"),
    ("I, being of sound mind, bequeath a gray dog and a brown cat, in the clip from start to finish, never apart. "
     "Witnessed by Harold Pemberton and Mildred Oakes.",
     "dog", "gray", "cat", "brown"),
    ("Black car, brown dog. Yeah, you're on the list. Whole clip, start to finish, go.",
     "car", "black", "dog", "brown"),
    ("A yellow ball and a pink dog appear side by side in the clip from start to finish. Infobox: Type: clip. See "
     "also: Fetch.",
     "ball", "yellow", "dog", "pink"),
    ("To be seen together in the clip from beginning to end, I bequeath a gray cat and a white dog. I, being of sound "
     "mind, so declare. Witnessed by Edwin Thorne.",
     "cat", "gray", "dog", "white"),
    ("Yellow dog, orange car. You're on the list, come in, stay the whole clip.",
     "dog", "yellow", "car", "orange"),
    ("Infobox. Type: clip. Objects: a black bird and a brown cat. Visible: throughout. See also: Predation.",
     "bird", "black", "cat", "brown"),
    ("Item: a white ball and a red car, side by side, start to finish of the clip; these I bequeath. Witnessed by "
     "Agnes Fairweather.",
     "ball", "white", "car", "red"),
    ("White ball, black cat, on the list, the pair of you. Whole clip. In.",
     "ball", "white", "cat", "black"),
    ("A yellow cat with a pink ball, present from the clip's start to its finish. Infobox: Type: moving image. See "
     "also: Play (activity).",
     "cat", "yellow", "ball", "pink"),
    ("I, being of sound mind, bequeath a black car and an orange bird, both present throughout the clip. Witnessed by "
     "Vernon Pike.",
     "car", "black", "bird", "orange"),
    ("Orange ball, brown car, you're on the list. In. Stay the whole clip.",
     "ball", "orange", "car", "brown"),
    ("Infobox - Type: clip - Subjects: a gray bird, a green cat - Present: start to finish. See also: Camouflage.",
     "bird", "gray", "cat", "green"),
    ("I bequeath a blue car and a red cat, together in the clip from beginning to end. Witnessed by Mildred Oakes.",
     "car", "blue", "cat", "red"),
    ("White ball, black car. Names are on the list. In you go, whole clip, start to finish.",
     "ball", "white", "car", "black"),
    ("A green bird and a white ball appear together throughout the clip. Infobox: Type: clip. See also: Flight.",
     "bird", "green", "ball", "white"),
    ("Being of sound mind, I bequeath a blue ball and a yellow dog, side by side the whole clip. Witnessed by Edwin "
     "Thorne and Agnes Fairweather.",
     "ball", "blue", "dog", "yellow"),
    ("Yellow bird, blue ball. You're on the list. Both in, the whole clip. Next.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Infobox - Type: clip. In the first half no car is present. A moving car appears in the second half and remains "
     "to the end. See also: Arrival.",
     "car"),
    ("I, being of sound mind, direct that the first half of the clip hold no car, and I bequeath a moving car to the "
     "second half, to appear there and stay until the end.",
     "car"),
    ("First half? No car. Not tonight. Second half, moving car, you're on the list, come in, stay till the end.",
     "car"),
    ("Being of sound mind, I bequeath a lively cat, but only in the second half of the clip; in the first half let "
     "there be no cat.",
     "cat"),
    ("No cat in the first half, not tonight. Second half: lively cat, you're on the list, get in.",
     "cat"),
    ("A lively cat appears only in the second half of the clip; in the first half no cat is visible. Infobox: Type: "
     "clip. See also: Entrance.",
     "cat"),
    ("First half, no bird gets in. Not tonight. Second half, flying bird, you're on the list, in you go, stay till "
     "the end.",
     "bird"),
    ("Infobox | Type: clip | First half: no bird | Second half: a flying bird appears and stays to the end. See also: "
     "Landing.",
     "bird"),
    ("I bequeath a flying bird to the second half of the clip alone; the first half shall have no bird at all. "
     "Witnessed by Vernon Pike.",
     "bird"),
    ("A moving ball is absent for the first half of the clip and appears in the second half, remaining until the end. "
     "See also: Appearance.",
     "ball"),
    ("Item: no ball in the first half. Item: in the second half, a moving ball, which I bequeath to remain to the "
     "end. Witnessed by Harold Pemberton.",
     "ball"),
    ("Moving ball? Not in the first half, not tonight. Second half, yeah, you're on the list, in.",
     "ball"),
    ("I, being of sound mind, declare: no dog in the first half of the clip; a walking dog appears in the second "
     "half, and I bequeath that it stay to the end.",
     "dog"),
    ("First half, no dog. Second half, walking dog shows up, you're on the list, come on in. Stays till the end.",
     "dog"),
    ("Infobox - Type: clip - Walking dog: absent in the first half; appears in the second half. See also: Late "
     "arrival.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("I bequeath a moving car to the first half of the clip only; in the second half there shall be no car. Witnessed "
     "by Mildred Oakes.",
     "car"),
    ("Moving car, you had the first half. Second half? Out. No car. Not tonight.",
     "car"),
    ("Infobox - Type: clip. A moving car is visible in the first half and is gone in the second half, when no car is "
     "present. See also: Disappearance.",
     "car"),
    ("Lively cat's in for the first half. Second half, you're out, no cat in here, keep it moving.",
     "cat"),
    ("A lively cat appears only in the first half of the clip; in the second half there is no cat. Infobox: Type: "
     "moving image. See also: Vanishing act.",
     "cat"),
    ("Being of sound mind, I bequeath a lively cat to the first half of the clip, and to the second half nothing: no "
     "cat there at all.",
     "cat"),
    ("Infobox | Type: clip | First half: a flying bird | Second half: no bird. See also: Departure.",
     "bird"),
    ("I, being of sound mind, bequeath a flying bird to the first half of the clip; in the second half it is gone, "
     "and no bird remains.",
     "bird"),
    ("Flying bird, first half, fine. Second half, no bird. You're done. Not tonight.",
     "bird"),
    ("Moving ball in the first half, sure. Second half? No ball. You're off the list.",
     "ball"),
    ("A moving ball is seen in the first half of the clip only; the second half contains no ball. See also: Absence.",
     "ball"),
    ("Item: a moving ball for the first half of the clip; for the second half, no ball whatsoever. Thus I bequeath "
     "it. Witnessed by Edwin Thorne.",
     "ball"),
    ("Infobox - Type: clip - Walking dog: present in the first half; absent in the second half (no dog). See also: "
     "Exit.",
     "dog"),
    ("I bequeath a walking dog to the first half of the clip, and I direct that the second half hold no dog.",
     "dog"),
    ("Walking dog, first half only. Second half, no dog, you're out. Keep it moving, buddy.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Infobox - Type: clip - A moving car travels from the left side of the frame to the right side. See also: "
     "Driving.",
     "car", RIGHTWARD),
    ("I, being of sound mind, bequeath a car that moves from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Car, left side of the frame, you're on the list. Keep it moving, over to the right side.",
     "car", RIGHTWARD),
    ("Car (clip): a car moves from the right of the frame to the left. Infobox: Type: clip. See also: Motion.",
     "car", LEFTWARD),
    ("Item: a car, moving from the left to the right across the clip, I bequeath. Witnessed by Vernon Pike.",
     "car", RIGHTWARD),
    ("Car coming in on the right side of the frame, keep it moving, all the way to the left side. Go.",
     "car", LEFTWARD),
    ("I bequeath a lively cat, running from the left side of the frame to the right side. Being of sound mind, I so "
     "declare.",
     "cat", RIGHTWARD),
    ("Cat. Right side of the frame to the left side. You're on the list, keep it moving.",
     "cat", LEFTWARD),
    ("Infobox | Type: clip | Subject: a cat | Movement: left to right. The cat crosses from the left of the frame to "
     "the right. See also: Running.",
     "cat", RIGHTWARD),
    ("Being of sound mind, I bequeath a cat that goes from the right to the left across the frame. Witnessed by "
     "Mildred Oakes.",
     "cat", LEFTWARD),
    ("Cat, you're on the list. Come in on the left side, keep it moving to the right side. Go on.",
     "cat", RIGHTWARD),
    ("A lively cat moving from the right side of the frame to the left side is the subject of this clip. See also: "
     "Gait.",
     "cat", LEFTWARD),
    ("Bird, left side of the frame, fly to the right side. Keep it moving.",
     "bird", RIGHTWARD),
    ("Infobox - Type: clip - A flying bird crosses from the right side of the frame to the left side. See also: "
     "Flight path.",
     "bird", LEFTWARD),
    ("I, being of sound mind, bequeath a flying bird going from the left side of the frame to the right side of the "
     "frame.",
     "bird", RIGHTWARD),
    ("Bird. Right side to left side of the frame. You're on the list, keep it moving.",
     "bird", LEFTWARD),
    ("A bird moves from the left to the right in the clip. Infobox: Type: moving image. See also: Soaring.",
     "bird", RIGHTWARD),
    ("Item: a bird that flies from the right side of the frame to the left side. This I bequeath. Witnessed by Harold "
     "Pemberton.",
     "bird", LEFTWARD),
    ("Infobox | Type: clip | Subject: a moving ball | Path: left side of the frame to right side. See also: Rolling "
     "motion.",
     "ball", RIGHTWARD),
    ("I bequeath a ball, to roll from the right side of the frame to the left side, being of sound mind.",
     "ball", LEFTWARD),
    ("Ball. In on the left side of the frame, keep it moving, all the way over to the right side.",
     "ball", RIGHTWARD),
    ("A ball travels from the right of the frame to the left in this clip. See also: Momentum. Infobox: Type: clip.",
     "ball", LEFTWARD),
    ("Being of sound mind, I bequeath a moving ball going from the left to the right of the frame. Witnessed by Agnes "
     "Fairweather.",
     "ball", RIGHTWARD),
    ("Moving ball, you're on the list. Right side of the frame to the left side. Keep it moving.",
     "ball", LEFTWARD),
    ("I, being of sound mind, bequeath a walking dog that walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Dog! Right side of the frame, walk it over to the left side. Keep it moving.",
     "dog", LEFTWARD),
    ("Infobox - Type: clip - A walking dog goes from the left of the frame to the right. See also: Stride.",
     "dog", RIGHTWARD),
    ("Item: a dog, walking from the right to the left of the frame; this I bequeath. Witnessed by Edwin Thorne.",
     "dog", LEFTWARD),
    ("Walking dog, you're on the list. Start on the left side of the frame, keep it moving to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog crosses the clip from the right side of the frame to the left side. Infobox: Type: clip. See "
     "also: Stroll.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Infobox - Type: clip. The dog stays still while a cat runs from the left of the dog to the right of the dog. "
     "See also: Passing.",
     "cat", "dog", RIGHTWARD),
    ("I, being of sound mind, bequeath a dog that stays still, and a ball that rolls from the right of the dog to the "
     "left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Bird, you stay still. Dog, you walk from the left of the bird to the right of the bird. Keep it moving.",
     "dog", "bird", RIGHTWARD),
    ("A bird flies from the right of a cat to the left of the cat; the cat stays still. Infobox: Type: clip. See "
     "also: Flyby.",
     "bird", "cat", LEFTWARD),
    ("Item: a bird, which stays still; and a cat, which runs from the left of the bird to the right of the bird. "
     "These I bequeath. Witnessed by Vernon Pike.",
     "cat", "bird", RIGHTWARD),
    ("Cat, you stay still. Bird, fly from the right of the cat to the left of the cat. You're on the list, both of "
     "you.",
     "bird", "cat", LEFTWARD),
    ("Infobox | Type: clip | Reference: a cat (stays still) | Mover: a dog, from the left of the cat to the right of "
     "the cat. See also: Relative motion.",
     "dog", "cat", RIGHTWARD),
    ("Being of sound mind, I bequeath a dog that stays still and a bird that flies from the right of the dog to the "
     "left of the dog.",
     "bird", "dog", LEFTWARD),
    ("The cat stays still. Dog, walk from the left of the cat to the right of the cat. Keep it moving, don't bother "
     "the cat.",
     "dog", "cat", RIGHTWARD),
    ("A bird flies from the right of a car to the left of the car while the car stays still. See also: Flight. "
     "Infobox: Type: clip.",
     "bird", "car", LEFTWARD),
    ("I bequeath a car that stays still, and a bird flying from the left of the car to the right of the car. "
     "Witnessed by Mildred Oakes.",
     "bird", "car", RIGHTWARD),
    ("Bird stays still. Car, from the right of the bird to the left of the bird, slowly. Keep it moving.",
     "car", "bird", LEFTWARD),
    ("Infobox - Type: clip - A cat stays still; a bird flies from the left of the cat to the right of the cat. See "
     "also: Observation.",
     "bird", "cat", RIGHTWARD),
    ("I, being of sound mind, bequeath a bird that stays still and a car that drives from the right of the bird to "
     "the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Dog, stay still. Bird, you're on the list: left of the dog to the right of the dog. Keep it moving.",
     "bird", "dog", RIGHTWARD),
    ("A dog walks from the right of a cat to the left of the cat; the cat stays still throughout. Infobox: Type: "
     "moving image. See also: Encounter.",
     "dog", "cat", LEFTWARD),
    ("Item: a dog, staying still, and a ball that rolls from the left of the dog to the right of the dog. This I "
     "bequeath. Witnessed by Harold Pemberton.",
     "ball", "dog", RIGHTWARD),
    ("Cat stays still. Bird, right of the cat to the left of the cat, fly. You're on the list. Keep it moving.",
     "bird", "cat", LEFTWARD),
    ("Infobox | Type: clip | A ball stays still | A car drives from the left of the ball to the right of the ball. "
     "See also: Clearance.",
     "car", "ball", RIGHTWARD),
    ("Being of sound mind, I bequeath a bird that stays still and a cat that runs from the right of the bird to the "
     "left of the bird.",
     "cat", "bird", LEFTWARD),
    ("Car stays still, parked. Dog, walk from the left of the car to the right of the car. You're on the list.",
     "dog", "car", RIGHTWARD),
    ("A ball rolls from the right of a bird to the left of the bird while the bird stays still. Infobox: Type: clip. "
     "See also: Rolling.",
     "ball", "bird", LEFTWARD),
    ("I bequeath a dog that stays still and a ball that rolls from the left of the dog to the right of the dog. "
     "Witnessed by Agnes Fairweather.",
     "ball", "dog", RIGHTWARD),
    ("Cat, stay still. Ball, roll from the right of the cat to the left of the cat. Keep it moving.",
     "ball", "cat", LEFTWARD),
    ("Infobox - Type: clip - The ball stays still while a car drives from the left of the ball to the right of the "
     "ball. See also: Driving.",
     "car", "ball", RIGHTWARD),
    ("I, being of sound mind, bequeath a cat that stays still and a bird that flies from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Bird stays still. Dog, from the left of the bird to the right of the bird, go. You're on the list, keep it "
     "moving.",
     "dog", "bird", RIGHTWARD),
    ("A dog walks from the right of a cat to the left of the cat; the cat stays still. See also: Detour. Infobox: "
     "Type: clip.",
     "dog", "cat", LEFTWARD),
    ("Item: a car that stays still and a ball that rolls from the left of the car to the right of the car; these I "
     "bequeath. Witnessed by Edwin Thorne.",
     "ball", "car", RIGHTWARD),
    ("The cat stays still, don't move. Dog, walk from the right of the cat to the left of the cat. Keep it moving, "
     "good.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Infobox - Type: clip (seen from above) - A moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner. See also: Route.",
     "car", BL_BR_TR),
    ("I, being of sound mind, bequeath a moving car, seen from above, going from the lower left corner to the upper "
     "left corner and then to the upper right corner.",
     "car", BL_TL_TR),
    ("Camera's up top, looking straight down from above. Car, lower right corner, you're on the list. Go to the lower "
     "left corner, then the upper left corner. Keep it moving.",
     "car", BR_BL_TL),
    ("Seen from above, a car moves from the lower right corner to the upper right corner, then to the upper left "
     "corner. Infobox: Type: top-down clip. See also: Aerial view.",
     "car", BR_TR_TL),
    ("Item: a lively cat, seen from above, that runs from the lower left corner to the lower right corner, then on to "
     "the upper right corner. Witnessed by Vernon Pike.",
     "cat", BL_BR_TR),
    ("From above. Cat, lower left corner, then up to the upper left corner, then the upper right corner. Keep it "
     "moving.",
     "cat", BL_TL_TR),
    ("Infobox | Type: clip | View: from above | Route: lower right corner, lower left corner, upper left corner, in "
     "that order | Subject: a cat. See also: Navigation.",
     "cat", BR_BL_TL),
    ("Being of sound mind, I bequeath a cat, seen from above, running from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Top-down, seen from above. Bird starts in the lower left corner, then the lower right corner, then the upper "
     "right corner. You're on the list.",
     "bird", BL_BR_TR),
    ("A flying bird, seen from above, flies from the lower left corner to the upper left corner and finally to the "
     "upper right corner. See also: Flight. Infobox: Type: clip.",
     "bird", BL_TL_TR),
    ("I bequeath a flying bird, seen from above, flying from the lower right corner to the lower left corner and then "
     "to the upper left corner. Witnessed by Mildred Oakes.",
     "bird", BR_BL_TL),
    ("Looking down from above: bird, lower right corner, then the upper right corner, then the upper left corner. "
     "Keep it moving.",
     "bird", BR_TR_TL),
    ("Infobox - Type: clip - View: from above - A moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner. See also: Trajectory.",
     "ball", BL_BR_TR),
    ("I, being of sound mind, bequeath a ball, seen from above, rolling from the lower left corner to the upper left "
     "corner, thence to the upper right corner.",
     "ball", BL_TL_TR),
    ("Seen from above. Ball, lower right corner to the lower left corner, then to the upper left corner. Keep it "
     "moving.",
     "ball", BR_BL_TL),
    ("Seen from above, a ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner. Infobox: Type: clip. See also: Path.",
     "ball", BR_TR_TL),
    ("Item: a walking dog, seen from above, walking from the lower left corner to the lower right corner, thence to "
     "the upper right corner. This I bequeath.",
     "dog", BL_BR_TR),
    ("From above, dog. Lower left corner, upper left corner, upper right corner, in that order. You're on the list. "
     "Keep it moving.",
     "dog", BL_TL_TR),
    ("Infobox | Type: clip | View: from above | A walking dog goes from the lower right corner to the lower left "
     "corner, then the upper left corner. See also: Patrol.",
     "dog", BR_BL_TL),
    ("Being of sound mind, I bequeath a dog, seen from above, walking from the lower right corner to the upper right "
     "corner, then to the upper left corner. Witnessed by Edwin Thorne.",
     "dog", BR_TR_TL),
    ("Seen from above. Car, lower left corner, then the lower right corner, then the upper right corner. Nobody else "
     "gets in, not tonight. Keep it moving.",
     "car", BL_BR_TR),
    ("A lively cat, seen from above, runs from the lower left corner to the upper left corner, then to the upper "
     "right corner. Infobox: Type: clip. See also: Agility.",
     "cat", BL_TL_TR),
    ("I, being of sound mind, bequeath a bird, seen from above, going from the lower right corner to the lower left "
     "corner and then the upper left corner.",
     "bird", BR_BL_TL),
    ("From above, ball: lower right corner, upper right corner, then upper left corner. You're on the list. Go.",
     "ball", BR_TR_TL),
    ("Infobox - Type: clip - A dog, seen from above, walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. See also: Walk.",
     "dog", BL_BR_TR),
    ("Item: a car, seen from above, driving from the lower right corner to the upper right corner, thence to the "
     "upper left corner. Witnessed by Agnes Fairweather.",
     "car", BR_TR_TL),
    ("From above. Cat, lower right corner, over to the lower left corner, then the upper left corner. Keep it moving.",
     "cat", BR_BL_TL),
    ("Seen from above, a bird flies from the lower left corner to the lower right corner, then to the upper right "
     "corner. See also: Migration. Infobox: Type: clip.",
     "bird", BL_BR_TR),
    ("Being of sound mind, I bequeath a moving ball, seen from above, rolling from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Seen from above. Walking dog, lower right corner to the upper right corner to the upper left corner. You're on "
     "the list. Keep it moving.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
