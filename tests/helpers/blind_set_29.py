"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like sets 20-28 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- screenplay action lines: sluglines ("EXT. OPEN SKY - DAY."), short present-tense action, the
  character in capitals on first mention ("A CAT pads ..."), "frame left" and "frame right",
  transitions ("HALFWAY THROUGH:", "CUT TO:", "LATER:", "MOMENTS LATER:", "FADE OUT."), and no dialogue;
- a broadcast news report: "Reports from the scene this morning confirm ...", "Our camera captured
  ...", "Witnesses say ...", "Back to you in the studio", with time told as "early in the footage" and
  "by the close of the clip" (the camera, reporters and witnesses are never in the scene);
- verse: short rhymed, metred lines joined with " / ", with poetic inversion ("Across the field from
  left to right / a dog walks on ..."), still unambiguous to a careful reader.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; every count is written as a word; numeracy prompts name
nothing else a reader would draw as an object (only scenery: a road, a lawn, the sky, a court, a beach).
It takes LVD's next draws: attribution pairs 10-39 and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25-28), 113/180 = 62.8% (numeracy 15,
attribution 30, visibility 27, one-object 13, two-object 18, sequential 10 of 30): screenplay furniture (sluglines, ALL-CAPS
nouns, "frame left"), news-report time words ("early in the footage", "by the close of the clip") and verse negations ("no
fourth, no other thing in view") were the misses; read fixes followed (180/180 after them), so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("EXT. EMPTY HIGHWAY - DAY. A single CAR speeds along the open road. It is the only thing on it. FADE OUT.",
     "car", 1),
    ("Reports from the scene this morning confirm exactly two cars on the coast road, both moving, and nothing "
     "else in the footage. Back to you in the studio.", "car", 2),
    ("Along the empty road, in line, / three cars roll on through morning shine; / no fourth, no other thing in "
     "view, / just those three moving, swift and true.", "car", 3),
    ("EXT. DESERT ROAD - DAY. FOUR CARS cruise down the empty road, side by side. Nothing else moves. Nothing "
     "else is there. FADE OUT.", "car", 4),
    ("Our camera captured one lively cat, and only one, on an empty lawn early in the footage; it is still the "
     "only subject by the close of the clip.", "cat", 1),
    ("Upon the lawn in morning light / two cats at play, a lively sight; / just two of them, no third in view, "
     "/ they pounce and tumble, all day through.", "cat", 2),
    ("INT. EMPTY ROOM - DAY. THREE CATS, lively, prowl the bare floor. No one else. Nothing else. FADE OUT.",
     "cat", 3),
    ("Reports confirm four cats, exactly four, playing on an empty lawn this morning; our camera captured "
     "nothing else in the frame. Back to you in the studio.", "cat", 4),
    ("Across the sky, so clear and high, / a single bird goes gliding by; / no other thing is there in sight, / "
     "just one bird, lively in its flight.", "bird", 1),
    ("EXT. OPEN SKY - DAY. TWO BIRDS wheel through the empty air. Only the two. Nothing else in frame. FADE OUT.",
     "bird", 2),
    ("Our camera captured three birds flying over the bay early in the footage, and by the close of the clip it "
     "is still those three and nothing else in the sky.", "bird", 3),
    ("Four birds in flight, and four alone, / across an empty sky have flown; / no fifth one joins, no other "
     "thing, / just four birds flying on the wing.", "bird", 4),
    ("EXT. EMPTY COURT - DAY. ONE BALL rolls across the bare court. It is alone. Nothing else in frame. FADE OUT.",
     "ball", 1),
    ("Reports from the scene this morning confirm two balls, and only two, bouncing across an empty stretch of "
     "pavement; nothing else appears in the footage.", "ball", 2),
    ("Three balls roll on an empty floor, / just three of them and nothing more; / they bounce and spin across "
     "the ground, / no other thing is to be found.", "ball", 3),
    ("INT. EMPTY GYM - DAY. FOUR BALLS bounce across the bare floor. Only those four. Nothing else in the room. "
     "FADE OUT.", "ball", 4),
    ("Our camera captured a single dog walking along an empty beach early in the footage, and it is still the "
     "only thing in shot by the close of the clip.", "dog", 1),
    ("Along the path at easy pace / two walking dogs keep up the race; / no third one comes, and nothing more, "
     "/ just two dogs strolling by the shore.", "dog", 2),
    ("EXT. OPEN FIELD - DAY. THREE DOGS walk across the grass together. No one else. Nothing else. FADE OUT.",
     "dog", 3),
    ("Reports from the scene confirm four dogs, exactly four, walking across an open field this morning; "
     "nothing else is in the footage. Back to you in the studio.", "dog", 4),
    ("Down the road, alone, serene, / one car drives through an empty scene; / no other thing in all the frame, "
     "/ just one car moving, all the same.", "car", 1),
    ("INT. BARE HALLWAY - NIGHT. ONE CAT, lively, pads along. It is the only living thing here. FADE OUT.",
     "cat", 1),
    ("Our camera captured two birds, and just two, flying over an empty field early in the footage; the sky "
     "holds nothing else by the close of the clip.", "bird", 2),
    ("One ball upon an empty court / goes rolling, bouncing, just for sport; / there's nothing else within the "
     "frame, / one lonely ball, and that's the game.", "ball", 1),
    ("EXT. BEACH - DAY. TWO DOGS walk along the sand. Just the two. Nothing else in frame. FADE OUT.", "dog", 2),
    ("Reports from the scene this morning confirm three cars, no more, moving along an empty highway; nothing "
     "else appears in the footage.", "car", 3),
    ("Four cats upon a lawn at play, / four lively cats, no more, today; / no other thing is there to see, / "
     "just four cats tumbling, wild and free.", "cat", 4),
    ("EXT. CLEAR SKY - DAY. THREE BIRDS fly in loose formation. Only three. Nothing else up there. FADE OUT.",
     "bird", 3),
    ("Our camera captured three balls rolling across an empty court early in the footage; by the close of the "
     "clip the three are still the only things in shot.", "ball", 3),
    ("Four dogs walk on across the field, / four dogs, no more, their count is sealed; / no other thing is in "
     "the view, / just four dogs strolling the morning through.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("EXT. BACKYARD - DAY. A PINK DOG noses a YELLOW BALL across the grass. Both stay in frame. FADE OUT.",
     "ball", "yellow", "dog", "pink"),
    ("Reports from the scene this morning confirm a pink bird perched on a gray ball in the park; our camera "
     "captured both from start to finish.", "bird", "pink", "ball", "gray"),
    ("Beside a purple car at rest / a gray dog sits, by sunlight blessed; / the two remain from start to end, / "
     "a patient dog, its metal friend.", "dog", "gray", "car", "purple"),
    ("INT. LIVING ROOM - DAY. A GREEN CAT bats a PURPLE BALL back and forth. Both stay in view. FADE OUT.",
     "cat", "green", "ball", "purple"),
    ("Our camera captured a green dog chasing a gray ball across the lawn early in the footage; both are still "
     "in shot by the close of the clip.", "dog", "green", "ball", "gray"),
    ("A pink bird lands with gentle grace / beside a yellow ball in place; / they stay together, side by side, "
     "/ from first to last, the clip's whole ride.", "ball", "yellow", "bird", "pink"),
    ("EXT. PORCH - DAY. A PINK CAT naps next to a YELLOW DOG. Neither leaves. FADE OUT.",
     "cat", "pink", "dog", "yellow"),
    ("Reports from the scene this morning confirm a yellow ball resting beside a brown car on the street; both "
     "remain in the footage throughout.", "car", "brown", "ball", "yellow"),
    ("Beside a brown car, parked and still, / a white dog waits with patient will; / both stay in view the "
     "whole clip through, / the dog, the car, in morning dew.", "car", "brown", "dog", "white"),
    ("EXT. DRIVEWAY - DAY. An ORANGE DOG sits beside a BROWN CAR. Both hold their places. FADE OUT.",
     "dog", "orange", "car", "brown"),
    ("Our camera captured an orange cat pawing at a brown ball on the kitchen floor; both stay in the footage "
     "from start to close.", "ball", "brown", "cat", "orange"),
    ("A gray dog bounds across the lawn / to fetch an orange ball at dawn; / it drops it near and stands in "
     "view, / both dog and ball the whole clip through.", "dog", "gray", "ball", "orange"),
    ("INT. ATTIC - DAY. An ORANGE CAT crouches over a YELLOW BALL. Both remain in frame. FADE OUT.",
     "ball", "yellow", "cat", "orange"),
    ("Reports from the scene this morning confirm a purple dog waiting beside a brown car; our camera captured "
     "both for the entire clip.", "dog", "purple", "car", "brown"),
    ("A blue car parked upon the street, / a gray dog sitting, trim and neat; / they both remain through all "
     "the show, / the dog stays put, the car won't go.", "dog", "gray", "car", "blue"),
    ("EXT. SUBURBAN STREET - DAY. An ORANGE BIRD perches on the roof of a WHITE CAR. Both stay in view. FADE OUT.",
     "car", "white", "bird", "orange"),
    ("Our camera captured a blue bird landing on a brown car early in the footage; both are still in shot by "
     "the close of the clip.", "car", "brown", "bird", "blue"),
    ("Upon the hood of a blue car / a yellow cat has wandered far; / it curls up there and naps away, / and "
     "both remain for all the day.", "car", "blue", "cat", "yellow"),
    ("EXT. GARDEN - DAY. A GRAY CAT watches a YELLOW BIRD on the lawn. Neither moves away. FADE OUT.",
     "cat", "gray", "bird", "yellow"),
    ("Reports from the scene this morning confirm a white dog sitting next to a black car; both remain in the "
     "footage throughout. Back to you in the studio.", "dog", "white", "car", "black"),
    ("A brown bird rests, its journey done, / upon a red car in the sun; / they stay together, both in view, / "
     "the whole clip long, the whole way through.", "car", "red", "bird", "brown"),
    ("EXT. STREET - DAY. A PURPLE CAT sits on the hood of a GREEN CAR. Both stay in frame. FADE OUT.",
     "cat", "purple", "car", "green"),
    ("Our camera captured an orange dog standing beside a gray car early in the footage; both are still there "
     "by the close of the clip.", "car", "gray", "dog", "orange"),
    ("A red cat and a gray dog share / a patch of sun with time to spare; / they doze together, side by side, "
     "/ and neither leaves, and neither hides.", "cat", "red", "dog", "gray"),
    ("EXT. ROADSIDE - DAY. A RED DOG waits by a GRAY CAR. Both stay in view. FADE OUT.",
     "dog", "red", "car", "gray"),
    ("Reports from the scene this morning confirm a purple dog standing guard beside a yellow car; both appear "
     "throughout the footage.", "dog", "purple", "car", "yellow"),
    ("A red cat crouches, tail held tall, / and pats a little gray ball; / it rolls a bit, then settles near, "
     "/ and both stay in the picture here.", "cat", "red", "ball", "gray"),
    ("INT. LIVING ROOM - NIGHT. A BROWN CAT curls up beside a BLUE DOG on the rug. Both stay in frame. FADE OUT.",
     "cat", "brown", "dog", "blue"),
    ("Our camera captured a white dog and a red cat sharing a sunny porch; both stay in the footage from start "
     "to close.", "dog", "white", "cat", "red"),
    ("A yellow bird in morning light / lands on an orange car so bright; / it perches there and will not fly, / "
     "both in the frame as time goes by.", "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("EXT. EMPTY ROAD - DAY. The road stays empty for the first half. HALFWAY THROUGH: A CAR drives into frame "
     "and stays until the end. FADE OUT.", "car"),
    ("Our camera captured an empty street early in the footage; only in the second half does a car arrive, and "
     "it is still there by the close of the clip.", "car"),
    ("The road lies bare the first half long, / no car in sight, no engine's song; / then halfway through a car "
     "rolls in / and stays until the clip's last spin.", "car"),
    ("Reports from the scene confirm no cat during the first half of the footage; halfway through, a cat walks "
     "into shot and stays to the close of the clip.", "cat"),
    ("No cat is here when we begin; / the first half passes, empty, thin; / then halfway through a cat steps "
     "near / and for the second half stays here.", "cat"),
    ("INT. KITCHEN - DAY. Empty for the first half. HALFWAY THROUGH: A CAT slinks in. It stays until the end. "
     "FADE OUT.", "cat"),
    ("The sky is empty at the start, / the first half passes, no bird's part; / then halfway through a bird "
     "flies in / and stays until the end, on wing.", "bird"),
    ("EXT. OPEN SKY - DAY. Empty sky through the first half. HALFWAY THROUGH: A BIRD flies into frame and "
     "remains to the last shot. FADE OUT.", "bird"),
    ("Reports from the scene this morning confirm the sky was empty for the first half of the footage; a bird "
     "only appears in the second half and stays until the close.", "bird"),
    ("EXT. EMPTY COURT - DAY. Nothing for the first half. CUT TO: the second half. A BALL rolls into frame and "
     "keeps rolling to the end. FADE OUT.", "ball"),
    ("Our camera captured an empty court early in the footage; a ball appears only in the second half of the "
     "clip and remains there to its close.", "ball"),
    ("An empty court for half the show, / no ball in sight, no bounce, no throw; / then halfway through a ball "
     "rolls in / and stays till the end, a lively spin.", "ball"),
    ("Witnesses say the path was empty for the first half of the clip; a dog only walks into view in the second "
     "half and is still there by the close.", "dog"),
    ("The path lies bare the first half through, / no dog in sight, an empty view; / then halfway on a dog "
     "walks in / and stays until the clip is done.", "dog"),
    ("EXT. PARK PATH - DAY. The path is empty through the first half. HALFWAY THROUGH: A DOG walks in. It stays "
     "until the final frame. FADE OUT.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Our camera captured a car driving along the road early in the footage; it leaves at the halfway point and "
     "is gone for the entire second half.", "car"),
    ("A car drives on at the clip's start, / but halfway through it must depart; / the second half, the road is "
     "bare, / no car returns, no car is there.", "car"),
    ("EXT. HIGHWAY - DAY. A CAR cruises along in the first half. HALFWAY THROUGH: it is gone. The road stays "
     "empty to the end. FADE OUT.", "car"),
    ("A lively cat at first is seen, / it prowls the first half of the scene; / then halfway through it slips "
     "away, / and for the second half stays away.", "cat"),
    ("INT. LIVING ROOM - DAY. A CAT lounges in the first half. HALFWAY THROUGH: the cat is gone and does not "
     "return. FADE OUT.", "cat"),
    ("Reports from the scene confirm a cat in the first half of the footage; at the halfway point it leaves, and "
     "it never returns before the close of the clip.", "cat"),
    ("EXT. SKY - DAY. A BIRD flies through the first half. CUT TO: the second half. Empty sky; the bird is gone. "
     "FADE OUT.", "bird"),
    ("Our camera captured a bird flying early in the footage; it is gone by the second half, and the sky stays "
     "empty to the close of the clip.", "bird"),
    ("A bird flies high at the clip's start, / the first half long it plays its part; / then halfway through it "
     "flies from view / and stays away the second half through.", "bird"),
    ("Reports from the scene this morning confirm a ball rolling in the first half of the footage only; in the "
     "second half it is nowhere to be seen.", "ball"),
    ("A ball rolls on the first half through, / then halfway on it leaves the view; / the second half is bare "
     "and still, / no ball comes back, and none will.", "ball"),
    ("EXT. COURT - DAY. A BALL bounces around in the first half. HALFWAY THROUGH: it is gone. The court stays "
     "empty. FADE OUT.", "ball"),
    ("A dog walks in the first half's light, / then halfway through it's out of sight; / the second half, the "
     "path is bare, / no dog comes back, no dog is there.", "dog"),
    ("EXT. SIDEWALK - DAY. A DOG trots along in the first half. HALFWAY THROUGH: the dog is gone, for good. "
     "FADE OUT.", "dog"),
    ("Our camera captured a dog walking along the path early in the footage; it vanishes at the halfway point "
     "and is absent for the whole second half. Back to you in the studio.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("EXT. OPEN ROAD - DAY. A CAR starts at the left edge of frame and drives across to the right edge, still "
     "in shot at the end. FADE OUT.", "car", RIGHTWARD),
    ("Our camera captured a car on the left side of the frame early in the footage; by the close of the clip it "
     "has driven across to the right side.", "car", RIGHTWARD),
    ("From left to right across the frame / a car drives on with steady aim; / it starts at left, and by the "
     "end / it's reached the right, around no bend.", "car", RIGHTWARD),
    ("EXT. COUNTRY ROAD - DAY. A CAR sits at frame right. It drives across to frame left and stops there. "
     "FADE OUT.", "car", LEFTWARD),
    ("Reports from the scene confirm a car on the right of the frame early in the footage; by the close of the "
     "clip it has driven to the left side.", "car", LEFTWARD),
    ("Across the frame from right to left / a car drives on, so swift, so deft; / it starts at right and ends "
     "at left, / still in the frame, its journey kept.", "car", LEFTWARD),
    ("Our camera captured a cat on the left of the frame early in the footage, padding across to the right side "
     "by the close of the clip.", "cat", RIGHTWARD),
    ("From left to right a lively cat / goes padding softly, just like that; / it starts at left, and by the "
     "end / it's reached the right, its way to wend.", "cat", RIGHTWARD),
    ("INT. HALLWAY - DAY. A CAT pads from frame left to frame right, ending at the right. FADE OUT.",
     "cat", RIGHTWARD),
    ("From right to left the cat will stroll, / across the frame its steady goal; / it starts at right, and by "
     "the close / it's reached the left, and there it dozes.", "cat", LEFTWARD),
    ("INT. LIVING ROOM - DAY. A CAT at frame right. It slinks across to frame left and settles there. FADE OUT.",
     "cat", LEFTWARD),
    ("Witnesses say a cat crossed the frame from right to left; our camera captured it at the right early in "
     "the footage and at the left by the close of the clip.", "cat", LEFTWARD),
    ("EXT. SKY - DAY. A BIRD glides from frame left to frame right, still in shot at the end. FADE OUT.",
     "bird", RIGHTWARD),
    ("Reports from the scene this morning confirm a bird flying from the left side of the frame to the right "
     "side over the course of the clip.", "bird", RIGHTWARD),
    ("Across the sky from left to right / a bird flies on in steady flight; / it starts at left, and by the end "
     "/ it's at the right, our feathered friend.", "bird", RIGHTWARD),
    ("Our camera captured a bird at the right of the frame early in the footage; by the close of the clip it "
     "has flown to the left side.", "bird", LEFTWARD),
    ("From right to left across the sky / a bird goes flying, swift and high; / it starts at right, and at the "
     "end / it's reached the left, our feathered friend.", "bird", LEFTWARD),
    ("EXT. CLIFFTOP - DAY. A BIRD hangs at frame right, then flies across to frame left. It is still in frame "
     "at the end. FADE OUT.", "bird", LEFTWARD),
    ("From left to right the ball will roll, / across the court on its patrol; / it starts at left, and by the "
     "end / it's at the right, around no bend.", "ball", RIGHTWARD),
    ("EXT. EMPTY COURT - DAY. A BALL rolls from frame left to frame right and comes to rest at the right. "
     "FADE OUT.", "ball", RIGHTWARD),
    ("Reports from the scene confirm a ball rolling from the left side of the frame to the right side; by the "
     "close of the clip it rests at the right.", "ball", RIGHTWARD),
    ("EXT. PLAYGROUND - DAY. A BALL at frame right rolls all the way to frame left. FADE OUT.", "ball", LEFTWARD),
    ("Our camera captured a ball at the right of the frame early in the footage, rolling to the left side by "
     "the close of the clip.", "ball", LEFTWARD),
    ("From right to left a ball rolls on, / across the floor, from start to done; / it starts at right and "
     "ends at left, / still in the frame when time is spent.", "ball", LEFTWARD),
    ("Witnesses say a dog walked across the frame from left to right; our camera captured it at the left early "
     "in the footage and at the right by the close.", "dog", RIGHTWARD),
    ("Across the field from left to right / a dog walks on in morning light; / it starts at left, and by the "
     "end / it's at the right, our loyal friend.", "dog", RIGHTWARD),
    ("EXT. SIDEWALK - DAY. A DOG walks from frame left to frame right, still in shot at the end. FADE OUT.",
     "dog", RIGHTWARD),
    ("From right to left the dog will go, / across the field, so calm and slow; / it starts at right, and by "
     "the end / it's reached the left, our loyal friend.", "dog", LEFTWARD),
    ("EXT. PARK - DAY. A DOG at frame right ambles across to frame left. It stays in shot. FADE OUT.",
     "dog", LEFTWARD),
    ("Reports from the scene this morning confirm a dog walking from the right side of the frame to the left "
     "side over the course of the clip.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order.
_DYNAMIC_TWO = [
    ("EXT. STREET - DAY. A CAR is parked. A BIRD flies from the car's left side to its right side. FADE OUT.",
     "bird", "car", RIGHTWARD),
    ("Our camera captured a bird standing still on the road while a car drove from the bird's right to its "
     "left.", "car", "bird", LEFTWARD),
    ("A cat sits still upon the mat; / a bird flies past the sitting cat, / from the cat's left to its right it "
     "goes, / and there it stays as the clip does close.", "bird", "cat", RIGHTWARD),
    ("EXT. COUNTRY LANE - DAY. A BIRD perches on a post. A CAR drives from the bird's right to its left. "
     "FADE OUT.", "car", "bird", LEFTWARD),
    ("Reports from the scene confirm a bird flying from the left of a resting dog to its right over the course "
     "of the clip.", "bird", "dog", RIGHTWARD),
    ("A cat sits still; a dog walks past / from the cat's right to its left at last; / the cat stays put the "
     "whole clip through, / the dog ends on its left in view.", "dog", "cat", LEFTWARD),
    ("EXT. PARK - DAY. A DOG sits still. A BALL rolls from the dog's left to the dog's right. FADE OUT.",
     "ball", "dog", RIGHTWARD),
    ("Our camera captured a bird on the right of a sitting cat early in the footage; by the close of the clip "
     "the bird has flown to the cat's left.", "bird", "cat", LEFTWARD),
    ("A ball lies still beside the road; / a car drives past in steady mode, / from the ball's left to its "
     "right side, / and ends up there after its ride.", "car", "ball", RIGHTWARD),
    ("EXT. GARDEN - DAY. A BIRD pecks at the lawn. A CAT creeps from the bird's right to its left. FADE OUT.",
     "cat", "bird", LEFTWARD),
    ("Reports from the scene this morning confirm a dog walking from the left of a parked car to its right.",
     "dog", "car", RIGHTWARD),
    ("A bird stands still upon the ground; / a ball rolls past without a sound, / from the bird's right to its "
     "left it goes, / and there it stops, as the clip shows.", "ball", "bird", LEFTWARD),
    ("EXT. BACKYARD - DAY. A DOG lies still. A BALL rolls from the dog's left to its right. FADE OUT.",
     "ball", "dog", RIGHTWARD),
    ("Our camera captured a ball rolling from the right of a sitting cat to its left over the course of the "
     "clip.", "ball", "cat", LEFTWARD),
    ("A ball sits still upon the lane; / a car rolls by with steady aim, / from the ball's left across to "
     "right, / and ends up there, still in sight.", "car", "ball", RIGHTWARD),
    ("EXT. PORCH - DAY. A CAT sits still. A BIRD flutters from the cat's right to its left. FADE OUT.",
     "bird", "cat", LEFTWARD),
    ("Reports from the scene confirm a dog walking from the left of a perched bird to its right; the bird stays "
     "put throughout the footage.", "dog", "bird", RIGHTWARD),
    ("A cat sits calm, it does not stir; / a dog walks past the cat's soft fur, / from the cat's right to its "
     "left side, / and there it stops after its stride.", "dog", "cat", LEFTWARD),
    ("EXT. DRIVEWAY - DAY. A CAR is parked. A BALL rolls from the car's left to its right. FADE OUT.",
     "ball", "car", RIGHTWARD),
    ("Our camera captured a dog on the right of a resting cat early in the footage; by the close of the clip "
     "the dog has walked to the cat's left.", "dog", "cat", LEFTWARD),
    ("A ball lies still upon the lawn; / a bird flies past it, coming on / from the ball's left across to "
     "right, / and ends up there, still in sight.", "bird", "ball", RIGHTWARD),
    ("EXT. BEACH - DAY. A BALL rests on the sand. A BIRD flies from the ball's right to its left. FADE OUT.",
     "bird", "ball", LEFTWARD),
    ("Witnesses say a bird flew from the left of a sitting dog to its right; our camera captured the whole "
     "crossing.", "bird", "dog", RIGHTWARD),
    ("A car is parked and will not go; / a bird flies by it, swift and low, / from the car's right to its left "
     "side, / and lands there, after its glide.", "bird", "car", LEFTWARD),
    ("EXT. QUIET STREET - DAY. A CAT sits on the curb. A CAR drives from the cat's left to its right. FADE OUT.",
     "car", "cat", RIGHTWARD),
    ("Reports from the scene this morning confirm a dog walking from the right of a ball to its left; the ball "
     "stays where it is.", "dog", "ball", LEFTWARD),
    ("A ball lies still upon the floor; / a cat pads past, and nothing more, / from the ball's left across to "
     "right, / and settles there, still in sight.", "cat", "ball", RIGHTWARD),
    ("EXT. LAWN - DAY. A BALL lies still. A DOG trots from the ball's right to its left. FADE OUT.",
     "dog", "ball", LEFTWARD),
    ("Our camera captured a cat on the left of a resting bird early in the footage; by the close of the clip "
     "the cat has crept to the bird's right.", "cat", "bird", RIGHTWARD),
    ("A car is parked upon the lane; / a dog walks past, its steps are plain, / from the car's right to its "
     "left side, / and stops there at the end of its stride.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("EXT. PLAZA - DAY - TOP-DOWN SHOT. A CAR starts at the lower left of frame. It drives to the lower right, "
     "then up to the upper right. FADE OUT.", "car", BL_BR_TR),
    ("Our camera, looking straight down from above, captured a car at the lower left early in the footage; it "
     "drove up to the upper left, and by the close of the clip it was at the upper right.", "car", BL_TL_TR),
    ("Seen from above, a car sets out / from lower right and drives about: / to lower left it makes its way, / "
     "then upper left, where it will stay.", "car", BR_BL_TL),
    ("EXT. TOWN SQUARE - DAY - OVERHEAD SHOT. A CAR waits at the lower right of frame. It drives up to the "
     "upper right. LATER: it reaches the upper left. FADE OUT.", "car", BR_TR_TL),
    ("Reports from the scene confirm, in footage shot from directly overhead, a cat starting at the lower left, "
     "walking to the lower right, and by the close of the clip reaching the upper right.", "cat", BL_BR_TR),
    ("Looked down upon from high above, / a cat at lower left will move / to upper left, then on it goes / to "
     "upper right, where the clip shall close.", "cat", BL_TL_TR),
    ("INT. EMPTY HALL - DAY - TOP-DOWN SHOT. A CAT sits at the lower right of frame. It pads to the lower left. "
     "MOMENTS LATER: it pads up to the upper left. FADE OUT.", "cat", BR_BL_TL),
    ("Our camera, mounted directly overhead, captured a cat at the lower right early in the footage; it walked "
     "to the upper right, and by the close of the clip it had reached the upper left.", "cat", BR_TR_TL),
    ("Seen from above, the bird takes flight / from lower left to lower right, / then onward, upward, as on "
     "cue, / to upper right, its journey through.", "bird", BL_BR_TR),
    ("EXT. COURTYARD - DAY - OVERHEAD SHOT. A BIRD starts at the lower left of frame. It flies up to the upper "
     "left, then across to the upper right. FADE OUT.", "bird", BL_TL_TR),
    ("Reports from the scene confirm, in top-down footage, a bird at the lower right early on, flying to the "
     "lower left, and by the close of the clip at the upper left.", "bird", BR_BL_TL),
    ("Viewed from above, a bird begins / at lower right, then up it spins / to upper right, and last of all / "
     "to upper left, where it will stall.", "bird", BR_TR_TL),
    ("EXT. EMPTY COURT - DAY - TOP-DOWN SHOT. A BALL rests at the lower left of frame. It rolls to the lower "
     "right. LATER: it rolls up to the upper right. FADE OUT.", "ball", BL_BR_TR),
    ("Our camera, looking straight down, captured a ball at the lower left early in the footage; it rolled to "
     "the upper left, and by the close of the clip it sat at the upper right.", "ball", BL_TL_TR),
    ("Seen from above, a ball rolls slow / from lower right to lower left, and so / on up to upper left it "
     "goes, / and there it rests as the clip does close.", "ball", BR_BL_TL),
    ("INT. GYM - DAY - OVERHEAD SHOT. A BALL sits at the lower right of frame. It rolls up to the upper right, "
     "then across to the upper left. FADE OUT.", "ball", BR_TR_TL),
    ("Reports from the scene confirm, in footage taken from directly above, a dog walking from the lower left "
     "to the lower right and then, by the close of the clip, to the upper right.", "dog", BL_BR_TR),
    ("From overhead we watch a dog / start lower left, then up it jogs / to upper left, and then it goes / to "
     "upper right, where the clip does close.", "dog", BL_TL_TR),
    ("EXT. PARK - DAY - TOP-DOWN SHOT. A DOG stands at the lower right of frame. It trots to the lower left. "
     "MOMENTS LATER: it trots up to the upper left. FADE OUT.", "dog", BR_BL_TL),
    ("Our camera, looking straight down on the scene, captured a dog at the lower right early in the footage; "
     "it walked up to the upper right, and by the close of the clip it was at the upper left.", "dog", BR_TR_TL),
    ("From high above, a car will go / from lower left to lower right, just so, / then up to upper right it's "
     "driven, / the route it takes, in order given.", "car", BL_BR_TR),
    ("EXT. ROOFTOP - NIGHT - OVERHEAD SHOT. A CAT starts at the lower left of frame. It prowls up to the upper "
     "left, then over to the upper right. FADE OUT.", "cat", BL_TL_TR),
    ("Reports from the scene confirm, in overhead footage, a bird at the lower right early on; it flew to the "
     "upper right, and by the close of the clip it was at the upper left.", "bird", BR_TR_TL),
    ("Seen from on high, a ball rolls right / from lower left to lower right, / then up the frame it rolls, in "
     "view, / to upper right, its journey through.", "ball", BL_BR_TR),
    ("EXT. BEACH - DAY - TOP-DOWN SHOT. A DOG begins at the lower right of frame. It walks up to the upper "
     "right. LATER: it reaches the upper left. FADE OUT.", "dog", BR_TR_TL),
    ("Our camera, mounted high overhead, captured a car at the lower right early in the footage; it drove to "
     "the lower left, and by the close of the clip it had reached the upper left.", "car", BR_BL_TL),
    ("Viewed from above, a cat starts out / at lower right, then pads about / to upper right, and then, at "
     "last, / to upper left, and there stands fast.", "cat", BR_TR_TL),
    ("EXT. MEADOW - DAY - OVERHEAD SHOT. A BIRD starts at the lower left of frame. It flies to the lower right, "
     "then up to the upper right. FADE OUT.", "bird", BL_BR_TR),
    ("Reports from the scene confirm, in top-down footage, a ball rolling from the lower right up to the upper "
     "right and, by the close of the clip, over to the upper left.", "ball", BR_TR_TL),
    ("From overhead, a dog sets out / from lower right, and turns about / to lower left, then up it goes / to "
     "upper left, where its walk will close.", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
