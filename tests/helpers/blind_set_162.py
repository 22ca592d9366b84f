"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-corner
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Boston speaker in dialect, telling a friend what he saw ("wicked", "pissah", "kid", "theah",
  "ovah", "staht to finish", "Are ya kiddin' me?"), where the speaker, his friend, his phone, his
  cousin, his Nana, Dunks, the Pike, the Hahbah and Southie are never in the video, and what he tells
  is the clip; he drops his r's only around LVD's words (its class nouns, counts, colours, halves,
  sides and corners are spelled as LVD spells them), and in numeracy prompts names nobody and no
  place, not even "kid";
- an SVG file's markup ("<svg id=...>", shapes like "<rect>", "<circle>", "<ellipse>", "<path>",
  "<polygon>" and "<polyline>", ids and classes, "<title>", "<desc>", "<set>", "<animateMotion>",
  "data-" attributes and "<!-- comments -->"), where the file, its elements and its attributes are
  never in the video, and the scene it marks up is the clip; each object is one shape named by its
  class noun, it writes no digits at all (no coordinates, no viewBox, no xmlns), gives no shape a
  colour but an attribution object its own, draws no text and no gradient, and in numeracy prompts
  holds no shape beside the count's own;
- a ballroom-dance judge's comments on a heat's sheet (a dance as the header, "On show:", "Entry:",
  terse praise like "Good drive, lovely travel" or "Lovely poise, very musical", "Recall: yes" or
  "Recall: X"), where the judge, the dancers, the sheet, the room and the band are never in the video,
  and the entry the judge comments on is the clip; the sheet names no couple and no number, and
  in numeracy prompts recalls only with "yes".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
shape beside the count's own, no person, no place) and put no other number word beside it (no "first",
no "single", no "couple", no "both", no recall "X"). No voice gives its own props a colour (no team,
no subway line, no fill but an object's own), no idiom hides a class noun or a side (no "care",
"scorecard", "adjudicator", "staccato", "bright", "that's right" or "nothing left"), "half" is only
said of the clip's halves, "upper", "lower", "corner", "top" and "bottom" only of a route (never
"stop", "follower" or "slower"), and "still" only of a relation's second object. A relation names its
second object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 30-59 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 140/180 (numeracy 27, attribution 26, visibility 28, one-object 23, two-object 21, sequential 15)
on 89b41f8a; 180/180 after the fixes of its own branch (an SVG file's shapes are its things: an id or class names one,
a fill or class colours it, data-from/data-to, data-direction, data-path or a "car-route" polyline move it, a
"still" class or data-state holds it, a <set> of visibility or a half-named <g> times it, a comment inside a shape is
said of it, and shapes the comments already name or count are those things again; a scorecard's "Car: lower right
corner, then ..." is the car's route; a Boston speaker's "theah", "ovah", "staht" are the little words, and "Zoom.
Gone." how fast it went by).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('<svg id="clip">\n  <!-- one moving car, start to end of the clip; nothing else -->\n'
     '  <rect class="car moving"/>\n</svg>', "car", 1),
    ("Okay so get this. Two movin' cars, wicked fast, the whole clip from staht to finish, and nothin' else in it. "
     "Nothin'. Pissah.", "car", 2),
    ("Open Standard - Quickstep\nOn show: three moving cars, from the start of the clip to the end. Nothing else "
     "entered.\nGood drive, lovely travel, tempo spot on.\nRecall: yes", "car", 3),
    ('<svg id="scene">\n  <g id="moving-cars">\n    <!-- four moving cars, in view the whole clip -->\n'
     '    <rect class="car"/>\n    <rect class="car"/>\n    <rect class="car"/>\n    <rect class="car"/>\n  </g>\n'
     '  <!-- nothing else -->\n</svg>', "car", 4),
    ("Wicked cute, I'm tellin' ya. One lively cat, theah the whole clip, staht to end, and nothin' else. That's it. "
     "That's the whole thing.", "cat", 1),
    ("WALTZ\nEntry: two lively cats, on view from the start of the clip to its end; nothing else on show.\nLovely "
     "poise, very musical.\nRecall: yes", "cat", 2),
    ('<svg>\n  <title>Three lively cats</title>\n'
     '  <desc>Three lively cats, from the start of the clip to the end. Nothing else.</desc>\n'
     '  <ellipse class="cat"/>\n  <ellipse class="cat"/>\n  <ellipse class="cat"/>\n</svg>', "cat", 3),
    ("Are ya kiddin' me? Four lively cats, runnin' around the whole clip, staht to finish. Nothin' else, I swear. "
     "Wicked pissah.", "cat", 4),
    ("Viennese Waltz - comments\nOne flying bird, on view from start to finish of the clip. Nothing else entered.\n"
     "Gorgeous flight, very light.\nRecall: yes", "bird", 1),
    ('<svg id="clip">\n  <!-- start to finish: two flying birds, nothing else -->\n  <path class="bird flying"/>\n'
     '  <path class="bird flying"/>\n</svg>', "bird", 2),
    ("So ya got three flying birds, flappin' around the whole clip, from the staht to the end. Nothin' else. Wicked "
     "simple.", "bird", 3),
    ("Samba\nFour flying birds on show from the start of the clip to the end, nothing else.\nLovely energy, very "
     "musical, good bounce.\nRecall: yes", "bird", 4),
    ('<svg>\n  <circle id="ball" class="moving"/>\n'
     '  <!-- one moving ball, visible start to finish; nothing else in the clip -->\n</svg>', "ball", 1),
    ("Two moving balls, bouncin' all ovah the place, staht to finish. Nothin' else in the whole clip. Swear.",
     "ball", 2),
    ("Jive\nThree moving balls, on view the whole clip, start to end; nothing else on show.\nSharp, bouncy, terrific "
     "energy!\nRecall: yes", "ball", 3),
    ('<svg id="scene">\n  <desc>Four moving balls, in view from start to end. Nothing else.</desc>\n'
     '  <circle class="ball"/>\n  <circle class="ball"/>\n  <circle class="ball"/>\n  <circle class="ball"/>\n</svg>',
     "ball", 4),
    ("Tango\nOne walking dog, on show from the start of the clip to the end. Nothing else entered.\nStrong, punchy, "
     "good attack. Watch the head.\nRecall: yes", "dog", 1),
    ("Two walkin' dogs, just walkin', the whole clip, staht to finish. That's it, nothin' else. Wicked good.",
     "dog", 2),
    ('<svg>\n  <g id="walking-dogs">\n    <!-- three walking dogs; start to finish -->\n    <polygon class="dog"/>\n'
     '    <polygon class="dog"/>\n    <polygon class="dog"/>\n  </g>\n  <!-- nothing else -->\n</svg>', "dog", 3),
    ("Four walkin' dogs, I'm not kiddin', walkin' the whole clip from the staht to the end, and nothin' else theah. "
     "Pissah.", "dog", 4),
    ("Cha-cha\nEntry: two moving cars, start to finish of the clip, nothing else on show.\nCrisp action, good drive. "
     "V. clean.\nRecall: yes", "car", 2),
    ('<svg id="clip">\n  <title>One lively cat</title>\n  <!-- in view from start to end, nothing else -->\n'
     '  <ellipse id="cat"/>\n</svg>', "cat", 1),
    ("Four flying birds, the whole clip, staht to finish, and nothin' else. That's wicked nice, huh?", "bird", 4),
    ("Rumba\nOne moving ball, on view start to end of the clip; nothing else entered.\nBeautiful Cuban motion, "
     "controlled, sensual.\nRecall: yes", "ball", 1),
    ('<svg>\n  <!-- two walking dogs, in view the whole clip -->\n  <polygon class="dog walking"/>\n'
     '  <polygon class="dog walking"/>\n  <!-- nothing else in the clip -->\n</svg>', "dog", 2),
    ("Three movin' cars goin' the whole clip, staht to finish, nothin' else. Wicked fast, too.", "car", 3),
    ("Quickstep\nFour lively cats on show, start of the clip to its end. Nothing else.\nLight feet, lovely hops, "
     "great speed!\nRecall: yes", "cat", 4),
    ('<svg id="scene">\n  <path id="bird" class="flying"/>\n'
     '  <!-- one flying bird, start to finish; nothing else -->\n</svg>', "bird", 1),
    ("Viennese Waltz\nThree walking dogs, on show from start to finish of the clip, nothing else.\nGraceful, elegant, "
     "nicely musical.\nRecall: yes", "dog", 3),
    ("Four moving balls, bouncin' the whole clip from staht to finish. Nothin' else in theah. Wicked.", "ball", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Ya gotta see this. A red car with a brown bird next to it, the whole clip, staht to finish. Neithah one goes "
     "anywheah. Wicked.", "car", "red", "bird", "brown"),
    ('<svg id="clip">\n  <!-- side by side, the whole clip -->\n  <ellipse id="cat" fill="purple"/>\n'
     '  <rect id="car" fill="green"/>\n</svg>', "cat", "purple", "car", "green"),
    ("Open Standard, Tango\nA gray car and an orange dog, side by side, on show the whole clip.\nGd connection "
     "between them, strong presence.\nRecall: yes", "car", "gray", "dog", "orange"),
    ("So theah's a red cat, and beside it theah's a gray dog. The two of 'em, the whole clip, staht to finish. My "
     "cousin Sully'd love it.", "cat", "red", "dog", "gray"),
    ('<svg>\n  <title>A red dog beside a gray car</title>\n  <polygon id="dog" fill="red"/>\n'
     '  <rect id="car" fill="gray"/>\n  <!-- both in view for the whole clip -->\n</svg>', "dog", "red", "car", "gray"),
    ("Waltz\nPurple dog, yellow car - side by side, start to finish of the clip.\nLovely pairing, elegant "
     "presentation.\nRecall: X", "dog", "purple", "car", "yellow"),
    ('<svg id="scene">\n  <g id="pair">\n    <ellipse id="cat" class="red"/>\n    <circle id="ball" class="gray"/>\n'
     '  </g>\n  <!-- side by side, start to end -->\n</svg>', "cat", "red", "ball", "gray"),
    ("A brown cat sittin' next to a blue dog, the whole clip. Nevah seen nothin' like it. Wicked weird, kid.",
     "cat", "brown", "dog", "blue"),
    ("Rumba\nA white dog beside a red cat, on show the whole clip, start to finish.\nBeautiful connection, v. "
     "sensual, unhurried.\nRecall: yes", "dog", "white", "cat", "red"),
    ('<svg>\n  <desc>A yellow bird next to an orange car, whole clip.</desc>\n  <path id="bird" fill="yellow"/>\n'
     '  <rect id="car" fill="orange"/>\n</svg>', "bird", "yellow", "car", "orange"),
    ("Okay, so: green dog. Blue car. Side by side, the whole clip from staht to finish. Don't ask me, I just saw it "
     "on my phone at Dunks.", "dog", "green", "car", "blue"),
    ("Jive\nBlack cat and brown ball, side by side from the start of the clip to the end.\nGreat energy, sharp and "
     "playful.\nRecall: X", "cat", "black", "ball", "brown"),
    ('<svg id="clip">\n  <!-- purple car, red cat beside it; both for the whole clip -->\n'
     '  <rect id="car" class="purple"/>\n  <ellipse id="cat" class="red"/>\n</svg>', "car", "purple", "cat", "red"),
    ("Theah's a gray dog and a brown cat, next to each othah, the whole clip, beginnin' to end. Not fightin' or "
     "nothin'. Pissah.", "dog", "gray", "cat", "brown"),
    ("Quickstep\nA black car with a brown dog beside it, on show for the whole clip.\nNeat, tidy, good presence.\n"
     "Recall: yes", "car", "black", "dog", "brown"),
    ('<svg>\n  <circle id="ball" fill="yellow"/>\n  <polygon id="dog" fill="pink"/>\n'
     '  <!-- side by side; in view start to finish -->\n</svg>', "ball", "yellow", "dog", "pink"),
    ("A gray cat next to a white dog, the whole clip, staht to finish. Like my Nana's place on a Sunday, no lie.",
     "cat", "gray", "dog", "white"),
    ("Samba\nYellow dog, orange car, side by side, start to finish of the clip.\nWarm, lively, great rhythm.\nRecall: "
     "X", "dog", "yellow", "car", "orange"),
    ('<svg id="scene">\n  <title>A black bird and a brown cat</title>\n  <path id="bird" class="black"/>\n'
     '  <ellipse id="cat" class="brown"/>\n  <!-- side by side, the whole clip -->\n</svg>',
     "bird", "black", "cat", "brown"),
    ("A white ball sittin' beside a red car, the whole clip. Just sittin' theah, staht to finish. Wicked borin', "
     "honestly.", "ball", "white", "car", "red"),
    ("Viennese Waltz\nWhite ball, black cat, side by side through the whole clip.\nElegant, smooth, nicely matched.\n"
     "Recall: yes", "ball", "white", "cat", "black"),
    ('<svg>\n  <!-- a yellow cat beside a pink ball, start to end -->\n  <ellipse id="cat" fill="yellow"/>\n'
     '  <circle id="ball" fill="pink"/>\n</svg>', "cat", "yellow", "ball", "pink"),
    ("Theah's a black car with an orange bird next to it. Whole clip, staht to finish, neithah one moves off. Wicked.",
     "car", "black", "bird", "orange"),
    ("Cha-cha\nAn orange ball beside a brown car, on show from start to finish of the clip.\nCrisp, cheeky, good "
     "timing.\nRecall: X", "ball", "orange", "car", "brown"),
    ('<svg id="clip">\n  <path id="bird" class="gray"/>\n  <ellipse id="cat" class="green"/>\n'
     '  <!-- side by side for the whole clip -->\n</svg>', "bird", "gray", "cat", "green"),
    ("A blue car and a red cat beside it, the whole clip from staht to end. Not a scratch on the car eithah.",
     "car", "blue", "cat", "red"),
    ("Tango\nWhite ball, black car, side by side, start of the clip to its end.\nStrong contrast, sharp lines.\n"
     "Recall: yes", "ball", "white", "car", "black"),
    ('<svg>\n  <desc>A green bird beside a white ball, in view the whole clip.</desc>\n'
     '  <path id="bird" fill="green"/>\n  <circle id="ball" fill="white"/>\n</svg>', "bird", "green", "ball", "white"),
    ("A blue ball next to a yellow dog. Whole clip, staht to finish. Dog's just sittin' theah, nevah touches the "
     "ball. Wicked good dog.", "ball", "blue", "dog", "yellow"),
    ("Quickstep\nA yellow bird and a blue ball, side by side for the whole clip.\nLight, lively, well matched.\n"
     "Recall: X", "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("No car in the first half, nothin'. Then in the second half, a moving car pulls in and stays till the end. "
     "Typical.", "car"),
    ('<svg id="clip">\n  <!-- first half of the clip: no car -->\n'
     '  <rect id="car" class="moving" visibility="hidden">\n'
     '    <!-- second half: the moving car appears and stays to the end -->\n'
     '    <set attributeName="visibility" to="visible" begin="second-half"/>\n  </rect>\n</svg>', "car"),
    ("Quickstep\nNo car on show in the first half of the clip. A moving car enters in the second half and stays to "
     "the end.\nLate entrance, strong finish.\nRecall: yes", "car"),
    ("Open Latin - Rumba\nFirst half of the clip: no cat. Second half: a lively cat appears and stays until the end.\n"
     "Worth the wait. Lovely.\nRecall: X", "cat"),
    ("Ya wait the whole first half, no cat. Nothin'. Then second half, boom, a lively cat shows up and hangs around "
     "till the end.", "cat"),
    ('<svg>\n  <ellipse id="cat" class="lively" display="none">\n'
     '    <!-- hidden in the first half; shown from the second half to the end -->\n'
     '    <set attributeName="display" to="inline" begin="second-half"/>\n  </ellipse>\n</svg>', "cat"),
    ('<svg id="scene">\n  <!-- first half: no bird -->\n'
     '  <!-- second half: a flying bird appears and stays to the end -->\n'
     '  <path id="bird" class="flying" data-appears="second half"/>\n</svg>', "bird"),
    ("Waltz\nNo bird in the first half. A flying bird comes in during the second half of the clip and stays to the "
     "end.\nGraceful entry, floats beautifully.\nRecall: yes", "bird"),
    ("First half, no bird, not a feathah. Second half, a flying bird shows up outta nowheah and sticks around till "
     "the end.", "bird"),
    ("No ball the whole first half, I'm tellin' ya. Then in the second half a moving ball comes in and stays till the "
     "end. Wicked.", "ball"),
    ('<svg>\n  <circle id="ball" class="moving" visibility="hidden"/>\n'
     '  <!-- absent in the first half; a moving ball appears in the second half and stays to the end -->\n</svg>',
     "ball"),
    ("Jive\nNo ball in the first half of the clip. Second half: a moving ball bounces in and stays till the end.\n"
     "Explosive entrance!\nRecall: X", "ball"),
    ('<svg id="clip">\n  <g id="first-half">\n    <!-- no dog -->\n  </g>\n  <g id="second-half">\n'
     '    <!-- a walking dog appears here and stays to the end -->\n    <polygon id="dog" class="walking"/>\n  </g>\n'
     '</svg>', "dog"),
    ("Ya don't see a dog in the first half. Then second half, heah comes a walking dog, and he stays till the end. "
     "Good boy.", "dog"),
    ("Tango\nFirst half of the clip: no dog on show. Second half: a walking dog enters and stays through to the end.\n"
     "Confident, purposeful walk.\nRecall: yes", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Quickstep\nA moving car on show in the first half of the clip; in the second half, no car.\nQuick exit. Shame.\n"
     "Recall: X", "car"),
    ("A moving car in the first half, then second half? No car. Gone. Prob'ly went lookin' for pahkin'.", "car"),
    ('<svg>\n  <rect id="car" class="moving">\n    <!-- shown in the first half; no car in the second half -->\n'
     '    <set attributeName="visibility" to="hidden" begin="second-half"/>\n  </rect>\n</svg>', "car"),
    ('<svg id="clip">\n  <g id="first-half">\n    <ellipse id="cat" class="lively"/>\n  </g>\n  <g id="second-half">\n'
     '    <!-- no cat -->\n  </g>\n</svg>', "cat"),
    ("Cha-cha\nA lively cat in the first half of the clip. Second half: no cat.\nLovely while it lasted.\nRecall: yes",
     "cat"),
    ("Theah's a lively cat in the first half, and then in the second half, no cat. Took off. Typical cat.", "cat"),
    ("First half, a flying bird. Second half, no bird. Gone. Outta heah.", "bird"),
    ('<svg>\n  <path id="bird" class="flying" data-visible="first half"/>\n'
     '  <!-- second half of the clip: no bird -->\n</svg>', "bird"),
    ("Waltz\nFlying bird on show in the first half of the clip; no bird in the second half.\nBeautiful flight, exits "
     "early.\nRecall: X", "bird"),
    ('<svg id="scene">\n  <!-- first half: a moving ball -->\n  <circle id="ball" class="moving">\n'
     '    <set attributeName="display" to="none" begin="second-half"/>\n  </circle>\n  <!-- second half: no ball -->\n'
     '</svg>', "ball"),
    ("Moving ball in the first half, bouncin' around. Second half? No ball. Gone, rolled off somewheah.", "ball"),
    ("Jive\nA moving ball in the first half of the clip; in the second half, no ball.\nGreat energy, ovah too soon.\n"
     "Recall: yes", "ball"),
    ("Tango\nA walking dog on show during the first half of the clip. No dog in the second half.\nStrong walk, abrupt "
     "exit.\nRecall: X", "dog"),
    ('<svg>\n  <polygon id="dog" class="walking">\n    <!-- visible in the first half only -->\n'
     '    <set attributeName="visibility" to="hidden" begin="second-half"/>\n  </polygon>\n'
     '  <!-- second half: no dog -->\n</svg>', "dog"),
    ("A walking dog in the first half, just walkin'. Then the second half, no dog. Went home for suppah.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ('<svg id="clip">\n  <rect id="car" class="moving">\n    <!-- crosses the frame: left side to right side -->\n'
     '    <animateMotion data-from="left side of the frame" data-to="right side of the frame"/>\n  </rect>\n</svg>',
     "car", RIGHTWARD),
    ("So a moving car comes from the right side of the frame and goes all the way ovah to the left side. Wicked fast. "
     "Like some guy late for work on the Pike.", "car", LEFTWARD),
    ("Quickstep\nA moving car travels from the left side of the frame to the right side.\nFabulous travel, great "
     "drive.\nRecall: yes", "car", RIGHTWARD),
    ('<svg>\n  <!-- a moving car, right side of the frame to the left side -->\n'
     '  <rect id="car" class="moving" data-direction="right-to-left"/>\n</svg>', "car", LEFTWARD),
    ("Moving car, left side of the frame ovah to the right side. That's it. Didn't even use a blinkah.",
     "car", RIGHTWARD),
    ("Tango\nMoving car, from the right side of the frame to the left side.\nPurposeful, sharp, direct.\nRecall: X",
     "car", LEFTWARD),
    ("A lively cat goes tearin' from the left side of the frame to the right side. Wicked quick, kid.",
     "cat", RIGHTWARD),
    ("Open Latin, Jive\nA lively cat crosses from the right side of the frame to the left side.\nCheeky, lively, "
     "great footwork.\nRecall: yes", "cat", LEFTWARD),
    ('<svg id="scene">\n  <ellipse id="cat" class="lively">\n'
     '    <!-- path: left side of the frame to the right side -->\n'
     '    <animateMotion data-from="left" data-to="right"/>\n  </ellipse>\n</svg>', "cat", RIGHTWARD),
    ("Then this lively cat runs from the right side of the frame to the left side. Zoom. Gone. Pissah.",
     "cat", LEFTWARD),
    ("Samba\nLively cat, left side of the frame to the right side.\nGreat bounce, good travel.\nRecall: X",
     "cat", RIGHTWARD),
    ('<svg>\n  <title>Lively cat crossing</title>\n  <!-- right side of the frame to the left side -->\n'
     '  <ellipse id="cat" class="lively" data-direction="right-to-left"/>\n</svg>', "cat", LEFTWARD),
    ("Viennese Waltz\nA flying bird, from the left side of the frame to the right side.\nSweeping, elegant flight.\n"
     "Recall: yes", "bird", RIGHTWARD),
    ('<svg id="clip">\n  <path id="bird" class="flying">\n'
     '    <!-- flies from the right side of the frame to the left side -->\n'
     '    <animateMotion data-from="right side of the frame" data-to="left side of the frame"/>\n  </path>\n</svg>',
     "bird", LEFTWARD),
    ("A flying bird goes from the left side of the frame to the right side. Prob'ly a seagull from the Hahbah.",
     "bird", RIGHTWARD),
    ("Waltz\nFlying bird crosses from the right side of the frame to the left side.\nLovely swing, floats "
     "beautifully.\nRecall: X", "bird", LEFTWARD),
    ('<svg>\n  <!-- a flying bird, left side of the frame to the right side -->\n'
     '  <path id="bird" class="flying" data-direction="left-to-right"/>\n</svg>', "bird", RIGHTWARD),
    ("Flying bird, right side of the frame ovah to the left side. Wicked graceful, I gotta say.", "bird", LEFTWARD),
    ("A moving ball rolls from the left side of the frame to the right side. Nobody goes aftah it, eithah.",
     "ball", RIGHTWARD),
    ('<svg id="scene">\n  <circle id="ball" class="moving">\n'
     '    <!-- rolls from the right side of the frame to the left side -->\n'
     '    <animateMotion data-from="right" data-to="left"/>\n  </circle>\n</svg>', "ball", LEFTWARD),
    ("Jive\nMoving ball, left side of the frame to the right side.\nBouncy, sharp, terrific energy.\nRecall: yes",
     "ball", RIGHTWARD),
    ("This moving ball goes from the right side of the frame to the left side. Just rollin'. Wicked satisfyin'.",
     "ball", LEFTWARD),
    ("Samba\nA moving ball travels from the left side of the frame to the right side.\nGood bounce action "
     "throughout.\nRecall: X", "ball", RIGHTWARD),
    ('<svg>\n  <title>Moving ball</title>\n  <!-- right side of the frame to the left side -->\n'
     '  <circle id="ball" class="moving" data-direction="right-to-left"/>\n</svg>', "ball", LEFTWARD),
    ('<svg id="clip">\n  <polygon id="dog" class="walking">\n'
     '    <!-- walks from the left side of the frame to the right side -->\n'
     '    <animateMotion data-from="left side of the frame" data-to="right side of the frame"/>\n  </polygon>\n</svg>',
     "dog", RIGHTWARD),
    ("Tango\nA walking dog, right side of the frame to the left side.\nGreat attack, confident walk.\nRecall: yes",
     "dog", LEFTWARD),
    ("A walking dog goes from the left side of the frame ovah to the right side. Takin' his time. Good boy.",
     "dog", RIGHTWARD),
    ('<svg>\n  <!-- a walking dog, right side of the frame to the left side -->\n'
     '  <polygon id="dog" class="walking" data-direction="right-to-left"/>\n</svg>', "dog", LEFTWARD),
    ("Quickstep\nWalking dog travels from the left side of the frame to the right side.\nSmooth, unhurried, good "
     "swing.\nRecall: X", "dog", RIGHTWARD),
    ("Walking dog, right side of the frame to the left side. Just strollin' like he owns Southie.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("So the car stays still the whole time, and a dog walks from the left of the car to the right of the car. Car "
     "nevah budges.", "dog", "car", RIGHTWARD),
    ('<svg id="clip">\n  <path id="bird" data-motion="still"/>\n  <!-- the bird stays still -->\n'
     '  <circle id="ball" class="moving">\n    <!-- from the right of the bird to the left of the bird -->\n'
     '  </circle>\n</svg>', "ball", "bird", LEFTWARD),
    ("Jive\nA ball rolls from the left of the dog to the right of the dog; the dog stays still.\nGreat bounce, lovely "
     "contrast.\nRecall: yes", "ball", "dog", RIGHTWARD),
    ("The cat stays still, kid, doesn't move. And a ball rolls from the right of the cat to the left of the cat. Cat "
     "doesn't even blink.", "ball", "cat", LEFTWARD),
    ('<svg>\n  <circle id="ball" class="still"/>\n  <!-- ball stays still -->\n  <rect id="car">\n'
     '    <!-- drives from the left of the ball to the right of the ball -->\n'
     '    <animateMotion data-from="left of the ball" data-to="right of the ball"/>\n  </rect>\n</svg>',
     "car", "ball", RIGHTWARD),
    ("Waltz\nBird flies from the right of the cat to the left of the cat. The cat stays still throughout.\nGraceful "
     "flight, good poise from the cat.\nRecall: X", "bird", "cat", LEFTWARD),
    ("A dog walks from the left of the bird to the right of the bird, and the bird stays still. Doesn't fly off or "
     "nothin'. Wicked calm bird.", "dog", "bird", RIGHTWARD),
    ('<svg id="scene">\n  <ellipse id="cat" data-state="stays still"/>\n  <polygon id="dog">\n'
     '    <!-- walks from the right of the cat to the left of the cat -->\n  </polygon>\n</svg>',
     "dog", "cat", LEFTWARD),
    ("Cha-cha\nA ball travels from the left of the car to the right of the car, and the car stays still.\nCheeky and "
     "neat.\nRecall: yes", "ball", "car", RIGHTWARD),
    ("The cat stays still. Then a dog walks from the right of the cat to the left of the cat. Cat couldn't be "
     "bothahed.", "dog", "cat", LEFTWARD),
    ('<svg>\n  <!-- the ball stays still -->\n  <circle id="ball"/>\n'
     '  <path id="bird" data-from="left of the ball" data-to="right of the ball"/>\n</svg>', "bird", "ball", RIGHTWARD),
    ("Viennese Waltz\nA bird flies from the right of the ball to the left of the ball. Ball stays still.\nSweeping, "
     "airy.\nRecall: X", "bird", "ball", LEFTWARD),
    ("A bird flies from the left of the dog to the right of the dog. The dog stays still, just sits theah. Good dog.",
     "bird", "dog", RIGHTWARD),
    ('<svg id="clip">\n  <rect id="car" class="stays-still"/>\n  <path id="bird">\n'
     '    <!-- flies from the right of the car to the left of the car -->\n'
     '    <animateMotion data-from="right of the car" data-to="left of the car"/>\n  </path>\n</svg>',
     "bird", "car", LEFTWARD),
    ("Tango\nThe car drives from the left of the cat to the right of the cat; the cat stays still.\nStrong, "
     "decisive.\nRecall: yes", "car", "cat", RIGHTWARD),
    ("The ball stays still. A dog walks from the right of the ball to the left of the ball and doesn't even sniff it. "
     "Wicked disciplined.", "dog", "ball", LEFTWARD),
    ('<svg>\n  <circle id="ball" data-motion="none"/>\n  <!-- the ball stays still -->\n'
     '  <ellipse id="cat" data-from="left of the ball" data-to="right of the ball"/>\n</svg>',
     "cat", "ball", RIGHTWARD),
    ("Quickstep\nA dog walks from the right of the ball to the left of the ball. The ball stays still.\nNeat "
     "footwork, nice and tidy.\nRecall: X", "dog", "ball", LEFTWARD),
    ("Get this: a cat runs from the left of the bird to the right of the bird, and the bird stays still. Nevah "
     "flinches. Are ya kiddin' me?", "cat", "bird", RIGHTWARD),
    ('<svg id="scene">\n  <rect id="car"/>\n  <!-- car: stays still -->\n  <polygon id="dog">\n'
     '    <!-- walks from the right of the car to the left of the car -->\n  </polygon>\n</svg>',
     "dog", "car", LEFTWARD),
    ("Samba\nA bird flies from the left of the ball to the right of the ball; the ball stays still.\nLovely lift.\n"
     "Recall: yes", "bird", "ball", RIGHTWARD),
    ("Bird flies from the right of the ball to the left of the ball. Ball stays still. That's the whole thing, kid.",
     "bird", "ball", LEFTWARD),
    ('<svg>\n  <title>Car passes ball</title>\n  <circle id="ball" class="still"/>\n  <!-- ball stays still -->\n'
     '  <rect id="car" data-from="left of the ball" data-to="right of the ball"/>\n</svg>', "car", "ball", RIGHTWARD),
    ("Waltz\nA bird flies from the right of the dog to the left of the dog; the dog stays still.\nBeautiful flight, "
     "steady dog.\nRecall: X", "bird", "dog", LEFTWARD),
    ("The car stays still, pahked theah. A dog walks from the left of the car to the right of the car. Prob'ly "
     "sniffin' the tiahs.", "dog", "car", RIGHTWARD),
    ('<svg id="clip">\n  <circle id="ball"/>\n  <!-- the ball stays still the whole clip -->\n  <path id="bird">\n'
     '    <animateMotion data-from="right of the ball" data-to="left of the ball"/>\n  </path>\n</svg>',
     "bird", "ball", LEFTWARD),
    ("Rumba\nA dog walks from the left of the cat to the right of the cat. The cat stays still.\nControlled, "
     "unhurried.\nRecall: yes", "dog", "cat", RIGHTWARD),
    ("A dog walks from the right of the car to the left of the car. The car stays still the whole time. Nobody's "
     "movin' that car.", "dog", "car", LEFTWARD),
    ('<svg>\n  <polygon id="dog" data-state="still"/>\n  <!-- the dog stays still -->\n  <ellipse id="cat">\n'
     '    <!-- runs from the left of the dog to the right of the dog -->\n  </ellipse>\n</svg>',
     "cat", "dog", RIGHTWARD),
    ("Jive\nA cat runs from the right of the ball to the left of the ball; the ball stays still.\nQuick, cheeky, "
     "sharp.\nRecall: X", "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Quickstep - seen from above\nA car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner.\nGreat travel, good drive.\nRecall: yes", "car", BL_BR_TR),
    ('<svg id="clip">\n  <!-- seen from above -->\n  <rect id="car"/>\n'
     '  <polyline id="car-route" points="lower left corner, upper left corner, upper right corner"/>\n</svg>',
     "car", BL_TL_TR),
    ("From above, okay? A car goes from the lower right corner to the lower left corner, then up to the upper left "
     "corner. Like it's lookin' for pahkin'.", "car", BR_BL_TL),
    ("Tango, viewed from above\nCar: lower right corner, then the upper right corner, then the upper left corner.\n"
     "Sharp, clean angles.\nRecall: X", "car", BR_TR_TL),
    ('<svg>\n  <!-- viewed from above -->\n  <rect id="car">\n'
     '    <animateMotion data-path="lower left corner, lower right corner, upper right corner"/>\n  </rect>\n</svg>',
     "car", BL_BR_TR),
    ("Lookin' down from above: a car goes from the lower left corner to the upper left corner, then ovah to the upper "
     "right corner. Wicked smooth.", "car", BL_TL_TR),
    ("Rumba - from above\nA cat moves from the lower right corner to the lower left corner, then to the upper left "
     "corner.\nSensual, unhurried.\nRecall: yes", "cat", BR_BL_TL),
    ('<svg id="scene">\n  <!-- seen from above -->\n  <ellipse id="cat"/>\n'
     '  <polyline id="cat-route" points="lower right corner, upper right corner, upper left corner"/>\n</svg>',
     "cat", BR_TR_TL),
    ("From above, this cat runs from the lower left corner to the lower right corner, then to the upper right corner. "
     "Wicked zoomies.", "cat", BL_BR_TR),
    ("Jive, viewed from above\nCat: lower left corner to the upper left corner, then to the upper right corner.\n"
     "Great kicks, nice patterns.\nRecall: X", "cat", BL_TL_TR),
    ('<svg>\n  <!-- from above -->\n  <ellipse id="cat">\n'
     '    <animateMotion data-path="lower right corner, lower left corner, upper left corner"/>\n  </ellipse>\n</svg>',
     "cat", BR_BL_TL),
    ("Seen from above, a cat goes from the lower right corner up to the upper right corner, then to the upper left "
     "corner. Like it owns the place.", "cat", BR_TR_TL),
    ("Viennese Waltz - seen from above\nA bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner.\nWonderful sweep.\nRecall: yes", "bird", BL_BR_TR),
    ('<svg id="clip">\n  <!-- looking down from above -->\n  <path id="bird"/>\n'
     '  <polyline id="bird-route" points="lower left corner, upper left corner, upper right corner"/>\n</svg>',
     "bird", BL_TL_TR),
    ("From above, a bird flies from the lower right corner to the lower left corner, then to the upper left corner. "
     "Wicked pretty.", "bird", BR_BL_TL),
    ("Waltz, from above\nBird: lower right corner, upper right corner, then upper left corner.\nFloats beautifully.\n"
     "Recall: X", "bird", BR_TR_TL),
    ('<svg>\n  <!-- seen from above -->\n  <path id="bird">\n'
     '    <animateMotion data-path="lower left corner, lower right corner, upper right corner"/>\n  </path>\n</svg>',
     "bird", BL_BR_TR),
    ("Seen from above, kid: a bird goes from the lower left corner to the upper left corner, then to the upper right "
     "corner. Wicked.", "bird", BL_TL_TR),
    ("Jive - seen from above\nA ball goes from the lower right corner to the lower left corner, then to the upper "
     "left corner.\nBouncy, precise.\nRecall: yes", "ball", BR_BL_TL),
    ('<svg id="scene">\n  <!-- from above -->\n  <circle id="ball"/>\n'
     '  <polyline id="ball-route" points="lower right corner, upper right corner, upper left corner"/>\n</svg>',
     "ball", BR_TR_TL),
    ("From above: a ball rolls from the lower left corner to the lower right corner, then to the upper right corner. "
     "Nobody touches it.", "ball", BL_BR_TR),
    ("Samba, viewed from above\nBall: lower left corner, then the upper left corner, then the upper right corner.\n"
     "Good travel, great bounce.\nRecall: X", "ball", BL_TL_TR),
    ('<svg>\n  <!-- viewed from above -->\n  <circle id="ball">\n'
     '    <animateMotion data-path="lower right corner, lower left corner, upper left corner"/>\n  </circle>\n</svg>',
     "ball", BR_BL_TL),
    ("Seen from above, a ball goes from the lower right corner to the upper right corner, then to the upper left "
     "corner. Wicked weird.", "ball", BR_TR_TL),
    ("Quickstep - from above\nA dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner.\nConfident, purposeful.\nRecall: yes", "dog", BL_BR_TR),
    ('<svg id="clip">\n  <!-- seen from above -->\n  <polygon id="dog"/>\n'
     '  <polyline id="dog-route" points="lower left corner, upper left corner, upper right corner"/>\n</svg>',
     "dog", BL_TL_TR),
    ("From above, a dog walks from the lower right corner to the lower left corner, then to the upper left corner. "
     "Sniffin' everything, prob'ly.", "dog", BR_BL_TL),
    ("Tango, seen from above\nDog: lower right corner, upper right corner, upper left corner, in that order.\nStrong "
     "and punchy.\nRecall: X", "dog", BR_TR_TL),
    ('<svg>\n  <!-- looking down from above -->\n  <polygon id="dog">\n'
     '    <animateMotion data-path="lower left corner, lower right corner, upper right corner"/>\n  </polygon>\n</svg>',
     "dog", BL_BR_TR),
    ("Seen from above: a dog goes from the lower left corner to the upper left corner, then to the upper right "
     "corner. Good boy, wicked good boy.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
