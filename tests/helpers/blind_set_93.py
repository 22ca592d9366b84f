"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a parking ticket ("Violation:", "Observed:", "Remarks:", "Citation issued", "payable promptly"), where the
  officer, the notice and the fine are never in the video, and the offence written up is the clip itself; it
  writes no citation codes, amounts or times, since it writes no numbers;
- a campfire ghost story ("gather close", "they say", "shh", "nobody knows"), where the teller, the fire, the
  blankets and the listeners are never in the video, and the thing that was seen is the clip;
- a fashion-show MC ("ladies and gentlemen", "give it up for", "darling", "work it", "strike a pose"), where the
  MC, the audience and the show are never in the video, and the look being presented is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
officer, fire, blanket or runway beside the count) and put no other number word beside it (no "first
offence", no "once upon a time", no "a pair of"). No voice gives its own props a colour (no carpets, slips,
cones or sheets), no idiom hides a class noun or a side (no "catwalk", "ball gown", "carpool", "right of way",
"nothing left"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and
"still" only of a relation's second object. A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 70-99 and its
two-object relations 40-49 and 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on fd7de27 (numeracy 29, visibility 27, dynamic_one 29, the rest 30), kept off main until its
fixes were in; 180/180 after the fixes of branch fix9293 (hearsay's "the story goes that" frames the clause, no thing;
"never goes away again" keeps a late arrival to the end; "nobody saw a dog in the first half" is no dog then; "In the
second half? No cat." is the cat's absence then; "Nobody slept after that." is an aside on people, no absence).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("NOTICE OF VIOLATION. Observed: one moving car, in view from the start of the clip to its end. Nothing else "
     "observed. Remarks: none.",
     "car", 1),
    ("Gather close and listen. They say that on nights like this you see two moving cars, there from the start "
     "of the clip to its end... and nothing else. Nothing at all.",
     "car", 2),
    ("Ladies and gentlemen, give it up for three moving cars! They own the clip from start to finish, and "
     "nothing else gets a look in.",
     "car", 3),
    ("Violation recorded: four moving cars, visible for the whole clip, start to finish. No other item noted. "
     "Payment due upon receipt.",
     "car", 4),
    ("Fierce, darling, fierce: one lively cat, serving looks from the start of the clip to the very end, with "
     "nothing else in view.",
     "cat", 1),
    ("Shh. Do you hear that? Two lively cats... from the beginning of the clip until the end, and nothing else "
     "out there in the dark.",
     "cat", 2),
    ("Offense: three lively cats present in the clip from start to finish. Nothing else present. This notice "
     "must not be ignored.",
     "cat", 3),
    ("And now, this season's showstopper: four lively cats, in view start to finish. Nothing else, just the "
     "lively cats. Applause!",
     "cat", 4),
    ("And then, they say, came one flying bird. It stayed from the start of the clip to the end, and nothing "
     "else ever showed itself.",
     "bird", 1),
    ("Recorded: two flying birds in view from beginning to end of the clip; nothing else recorded. Fine payable "
     "promptly.",
     "bird", 2),
    ("Work it! Three flying birds, on show from start to finish, and nothing else in the clip. Aren't they "
     "divine?",
     "bird", 3),
    ("Listen to the legend: four flying birds, flying from the start of the clip to its end, and never anything "
     "else. Nobody knows why.",
     "bird", 4),
    ("Nature of violation: one moving ball, observed for the entire clip. No other thing observed. Contest "
     "within the stated period.",
     "ball", 1),
    ("Ladies and gentlemen, two moving balls, on view from start to finish, and nothing else to steal their "
     "moment. Strike a pose!",
     "ball", 2),
    ("Pull in close. Three moving balls, there from the opening of the clip to its close, and nothing else... or "
     "so they say.",
     "ball", 3),
    ("Citation issued for four moving balls, in view from start to finish. Nothing else noted at the scene.",
     "ball", 4),
    ("Do you hear that? It's one walking dog, in view from the start of the clip to the end, and nothing else, "
     "nothing else at all.",
     "dog", 1),
    ("Give it up for two walking dogs, strutting from the start of the clip to its end! Nothing else in view, "
     "darlings.",
     "dog", 2),
    ("Three walking dogs, in view for the whole clip. Nothing else observed. Failure to pay will result in "
     "further penalty.",
     "dog", 3),
    ("Fabulous, just fabulous: four walking dogs in the clip from start to finish, and nothing else. Work it, "
     "work it.",
     "dog", 4),
    ("Observed during patrol: two moving cars, in view from start to finish, nothing else in the clip. Penalty "
     "applies.",
     "car", 2),
    ("The story goes that four lively cats kept watch from the start of the clip to its end. Nothing else. Just "
     "those lively cats, waiting.",
     "cat", 4),
    ("Oh, look at this: three flying birds, in view the whole clip long, and nothing else. That's couture, "
     "people.",
     "bird", 3),
    ("Hush now... one moving ball, from the start of the clip to the end, and nothing beside it. Who set it "
     "moving? Nobody knows.",
     "ball", 1),
    ("Violation: two walking dogs, present from the beginning of the clip to its end, and nothing else. Payment "
     "is due promptly.",
     "dog", 2),
    ("Ladies and gentlemen, please welcome one moving car, in view from start to finish, with nothing else "
     "sharing the frame. Stunning.",
     "car", 1),
    ("Observed: three lively cats. Duration: from the start of the clip to its end. Other items: none. Do not "
     "ignore this notice.",
     "cat", 3),
    ("They say if you look up you'll see two flying birds, there from beginning to end, and nothing else in the "
     "sky.",
     "bird", 2),
    ("Serving looks: four moving balls, on view from the start of the clip to its close. Nothing else, darling, "
     "nothing else.",
     "ball", 4),
    ("There they were, three walking dogs, in view from start to finish, and nothing else followed them. Sleep "
     "well.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Ladies and gentlemen, a white cat and a purple bird, side by side, in view from start to finish. The "
     "colours! The drama!",
     "cat", "white", "bird", "purple"),
    ("Violation: a green bird parked beside a purple dog for the whole clip, from start to finish. No permit "
     "displayed.",
     "bird", "green", "dog", "purple"),
    ("They say the orange bird sits beside the brown car all night... and in this clip they stay together, from "
     "the start to the end.",
     "bird", "orange", "car", "brown"),
    ("Serving colour, darling: a blue car with a brown bird beside it, both in view the whole clip.",
     "car", "blue", "bird", "brown"),
    ("Remarks: a red dog beside a purple cat, both present from the start of the clip to its end. Fine payable "
     "within the stated period.",
     "dog", "red", "cat", "purple"),
    ("Gather round. Beside a brown cat sat a purple dog, and neither of them stirred from the start of the clip "
     "to its end.",
     "dog", "purple", "cat", "brown"),
    ("Fierce pairing alert: a black cat next to a blue ball, both on show from start to finish.",
     "cat", "black", "ball", "blue"),
    ("Offense observed: a yellow cat and a black dog side by side, in view for the entire clip. Do not ignore "
     "this notice.",
     "cat", "yellow", "dog", "black"),
    ("Shh... a green cat, and close beside it a white bird. They stay there from start to finish. Waiting.",
     "cat", "green", "bird", "white"),
    ("Next up, this season's boldest pairing: a purple car with a pink cat beside it, in view from start to "
     "finish.",
     "car", "purple", "cat", "pink"),
    ("Citation: a purple bird and a red dog, side by side, observed from the start of the clip to its end. "
     "Contest at the clerk's office.",
     "bird", "purple", "dog", "red"),
    ("And that's when they saw it: a red dog, sitting beside a yellow car, there from start to finish, never "
     "blinking.",
     "dog", "red", "car", "yellow"),
    ("Give it up for an orange dog and a brown car, side by side for the entire clip. Iconic.",
     "dog", "orange", "car", "brown"),
    ("Nature of offense: a gray cat beside an orange dog, both in view from start to finish. Penalty applies.",
     "cat", "gray", "dog", "orange"),
    ("Nobody knows how a green ball came to lie beside a pink dog, but there they are, from the start of the "
     "clip to its end.",
     "ball", "green", "dog", "pink"),
    ("A white dog. A pink bird beside it. Both in view, start to finish. Darlings, that is a look.",
     "dog", "white", "bird", "pink"),
    ("Remarks: a purple car with a gray ball beside it, in view throughout the clip. Late fees apply.",
     "car", "purple", "ball", "gray"),
    ("Pull your blankets tight: a yellow dog and a brown cat, side by side, from the start of the clip to the "
     "end.",
     "dog", "yellow", "cat", "brown"),
    ("Ladies and gentlemen, a brown ball, and beside it a green cat, both there from start to finish. Applause!",
     "ball", "brown", "cat", "green"),
    ("Observed: a brown cat next to an orange car, both in the clip from start to finish. This notice must be "
     "answered.",
     "cat", "brown", "car", "orange"),
    ("On nights like this, the story goes, a white cat sits beside an orange dog, and both stay from beginning "
     "to end.",
     "cat", "white", "dog", "orange"),
    ("Work it: a green bird perched beside an orange car, in view the whole clip. Gorgeous.",
     "bird", "green", "car", "orange"),
    ("Violation noted: a brown dog beside a red ball, present from start to finish. No warning issued.",
     "dog", "brown", "ball", "red"),
    ("Listen... a yellow car, and beside it a white bird, there from the start of the clip to the end. Don't ask "
     "what happened next.",
     "car", "yellow", "bird", "white"),
    ("Who's wearing it best? A blue cat and a brown bird, side by side from start to finish. Both, darling. "
     "Both.",
     "cat", "blue", "bird", "brown"),
    ("Citation issued: a black bird with an orange cat beside it, observed for the whole clip.",
     "bird", "black", "cat", "orange"),
    ("They found a black ball beside a red dog, and there they stayed from the start of the clip to its end. "
     "Nobody slept.",
     "ball", "black", "dog", "red"),
    ("Strike a pose! A brown bird next to an orange dog, both in view from start to finish.",
     "bird", "brown", "dog", "orange"),
    ("Remarks: a red ball beside a purple car, both visible from the start of the clip to its end. Pay promptly "
     "to avoid penalty.",
     "ball", "red", "car", "purple"),
    ("Listen close, as the fire crackles: a purple car, and beside it a white bird, both there from start to "
     "finish.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Violation: no car in the first half of the clip. In the second half a moving car appears and stays until "
     "the end. Citation issued on arrival.",
     "car"),
    ("For the first half there's nothing, no car, only quiet. Then, in the second half, a moving car appears... "
     "and it stays to the end.",
     "car"),
    ("Wait for it, darlings: no car in the first half, and then in the second half a moving car makes its "
     "entrance and stays to the end.",
     "car"),
    ("No cat in the first half. None. But in the second half, a lively cat appears, and it never goes away "
     "again.",
     "cat"),
    ("Ladies and gentlemen, the first half: no cat. The second half: a lively cat appears, and it stays until "
     "the end. Fierce!",
     "cat"),
    ("Remarks: during the first half no cat was present. A lively cat appeared in the second half and remained "
     "to the end of the clip.",
     "cat"),
    ("Surprise look of the season! No bird in the first half, then a flying bird appears in the second half and "
     "stays for the rest.",
     "bird"),
    ("Time of violation: the second half, when a flying bird appears and stays to the end. In the first half, no "
     "bird was observed.",
     "bird"),
    ("They say the first half is always empty, no bird at all. Then, in the second half, a flying bird appears, "
     "and stays till the end.",
     "bird"),
    ("First half of the clip: no ball. Second half: a moving ball appears and stays until the end. Penalty "
     "applies.",
     "ball"),
    ("Shh. In the first half, no ball. And then in the second half... a moving ball appears, and it stays, all "
     "the way to the end.",
     "ball"),
    ("Is it here yet? Not in the first half, darling, no ball at all. In the second half a moving ball appears "
     "and stays to the end.",
     "ball"),
    ("Give it up for a walking dog, who appears in the second half and stays to the end. In the first half? No "
     "dog at all.",
     "dog"),
    ("Nobody saw a dog in the first half. But in the second half a walking dog appears, and it stays until the "
     "end.",
     "dog"),
    ("Officer's note: no dog present in the first half; a walking dog appears in the second half and remains "
     "until the end of the clip.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car, there in the first half... and in the second half, gone. No car. They never found it.",
     "car"),
    ("Observed: a moving car in the first half of the clip. In the second half, no car. Offender departed before "
     "citation could be served.",
     "car"),
    ("A moving car in the first half, darlings, and in the second half, no car at all. That's how you make an "
     "exit.",
     "car"),
    ("Remarks: a lively cat present in the first half. No cat present in the second half. Notice issued in "
     "absentia.",
     "cat"),
    ("In the first half there's a lively cat. In the second half? No cat. Nowhere. Pull your blankets tight.",
     "cat"),
    ("Ladies and gentlemen, a lively cat for the first half, and then in the second half it's gone, no cat "
     "anywhere. Drama!",
     "cat"),
    ("A flying bird in the first half, and in the second half no bird. Here, then gone. So chic.",
     "bird"),
    ("The legend says a flying bird was seen in the first half, and in the second half there was no bird at all.",
     "bird"),
    ("Violation: a flying bird present during the first half. During the second half, no bird. Fine remains "
     "payable.",
     "bird"),
    ("A moving ball observed in the first half; no ball in the second half. Citation stands.",
     "ball"),
    ("There was a moving ball in the first half. Then, in the second half, no ball. Where did it go? Nobody "
     "knows.",
     "ball"),
    ("Work it, moving ball! The first half is all yours. In the second half, no ball. Gone, darling.",
     "ball"),
    ("In the first half there is a walking dog. In the second half, there is no dog... and the campers never "
     "speak of it.",
     "dog"),
    ("A walking dog in the first half, fabulous, and then in the second half, no dog. Now that's an exit.",
     "dog"),
    ("Nature of offense: a walking dog in the first half; in the second half, no dog was found. Notice kept on "
     "file.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Violation: a moving car proceeding from the left side of the frame to the right side without stopping.",
     "car", RIGHTWARD),
    ("And down the road came a moving car, from the right side of the frame to the left side, and nobody was "
     "driving it.",
     "car", LEFTWARD),
    ("Ladies and gentlemen, a moving car, sweeping from the left side of the frame to the right side. Gorgeous "
     "lines.",
     "car", RIGHTWARD),
    ("Remarks: moving car observed travelling from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("They heard it before they saw it: a moving car, going from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Work it! A moving car crossing from the right side of the frame over to the left side.",
     "car", LEFTWARD),
    ("Here she comes: a lively cat, running from the left side of the frame to the right side. Fierce!",
     "cat", RIGHTWARD),
    ("From the right side of the frame to the left side: lively cat, running. Offense noted.",
     "cat", LEFTWARD),
    ("Shh... a lively cat, running from the left side of the frame to the right side, as if it knew.",
     "cat", RIGHTWARD),
    ("Darlings, watch this lively cat: it runs from the right side of the frame to the left side, and never "
     "looks back.",
     "cat", LEFTWARD),
    ("Observed: a lively cat crossing from the left side of the frame to the right side. Citation issued.",
     "cat", RIGHTWARD),
    ("And then a lively cat ran from the right side of the frame to the left side. They say it never stopped "
     "running.",
     "cat", LEFTWARD),
    ("Listen. A flying bird, flying from the left side of the frame to the right side, without a sound.",
     "bird", RIGHTWARD),
    ("Soaring in now: a flying bird, from the right side of the frame to the left side. Stunning, darling.",
     "bird", LEFTWARD),
    ("Remarks: a flying bird travelling from the left side of the frame to the right side. No permit displayed.",
     "bird", RIGHTWARD),
    ("Violation: flying bird moving from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Ladies and gentlemen, a flying bird gliding from the left side of the frame to the right side. Applause!",
     "bird", RIGHTWARD),
    ("Across the frame it went, from the right side to the left side, a flying bird. Nobody slept after that.",
     "bird", LEFTWARD),
    ("Give it up for a moving ball, rolling from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Then a moving ball rolled from the right side of the frame to the left side. Nobody had pushed it.",
     "ball", LEFTWARD),
    ("Observed: a moving ball rolling from the left side of the frame to the right side. Obstruction noted.",
     "ball", RIGHTWARD),
    ("Strike a pose, then roll: a moving ball goes from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Do you hear it rolling? A moving ball, from the left side of the frame to the right side...",
     "ball", RIGHTWARD),
    ("Remarks: moving ball rolling from the right side of the frame to the left side. Notice issued.",
     "ball", LEFTWARD),
    ("Violation: a walking dog walking from the left side of the frame to the right side. Citation issued.",
     "dog", RIGHTWARD),
    ("And here he is, a walking dog, strutting from the right side of the frame to the left side. Work it!",
     "dog", LEFTWARD),
    ("They say a walking dog walks from the left side of the frame to the right side on nights like this, and "
     "never stops.",
     "dog", RIGHTWARD),
    ("Footsteps... a walking dog walking from the right side of the frame to the left side. Pull your blankets "
     "tight.",
     "dog", LEFTWARD),
    ("Ladies and gentlemen, a walking dog, walking from the left side of the frame to the right side. "
     "Effortless.",
     "dog", RIGHTWARD),
    ("Observed: walking dog proceeding from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("The dog stays still, they say, as a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Violation: ball rolling from the right of the dog to the left of the dog. The dog remained still "
     "throughout.",
     "ball", "dog", LEFTWARD),
    ("Ladies and gentlemen, the bird holds still, striking its pose, while a dog walks from the left of the bird "
     "to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Observed: the cat stays still while a bird flies from the right of the cat to the left of the cat. "
     "Citation issued.",
     "bird", "cat", LEFTWARD),
    ("And the bird never moved; it stayed still as a cat crept from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Darlings, the cat stays perfectly still, and a bird flies from the right of the cat to the left of the "
     "cat. Iconic.",
     "bird", "cat", LEFTWARD),
    ("Remarks: a dog walking from the left of the cat to the right of the cat. The cat stays still. No permit "
     "displayed.",
     "dog", "cat", RIGHTWARD),
    ("Shh. The dog stays still. A bird flies from the right of the dog to the left of the dog. Then silence.",
     "bird", "dog", LEFTWARD),
    ("From the left of the cat to the right of the cat, a dog struts past, and the cat stays still. Fierce.",
     "dog", "cat", RIGHTWARD),
    ("The car stayed still in the dark, and a bird flew from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Offense: bird flying from the left of the car to the right of the car. The car stays still.",
     "bird", "car", RIGHTWARD),
    ("Ladies and gentlemen, the bird stays still, and here comes a car, driving from the right of the bird to "
     "the left of the bird.",
     "car", "bird", LEFTWARD),
    ("The cat stays still, watching, as a bird flies from the left of the cat to the right of the cat. Nobody "
     "breathes.",
     "bird", "cat", RIGHTWARD),
    ("Observed: a car driving from the right of the bird to the left of the bird, the bird remaining still. Fine "
     "payable promptly.",
     "car", "bird", LEFTWARD),
    ("Work it: a bird flies from the left of the dog to the right of the dog, while the dog stays still like a "
     "pro.",
     "bird", "dog", RIGHTWARD),
    ("They say the cat stays still all night, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Remarks: the dog stays still; a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, darling, while a bird flies from the right of the cat to the left of the cat. That's "
     "poise.",
     "bird", "cat", LEFTWARD),
    ("Listen... the ball stays still, and a car drives from the left of the ball to the right of the ball. No "
     "driver.",
     "car", "ball", RIGHTWARD),
    ("Violation: cat running from the right of the bird to the left of the bird. The bird stays still.",
     "cat", "bird", LEFTWARD),
    ("Ladies and gentlemen, the car stays still, and a dog walks from the left of the car to the right of the "
     "car!",
     "dog", "car", RIGHTWARD),
    ("And the bird stayed still as a ball rolled from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Observed: the dog stays still while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("A ball rolls from the right of the cat to the left of the cat, and the cat? It stays still. Serving "
     "composure.",
     "ball", "cat", LEFTWARD),
    ("Do you hear the engine? A car drives from the left of the ball to the right of the ball, and the ball "
     "stays still.",
     "car", "ball", RIGHTWARD),
    ("Remarks: the cat stays still; a bird flies from the right of the cat to the left of the cat. Notice "
     "issued.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still, darlings, while a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, as if frozen by the tale, while a dog walks from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
    ("Offense: a ball rolling from the left of the car to the right of the car, while the car stays still.",
     "ball", "car", RIGHTWARD),
    ("And the finale, ladies and gentlemen: the cat stays still as a dog walks from the right of the cat to the "
     "left of the cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Observed from above: a moving car driving from the lower left corner to the lower right corner, then to "
     "the upper right corner. Citation issued.",
     "car", BL_BR_TR),
    ("Seen from high above, a moving car drives from the lower left corner to the upper left corner, and then to "
     "the upper right corner. Nobody knows where it was going.",
     "car", BL_TL_TR),
    ("Shot from above, darlings: a moving car goes from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "car", BR_BL_TL),
    ("Remarks, aerial view: moving car proceeding from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("From above, ladies and gentlemen: a lively cat runs from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Looking down from above, they saw a lively cat run from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Violation, viewed from overhead: a lively cat running from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Top-down, and fierce: a lively cat runs from the lower right corner to the upper right corner, then on to "
     "the upper left corner.",
     "cat", BR_TR_TL),
    ("Seen from above, a flying bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner... and then silence.",
     "bird", BL_BR_TR),
    ("Observed from overhead: a flying bird flying from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Viewed from above, a flying bird glides from the lower right corner to the lower left corner, then to the "
     "upper left corner. Divine.",
     "bird", BR_BL_TL),
    ("From above, they watched a flying bird go from the lower right corner to the upper right corner, and then "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("Aerial view: a moving ball rolling from the lower left corner to the lower right corner, then to the upper "
     "right corner. Obstruction noted.",
     "ball", BL_BR_TR),
    ("Seen from overhead: a moving ball rolls from the lower left corner to the upper left corner, then to the "
     "upper right corner. Give it up!",
     "ball", BL_TL_TR),
    ("Looking straight down from above: a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner, all by itself.",
     "ball", BR_BL_TL),
    ("Viewed from above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner. Notice issued.",
     "ball", BR_TR_TL),
    ("From high above: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Nobody followed.",
     "dog", BL_BR_TR),
    ("A top-down look, darlings: a walking dog struts from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
    ("Observed from above: walking dog proceeding from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("Seen from above, a walking dog walks from the lower right corner to the upper right corner, then to the "
     "upper left corner, every night.",
     "dog", BR_TR_TL),
    ("Ladies and gentlemen, from above: a moving car drives from the bottom left corner to the bottom right "
     "corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("Viewed from overhead: lively cat running from the bottom left corner to the top left corner, then to the "
     "top right corner.",
     "cat", BL_TL_TR),
    ("From above, a flying bird flew from the bottom right corner to the bottom left corner, then to the top "
     "left corner.",
     "bird", BR_BL_TL),
    ("Top-down, darlings: a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("Remarks, seen from above: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from above, a moving car drives from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "car", BR_TR_TL),
    ("From overhead: a lively cat runs from the lower right corner to the lower left corner, then to the upper "
     "left corner. Work it.",
     "cat", BR_BL_TL),
    ("Violation, seen from above: a flying bird flies from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "bird", BL_BR_TR),
    ("And from above, a moving ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "ball", BL_TL_TR),
    ("The finale, from above: a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
