"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a security guard's CCTV incident sheet ("Incident sheet.", "Log entry.", "Security log.", "in shot",
  "on the feed", "start of recording", "No action taken."), where the guard, the camera and the sheet
  are never in the video, the recording is the clip, and the camera looks straight down only where a
  route is told;
- a flight attendant's safety demonstration ("Ladies and gentlemen, may I have your attention ...",
  "Please note ...", "Thank you."), where the attendant, the cabin and the passengers are never in the
  video, and what the passengers are asked to watch is the clip;
- an architect's site diary ("Site diary, Monday.", "On arrival: ...", "Before leaving: ...", "Noted:",
  "Plan view from above"), where the architect, the site and the drawings are never in the video, the
  diary's inspections are the clip's start and end, and a plan view is the top-down view of a route.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 50-79, and two-object relations
40-49 then 0-19 (in LVD's order, wrapping round the end of its fifty).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: not yet measured.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Incident sheet. Feed reviewed from start to end of recording. Observed: one moving car, in shot the whole time. "
     "Nothing else entered the shot. No action taken.",
     "car", 1),
    ("Ladies and gentlemen, may I have your attention for a short demonstration. In this clip you'll see two moving "
     "cars, there from the very beginning to the very end, and nothing else at all. Thank you.",
     "car", 2),
    ("Site diary, Monday. On arrival: three moving cars in the clip. Before leaving: the same three moving cars, still "
     "there. Nothing else noted.",
     "car", 3),
    ("Incident report. Four moving cars visible on the feed from the start of recording through to its "
     "end. No other activity logged.",
     "car", 4),
    ("Hello again, ladies and gentlemen. Please watch closely: one lively cat stays in view from start to finish. "
     "There's nothing else to look out for.",
     "cat", 1),
    ("Site diary. Morning inspection: two lively cats present. Evening inspection: the same two lively cats, still "
     "present. Nothing else to record.",
     "cat", 2),
    ("Log entry: three lively cats in view at the start of the recording and still in view at its end. Nothing else "
     "seen on the feed.",
     "cat", 3),
    ("Ladies and gentlemen, your attention please. Four lively cats are shown throughout this clip, from beginning to "
     "end. Nothing else appears. Thank you for watching.",
     "cat", 4),
    ("Site diary, Tuesday. Noted: one flying bird in the clip from the first inspection to the last. Nothing else to "
     "report.",
     "bird", 1),
    ("Incident sheet. Subject: two flying birds. Present on the feed from start of recording to end of recording. No "
     "other movement or object in shot.",
     "bird", 2),
    ("If I could have everyone's attention, please. In the clip, three flying birds remain visible from the very first "
     "moment to the very last, with nothing else in view.",
     "bird", 3),
    ("Site diary. First walk-round: four flying birds. Last walk-round: the same four flying birds. Nothing else "
     "recorded.",
     "bird", 4),
    ("Security log. Camera feed checked end to end: one moving ball in shot for the whole recording, nothing else in "
     "shot. Logged, no further action.",
     "ball", 1),
    ("Ladies and gentlemen, please take a moment to watch. Two moving balls are in view for the whole clip, start to "
     "end, and that is all you'll see.",
     "ball", 2),
    ("Site diary, Wednesday. On arrival: three moving balls in the clip. Midday: unchanged. Before leaving: the same "
     "three moving balls. Nothing further to note.",
     "ball", 3),
    ("Incident sheet. Four moving balls seen on the feed at the start of recording and throughout until it ends. No "
     "other object observed.",
     "ball", 4),
    ("Ladies and gentlemen, a brief demonstration. Please note one walking dog, shown from the start of the clip to "
     "its end. Nothing else is shown.",
     "dog", 1),
    ("Site diary. Noted on the morning round: two walking dogs. Noted on the closing round: the same two walking dogs. "
     "Nothing else to record.",
     "dog", 2),
    ("Incident sheet. Observed: three walking dogs, on the feed from the first moment of the recording to the last. "
     "Nothing else in shot.",
     "dog", 3),
    ("Ladies and gentlemen, may I have your attention. Four walking dogs are shown in this clip from beginning to end. "
     "There is nothing else to see. Thank you.",
     "dog", 4),
    ("Site diary, Thursday. Inspection at the start: four moving cars. Inspection at the end: four moving cars, still "
     "there. No other items noted.",
     "car", 4),
    ("Log entry. One lively cat in shot for the entire recording. Nothing else appeared on the feed. Closed, no "
     "action.",
     "cat", 1),
    ("Ladies and gentlemen, your attention please. Two flying birds stay in view from the start of this clip to its "
     "end, and nothing else.",
     "bird", 2),
    ("Site diary. One moving ball in the clip, from the first check to the last. Nothing else on record.",
     "ball", 1),
    ("Incident sheet. Four walking dogs visible on the feed throughout the recording. No other activity. Logged at "
     "end of shift.",
     "dog", 4),
    ("If I could have your attention, please. Three moving cars are in view for the whole clip, from its first moment "
     "to its last. Please note there is nothing else.",
     "car", 3),
    ("Site diary, Friday. Three lively cats at the morning inspection, and the same three lively cats at the evening "
     "inspection. Nothing else present.",
     "cat", 3),
    ("Security log. Three flying birds observed on the feed from start of recording to end. Nothing further seen.",
     "bird", 3),
    ("Ladies and gentlemen, please watch the demonstration. Two moving balls from the opening moment to the closing "
     "moment, and nothing else at all.",
     "ball", 2),
    ("Site diary. Noted: one walking dog in the clip from its start to its end. Nothing else to note.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("Incident sheet. In shot for the whole recording: a white ball and a black cat, side by side. No change observed.",
     "ball", "white", "cat", "black"),
    ("Ladies and gentlemen, please note a yellow cat with a pink ball beside it, both shown from the start of the clip "
     "to the end.",
     "cat", "yellow", "ball", "pink"),
    ("Site diary. Noted at every inspection: a black car, and an orange bird next to it, both there from start to end.",
     "car", "black", "bird", "orange"),
    ("Log entry. Observed: an orange ball beside a brown car, both on the feed from start of recording to end.",
     "ball", "orange", "car", "brown"),
    ("Your attention please, ladies and gentlemen. A gray bird and a green cat are shown together throughout this "
     "clip.",
     "bird", "gray", "cat", "green"),
    ("Site diary, Monday. On arrival: a blue car with a red cat beside it. Before leaving: both still there, "
     "unchanged.",
     "car", "blue", "cat", "red"),
    ("Incident sheet. A white ball and a black car seen next to each other for the entire recording. Nothing else to "
     "log.",
     "ball", "white", "car", "black"),
    ("Ladies and gentlemen, in this clip please look for a green bird and a white ball, side by side from beginning "
     "to end.",
     "bird", "green", "ball", "white"),
    ("Site diary. Noted: a blue ball lying next to a yellow dog, present from the first inspection to the last.",
     "ball", "blue", "dog", "yellow"),
    ("Security log. On the feed throughout: a yellow bird beside a blue ball. Logged, no action taken.",
     "bird", "yellow", "ball", "blue"),
    ("If I could have your attention, please. A brown bird and a black ball are in view together, from the start of "
     "the clip to its end.",
     "bird", "brown", "ball", "black"),
    ("Site diary, Tuesday. Morning round: a brown bird and a blue cat, side by side. Evening round: both still there.",
     "bird", "brown", "cat", "blue"),
    ("Incident sheet. Observed from start to end of recording: a blue bird next to a red car. Nothing else.",
     "bird", "blue", "car", "red"),
    ("Ladies and gentlemen, please note the purple ball and the pink cat next to it; both remain in view for the "
     "whole clip.",
     "ball", "purple", "cat", "pink"),
    ("Site diary. A yellow dog and a red cat beside each other, recorded at every inspection from start to end.",
     "dog", "yellow", "cat", "red"),
    ("Log entry. A green bird and a yellow dog, side by side on the feed for the whole recording.",
     "bird", "green", "dog", "yellow"),
    ("Your attention, please. This clip shows a gray car with a red cat beside it, both there from the first moment "
     "to the last.",
     "car", "gray", "cat", "red"),
    ("Site diary, Wednesday. Noted on arrival and again before leaving: a red bird beside a black cat.",
     "bird", "red", "cat", "black"),
    ("Incident sheet. In shot for the entire recording: a white bird and an orange cat next to each other. No further "
     "activity.",
     "bird", "white", "cat", "orange"),
    ("Ladies and gentlemen, please watch for a green bird next to a black ball. Both stay in view throughout the "
     "clip. Thank you.",
     "bird", "green", "ball", "black"),
    ("Site diary. Recorded at each inspection: a white cat and a purple bird, side by side, from the start of the clip "
     "to its end.",
     "cat", "white", "bird", "purple"),
    ("Security log. A green bird beside a purple dog, on the feed from the start of recording to the end. Logged.",
     "bird", "green", "dog", "purple"),
    ("Ladies and gentlemen, in this demonstration an orange bird and a brown car are shown side by side from start "
     "to finish.",
     "bird", "orange", "car", "brown"),
    ("Site diary, Thursday. Morning inspection: a blue car, a brown bird next to it. Closing inspection: both "
     "unchanged.",
     "car", "blue", "bird", "brown"),
    ("Incident sheet. Observed: a red dog and a purple cat, next to each other throughout the recording. No action.",
     "dog", "red", "cat", "purple"),
    ("May I have your attention, please. A purple dog and a brown cat are shown side by side for the whole of this "
     "clip.",
     "dog", "purple", "cat", "brown"),
    ("Site diary. Noted: a black cat with a blue ball beside it, there at every check from the start to the end.",
     "cat", "black", "ball", "blue"),
    ("Log entry. On the feed for the whole recording: a yellow cat beside a black dog. Nothing else to report.",
     "cat", "yellow", "dog", "black"),
    ("Ladies and gentlemen, please note a green cat and a white bird, together in view from the beginning of the clip "
     "to its end.",
     "cat", "green", "bird", "white"),
    ("Site diary, Friday. On arrival: a purple car with a pink cat beside it. Before leaving: both still in place.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Incident sheet. First half of the recording: no car in shot. Second half: a moving car enters and stays in shot "
     "until the end.",
     "car"),
    ("Ladies and gentlemen, please note that for the first half of this clip there is no car. In the second half a "
     "moving car appears and remains until the end.",
     "car"),
    ("Site diary, Monday. First half of the clip: no car on record. Second half: a moving car arrives and stays until "
     "the end.",
     "car"),
    ("Log entry. No cat on the feed during the first half of the recording. At the halfway mark a lively cat comes "
     "into shot and remains for the second half.",
     "cat"),
    ("Your attention, please. There is no cat during the first half of the clip; a lively cat appears in the second "
     "half and stays there.",
     "cat"),
    ("Site diary. Noted: no cat in the first half of the clip. A lively cat turned up in the second half and was "
     "still there at the end.",
     "cat"),
    ("Incident sheet. First half of recording: no bird seen. Second half of recording: a flying bird enters the shot "
     "and stays to the end.",
     "bird"),
    ("Ladies and gentlemen, for the first half of the clip you will see no bird at all. In the second half, a flying "
     "bird appears and stays.",
     "bird"),
    ("Site diary, Tuesday. First half of the clip: no bird. Second half: a flying bird arrived, and it stayed until "
     "the end.",
     "bird"),
    ("Security log. No ball in shot for the first half of the recording. A moving ball appears in the second half and "
     "is still in shot at the end.",
     "ball"),
    ("May I have your attention. In the first half of this clip there is no ball; in the second half a moving ball "
     "appears and remains to the end.",
     "ball"),
    ("Site diary. First half of the clip: empty, no ball. Second half: a moving ball appears and stays until the end.",
     "ball"),
    ("Incident sheet. First half: no dog on the feed. Second half: a walking dog enters the shot and remains until "
     "the recording ends.",
     "dog"),
    ("Ladies and gentlemen, please note there is no dog in the first half of the clip. A walking dog appears in the "
     "second half and stays till the end.",
     "dog"),
    ("Site diary, Wednesday. No dog recorded in the first half of the clip. In the second half a walking dog arrived "
     "and stayed to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Incident sheet. First half of the recording: a moving car in shot. Second half: the car has left the shot and "
     "does not return.",
     "car"),
    ("Ladies and gentlemen, a moving car is shown in the first half of this clip only. In the second half it is gone "
     "and does not come back.",
     "car"),
    ("Site diary. First half of the clip: a moving car present. Second half: the car has gone, and it is not seen "
     "again.",
     "car"),
    ("Log entry. A lively cat on the feed during the first half of the recording. At the halfway mark it leaves the "
     "shot; no cat for the second half.",
     "cat"),
    ("Your attention, please. A lively cat is in view for the first half of the clip, and then, in the second half, "
     "there is no cat at all.",
     "cat"),
    ("Site diary, Thursday. A lively cat present in the first half of the clip. Gone by the second half; no cat to "
     "the end.",
     "cat"),
    ("Incident sheet. First half of recording: a flying bird in shot. Second half of recording: no bird. It did not "
     "come back.",
     "bird"),
    ("Ladies and gentlemen, a flying bird appears only in the first half of the clip. For the second half, there is "
     "no bird.",
     "bird"),
    ("Site diary. Noted in the first half of the clip: a flying bird. Noted in the second half: no bird, it had gone.",
     "bird"),
    ("Security log. A moving ball in shot for the first half of the recording only. Second half: no ball in shot.",
     "ball"),
    ("May I have your attention. In the first half of this clip a moving ball is visible; in the second half it has "
     "disappeared and does not return.",
     "ball"),
    ("Site diary, Friday. First half of the clip: a moving ball. Second half: the ball has gone and stays gone to the "
     "end.",
     "ball"),
    ("Incident sheet. A walking dog on the feed in the first half. It leaves the shot at the halfway mark; no dog in "
     "the second half.",
     "dog"),
    ("Ladies and gentlemen, please note the walking dog in the first half of the clip. In the second half it is gone, "
     "and there is no dog until the end.",
     "dog"),
    ("Site diary. A walking dog present for the first half of the clip. Second half: no dog, not seen again.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame.
_DYNAMIC_ONE = [
    ("Incident sheet. A moving car starts on the left side of the shot and travels across to the right side by the "
     "end of the recording.",
     "car", RIGHTWARD),
    ("Ladies and gentlemen, please watch the moving car: it starts on the right side of the frame and moves across to "
     "the left side.",
     "car", LEFTWARD),
    ("Site diary, Monday. Start of the clip: a moving car on the left side of the frame. End of the clip: the same "
     "car on the right side.",
     "car", RIGHTWARD),
    ("Log entry. Moving car observed on the right side of the frame at the start, on the left side at the end. Moved "
     "right to left.",
     "car", LEFTWARD),
    ("Your attention please. In this clip a moving car travels from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Site diary. Noted: a moving car, starting on the right side of the frame and finishing on the left side.",
     "car", LEFTWARD),
    ("Incident sheet. A lively cat crosses the shot from the left side to the right side over the course of the "
     "recording.",
     "cat", RIGHTWARD),
    ("Ladies and gentlemen, a lively cat begins on the right side of the frame and makes its way to the left side.",
     "cat", LEFTWARD),
    ("Site diary, Tuesday. On arrival, a lively cat on the left side of the frame; before leaving, the cat is on the "
     "right side.",
     "cat", RIGHTWARD),
    ("Security log. Lively cat: starts on the right side of the shot, ends on the left side. No other movement.",
     "cat", LEFTWARD),
    ("May I have your attention. Please follow the lively cat as it moves from the left side of the frame to the "
     "right side.",
     "cat", RIGHTWARD),
    ("Site diary. A lively cat recorded moving from the right side of the frame across to the left side.",
     "cat", LEFTWARD),
    ("Incident sheet. A flying bird starts on the left side of the shot and flies across to the right side by the "
     "end.",
     "bird", RIGHTWARD),
    ("Ladies and gentlemen, a flying bird starts on the right side of the frame and flies over to the left side. "
     "Thank you.",
     "bird", LEFTWARD),
    ("Site diary, Wednesday. Start: a flying bird on the left side of the frame. End: the bird on the right side.",
     "bird", RIGHTWARD),
    ("Log entry. A flying bird, right side of the shot at the start of recording, left side at the end.",
     "bird", LEFTWARD),
    ("Your attention, please. The flying bird in this clip moves from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Site diary. Noted: a flying bird going from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Incident sheet. A moving ball rolls from the left side of the shot to the right side during the recording.",
     "ball", RIGHTWARD),
    ("Ladies and gentlemen, please watch the moving ball roll from the right side of the frame across to the left "
     "side.",
     "ball", LEFTWARD),
    ("Site diary, Thursday. First check: a moving ball on the left side of the frame. Last check: the ball on the "
     "right side.",
     "ball", RIGHTWARD),
    ("Security log. Moving ball starts on the right side of the shot and finishes on the left side. Logged.",
     "ball", LEFTWARD),
    ("May I have your attention. A moving ball begins on the left side of the frame and ends on the right side.",
     "ball", RIGHTWARD),
    ("Site diary. A moving ball recorded rolling from the right side of the frame over to the left side.",
     "ball", LEFTWARD),
    ("Incident sheet. A walking dog starts on the left side of the shot and walks to the right side by the end of the "
     "recording.",
     "dog", RIGHTWARD),
    ("Ladies and gentlemen, please note the walking dog, which walks from the right side of the frame to the left "
     "side.",
     "dog", LEFTWARD),
    ("Site diary, Friday. On arrival, a walking dog on the left side of the frame. Before leaving, the dog on the "
     "right side.",
     "dog", RIGHTWARD),
    ("Log entry. Walking dog on the right side of the shot at the start, on the left side at the end.",
     "dog", LEFTWARD),
    ("Your attention, please. A walking dog moves across this clip from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Site diary. Noted: a walking dog, starting on the right side of the frame and ending on the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Incident sheet. A dog stays still throughout the recording. A cat starts on the left of the dog and moves to "
     "the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Ladies and gentlemen, please note the dog, which does not move at all. A ball rolls from the right of the dog "
     "to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Site diary, Monday. A bird stood still throughout the clip. A dog went from the left of the bird to the right "
     "of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Log entry. Cat stationary for the whole recording. Bird moves from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Your attention please. The bird stays perfectly still, while a cat moves from the left of the bird to the "
     "right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Site diary. Noted: a cat, not moving, and a bird flying from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Incident sheet. A cat remains in place the whole time. A dog walks from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Ladies and gentlemen, the dog in this clip holds still. A bird flies from the right of the dog over to the left "
     "of the dog.",
     "bird", "dog", LEFTWARD),
    ("Site diary, Tuesday. A cat stayed put from start to end. A dog moved from the left of the cat to the right of "
     "the cat.",
     "dog", "cat", RIGHTWARD),
    ("Security log. Car parked and motionless throughout. A bird flies from the right of the car to the left of the "
     "car.",
     "bird", "car", LEFTWARD),
    ("May I have your attention. A car stands still for the whole clip, and a bird flies from the left of the car to "
     "the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Site diary. A bird stayed still throughout the clip. A car drove from the right of the bird to the left of the "
     "bird.",
     "car", "bird", LEFTWARD),
    ("Incident sheet. Cat does not move during the recording. Bird starts on the left of the cat and ends on the "
     "right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Ladies and gentlemen, please note the bird, which stays still, and the car, which moves from the right of the "
     "bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Site diary, Wednesday. The dog did not move. A bird flew from the left of the dog across to the right of the "
     "dog.",
     "bird", "dog", RIGHTWARD),
    ("Log entry. Stationary cat. Dog moves from the right of the cat to the left of the cat. Cat never moves.",
     "dog", "cat", LEFTWARD),
    ("Your attention, please. A dog stays where it is as a ball rolls from the left of the dog to the right of the "
     "dog.",
     "ball", "dog", RIGHTWARD),
    ("Site diary. A cat sat still throughout. Recorded: a bird flying from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Incident sheet. A ball lies still for the whole recording. A car drives from the left of the ball to the right "
     "of the ball.",
     "car", "ball", RIGHTWARD),
    ("Ladies and gentlemen, a bird holds still in this clip, and a cat moves from the right of the bird to the left "
     "of the bird.",
     "cat", "bird", LEFTWARD),
    ("Site diary, Thursday. A car stationary from start to end. A dog walked from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("Security log. Bird stays still throughout. Ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("May I have your attention. The dog does not move; a ball rolls from the left of the dog over to the right of "
     "the dog.",
     "ball", "dog", RIGHTWARD),
    ("Site diary. A cat, still the whole time. A ball rolled from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Incident sheet. A ball stays in place throughout the recording while a car moves from the left of the ball to "
     "the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Ladies and gentlemen, the cat stays still from start to end, and a bird flies from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Site diary, Friday. Noted: a bird at rest the whole time, and a dog crossing from the left of the bird to the "
     "right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Log entry. A cat stays still on the feed. A dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Your attention, please. The car in this clip stays still, and a ball rolls from the left of the car to the "
     "right of the car.",
     "ball", "car", RIGHTWARD),
    ("Site diary. A cat did not move at any point. A dog went from the right of the cat across to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Incident sheet, overhead camera looking straight down. A moving car starts in the lower left corner of the "
     "shot, moves to the lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Ladies and gentlemen, this clip is seen from directly above. A moving car starts in the lower left corner, goes "
     "up to the upper left corner, and then across to the upper right corner.",
     "car", BL_TL_TR),
    ("Site diary, plan view from straight above. Start: a moving car in the lower right corner. Middle: the lower "
     "left corner. End: the upper left corner.",
     "car", BR_BL_TL),
    ("Log entry, top-down camera. Moving car: lower right corner at the start, upper right corner next, upper left "
     "corner at the end.",
     "car", BR_TR_TL),
    ("Your attention please. Viewed from above, a moving car travels from the bottom left corner to the bottom right "
     "corner and then to the top right corner.",
     "car", BL_BR_TR),
    ("Site diary. Plan view, straight down: a moving car in the lower left corner first, then the upper left corner, "
     "finally the upper right corner.",
     "car", BL_TL_TR),
    ("Incident sheet, overhead view. A lively cat starts in the lower right corner, moves to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Ladies and gentlemen, seen from directly above: a lively cat begins in the lower right corner, moves to the "
     "upper right corner, and ends in the upper left corner.",
     "cat", BR_TR_TL),
    ("Site diary, Monday. Plan view from above. A lively cat went from the lower left corner to the lower right "
     "corner, then on to the upper right corner.",
     "cat", BL_BR_TR),
    ("Security log, camera looking straight down. Lively cat: lower left corner, then upper left corner, then upper "
     "right corner.",
     "cat", BL_TL_TR),
    ("May I have your attention. From straight overhead, a lively cat moves from the bottom right corner to the "
     "bottom left corner, and then to the top left corner.",
     "cat", BR_BL_TL),
    ("Site diary. Plan view, top-down. Start of clip: a lively cat in the lower right corner. Midway: upper right "
     "corner. End: upper left corner.",
     "cat", BR_TR_TL),
    ("Incident sheet, overhead camera. A flying bird starts in the lower left corner, flies to the lower right "
     "corner, and then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Ladies and gentlemen, this view is from directly above. Please follow the flying bird from the lower left "
     "corner to the upper left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Site diary, Tuesday. Plan view looking down. A flying bird: first in the lower right corner, next in the lower "
     "left corner, last in the upper left corner.",
     "bird", BR_BL_TL),
    ("Log entry, top-down camera. A flying bird moves from the lower right corner to the upper right corner, then on "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("Your attention, please. Seen from above, a flying bird starts in the bottom left corner, flies to the bottom "
     "right corner, and ends in the top right corner.",
     "bird", BL_BR_TR),
    ("Site diary. From straight overhead: a flying bird in the lower left corner, then the upper left corner, and "
     "finally the upper right corner.",
     "bird", BL_TL_TR),
    ("Incident sheet, camera looking straight down. A moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Ladies and gentlemen, viewed from directly above: a moving ball starts in the lower right corner, rolls to the "
     "upper right corner, and stops in the upper left corner.",
     "ball", BR_TR_TL),
    ("Site diary, Wednesday. Plan view from above. Start: a moving ball in the lower left corner. Middle: lower right "
     "corner. End: upper right corner.",
     "ball", BL_BR_TR),
    ("Security log, overhead view. Moving ball: lower left corner at the start, upper left corner next, upper right "
     "corner at the end.",
     "ball", BL_TL_TR),
    ("May I have your attention. From overhead, a moving ball goes from the bottom right corner to the bottom left "
     "corner, then to the top left corner.",
     "ball", BR_BL_TL),
    ("Site diary. Plan view, straight down. A moving ball rolled from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Incident sheet, top-down camera. A walking dog starts in the lower left corner, walks to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Ladies and gentlemen, seen from directly above: a walking dog starts in the lower left corner, walks up to the "
     "upper left corner, then across to the upper right corner.",
     "dog", BL_TL_TR),
    ("Site diary, Thursday. Plan view from above. A walking dog: lower right corner first, then the lower left "
     "corner, then the upper left corner.",
     "dog", BR_BL_TL),
    ("Log entry, overhead camera. Walking dog moves from the lower right corner to the upper right corner and ends in "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("Your attention, please. From straight above, a walking dog goes from the bottom left corner to the bottom right "
     "corner, and then to the top right corner.",
     "dog", BL_BR_TR),
    ("Site diary. Plan view, looking down. Start: a walking dog in the lower left corner. Midway: the upper left "
     "corner. End: the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
