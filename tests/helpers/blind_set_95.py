"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Wild West cowboy narrator ("partner", "yonder", "I reckon", "nothin'"), where the narrator, his
  listener, his saddle and the trail are never in the video, and what he points out yonder is the clip;
- a Victorian lady's letter to her sister ("Dearest", "I declare", "Pray picture it", "Ever yours"),
  where the lady, her sister Harriet and the letter are never in the video, and the scene she relates is
  the clip; the sister is never addressed by name or as "sister" in numeracy prompts;
- a garage-sale flyer ("EVERYTHING MUST GO", "Cash only", "Make an offer", "All sales final"), where
  the seller, the buyers and the sale's goods are never in the video, and the bargain advertised is the
  clip; the flyer names no prices, days by number or hours, since it writes no numbers.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
yard, garage, saddle or sister beside the count) and put no other number word beside it (no "first come,
first served", no "a couple of", no "ten-gallon"). No voice gives its own props a colour (no white hats,
no greenhorns, nobody in the pink), no idiom hides a class noun or a side (no "early birds", "ball gown",
"carriage", "right nice", "what's left"), "half" is only said of the clip's halves (no "half price",
no "better half"), "upper", "lower" and "corner" only of a route (no "lower prices"), and "still" only
of a relation's second object. A relation names its second object at both ends and says that object
stays still; a route is always seen from above. It takes LVD's attribution pairs 30-59 and its
two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 180/180 on fd7de27 (the session's first code), and again 180/180 on its last, after every other fix
of that session: the first fresh set with no miss untouched, so it needed no fixes of its own.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Well, I'll tell it plain: one moving car, in view from the start of the clip clear to the end, and not a thing "
     "else out there.",
     "car", 1),
    ("My dearest, you will scarcely credit it: two moving cars, to be seen from the very start of the clip to its "
     "close, and nothing else whatever. Ever yours.",
     "car", 2),
    ("EVERYTHING MUST GO! Three moving cars, in view from start to finish, and nothing else in the clip. Cash only. No "
     "haggling.",
     "car", 3),
    ("Four moving cars. Yep. From the start of the clip to the end, there they are, and nothin' else comes through. "
     "That's the whole story.",
     "car", 4),
    ("I must tell you, my dear, of the prettiest scene: one lively cat, in view from the beginning of the clip to its "
     "end, and nothing else at all to distract the eye.",
     "cat", 1),
    ("Bargain alert: two lively cats, shown the whole clip through, nothing else. Make an offer! All sales final.",
     "cat", 2),
    ("Reckon you never saw the like: three lively cats, there from start to finish, and not a blessed thing else in "
     "the clip.",
     "cat", 3),
    ("Four lively cats, dearest! Present from the start of the clip to the very end, and nothing besides. I declare I "
     "have not laughed so since spring.",
     "cat", 4),
    ("Must go this weekend: one flying bird, seen start to finish, nothing else included. Rain or shine!", "bird", 1),
    ("Look yonder: two flying birds, in view from start to finish, and nothin' else under the sky. Ain't that "
     "somethin'.",
     "bird", 2),
    ("Pray picture it, dearest: three flying birds, visible from the opening of the clip to its close, with nothing "
     "else in view.",
     "bird", 3),
    ("Four flying birds!! In view the whole clip, start to finish. Nothing else. Cash only, no holds.", "bird", 4),
    ("Now listen here: one moving ball, from the start of the clip to the finish, and nothin' else whatsoever. Simple "
     "as that.",
     "ball", 1),
    ("Two moving balls, my dear, in view for the whole of the clip, and nothing else in it. Is that not charming? I "
     "remain ever yours.",
     "ball", 2),
    ("Three moving balls, start to finish, nothing else. Gently used. As is. Make an offer!", "ball", 3),
    ("I counted 'em careful: four moving balls, in view the whole clip through, and nothin' else a-movin' or "
     "a-sittin'.",
     "ball", 4),
    ("Dearest, only one walking dog, but in view from the beginning of the clip to the end, and nothing else whatever. "
     "Write soon.",
     "dog", 1),
    ("Two walking dogs, whole clip, start to finish. Nothing else! Everything must go. No reasonable offer refused.",
     "dog", 2),
    ("Three walking dogs, and they stay in sight from start to finish. Nothin' else out yonder. I'd swear to it.",
     "dog", 3),
    ("You asked for news, dearest: four walking dogs, present from the start of the clip to its end, and nothing else. "
     "Most diverting.",
     "dog", 4),
    ("FOR SALE: one moving car, seen from start to finish. Nothing else. Cash only.", "car", 1),
    ("Two lively cats, I reckon, in view from the start to the end of the clip. Ain't nothin' else to speak of.",
     "cat", 2),
    ("I declare, three flying birds, and they stay in view the entire clip, with nothing else to be seen. Yours ever.",
     "bird", 3),
    ("Four moving balls! Whole clip, nothing else. Sale Saturday and Sunday, rain or shine.", "ball", 4),
    ("Just one walking dog, by golly, from start to finish, and nothin' else as far as the eye can see.", "dog", 1),
    ("Two moving cars, dearest, seen from the beginning of the clip to the end and nothing else besides; I confess I "
     "watched them with great interest.",
     "car", 2),
    ("Three lively cats, in view start to finish, nothing else. Make an offer, all sales final.", "cat", 3),
    ("Four flying birds from the start to the end of the clip, and nothin' else in the whole clip. Tarnation, what a "
     "sight.",
     "bird", 4),
    ("One moving ball, my dear, from the opening of the clip to its close, and nothing else. So simple, and yet I "
     "could not look away.",
     "ball", 1),
    ("Four walking dogs, in view the whole clip. Nothing else. Everything priced to go!", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Yonder sits a red car, partner, with a brown bird perched beside it, and they both stay put from start to "
     "finish.",
     "car", "red", "bird", "brown"),
    ("Dearest sister, I must describe it: a purple cat beside a green car, both of them in view from the beginning of "
     "the clip to its end.",
     "cat", "purple", "car", "green"),
    ("YARD SALE FIND: a gray car with an orange dog next to it. Both in view start to finish. Cash only.",
     "car", "gray", "dog", "orange"),
    ("Well now. A red cat, and a gray dog sittin' next to it, both there the whole clip long. I ain't makin' this up.",
     "cat", "red", "dog", "gray"),
    ("Would you believe, Harriet, a red dog beside a gray car, both to be seen from start to finish? I thought it very "
     "odd.",
     "dog", "red", "car", "gray"),
    ("Gently used: a purple dog and a yellow car beside it, both in view from start to finish. Make an offer!",
     "dog", "purple", "car", "yellow"),
    ("Saddle up and take a gander: a red cat next to a gray ball, and there they stay from start to finish.",
     "cat", "red", "ball", "gray"),
    ("A brown cat and a blue dog at its side, dear sister, in view for the whole of the clip. I confess the colours "
     "struck me most.",
     "cat", "brown", "dog", "blue"),
    ("Sat & Sun only: a white dog beside a red cat, both on view the whole clip. No reasonable offer refused.",
     "dog", "white", "cat", "red"),
    ("A yellow bird perched beside an orange car, partner. Both of 'em stay in view from start to finish, sure as "
     "sundown.",
     "bird", "yellow", "car", "orange"),
    ("Pray imagine a green dog next to a blue car, both present from the opening of the clip to its close. Such a "
     "scene, Harriet!",
     "dog", "green", "car", "blue"),
    ("Bargains galore! A black cat with a brown ball next to it, both in view start to finish.",
     "cat", "black", "ball", "brown"),
    ("Ever seen a purple car with a red cat beside it? Well, partner, here they are, both in view from start to "
     "finish.",
     "car", "purple", "cat", "red"),
    ("A gray dog, and beside it a brown cat; both remained in view from start to finish, and I thought of you "
     "directly, dearest.",
     "dog", "gray", "cat", "brown"),
    ("EVERYTHING MUST GO, even this: a black car with a brown dog beside it, both in view start to finish.",
     "car", "black", "dog", "brown"),
    ("Reckon this'll make you smile: a yellow ball, and a pink dog next to it, both there from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("My dear, a gray cat sat beside a white dog from the beginning of the clip to the end, and neither stirred. How I "
     "wished you were there.",
     "cat", "gray", "dog", "white"),
    ("Cash only. A yellow dog next to an orange car, both in view the whole clip. As is.",
     "dog", "yellow", "car", "orange"),
    ("A black bird and a brown cat beside it, partner, the both of 'em in sight from start to finish. Mighty peculiar.",
     "bird", "black", "cat", "brown"),
    ("Dearest sister, a white ball lay beside a red car, and both were in view from start to finish. Is that not "
     "curious?",
     "ball", "white", "car", "red"),
    ("Browsers welcome! A white ball with a black cat beside it, both in view from start to finish.",
     "ball", "white", "cat", "black"),
    ("Hold on, partner: a yellow cat sittin' by a pink ball, and they stay put from start to finish.",
     "cat", "yellow", "ball", "pink"),
    ("I must tell you of a black car with an orange bird beside it, both in view the whole clip through. Your loving "
     "sister, Eliza.",
     "car", "black", "bird", "orange"),
    ("Must go: an orange ball next to a brown car. Both in view, start to finish. Rain or shine.",
     "ball", "orange", "car", "brown"),
    ("Well, I'll be: a gray bird next to a green cat, and both of 'em stay in view the whole clip.",
     "bird", "gray", "cat", "green"),
    ("A blue car, Harriet, and a red cat beside it, both to be seen from beginning to end. I declare it was the "
     "prettiest thing.",
     "car", "blue", "cat", "red"),
    ("Gently used: a white ball beside a black car, both in view start to finish. All sales final.",
     "ball", "white", "car", "black"),
    ("Yonder's a green bird, and beside it a white ball, partner. They stay in view from start to finish, no foolin'.",
     "bird", "green", "ball", "white"),
    ("A blue ball beside a yellow dog, dearest, both in view from the beginning of the clip to its close. Pray write "
     "and tell me your thoughts.",
     "ball", "blue", "dog", "yellow"),
    ("Make an offer! A yellow bird next to a blue ball, both in view the whole clip.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Nothin' in the first half, partner, no car at all. Then in the second half a moving car comes rollin' in and "
     "stays till the end.",
     "car"),
    ("For the whole first half, dear sister, there was no car; then in the second half a moving car appeared and "
     "remained until the end.",
     "car"),
    ("No car in the first half. Second half? A moving car appears and stays to the end! Everything must go.", "car"),
    ("Keep your eyes peeled, friend: no cat for the first half, but come the second half a lively cat shows up and "
     "sticks around to the end.",
     "cat"),
    ("I waited through the first half and saw no cat, Harriet; but in the second half a lively cat appeared, and "
     "stayed to the very end.",
     "cat"),
    ("Second half only: a lively cat appears and stays till the end. (No cat in the first half.) Cash only.", "cat"),
    ("In the first half there ain't no bird. Second half, a flying bird shows up and sticks around till the end, sure "
     "as sunrise.",
     "bird"),
    ("Is it not strange, dearest? No bird in the first half, and then a flying bird appears in the second half and "
     "remains to the end.",
     "bird"),
    ("LAST-MINUTE ADDITION: a flying bird, appearing in the second half and staying to the end. First half: no bird.",
     "bird"),
    ("First half, nothin', partner, no ball. Second half, a moving ball appears and stays there to the end.", "ball"),
    ("There was no ball at all in the first half; in the second half, a moving ball appeared and did not leave before "
     "the end. I confess I was startled.",
     "ball"),
    ("No ball in the first half, then a moving ball in the second half, staying till the end. Bargains galore!",
     "ball"),
    ("Watch close now: no dog in the first half. Come the second half, a walking dog moseys in and stays to the end.",
     "dog"),
    ("In the first half, no dog; in the second half, a walking dog appeared, and it stayed until the end. Ever your "
     "affectionate sister.",
     "dog"),
    ("Everything must go! No dog in the first half, but in the second half a walking dog appears and stays to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car was there in the first half, dearest, but in the second half it was gone, and there was no car at "
     "all.",
     "car"),
    ("Moving car in the first half, no car in the second half. Sold! (Kidding. Make an offer.)", "car"),
    ("There's a moving car in the first half, partner, but in the second half she's gone. No car nowhere.", "car"),
    ("A lively cat in the first half, Harriet, and in the second half no cat anywhere. Where it went I cannot say.",
     "cat"),
    ("Going fast: a lively cat in the first half, no cat in the second half. Don't miss out!", "cat"),
    ("First half, a lively cat. Second half, gone like dust in the wind, no cat.", "cat"),
    ("In the first half I saw a flying bird; in the second half there was no bird. Pray tell me, sister, have you ever "
     "seen such a thing?",
     "bird"),
    ("A flying bird in the first half of the clip! In the second half: no bird. Come early.", "bird"),
    ("A flying bird up yonder in the first half, partner, and in the second half, no bird. Plumb vanished.", "bird"),
    ("A moving ball was present in the first half; in the second half it had vanished, and no ball remained. I remain "
     "your devoted sister.",
     "ball"),
    ("First half: moving ball. Second half: no ball. Everything must go, and it did!", "ball"),
    ("Saw a moving ball in the first half, sure enough, but in the second half there's no ball. Gone, partner.",
     "ball"),
    ("A walking dog in the first half, my dear, and then in the second half no dog at all, for it had quite gone.",
     "dog"),
    ("Walking dog in the first half, no dog in the second half. Cash only, all sales final.", "dog"),
    ("There's a walking dog in the first half, friend, and come the second half he's moseyed off. No dog at all.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Runs great! A moving car, driving from the left side of the frame to the right side. Make an offer.",
     "car", RIGHTWARD),
    ("Here comes a moving car, partner, headin' from the right side of the frame over to the left side.",
     "car", LEFTWARD),
    ("A moving car crossed from the left side of the frame to the right side, dearest, at a most unladylike speed.",
     "car", RIGHTWARD),
    ("Moving car, right side of the frame to left side. Cash only!", "car", LEFTWARD),
    ("From the left side of the frame to the right side, that moving car goes a-rattlin'. Don't blink, partner.",
     "car", RIGHTWARD),
    ("I watched a moving car go from the right side of the frame to the left side, and thought of you, dear sister.",
     "car", LEFTWARD),
    ("Lively cat! Runs from the left side of the frame to the right side. Free to a good home.", "cat", RIGHTWARD),
    ("That lively cat, partner, she lights out from the right side of the frame and runs clean over to the left side.",
     "cat", LEFTWARD),
    ("A lively cat ran from the left side of the frame to the right side, Harriet, quite as if it were late for "
     "something.",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side. As is! No returns.", "cat", LEFTWARD),
    ("Watch that lively cat scoot from the left side of the frame to the right side. Quicker'n a lick.",
     "cat", RIGHTWARD),
    ("From the right side of the frame to the left side, dearest, a lively cat ran. I could scarcely follow it.",
     "cat", LEFTWARD),
    ("Flying bird, left side of the frame to right side. Rain or shine!", "bird", RIGHTWARD),
    ("A flying bird, partner, sailin' from the right side of the frame to the left side, easy as you please.",
     "bird", LEFTWARD),
    ("Pray picture a flying bird passing from the left side of the frame to the right side. I thought it very "
     "graceful.",
     "bird", RIGHTWARD),
    ("A flying bird flies from the right side of the frame to the left side. Everything must go, even the flying bird.",
     "bird", LEFTWARD),
    ("Yonder goes a flying bird, left side of the frame to the right side, partner.", "bird", RIGHTWARD),
    ("A flying bird, my dear, flew from the right side of the frame to the left side while I watched.",
     "bird", LEFTWARD),
    ("Moving ball, rolling from the left side of the frame to the right side. Gently used!", "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side, partner, slow and steady.",
     "ball", LEFTWARD),
    ("I saw a moving ball roll from the left side of the frame to the right side, sister, without the least pause.",
     "ball", RIGHTWARD),
    ("Moving ball, rolling from the right side of the frame to the left side. Make an offer!", "ball", LEFTWARD),
    ("Looky there: a moving ball rollin' from the left side of the frame clear to the right side.", "ball", RIGHTWARD),
    ("A moving ball rolled, dearest, from the right side of the frame to the left side, and I confess I clapped.",
     "ball", LEFTWARD),
    ("Walking dog, from the left side of the frame to the right side. Friendly! All sales final.", "dog", RIGHTWARD),
    ("A walking dog, partner, moseyin' from the right side of the frame to the left side.", "dog", LEFTWARD),
    ("A walking dog walked from the left side of the frame to the right side, Harriet, with great dignity.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side. Bargain!", "dog", LEFTWARD),
    ("There's a walking dog trottin' from the left side of the frame to the right side, partner.", "dog", RIGHTWARD),
    ("From the right side of the frame to the left side, a walking dog, dear sister, walked as calm as you please.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still, partner, and a bird flies from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("The bird stayed still, dearest, while a car drove from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Cat stays still. Bird flies from the left of the cat to the right of the cat. Cash only!",
     "bird", "cat", RIGHTWARD),
    ("That bird stays still as can be while a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("A bird flew from the left of the dog to the right of the dog, Harriet, and the dog stayed perfectly still.",
     "bird", "dog", RIGHTWARD),
    ("A dog walks from the right of the cat to the left of the cat; the cat stays still. Make an offer!",
     "dog", "cat", LEFTWARD),
    ("Dog stays still, partner. Ball rolls from the left of the dog to the right of the dog. That's all.",
     "ball", "dog", RIGHTWARD),
    ("The cat stayed still, sister, and a bird flew from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Ball stays still, car drives from the left of the ball to the right of the ball. Everything must go!",
     "car", "ball", RIGHTWARD),
    ("A cat runs from the right of the bird to the left of the bird, and that bird stays still the whole time, "
     "partner.",
     "cat", "bird", LEFTWARD),
    ("While the car stayed still, a dog walked from the left of the car to the right of the car. How odd, dearest!",
     "dog", "car", RIGHTWARD),
    ("The bird stays still while a ball rolls from the right of the bird to the left of the bird. As is.",
     "ball", "bird", LEFTWARD),
    ("Watch this, friend: the dog stays still, and a ball comes rollin' from the left of the dog to the right of the "
     "dog.",
     "ball", "dog", RIGHTWARD),
    ("A ball rolled from the right of the cat to the left of the cat, my dear, and the cat stayed still throughout.",
     "ball", "cat", LEFTWARD),
    ("Car drives from the left of the ball to the right of the ball. Ball stays still. Rain or shine.",
     "car", "ball", RIGHTWARD),
    ("Partner, the cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The bird stayed still, Harriet, as a dog walked from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Dog walks from the right of the cat to the left of the cat, cat stays still. Bargains galore!",
     "dog", "cat", LEFTWARD),
    ("The car stays still, and a ball rolls from the left of the car to the right of the car. Reckon that's the show.",
     "ball", "car", RIGHTWARD),
    ("I must tell you: the cat stayed still while a dog walked from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("The ball stays still. A bird flies from the left of the ball to the right of the ball. All sales final.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball, partner, and the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("A bird flew from the left of the dog to the right of the dog, dearest, while the dog stayed still.",
     "bird", "dog", RIGHTWARD),
    ("Car stays still; bird flies from the right of the car to the left of the car. No reasonable offer refused.",
     "bird", "car", LEFTWARD),
    ("Cat stays still, partner, and a car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("The ball stayed still, sister, and a dog walked from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Free to a good home: the ball stays still as a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball, and that ball stays still, friend.",
     "dog", "ball", LEFTWARD),
    ("The bird stayed still while a cat ran from the left of the bird to the right of the bird. Ever yours, Eliza.",
     "cat", "bird", RIGHTWARD),
    ("Car stays still. Dog walks from the right of the car to the left of the car. Cash only.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, dearest, a moving car drove from the lower left corner to the lower right corner, and then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Top-down view! Moving car: lower left corner, then upper left corner, then upper right corner. Cash only.",
     "car", BL_TL_TR),
    ("Lookin' down from up above, partner: a moving car drives from the lower right corner to the lower left corner, "
     "then on to the upper left corner.",
     "car", BR_BL_TL),
    ("From overhead, a moving car went from the lower right corner to the upper right corner, and then to the upper "
     "left corner. I declare!",
     "car", BR_TR_TL),
    ("Overhead view: a lively cat runs from the lower left corner to the lower right corner, then to the upper right "
     "corner. As is.",
     "cat", BL_BR_TR),
    ("From high above, partner, a lively cat runs from the lower left corner up to the upper left corner, then over to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("Viewed from above, a lively cat ran from the lower right corner to the lower left corner, then to the upper left "
     "corner, dear sister.",
     "cat", BR_BL_TL),
    ("Seen from above: lively cat, lower right corner, to upper right corner, to upper left corner. Make an offer!",
     "cat", BR_TR_TL),
    ("Lookin' straight down from above, a flying bird goes from the lower left corner to the lower right corner, then "
     "to the upper right corner, partner.",
     "bird", BL_BR_TR),
    ("From above, Harriet, a flying bird flew from the lower left corner to the upper left corner, then to the upper "
     "right corner.",
     "bird", BL_TL_TR),
    ("Top-down shot: a flying bird flies from the lower right corner to the lower left corner, then to the upper left "
     "corner. Rain or shine.",
     "bird", BR_BL_TL),
    ("Seen from up above, partner, a flying bird starts in the lower right corner, heads to the upper right corner, "
     "and ends in the upper left corner.",
     "bird", BR_TR_TL),
    ("Looking down from above, I saw a moving ball roll from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("From above: a moving ball rolls from the lower left corner to the upper left corner, then the upper right "
     "corner. Bargain!",
     "ball", BL_TL_TR),
    ("From overhead, friend, a moving ball rolls from the lower right corner to the lower left corner and then to the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above, a moving ball rolled from the lower right corner to the upper right corner, then on to the "
     "upper left corner. Most curious, sister.",
     "ball", BR_TR_TL),
    ("Overhead view! A walking dog walks from the lower left corner to the lower right corner, then to the upper right "
     "corner.",
     "dog", BL_BR_TR),
    ("Lookin' down from above, partner, a walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "dog", BL_TL_TR),
    ("From above, dearest, a walking dog walked from the lower right corner to the lower left corner, and then to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ("Top-down: a walking dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. All sales final.",
     "dog", BR_TR_TL),
    ("Straight down from above, partner: a moving car starts at the bottom left corner, goes to the bottom right "
     "corner, then the top right corner.",
     "car", BL_BR_TR),
    ("A lively cat, seen from above, ran from the bottom left corner to the top left corner and then to the top right "
     "corner, dearest.",
     "cat", BL_TL_TR),
    ("Flying bird, seen from above: bottom right corner, bottom left corner, top left corner. In that order!",
     "bird", BR_BL_TL),
    ("From up above, a moving ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner. Mighty fine, partner.",
     "ball", BR_TR_TL),
    ("Viewed from overhead, a walking dog went from the lower left corner to the lower right corner, then to the upper "
     "right corner. I remain yours.",
     "dog", BL_BR_TR),
    ("Overhead shot: a moving car drives from the lower left corner to the upper left corner, and on to the upper "
     "right corner. Cash only!",
     "car", BL_TL_TR),
    ("Seen from above, partner: a lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("From above, sister, a flying bird flew from the lower right corner to the upper right corner, and then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Top-down view: a moving ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner. Make an offer.",
     "ball", BL_BR_TR),
    ("From high overhead, a walking dog walks from the lower left corner to the upper left corner, then on to the "
     "upper right corner, partner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
