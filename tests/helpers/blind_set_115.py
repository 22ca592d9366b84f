"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Test-match commentator on the radio ("listeners", "lovely stuff", "would you believe", "out there"),
  where the commentator, the listeners, the crowd and the pavilion are never in the video, and the play he
  describes is the clip; he never calls a boundary by its count, never says "half-volley", "left-arm",
  "leg side" or "still batting", and gives his sport's props no colour (no whites, no red or pink ball);
- an insurance claim form filled in by the claimant ("Description of incident:", "Nature of loss: none",
  "Claimant's account", "I confirm this is accurate"), where the claimant, the form and the insurer are
  never in the video, and the incident described is the clip; the form carries no policy, section or
  item numbers, since it writes no numbers;
- a choose-your-own-adventure gamebook ("You", "Do you ...?", "If you dare, read on", "test your luck",
  "The choice is yours"), where the reader addressed as "you" is never in the video, and the scene the
  section sets is the clip; it never sends the reader to a numbered page or rolls a counted die, and it
  never tells the reader to "turn left" or "go right".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
crowd, claimant or hiding place beside the count) and put no other number word beside it (no "first
innings", no "both", no "the one"). No voice gives its own props a colour or a count word, no idiom hides a
class noun or a side (no "cricket ball", "duck", "right away" or "left behind"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 40-69 and its two-object relations 40-49 and
0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 178/180 on 1e49ca2 (dynamic_one 29, sequential 29, the rest 30), and the same 178/180 on
873590d, after every fix of the session before for sets 111, 114, 117 and 118 and its known misreadings (none carried
over): held back in UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a particle of setting off
set apart by a comma from its route, "rolls away, A to B", starts that route and goes out of view nowhere; a closing
question bidding the listener follow the thing, "Follow it?", adds no step to its route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Welcome back, listeners. Well, there's one moving car to describe for you, and it's in view from the opening of "
     "the clip to its close. Nothing else to report. Lovely stuff.",
     "car", 1),
    ("Description of incident: two moving cars, visible from the start of the clip to the end. Nothing else is shown. "
     "I declare this account true.",
     "car", 2),
    ("You hold your breath and watch: three moving cars, there from start to finish, and nothing else. What will you "
     "do?",
     "car", 3),
    ("Oh, and would you believe it: four moving cars, in view the whole clip long, and not another thing out there. "
     "Remarkable, quite remarkable.",
     "car", 4),
    ("Nature of claim: the footage shows one lively cat, from the start to the finish, and nothing else. No damage "
     "whatsoever.",
     "cat", 1),
    ("Before you, for the whole clip, are two lively cats, and nothing else at all. Do you approach them? Choose "
     "wisely.",
     "cat", 2),
    ("Three lively cats out there now, and they've been in view since the start of the clip and will be until the "
     "end. Nothing else in the picture. Marvellous.",
     "cat", 3),
    ("Claimant's account: four lively cats, seen from beginning to end. Nothing else appears in the footage. I "
     "confirm this is accurate.",
     "cat", 4),
    ("Your adventure begins here. One flying bird, in sight from start to finish, and nothing else around. Will you "
     "follow it?",
     "bird", 1),
    ("Two flying birds, listeners, just drifting about, and they're with us from start to finish. Nothing else to "
     "speak of.",
     "bird", 2),
    ("What did you see? Three flying birds, present throughout the clip from start to finish. Nothing else. Statement "
     "ends.",
     "bird", 3),
    ("Four flying birds circle from start to finish; nothing else stirs. Do you stay, or do you flee?",
     "bird", 4),
    ("And here we are: one moving ball, and that's all, from the start of the clip to its finish. Nothing else. Quite "
     "the spectacle.",
     "ball", 1),
    ("Description of loss: none. The clip shows two moving balls from start to end, and nothing else. Submitted in "
     "good faith.",
     "ball", 2),
    ("Three moving balls roll before you, from start to finish, and there is nothing else. If you try to catch them, "
     "test your luck.",
     "ball", 3),
    ("Four moving balls! I've never seen the like, listeners. In view from start to finish, and nothing else out "
     "there at all.",
     "ball", 4),
    ("Incident details: one walking dog, visible for the entire clip, and nothing else. No injuries reported.",
     "dog", 1),
    ("You have found two walking dogs. They stay in view from start to finish, and nothing else shows itself. Do you "
     "whistle to them?",
     "dog", 2),
    ("Three walking dogs, ambling along as they please, in view from start to finish. Nothing else. You don't see "
     "that every day.",
     "dog", 3),
    ("Please describe what occurred: four walking dogs, seen from start to finish, and nothing else at all. Declared "
     "true.",
     "dog", 4),
    ("One moving car, and only that, from the start to the end. Nothing else is there. Which way will you go?",
     "car", 1),
    ("Two lively cats, would you believe, and they're in view from start to finish. Nothing else out there. "
     "Delightful.",
     "cat", 2),
    ("Account of events: one flying bird, throughout the clip, start to finish. Nothing else was seen. End of "
     "statement.",
     "bird", 1),
    ("Four moving balls, from start to finish, and nothing else. Count them carefully, for your fate depends on it.",
     "ball", 4),
    ("Nothing else out there, listeners, just one walking dog, from start to finish. Glorious.",
     "dog", 1),
    ("Circumstances: three moving cars, in view from the start of the clip to its end. Nothing else is involved.",
     "car", 3),
    ("Four lively cats, there from start to finish, and nothing else. If you would pet them, read on; if not, go back.",
     "cat", 4),
    ("Three flying birds, and they've been with us from start to finish. Nothing else in view. Splendid.",
     "bird", 3),
    ("Brief description: one moving ball, in view from start to finish; nothing else. I have nothing further to add.",
     "ball", 1),
    ("Two walking dogs, from beginning to end, and nothing else. Will you follow them? The choice is yours.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Lovely picture out there: a green dog and a blue car beside it, both in view from start to finish. Wonderful.",
     "dog", "green", "car", "blue"),
    ("Description of incident: a black cat sat beside a brown ball for the whole clip. No damage to either.",
     "cat", "black", "ball", "brown"),
    ("Before you stands a purple car, and next to it sits a red cat. Both remain from start to finish. Do you "
     "approach?",
     "car", "purple", "cat", "red"),
    ("A gray dog, listeners, and alongside it a brown cat, and neither of them moving off all clip long. Lovely.",
     "dog", "gray", "cat", "brown"),
    ("Claimant's account: a black car and a brown dog next to it, visible for the whole clip.",
     "car", "black", "dog", "brown"),
    ("A yellow ball lies on the ground, and beside it sits a pink dog. Both are there from start to finish. Will you "
     "pick up the ball?",
     "ball", "yellow", "dog", "pink"),
    ("Now then, a gray cat beside a white dog, and there they stay, start to finish. Quite the partnership.",
     "cat", "gray", "dog", "white"),
    ("Nature of loss: none. A yellow dog beside an orange car, both visible from start to end.",
     "dog", "yellow", "car", "orange"),
    ("A black bird perches beside a brown cat. They stay for the whole clip. If you wish to shoo the bird, test your "
     "luck.",
     "bird", "black", "cat", "brown"),
    ("A white ball has come to rest beside a red car, and they sit together from start to finish. Oh, lovely.",
     "ball", "white", "car", "red"),
    ("Details: a white ball next to a black cat, seen from the beginning of the clip to the end.",
     "ball", "white", "cat", "black"),
    ("You see a yellow cat, and beside it a pink ball. Both remain the whole clip. Do you step closer?",
     "cat", "yellow", "ball", "pink"),
    ("A black car, and perched next to it an orange bird, in view all clip. Delightful, delightful.",
     "car", "black", "bird", "orange"),
    ("Please describe the scene: an orange ball beside a brown car, both present from start to finish.",
     "ball", "orange", "car", "brown"),
    ("A gray bird and a green cat, side by side, from start to finish. If you trust them, read on.",
     "bird", "gray", "cat", "green"),
    ("There's a blue car out there, listeners, with a red cat beside it, and both with us from start to finish.",
     "car", "blue", "cat", "red"),
    ("What happened: nothing. A white ball sat beside a black car throughout the clip. The claimant signs and "
     "declares.",
     "ball", "white", "car", "black"),
    ("A green bird stands beside a white ball, from start to finish. Do you reach for the ball, or leave it?",
     "bird", "green", "ball", "white"),
    ("A blue ball, listeners, and next to it a yellow dog, both in view start to finish. The dog seems perfectly "
     "content.",
     "ball", "blue", "dog", "yellow"),
    ("Account: a yellow bird beside a blue ball, both seen for the full clip. No injuries.",
     "bird", "yellow", "ball", "blue"),
    ("A brown bird and a black ball beside it wait before you, the whole clip through. What will you do?",
     "bird", "brown", "ball", "black"),
    ("A brown bird sitting beside a blue cat, would you believe, and they stay put from start to finish. "
     "Extraordinary.",
     "bird", "brown", "cat", "blue"),
    ("Description of incident: a blue bird alongside a red car, both visible from start to finish. Nothing damaged.",
     "bird", "blue", "car", "red"),
    ("A purple ball rests beside a pink cat, from start to finish. If you wish to play, read on.",
     "ball", "purple", "cat", "pink"),
    ("A yellow dog and a red cat next to it, listeners, and both with us the whole clip. Splendid stuff.",
     "dog", "yellow", "cat", "red"),
    ("Claimant's statement: a green bird beside a yellow dog, in view for the whole clip. I confirm this is true.",
     "bird", "green", "dog", "yellow"),
    ("A gray car, and beside it a red cat, from start to finish. Do you wake the cat, or let it be?",
     "car", "gray", "cat", "red"),
    ("A red bird, listeners, beside a black cat, and they're there from start to finish. I'd keep an eye on that cat.",
     "bird", "red", "cat", "black"),
    ("Particulars: a white bird next to an orange cat, present from start to end.",
     "bird", "white", "cat", "orange"),
    ("A green bird beside a black ball, both there from start to finish. Make your choice.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("No car out there in the first half, listeners, but in the second half a moving car appears, and it stays till "
     "the end. Well, well.",
     "car"),
    ("Description: during the first half there was no car. In the second half a moving car appeared and remained "
     "until the end.",
     "car"),
    ("The first half: no car. Then, in the second half, a moving car appears and stays to the end. Will you hail it?",
     "car"),
    ("A quiet first half, no cat to be seen, and then, oh, in the second half a lively cat appears and stays through "
     "to the end.",
     "cat"),
    ("Was a cat present in the first half? No. In the second half a lively cat appeared and stayed to the end.",
     "cat"),
    ("In the first half there is no cat. In the second half a lively cat appears, and it stays until the end. If you "
     "greet it, read on.",
     "cat"),
    ("No bird in the first half, listeners. Then in the second half a flying bird appears, and it's with us till the "
     "end.",
     "bird"),
    ("Account of events: no bird in the first half of the clip; a flying bird appeared in the second half and "
     "remained until the end.",
     "bird"),
    ("Nothing flies in the first half: no bird. In the second half a flying bird appears and stays to the end. Follow "
     "it?",
     "bird"),
    ("No ball in the first half, would you believe, and then in the second half a moving ball appears and stays to "
     "the end.",
     "ball"),
    ("Incident: in the first half, no ball. In the second half, a moving ball appeared and did not leave before the "
     "end.",
     "ball"),
    ("You wait through the first half; there is no ball. In the second half a moving ball appears and stays until the "
     "end.",
     "ball"),
    ("No dog out there in the first half, but in the second half a walking dog appears and stays till the end. "
     "Marvellous.",
     "dog"),
    ("Claimant's account: there was no dog in the first half. In the second half a walking dog appeared and stayed to "
     "the end.",
     "dog"),
    ("The first half passes with no dog. In the second half a walking dog appears and stays to the end. Do you call "
     "to it?",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Description of loss: a moving car was present in the first half of the clip. In the second half it was gone; no "
     "car.",
     "car"),
    ("A moving car in the first half. In the second half, it is gone: no car. Do you give chase?",
     "car"),
    ("A moving car in the first half, listeners, and in the second half it's gone, no car at all. Where did it go?",
     "car"),
    ("A lively cat was seen in the first half. In the second half there was no cat. Whereabouts unknown.",
     "cat"),
    ("A lively cat in the first half; in the second half it has vanished, and there is no cat. Will you search for it?",
     "cat"),
    ("There's a lively cat in the first half, but in the second half, no cat anywhere. Gone, like a batting collapse.",
     "cat"),
    ("Nature of loss: a flying bird, seen in the first half, is absent in the second half. No bird remains.",
     "bird"),
    ("In the first half a flying bird; in the second half, no bird. Which way did it fly? The choice is yours.",
     "bird"),
    ("A flying bird in the first half, and then in the second half it's off, no bird to be seen. Lovely while it "
     "lasted.",
     "bird"),
    ("Claimant's account: a moving ball in the first half; in the second half no ball could be found.",
     "ball"),
    ("A moving ball in the first half. In the second half, no ball. If you wish to search, read on.",
     "ball"),
    ("And the moving ball's there in the first half, listeners, but in the second half? Gone. No ball anywhere.",
     "ball"),
    ("A walking dog was present during the first half. During the second half there was no dog.",
     "dog"),
    ("A walking dog trots along in the first half; in the second half it is gone, and there is no dog. Will you track "
     "it?",
     "dog"),
    ("A walking dog in the first half, listeners, and in the second half no dog at all. Gone back to the pavilion, I "
     "expect.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Just before tea, listeners, a moving car, from the left side of the frame across to the right side. Lovely "
     "line, that.",
     "car", RIGHTWARD),
    ("Description of incident: a moving car travelled from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A moving car roars from the left side of the frame to the right side. Do you leap aside?",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, a moving car, steady as you like.",
     "car", LEFTWARD),
    ("Direction of travel: left side of the frame to the right side. Vehicle: a moving car, at a reasonable speed.",
     "car", RIGHTWARD),
    ("A moving car rushes past, from the right side of the frame to the left side. Will you follow it?",
     "car", LEFTWARD),
    ("And off goes a lively cat, from the left side of the frame to the right side. Sharp running, that.",
     "cat", RIGHTWARD),
    ("To the insurer: a lively cat ran from the right side of the frame to the left side. No injuries, no claim for "
     "damage.",
     "cat", LEFTWARD),
    ("A lively cat darts from the left side of the frame to the right side. If you chase it, read on.",
     "cat", RIGHTWARD),
    ("A lively cat, right side of the frame to the left side, quick as you like.",
     "cat", LEFTWARD),
    ("Account: a lively cat crossed from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Across your path a lively cat runs, from the right side of the frame to the left side. Bad luck, or good?",
     "cat", LEFTWARD),
    ("A flying bird sweeping from the left side of the frame to the right side. Gorgeous.",
     "bird", RIGHTWARD),
    ("A flying bird flew from the right side of the frame to the left side. The claimant saw nothing else.",
     "bird", LEFTWARD),
    ("A flying bird crosses from the left side of the frame to the right side. Do you follow its flight?",
     "bird", RIGHTWARD),
    ("There goes a flying bird, listeners, from the right side of the frame over to the left side.",
     "bird", LEFTWARD),
    ("Details: a flying bird moved from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird soars from the right side of the frame to the left side. Where will it lead you? Note it on your "
     "Adventure Sheet.",
     "bird", LEFTWARD),
    ("A moving ball, rolling from the left side of the frame to the right side. Nobody chasing it.",
     "ball", RIGHTWARD),
    ("A moving ball rolled from the right side of the frame to the left side. I was unable to stop it.",
     "ball", LEFTWARD),
    ("A moving ball rolls from the left side of the frame to the right side. Will you give chase?",
     "ball", RIGHTWARD),
    ("And the moving ball rolls away, right side of the frame to the left side. Lovely.",
     "ball", LEFTWARD),
    ("Description: a moving ball rolled from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball trundles from the right side of the frame to the left side. Choose: follow it, or stay.",
     "ball", LEFTWARD),
    ("A walking dog, listeners, strolling from the left side of the frame to the right side. Takes his time.",
     "dog", RIGHTWARD),
    ("Policyholder's statement: a walking dog walked from the right side of the frame to the left side. It did not "
     "stop.",
     "dog", LEFTWARD),
    ("A walking dog pads from the left side of the frame to the right side. If you follow, read on.",
     "dog", RIGHTWARD),
    ("From the right side of the frame, a walking dog, across to the left side. Unhurried.",
     "dog", LEFTWARD),
    ("Incident: a walking dog walked from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog ambles from the right side of the frame to the left side. Do you call it back?",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("The umpire won't like this, listeners: the dog stays still out there, and a cat runs from the left of the dog "
     "to the right of the dog. Cheeky.",
     "cat", "dog", RIGHTWARD),
    ("Description of incident: the dog stayed still while a ball rolled from the right of the dog to the left of the "
     "dog.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still. A dog walks from the left of the bird to the right of the bird. Do you follow the dog?",
     "dog", "bird", RIGHTWARD),
    ("A bird flying from the right of the cat to the left of the cat, and the cat stays perfectly still. Wonderful "
     "composure.",
     "bird", "cat", LEFTWARD),
    ("Claimant's account: a cat ran from the left of the bird to the right of the bird. The bird stayed still "
     "throughout.",
     "cat", "bird", RIGHTWARD),
    ("The cat stays still as a bird flies from the right of the cat to the left of the cat. Will you warn the bird?",
     "bird", "cat", LEFTWARD),
    ("With the cat staying still, a dog walks from the left of the cat to the right of the cat. Not a flicker from "
     "the cat.",
     "dog", "cat", RIGHTWARD),
    ("Account of events: a bird flew from the right of the dog to the left of the dog. The dog stayed still.",
     "bird", "dog", LEFTWARD),
    ("The cat stays still; a dog walks from the left of the cat to the right of the cat. If you wish to follow the "
     "dog, read on.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still, and a bird flies from the right of the car to the left of the car. Lovely flight.",
     "bird", "car", LEFTWARD),
    ("Nature of incident: a bird flew from the left of the car to the right of the car. The car stayed still and was "
     "not damaged.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still while a car drives from the right of the bird to the left of the bird. Do you flag the car "
     "down?",
     "car", "bird", LEFTWARD),
    ("A bird now, listeners, from the left of the cat to the right of the cat, and the cat stays still, watching it "
     "all the way.",
     "bird", "cat", RIGHTWARD),
    ("Account: the bird stayed still. A car drove from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("A bird flies from the left of the dog to the right of the dog, and the dog stays still. What will you do?",
     "bird", "dog", RIGHTWARD),
    ("And the cat stays still as a dog walks from the right of the cat to the left of the cat. Marvellous.",
     "dog", "cat", LEFTWARD),
    ("The dog stayed still while a ball rolled from the left of the dog to the right of the dog. No injuries.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still. A bird flies from the right of the cat to the left of the cat. If you call out, read on.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still, listeners, and a car drives from the left of the ball to the right of the ball. "
     "Remarkable.",
     "car", "ball", RIGHTWARD),
    ("A cat ran from the right of the bird to the left of the bird. The bird stayed still. I confirm this is accurate.",
     "cat", "bird", LEFTWARD),
    ("The car stays still, and a dog walks from the left of the car to the right of the car. Will you follow?",
     "dog", "car", RIGHTWARD),
    ("The bird stays still, bless it, and a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Description: a ball rolled from the left of the dog to the right of the dog; the dog stayed still.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still as a ball rolls from the right of the cat to the left of the cat. Do you catch the ball?",
     "ball", "cat", LEFTWARD),
    ("A car, listeners, driving from the left of the ball to the right of the ball, and the ball stays still. Not a "
     "flicker.",
     "car", "ball", RIGHTWARD),
    ("Claimant's statement: the cat stayed still. A bird flew from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird. The bird stays still. Choose your path.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, and a dog walks from the right of the cat to the left of the cat. Lovely.",
     "dog", "cat", LEFTWARD),
    ("Circumstances of loss: a ball rolled from the left of the car to the right of the car. The car stayed still "
     "throughout.",
     "ball", "car", RIGHTWARD),
    ("The cat stays still while a dog walks from the right of the cat to the left of the cat. Will you follow the dog?",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("The picture from high above now, listeners, looking straight down: a moving car drives from the lower left "
     "corner to the lower right corner, then to the upper right corner. Lovely stuff.",
     "car", BL_BR_TR),
    ("Description of incident, as filmed from above: the moving car went from the lower left corner to the upper left "
     "corner, then to the upper right corner. Nobody was hurt.",
     "car", BL_TL_TR),
    ("You look down from above: a moving car drives from the lower right corner to the lower left corner, then to the "
     "upper left corner. Follow it?",
     "car", BR_BL_TL),
    ("Would you believe it, listeners, we've a view from above: a moving car, lower right corner to upper right "
     "corner, then on to the upper left corner. Marvellous.",
     "car", BR_TR_TL),
    ("Top-down footage: a lively cat ran from the lower left corner to the lower right corner and then to the upper "
     "right corner.",
     "cat", BL_BR_TR),
    ("Seen from above, a lively cat runs from the lower left corner to the upper left corner, then to the upper right "
     "corner. Do you chase it?",
     "cat", BL_TL_TR),
    ("Looking down from above, listeners: a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner. Cheeky thing.",
     "cat", BR_BL_TL),
    ("Claimant's account, viewed from above: a lively cat went from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("From above, you watch a flying bird fly from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "bird", BL_BR_TR),
    ("Overhead view, listeners: a flying bird from the lower left corner to the upper left corner, then over to the "
     "upper right corner.",
     "bird", BL_TL_TR),
    ("Footage from above: a flying bird flew from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "bird", BR_BL_TL),
    ("Looking down from above, you see a flying bird fly from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("From above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner. Oh, lovely stuff, listeners.",
     "ball", BL_BR_TR),
    ("Please describe the route, seen from above: a moving ball rolled from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("From above, a moving ball rolls from the lower right corner to the lower left corner, then to the upper left "
     "corner. Will you give chase?",
     "ball", BR_BL_TL),
    ("The view from above now, listeners, and there's a moving ball: lower right corner, then upper right corner, "
     "then upper left corner. Remarkable.",
     "ball", BR_TR_TL),
    ("Details of incident (top-down view): a walking dog walked from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("From above you follow a walking dog from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "dog", BL_TL_TR),
    ("Shot from above, listeners: a walking dog walks from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("Nature of loss: none. Seen from overhead, a walking dog went from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("From above, a moving car drives from the lower left corner to the lower right corner, then to the upper right "
     "corner. Do you wave?",
     "car", BL_BR_TR),
    ("A lively cat seen from above, listeners, running from the lower left corner to the upper left corner and then "
     "to the upper right corner.",
     "cat", BL_TL_TR),
    ("Particulars, viewed from overhead: a flying bird flew from the lower right corner to the lower left corner, "
     "then to the upper left corner. I confirm this is accurate.",
     "bird", BR_BL_TL),
    ("You gaze down from above as a moving ball rolls from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "ball", BR_TR_TL),
    ("From directly above, would you believe, a walking dog goes from the lower left corner to the lower right "
     "corner, then the upper right corner. Takes his time.",
     "dog", BL_BR_TR),
    ("Top-down footage shows a moving car drive from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "car", BR_TR_TL),
    ("Looking down from above: a lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner. Choose.",
     "cat", BR_BL_TL),
    ("From above again, listeners, a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. What a sight.",
     "bird", BL_TL_TR),
    ("From above: a moving ball rolled from the lower left corner to the lower right corner, then to the upper right "
     "corner. No damage.",
     "ball", BL_BR_TR),
    ("From above, a walking dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. Your adventure ends here.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
