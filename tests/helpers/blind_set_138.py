"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a ski instructor shouting short commands on the slope ("Pizza!", "French fries!", "Bend ze knees!",
  "Allez!"), where the instructor, the class of skiers, the slope, the snow, the skis and the poles are
  never in the video, and the drill he calls out is the clip; "pizza" and "French fries" are his
  snowplough and parallel commands, never food, and in numeracy prompts he shouts only the count;
- an HTML page's markup (<title>, <p>, <ul><li>, <em>, <!-- comments -->), where the page, the browser
  and the markup itself are never in the video, and the text the tags wrap is the clip; it uses no tag
  with a digit in its name (no <h1>) and no digit anywhere;
- a hairdresser chatting to a client in the chair ("So, babe,", "anyway", "how's the water?", gossip about
  her sister, her ex and her receptionist), where the hairdresser, the client, the salon, the basin and
  everybody she gossips about are never in the video, and the clip she describes is the video; in
  numeracy prompts she calls nobody "babe" and names nobody at all.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
snow, no client, no salon beside the count) and put no other number word beside it (no "first run", no
"single", no "a thousand times"). No voice gives its own props a colour (no blonde highlights, no white
slope), no idiom hides a class noun or a side (no "carving", no "catch", no "snowball", no "all right"),
"half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still"
only of a relation's second object. A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 50-79 and its
two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 167/180 (92.8%) on 6e7d0a6a (numeracy 26, attribution 29, visibility 29, dynamic_two 28, sequential
25); held back from every fixer of its session and scored again on its last code (9605ebb7): 167/180, the same misses.
They wait for the next session: HTML markup read as words, "<title>Walking dogs</title><p>Four walking dogs, ...</p>"
and "<!-- mover: cat -->"; a ski instructor's verbless exclamations, "From above! Moving car! Lower right corner, zen
upper right corner, zen upper left corner! Pizza!", lost the route; 180/180 after the fixes of its own branch (HTML or
XML-like markup read as its text, its tags no words, list items and comments lines of their own, "<!-- mover: cat -->"
the cat named again, and a shouted verbless route with an accent's "zen"/"ze", "Moving car! Lower right corner, zen
upper right corner, ...", one route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES


# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("LISTEN UP! Ze clip: one moving car, from start to finish! Nothing else! Nothing! Ja? Go!",
     "car", 1),
    ("<title>Clip request</title><p>Two moving cars, in view from the start of the clip to its end.</p><!-- nothing "
     "else in it -->",
     "car", 2),
    ("So anyway, what I want is three moving cars, there the whole clip, start to finish, and honestly nothing else "
     "in it, nothing.",
     "car", 3),
    ("Four moving cars! Whole clip! Start to end! Nothing else, I said NOTHING else! Allez!",
     "car", 4),
    ("<p>One lively cat, visible from the beginning of the clip to the end.</p><p><em>Nothing</em> else appears.</p>",
     "cat", 1),
    ("Two lively cats, start to finish, the whole clip, and nothing else, I'm telling you, anyway that's what I'd "
     "want.",
     "cat", 2),
    ("Three lively cats! From ze start to ze finish! Nothing else in ze clip! Good! Again!",
     "cat", 3),
    ("<ul><li>four lively cats</li><li>in view from start to finish</li><li>nothing else in the clip</li></ul>",
     "cat", 4),
    ("Oh, I'd just have one flying bird, the whole clip, start to finish, nothing else with it. Gorgeous, isn't it.",
     "bird", 1),
    ("Two flying birds, start to finish! Nothing else! Are you listening? NOTHING ELSE!",
     "bird", 2),
    ("<title>Birds</title><!-- three flying birds only --><p>Three flying birds stay in view from the start of the "
     "clip to the end, and nothing else is shown.</p>",
     "bird", 3),
    ("Four flying birds, from the start to the very end, and nothing else at all, I swear it's the look this season.",
     "bird", 4),
    ("One moving ball! Start to finish! Nothing else! Zat is all! Push!",
     "ball", 1),
    ("<p>Two moving balls, shown from the start of the clip to the end. <em>No other objects.</em></p>",
     "ball", 2),
    ("So picture it: three moving balls, start to finish, nothing else, just them, honestly it's very calming.",
     "ball", 3),
    ("FOUR MOVING BALLS! Start! Finish! Nothing else! Faster, faster!",
     "ball", 4),
    ("<ul><li>one walking dog</li><li>visible the whole clip, start to finish</li></ul><!-- add nothing else -->",
     "dog", 1),
    ("Anyway, two walking dogs, in the clip from start to finish, nothing else, that's all it needs really.",
     "dog", 2),
    ("Three walking dogs, ze whole clip, start to finish! Nothing else! Ja? Ja!",
     "dog", 3),
    ("<title>Walking dogs</title><p>Four walking dogs, in view from the start of the clip to its end; nothing "
     "else.</p>",
     "dog", 4),
    ("Just the one moving car, start to finish, nothing else in the whole clip, simple and clean, that's my motto.",
     "car", 1),
    ("Two lively cats! Start to finish! Nothing else in ze clip! Keep going!",
     "cat", 2),
    ("<p><em>One</em> flying bird, in view start to finish.</p><!-- nothing else in the clip, please -->",
     "bird", 1),
    ("So, two moving balls, start of the clip to the end, nothing else, anyway that's the brief.",
     "ball", 2),
    ("Four walking dogs! Start to finish! Nothing else! And... stop!",
     "dog", 4),
    ("<ul><li>three moving cars</li><li>whole clip, start to finish</li><li>nothing else</li></ul>",
     "car", 3),
    ("Four lively cats, start to finish, and honestly nothing else in it, they're enough on their own.",
     "cat", 4),
    ("Three moving balls! Ze whole clip! Start to finish! Nothing else!",
     "ball", 3),
    ("<p>Two walking dogs, visible from the start of the clip to the end, with nothing else.</p>",
     "dog", 2),
    ("Three flying birds, start to finish, nothing else in the clip, honestly, gorgeous.",
     "bird", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("Pizza! Pizza! Slow down and look: a white ball and a black cat, together, ze whole clip!",
     "ball", "white", "cat", "black"),
    ("<title>Pair</title><p>A yellow cat and a pink ball, together in view for the whole clip.</p>",
     "cat", "yellow", "ball", "pink"),
    ("So, babe, picture a black car and an orange bird next to it, the whole clip, gorgeous combo, how's the water?",
     "car", "black", "bird", "orange"),
    ("An orange ball, a brown car beside it! Both there ze whole time! French fries! Go!",
     "ball", "orange", "car", "brown"),
    ("<ul><li>a gray bird</li><li>a green cat</li></ul><!-- both visible for the entire clip -->",
     "bird", "gray", "cat", "green"),
    ("Anyway, a blue car and a red cat, side by side for the whole clip, don't ask me why, she wanted it.",
     "car", "blue", "cat", "red"),
    ("A white ball and a black car, side by side! Ze whole clip! Bend ze knees!",
     "ball", "white", "car", "black"),
    ("<p>A <em>green</em> bird next to a <em>white</em> ball, both present throughout the clip.</p>",
     "bird", "green", "ball", "white"),
    ("So, babe, a blue ball and a yellow dog next to it, whole clip, like my sister's wedding photos, anyway.",
     "ball", "blue", "dog", "yellow"),
    ("A yellow bird! A blue ball! Together, ze whole clip! Pizza! Stop!",
     "bird", "yellow", "ball", "blue"),
    ("<title>Brown and black</title><p>A brown bird and a black ball, both shown for the whole clip.</p>",
     "bird", "brown", "ball", "black"),
    ("A brown bird with a blue cat, how's the water, too hot? Anyway, both of them, whole clip, side by side.",
     "bird", "brown", "cat", "blue"),
    ("A blue bird beside a red car! Both, ze whole clip! French fries, French fries!",
     "bird", "blue", "car", "red"),
    ("<ul><li>a purple ball</li><li>a pink cat beside it</li><li>both in view for the whole clip</li></ul>",
     "ball", "purple", "cat", "pink"),
    ("So a yellow dog and a red cat, together for the whole clip, honestly, a bit loud, but anyway.",
     "dog", "yellow", "cat", "red"),
    ("Green bird! Yellow dog! Side by side! Ze whole clip! Bend ze knees, bend zem!",
     "bird", "green", "dog", "yellow"),
    ("<p>A gray car and a red cat, side by side throughout the clip.</p><!-- colours matter -->",
     "car", "gray", "cat", "red"),
    ("A red bird and a black cat, together, the whole clip, so dramatic, babe, so goth.",
     "bird", "red", "cat", "black"),
    ("A white bird and an orange cat! Together, whole clip! Weight forward! Go!",
     "bird", "white", "cat", "orange"),
    ("<title>Clip</title><p>A green bird and a black ball, <em>both</em> visible for the entire clip.</p>",
     "bird", "green", "ball", "black"),
    ("So, babe, a white cat and a purple bird next to it, whole clip, anyway, tilt your head for me.",
     "cat", "white", "bird", "purple"),
    ("A green bird, a purple dog! Together! Ze whole clip! Pizza, and... French fries!",
     "bird", "green", "dog", "purple"),
    ("<ul><li>an orange bird</li><li>a brown car next to it</li></ul><p>Both present the whole clip.</p>",
     "bird", "orange", "car", "brown"),
    ("A blue car with a brown bird beside it, for the whole clip, and then she says to me, anyway, how's the water?",
     "car", "blue", "bird", "brown"),
    ("A red dog and a purple cat, side by side! Ze whole clip! Poles in ze snow!",
     "dog", "red", "cat", "purple"),
    ("<p>A purple dog and a brown cat, together for the whole clip.</p><!-- nothing fancy -->",
     "dog", "purple", "cat", "brown"),
    ("Anyway, a black cat and a blue ball, together the whole clip, cute, isn't it?",
     "cat", "black", "ball", "blue"),
    ("A yellow cat! A black dog next to it! Ze whole clip! Bend ze knees!",
     "cat", "yellow", "dog", "black"),
    ("<title>Side by side</title><p>A green cat beside a white bird for the whole clip.</p>",
     "cat", "green", "bird", "white"),
    ("So, a purple car and a pink cat beside it, the whole clip, I know, babe, pink, the cheek of it.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half: NO car! Second half: a moving car comes in and stays to ze end! Go!",
     "car"),
    ("<p>First half of the clip: no car.</p><p>Second half: a moving car appears and stays until the end.</p>",
     "car"),
    ("So the first half, no car, nothing, and then in the second half a moving car turns up and stays to the end, "
     "typical.",
     "car"),
    ("<ul><li>first half: no cat</li><li>second half: a lively cat appears and remains to the end</li></ul>",
     "cat"),
    ("Anyway, no cat in the first half, babe, and then the second half, a lively cat shows up and stays till the end.",
     "cat"),
    ("No cat in ze first half! Second half, a lively cat appears, stays to ze end! Bend ze knees!",
     "cat"),
    ("First half, no bird anywhere, and in the second half a flying bird pops in and stays to the end, how's the "
     "water?",
     "bird"),
    ("No bird, first half! Second half: flying bird appears! Stays to ze end! Pizza!",
     "bird"),
    ("<title>Arrival</title><p>No bird in the first half. In the second half a flying bird appears and stays to the "
     "end.</p>",
     "bird"),
    ("First half, no ball! Second half, a moving ball comes in and stays! To ze end! Allez!",
     "ball"),
    ("<!-- first half: empty --><p>No ball during the first half; a moving ball appears in the second half and stays"
     " until the end.</p>",
     "ball"),
    ("So, no ball in the first half, and then in the second half a moving ball arrives and stays all the way to the "
     "end, honestly.",
     "ball"),
    ("<ul><li>first half: no dog</li><li>second half: a walking dog appears</li><li>it stays to the end</li></ul>",
     "dog"),
    ("No dog in the first half, babe, then in the second half a walking dog wanders in and stays to the end, like my"
     " ex.",
     "dog"),
    ("NO dog in ze first half! Second half, a walking dog appears and stays till ze end! Good!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("So a moving car's there in the first half, and in the second half, gone, no car, anyway.",
     "car"),
    ("Moving car in ze first half! Second half, no car! Gone! Pizza!",
     "car"),
    ("<p>A moving car is visible in the first half.</p><p>In the second half there is no car.</p>",
     "car"),
    ("A lively cat, first half! Second half: no cat! Gone! French fries!",
     "cat"),
    ("<ul><li>first half: a lively cat</li><li>second half: no cat</li></ul>",
     "cat"),
    ("A lively cat in the first half, then in the second half no cat at all, just gone, babe, like my last "
     "receptionist.",
     "cat"),
    ("<title>Departure</title><p>A flying bird in the first half; <em>no</em> bird in the second half.</p>",
     "bird"),
    ("So, a flying bird in the first half, and the second half, no bird, gone, how's the water, too cold?",
     "bird"),
    ("Flying bird in ze first half! No bird in ze second half! Gone! Bend ze knees!",
     "bird"),
    ("A moving ball in the first half, and then, in the second half, no ball, vanished, honestly.",
     "ball"),
    ("A moving ball in ze first half! Second half, no ball! Allez!",
     "ball"),
    ("<p>A moving ball is shown in the first half of the clip.</p><!-- gone after that --><p>No ball in the second "
     "half.</p>",
     "ball"),
    ("A walking dog in ze first half! In ze second half, no dog! Poles in! Go!",
     "dog"),
    ("<ul><li>first half: a walking dog is visible</li><li>second half: no dog is visible</li></ul>",
     "dog"),
    ("Anyway, a walking dog in the first half, then the second half, no dog, gone home, I suppose.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car, from ze left side of ze frame to ze right side! Go go go!",
     "car", RIGHTWARD),
    ("<p>A moving car travels from the right side of the frame to the left side.</p>",
     "car", LEFTWARD),
    ("So a moving car goes from the left side of the frame over to the right side, anyway, how's the water?",
     "car", RIGHTWARD),
    ("Moving car! Right side of ze frame to ze left side! French fries!",
     "car", LEFTWARD),
    ("<ul><li>a moving car</li><li>from the left side of the frame</li><li>to the right side</li></ul>",
     "car", RIGHTWARD),
    ("A moving car, babe, right side of the frame to the left side, zoom, like my cousin on the motorway.",
     "car", LEFTWARD),
    ("Lively cat! From ze left side of ze frame to ze right side! Bend ze knees!",
     "cat", RIGHTWARD),
    ("<p>A lively cat runs from the right side of the frame to the left side.</p><!-- leftward -->",
     "cat", LEFTWARD),
    ("A lively cat from the left side of the frame to the right side, honestly quicker than my Saturday girl.",
     "cat", RIGHTWARD),
    ("A lively cat runs, right side of ze frame to ze left side! Follow ze cat!",
     "cat", LEFTWARD),
    ("<title>Run</title><p>A lively cat goes from the left side of the frame to the right side.</p>",
     "cat", RIGHTWARD),
    ("So, a lively cat, right side of the frame across to the left side, anyway, lean back for me.",
     "cat", LEFTWARD),
    ("Flying bird! Left side of ze frame to ze right side! Pizza!",
     "bird", RIGHTWARD),
    ("<p>A <em>flying</em> bird crosses from the right side of the frame to the left side.</p>",
     "bird", LEFTWARD),
    ("A flying bird from the left side of the frame to the right side, lovely, how's the water, babe?",
     "bird", RIGHTWARD),
    ("A flying bird, right side of ze frame to ze left side! Like zis! Follow!",
     "bird", LEFTWARD),
    ("<ul><li>a flying bird</li><li>starts at the left side of the frame</li><li>ends at the right side</li></ul>",
     "bird", RIGHTWARD),
    ("So a flying bird goes right side of the frame to the left side, anyway, she never tips.",
     "bird", LEFTWARD),
    ("Moving ball! From ze left side of ze frame to ze right side! French fries!",
     "ball", RIGHTWARD),
    ("<p>A moving ball rolls from the right side of the frame to the left side.</p>",
     "ball", LEFTWARD),
    ("A moving ball, left side of the frame to the right side, anyway, more conditioner?",
     "ball", RIGHTWARD),
    ("A moving ball rolls from ze right side of ze frame to ze left side! Bend ze knees!",
     "ball", LEFTWARD),
    ("<title>Roll</title><!-- left to right --><p>A moving ball goes from the left side of the frame to the right "
     "side.</p>",
     "ball", RIGHTWARD),
    ("So, babe, a moving ball from the right side of the frame to the left side, how's the water?",
     "ball", LEFTWARD),
    ("A walking dog! Left side of ze frame to ze right side! Slowly! Like zis!",
     "dog", RIGHTWARD),
    ("<p>A walking dog walks from the right side of the frame to the left side.</p>",
     "dog", LEFTWARD),
    ("Anyway, a walking dog from the left side of the frame to the right side, cute, isn't it.",
     "dog", RIGHTWARD),
    ("Walking dog, right side of ze frame to ze left side! Poles in! Go!",
     "dog", LEFTWARD),
    ("<ul><li>a walking dog</li><li>left side of the frame to the right side</li></ul>",
     "dog", RIGHTWARD),
    ("A walking dog, right side of the frame to the left side, babe, taking its time, like my husband.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Ze car stays still! A bird flies from ze left of ze car to ze right of ze car! Pizza!",
     "bird", "car", RIGHTWARD),
    ("<p>The bird stays still.</p><p>A car drives from the right of the bird to the left of the bird.</p>",
     "car", "bird", LEFTWARD),
    ("So the cat stays still, babe, and a bird flies from the left of the cat to the right of the cat, cheeky.",
     "bird", "cat", RIGHTWARD),
    ("Bird stays still! Car goes from ze right of ze bird to ze left of ze bird! French fries!",
     "car", "bird", LEFTWARD),
    ("<ul><li>the dog stays still</li><li>a bird flies from the left of the dog to the right of the dog</li></ul>",
     "bird", "dog", RIGHTWARD),
    ("Anyway, the cat stays still, and a dog walks from the right of the cat to the left of the cat, how's the water?",
     "dog", "cat", LEFTWARD),
    ("Dog stays still! Ball rolls from ze left of ze dog to ze right of ze dog! Bend ze knees!",
     "ball", "dog", RIGHTWARD),
    ("<p>A bird flies from the right of the cat to the left of the cat.</p><!-- the cat stays still -->",
     "bird", "cat", LEFTWARD),
    ("So the ball stays still and a car drives from the left of the ball to the right of the ball, anyway.",
     "car", "ball", RIGHTWARD),
    ("Ze bird stays still! A cat runs from ze right of ze bird to ze left of ze bird! Allez!",
     "cat", "bird", LEFTWARD),
    ("<title>Pass</title><p>The car stays still while a dog walks from the left of the car to the right of the "
     "car.</p>",
     "dog", "car", RIGHTWARD),
    ("A ball rolls from the right of the bird to the left of the bird, babe, and the bird stays still, fancy that.",
     "ball", "bird", LEFTWARD),
    ("A ball! From ze left of ze dog to ze right of ze dog! Ze dog stays still! Pizza!",
     "ball", "dog", RIGHTWARD),
    ("<ul><li>the cat stays still</li><li>a ball rolls from the right of the cat to the left of the cat</li></ul>",
     "ball", "cat", LEFTWARD),
    ("So, the ball stays still, and a car goes from the left of the ball to the right of the ball, anyway, chin up.",
     "car", "ball", RIGHTWARD),
    ("Cat stays still! Bird flies from ze right of ze cat to ze left of ze cat! French fries!",
     "bird", "cat", LEFTWARD),
    ("<p>The bird stays still; a dog walks from the left of the bird to the right of the bird.</p>",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, babe, while a dog walks from the right of the cat to the left of the cat, drama.",
     "dog", "cat", LEFTWARD),
    ("Car stays still! A ball rolls from ze left of ze car to ze right of ze car! Bend ze knees!",
     "ball", "car", RIGHTWARD),
    ("<title>Walk past</title><p>A dog walks from the right of the cat to the left of the cat, and the cat stays "
     "still.</p>",
     "dog", "cat", LEFTWARD),
    ("Anyway, the ball stays still and a bird flies from the left of the ball to the right of the ball, how's the "
     "water?",
     "bird", "ball", RIGHTWARD),
    ("Ze ball stays still! A bird flies from ze right of ze ball to ze left of ze ball! Pizza, pizza!",
     "bird", "ball", LEFTWARD),
    ("<p>A bird flies from the left of the dog to the right of the dog. <em>The dog stays still.</em></p>",
     "bird", "dog", RIGHTWARD),
    ("So a bird flies from the right of the car to the left of the car, and the car stays still, anyway.",
     "bird", "car", LEFTWARD),
    ("Cat stays still! Car drives from ze left of ze cat to ze right of ze cat! Go!",
     "car", "cat", RIGHTWARD),
    ("<ul><li>the ball stays still</li><li>a dog walks from the right of the ball to the left of the ball</li></ul>",
     "dog", "ball", LEFTWARD),
    ("The ball stays still, babe, and a cat runs from the left of the ball to the right of the ball, mad.",
     "cat", "ball", RIGHTWARD),
    ("Ball stays still! Dog walks from ze right of ze ball to ze left of ze ball! French fries!",
     "dog", "ball", LEFTWARD),
    ("<p>The bird stays still.</p><!-- mover: cat --><p>A cat runs from the left of the bird to the right of the "
     "bird.</p>",
     "cat", "bird", RIGHTWARD),
    ("So, the car stays still and a dog walks from the right of the car to the left of the car, anyway, rinse time.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above! A moving car, lower left corner to ze lower right corner, zen ze upper right corner! Follow!",
     "car", BL_BR_TR),
    ("<title>Route</title><p>Seen from above: a moving car goes from the lower left corner to the upper left corner,"
     " then to the upper right corner.</p>",
     "car", BL_TL_TR),
    ("So, seen from above, babe, a moving car goes from the lower right corner to the lower left corner and then the"
     " upper left corner, anyway.",
     "car", BR_BL_TL),
    ("From above! Moving car! Lower right corner, zen upper right corner, zen upper left corner! Pizza!",
     "car", BR_TR_TL),
    ("<ul><li>view: from above</li><li>a moving car: lower left corner</li><li>then lower right corner</li><li>then "
     "upper right corner</li></ul>",
     "car", BL_BR_TR),
    ("Seen from above, a moving car starts in the lower left corner, goes to the upper left corner, then the upper "
     "right corner, how's the water?",
     "car", BL_TL_TR),
    ("Seen from above! Lively cat! Lower right corner to lower left corner, zen upper left corner! Bend ze knees!",
     "cat", BR_BL_TL),
    ("<p>From above, a lively cat runs from the lower right corner to the upper right corner, then to the upper left"
     " corner.</p>",
     "cat", BR_TR_TL),
    ("Anyway, from above, a lively cat runs lower left corner to lower right corner, then upper right corner, "
     "honestly, cats.",
     "cat", BL_BR_TR),
    ("Looking down from above! A lively cat, lower left corner, upper left corner, upper right corner! In zat order!",
     "cat", BL_TL_TR),
    ("<!-- seen from above --><p>A lively cat: lower right corner, then lower left corner, then upper left corner.</p>",
     "cat", BR_BL_TL),
    ("So from above, babe, a lively cat goes lower right corner, then upper right corner, then upper left corner.",
     "cat", BR_TR_TL),
    ("From above! A flying bird! Lower left corner, lower right corner, upper right corner! French fries!",
     "bird", BL_BR_TR),
    ("<title>Flight seen from above</title><p>A flying bird flies from the lower left corner to the upper left "
     "corner, then the upper right corner.</p>",
     "bird", BL_TL_TR),
    ("Seen from above, a flying bird, lower right corner to lower left corner and on to the upper left corner, "
     "gorgeous.",
     "bird", BR_BL_TL),
    ("Seen from above! Flying bird goes lower right corner, zen upper right corner, zen upper left corner! Go!",
     "bird", BR_TR_TL),
    ("<ul><li>seen from above</li><li>a flying bird</li><li>lower left corner, lower right corner, upper right "
     "corner</li></ul>",
     "bird", BL_BR_TR),
    ("From above, a flying bird goes from the lower left corner to the upper left corner and then the upper right "
     "corner, anyway.",
     "bird", BL_TL_TR),
    ("From above! Moving ball! Lower right corner to lower left corner, zen to upper left corner! Allez!",
     "ball", BR_BL_TL),
    ("<p>Seen from above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner.</p>",
     "ball", BR_TR_TL),
    ("So, seen from above, a moving ball rolls lower left corner to lower right corner to upper right corner, how's "
     "the water?",
     "ball", BL_BR_TR),
    ("Looking down from above! Moving ball! Lower left corner, upper left corner, upper right corner! Pizza!",
     "ball", BL_TL_TR),
    ("<title>Path</title><!-- viewed from above --><p>A moving ball goes from the lower right corner to the lower "
     "left corner, then to the upper left corner.</p>",
     "ball", BR_BL_TL),
    ("From above, babe, a moving ball rolls from the lower right corner to the upper right corner, then the upper "
     "left corner, mad.",
     "ball", BR_TR_TL),
    ("Seen from above! Walking dog! Lower left corner, zen lower right corner, zen upper right corner! Bend ze knees!",
     "dog", BL_BR_TR),
    ("<ul><li>from above</li><li>a walking dog goes from the lower left corner</li><li>to the upper left "
     "corner</li><li>then to the upper right corner</li></ul>",
     "dog", BL_TL_TR),
    ("So, from above, a walking dog walks from the lower right corner to the lower left corner, then the upper left "
     "corner, bless.",
     "dog", BR_BL_TL),
    ("From above! A walking dog! Lower right corner, upper right corner, upper left corner! Slowly!",
     "dog", BR_TR_TL),
    ("<p>Seen from above: a walking dog walks from the lower left corner to the lower right corner and then to the "
     "upper right corner.</p>",
     "dog", BL_BR_TR),
    ("Anyway, seen from above, a walking dog walks lower left corner to upper left corner to upper right corner, "
     "how's the water?",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
