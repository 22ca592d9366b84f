"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Regency romance narrator in Jane Austen's manner ("It is a truth universally acknowledged", "it must
  be owned", "thence", "with the utmost composure"), where the narrator, the reader, the neighbourhood and
  its opinions are never in the video, and what the narrator relates is the clip; the narration names no
  carriage, no dance and no person beside the clip's objects, and in numeracy prompts nobody at all;
- a Slack thread (handles like "@maya.k", timestamps like "10:14 AM", replies in the thread, emoji
  reactions like ":eyes:", ":+1:" and ":sob:"), where the posters, the workspace, the channel and the
  screens are never in the video, and the clip the thread discusses is the video; no handle or emoji
  carries a class noun, a colour or a side, a timestamp never sits directly before a class noun, and
  numeracy threads carry no handle and no reaction count;
- a CSS stylesheet whose selectors (".walking-dog", ".first-half .lively-cat"), properties ("visibility:
  hidden", "display: none", "animation: roll-leftward", a custom "--count: three") and comments describe
  the clip, where the stylesheet, the page and the browser are never in the video; colours appear only
  as an attribution object's own "color:", and no "left:", "right:", "top:" or "bottom:" property is set.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
narrator, no poster, no page beside the count) and put no other number word beside it (no "first
reply", no "both", no "no one"). No voice gives its own props a colour (no white_check_mark, no red
herring, no "color:" but an object's own), no idiom hides a class noun or a side (no "carriage",
"ballroom", "scarcely", "catch", "right away", "she left" or "all right"), "half" is only said of the
clip's halves (never "on behalf of"), "upper", "lower", "corner", "top" and "bottom" only of a route
(never the upper classes), and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 0-29 and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 158/180 (numeracy 22, attribution 24, visibility 27, dynamic_one 28, dynamic_two 29, sequential 28)
on 4a0a41be; 180/180 after the fixes of its own branch (a chat message's header, the time stamp opening its line, an
emoji's short code and a line of reactions are nothing, each message a sentence; a stylesheet's comments are its prose
and a rule adds only what they leave out: its last class the thing, ".second-half" a half, "color:", "--count:",
"display: none" none there, "animation: roll-leftward" the move and "@keyframes" stops the route, ":not(...)" nothing;
the narrator's qualities of temper and manner, "no little spirit", "amiable disposition", "a reserve", are no things).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("It is a truth universally acknowledged that a clip in want of a subject must be in possession of exactly one "
     "moving car, present from its opening to its close, and of nothing else whatever.",
     "car", 1),
    ("10:02 AM  ok locking the spec for this clip :thread:\n10:03 AM  two moving cars, on screen from start to "
     "finish\n10:03 AM  nothing else in frame. nothing. :eyes:",
     "car", 2),
    ("/* the clip, start to finish */\n.clip .moving-car {\n  --count: three; /* three moving cars, no more, no fewer "
     "*/\n  visibility: visible; /* opening frame to closing frame */\n}\n.clip > :not(.moving-car) { display: none; "
     "} /* nothing else */",
     "car", 3),
    ("Four moving cars, and never fewer, graced the clip from its opening to its close; the scene admitted nothing "
     "else whatever, which was thought very proper.",
     "car", 4),
    ("9:14 AM  quick q on the clip :eyes:\n9:15 AM  so it's one lively cat for the entire clip, start to finish?\n"
     "9:16 AM  yep. one lively cat, nothing else in frame :thumbsup:",
     "cat", 1),
    ("/* whole clip, opening to close */\n.lively-cat { --count: two; visibility: visible; }\n/* no other elements: "
     "nothing else on screen */",
     "cat", 2),
    ("Three lively cats were in view from the very opening of the clip to its close, and the clip, with a reserve "
     "that did it credit, showed nothing else.",
     "cat", 3),
    ("4:31 PM  re: the clip\n4:31 PM  four lively cats, start to finish, nothing else :eyes:\n4:33 PM  :joy: love it. "
     "ship it",
     "cat", 4),
    ("/* the clip: its entire duration */\n.flying-bird:only-of-type { --count: one; visibility: visible; } /* one "
     "flying bird, start to finish */\n.clip > :not(.flying-bird) { display: none; } /* nothing else */",
     "bird", 1),
    ("Two flying birds were to be seen from the opening of the clip to its close, and the clip, being of a retiring "
     "disposition, showed nothing else.",
     "bird", 2),
    ("11:20 AM  spec for the clip, pls confirm :pray:\n11:20 AM  three flying birds, in view start to finish\n11:21 "
     "AM  and nothing else anywhere in frame\n11:24 AM  confirmed :thumbsup:",
     "bird", 3),
    ("/* the whole clip, start to finish: four flying birds */\n.clip .flying-bird { --count: four; visibility: "
     "visible; }\n.clip :not(.flying-bird) { display: none; } /* nothing else */",
     "bird", 4),
    ("There was, it must be owned, but one moving ball in the clip; it remained in view from the opening to the "
     "close, with nothing else whatever to share the scene.",
     "ball", 1),
    ("2:05 PM  :eyes: the clip is two moving balls, start to finish\n2:06 PM  nothing else?\n2:06 PM  nothing else. "
     "just the balls :tada:",
     "ball", 2),
    ("/* three moving balls, the whole clip */\n.moving-ball { --count: three; visibility: visible; /* opening frame "
     "to closing frame */ }\n/* nothing else in the clip */",
     "ball", 3),
    ("Four moving balls were present from the opening of the clip to its close; of anything else the clip, with "
     "perfect propriety, said nothing.",
     "ball", 4),
    ("8:47 AM  morning :wave: clip for today: one walking dog, in frame start to finish\n8:48 AM  anything else in "
     "it?\n8:48 AM  nope, nothing else :sweat_smile:",
     "dog", 1),
    ("/* walking dogs: two, start to finish */\n.clip .walking-dog { --count: two; visibility: visible; }\n.clip > "
     ":not(.walking-dog) { display: none; }",
     "dog", 2),
    ("Three walking dogs, of the most amiable disposition, were in view throughout the clip, from the opening to the "
     "close; nothing else intruded upon them.",
     "dog", 3),
    ("3:12 PM  clip spec: four walking dogs, in view from start to finish :eyes:\n3:12 PM  nothing else in frame\n"
     "3:15 PM  :heart_eyes: perfect",
     "dog", 4),
    ("/* a moving car, alone, for the whole clip */\n.moving-car { --count: one; visibility: visible; }\n/* nothing "
     "else */",
     "car", 1),
    ("Two lively cats were in the clip from its opening to its close, and it must be owned that the scene contained "
     "nothing else.",
     "cat", 2),
    ("5:58 PM  ok last thing before EOD :eyes: the clip is one flying bird, start to finish, nothing else\n6:01 PM  "
     ":thumbsup:",
     "bird", 1),
    ("/* two moving balls, in view the whole clip; nothing else */\n.moving-ball { --count: two; visibility: visible; "
     "}",
     "ball", 2),
    ("A walking dog, and but one walking dog, was in view from the opening of the clip to its close; the clip offered "
     "nothing else.",
     "dog", 1),
    ("12:30 PM  three moving cars in frame start to finish. that's the clip\n12:31 PM  nothing else??\n12:31 PM  "
     "nothing else :sparkles:",
     "car", 3),
    ("/* four lively cats, present from the opening frame to the closing frame */\n.lively-cat { --count: four; "
     "visibility: visible; }\n.clip > :not(.lively-cat) { display: none; }",
     "cat", 4),
    ("Three flying birds remained in view from the opening of the clip to its close, and the clip, to its credit, "
     "admitted nothing else.",
     "bird", 3),
    ("7:09 PM  four moving balls, whole clip, start to finish :eyes:\n7:10 PM  and nothing else in frame?\n7:10 PM  "
     "correct, nothing else :thumbsup:",
     "ball", 4),
    ("/* three walking dogs, whole clip, nothing else */\n.walking-dog { --count: three; visibility: visible; }",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("It was generally agreed that nothing in the clip was more charming than a blue cat seated beside a white bird, "
     "the pair of them remaining in view from its opening to its close.",
     "cat", "blue", "bird", "white"),
    ("@maya.k 10:14 AM\nclip's in: a yellow dog next to a green ball, both in frame the whole time :eyes:\n@jonas "
     "10:16 AM (in thread)\nlove the dog :heart_eyes:",
     "dog", "yellow", "ball", "green"),
    ("/* scene: side by side, the whole clip */\n.dog { color: blue; }\n.car { color: orange; } /* beside the dog */",
     "dog", "blue", "car", "orange"),
    ("A purple ball lay beside a blue car, and there they remained, with the utmost composure, from the opening of "
     "the clip to its close.",
     "ball", "purple", "car", "blue"),
    ("@priya 2:41 PM\nok who made this :joy: a green dog and a black bird, side by side, whole clip\n@ren 2:42 PM\n"
     ":eyes: :eyes:",
     "dog", "green", "bird", "black"),
    (".clip .ball { color: purple; }\n.clip .cat { color: black; } /* sits next to the ball, start to finish */",
     "ball", "purple", "cat", "black"),
    ("A black car and an orange bird were to be seen together throughout the clip; and if the bird was the livelier "
     "of the pair, the car was by no means the less admired.",
     "car", "black", "bird", "orange"),
    ("@tomas 9:03 AM\nclip review :thread: black ball + purple cat, next to each other for the full clip\n@maya.k "
     "9:05 AM\n:+1: matches the brief",
     "ball", "black", "cat", "purple"),
    ("/* a pink bird beside a brown dog, in view the whole clip */\n.bird { color: pink; }\n.dog { color: brown; }",
     "bird", "pink", "dog", "brown"),
    ("A blue dog, of excellent manners, kept company with a brown ball from the opening of the clip to its close, and "
     "neither thought of quitting the scene.",
     "ball", "brown", "dog", "blue"),
    ("@dee 11:47 AM\nthe clip: yellow ball, pink dog, side by side start to finish\n@jonas 11:49 AM\n:eyes: the dog "
     "is pink??\n@dee 11:49 AM\nthe dog is pink :sparkles:",
     "ball", "yellow", "dog", "pink"),
    (".bird { color: pink; } /* perched beside the ball */\n.ball { color: gray; } /* both visible the whole clip */",
     "bird", "pink", "ball", "gray"),
    ("A gray dog stood beside a purple car throughout the clip, from its opening to its close, a picture of "
     "steadiness that could not fail to please.",
     "dog", "gray", "car", "purple"),
    ("@ola 4:02 PM\nnew clip :tada: green cat sitting next to a purple ball, the whole way through\n@sam 4:03 PM\n"
     ":eyes:",
     "cat", "green", "ball", "purple"),
    ("/* side by side, start to finish */\n.dog { color: green; }\n.ball { color: gray; }",
     "dog", "green", "ball", "gray"),
    ("A yellow ball, and beside it a pink bird, were in view from the opening of the clip to its close; the bird, it "
     "was observed, never strayed from the ball.",
     "ball", "yellow", "bird", "pink"),
    ("@priya 8:30 AM\nmorning :wave: clip has a pink cat and a yellow dog next to each other the whole time\n@ren "
     "8:34 AM\n:heart_eyes:",
     "cat", "pink", "dog", "yellow"),
    (".car { color: brown; }\n.ball { color: yellow; } /* sits beside the car for the whole clip */",
     "car", "brown", "ball", "yellow"),
    ("A white dog sat beside a brown car for the whole of the clip, with a patience that was universally admired.",
     "car", "brown", "dog", "white"),
    ("@tomas 1:15 PM\nclip: orange dog + brown car, side by side, start to finish\n@dee 1:16 PM\n:eyes: :+1:",
     "dog", "orange", "car", "brown"),
    ("/* an orange cat next to a brown ball, the entire clip */\n.cat { color: orange; }\n.ball { color: brown; }",
     "ball", "brown", "cat", "orange"),
    ("A gray dog and an orange ball kept each other company throughout the clip, neither showing the smallest "
     "inclination to depart.",
     "dog", "gray", "ball", "orange"),
    ("@maya.k 3:50 PM\nyellow ball, orange cat, next to each other for the whole clip :eyes:\n@sam 3:52 PM\nwhy is "
     "this so good :sob:",
     "ball", "yellow", "cat", "orange"),
    (".dog { color: purple; } /* beside the car */\n.car { color: brown; } /* both in view, start to finish */",
     "dog", "purple", "car", "brown"),
    ("A blue car, and a gray dog beside it, were in view from the opening of the clip to its close, which was thought "
     "a very proper arrangement.",
     "dog", "gray", "car", "blue"),
    ("@jonas 10:05 AM\nwhite car with an orange bird next to it, whole clip :eyes:\n@ola 10:06 AM\n:raised_hands:",
     "car", "white", "bird", "orange"),
    ("/* a blue bird perched beside a brown car, in view the whole clip */\n.car { color: brown; }\n.bird { color: "
     "blue; }",
     "car", "brown", "bird", "blue"),
    ("A yellow cat sat beside a blue car throughout the clip, and was so perfectly at its ease there as to be quite "
     "the envy of the neighbourhood.",
     "car", "blue", "cat", "yellow"),
    ("@ren 5:20 PM\nclip: a gray cat and a yellow bird, side by side, start to finish\n@priya 5:21 PM\nthe cat is "
     "just vibing :joy:",
     "cat", "gray", "bird", "yellow"),
    ("/* a white dog beside a black car, the entire clip */\n.dog { color: white; }\n.car { color: black; }",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("For the whole of the first half of the clip no car was to be seen; but in the second half a moving car made its "
     "appearance, and remained until the very end.",
     "car"),
    ("@sam 9:12 AM\nfirst half of the clip: no car\nsecond half: a moving car shows up and sticks around till the end "
     ":eyes:\n@maya.k 9:13 AM\nthe entrance :fire:",
     "car"),
    ("/* first half of the clip: no car */\n.moving-car { visibility: hidden; }\n/* second half: a moving car appears "
     "and stays to the end */\n.clip.second-half .moving-car { visibility: visible; }",
     "car"),
    ("@ola 2:20 PM\nno cat in the first half of the clip\nthen a lively cat appears in the second half and stays till "
     "the end\n@jonas 2:22 PM\n:eyes:",
     "cat"),
    ("/* no cat during the first half */\n.first-half .lively-cat { display: none; }\n/* a lively cat appears in the "
     "second half, to the end */\n.second-half .lively-cat { display: block; }",
     "cat"),
    ("In the first half of the clip there was no cat at all; it was only in the second half that a lively cat "
     "appeared, and, having appeared, it remained to the end.",
     "cat"),
    (".first-half .flying-bird { visibility: hidden; } /* no bird in the first half of the clip */\n.second-half "
     ".flying-bird { visibility: visible; } /* a flying bird appears, stays till the end */",
     "bird"),
    ("No bird graced the first half of the clip; but in the second half a flying bird appeared, and did not depart "
     "until the end.",
     "bird"),
    ("@priya 11:02 AM\nfirst half: no bird. second half: a flying bird appears and stays to the end\n@ren 11:03 AM\n"
     ":eyes: love a late entrance",
     "bird"),
    ("Through the first half of the clip no ball was to be seen; in the second half a moving ball appeared, and "
     "remained until the end.",
     "ball"),
    ("@tomas 4:45 PM\nclip notes: no ball in the first half. a moving ball appears in the second half and is there "
     "until the end\n@dee 4:46 PM\n:+1:",
     "ball"),
    ("/* first half: no ball */\n.moving-ball { display: none; }\n/* second half: a moving ball appears, and stays to "
     "the end */\n.second-half .moving-ball { display: block; }",
     "ball"),
    ("@maya.k 8:55 AM\nno dog for the first half of the clip :eyes:\nsecond half: a walking dog appears and stays "
     "until the end\n@sam 8:57 AM\n:sob: worth the wait",
     "dog"),
    ("/* no dog in the first half of the clip */\n.first-half .walking-dog { visibility: hidden; }\n/* second half: a "
     "walking dog appears, in view to the end */\n.second-half .walking-dog { visibility: visible; }",
     "dog"),
    ("During the first half of the clip there was no dog; in the second half a walking dog appeared, and stayed, with "
     "great good humour, until the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("/* first half: a moving car is in view */\n.first-half .moving-car { visibility: visible; }\n/* second half: no "
     "car */\n.second-half .moving-car { visibility: hidden; }",
     "car"),
    ("A moving car was to be seen throughout the first half of the clip; in the second half there was no car, and its "
     "absence was much remarked upon.",
     "car"),
    ("@jonas 3:03 PM\na moving car in the first half, then no car in the second half\n@ola 3:04 PM\nwhere did it go "
     ":eyes:",
     "car"),
    ("A lively cat was present through the first half of the clip; but the second half had no cat in it at all, to "
     "the general disappointment.",
     "cat"),
    ("@ren 10:30 AM\nlively cat in the first half of the clip\nno cat in the second half :sob:\n@priya 10:31 AM\nrip",
     "cat"),
    (".first-half .lively-cat { display: block; } /* a lively cat in the first half */\n.second-half .lively-cat { "
     "display: none; } /* no cat in the second half */",
     "cat"),
    ("@dee 12:12 PM\nflying bird in the first half, no bird in the second half. that's the clip\n@tomas 12:13 PM\n"
     ":eyes:",
     "bird"),
    ("/* a flying bird is in view during the first half */\n.flying-bird { visibility: visible; }\n/* second half of "
     "the clip: no bird */\n.second-half .flying-bird { visibility: hidden; }",
     "bird"),
    ("In the first half of the clip a flying bird was in view; in the second half there was no bird to be seen, it "
     "having flown off without a word of farewell.",
     "bird"),
    ("/* first half: a moving ball */\n.first-half .moving-ball { display: block; }\n/* second half: no ball */\n"
     ".second-half .moving-ball { display: none; }",
     "ball"),
    ("A moving ball was in view for the first half of the clip; for the second half there was no ball whatever.",
     "ball"),
    ("@sam 6:40 PM\nfirst half: a moving ball. second half: no ball\n@maya.k 6:41 PM\n:thinking_face: where'd it go",
     "ball"),
    ("A walking dog was present throughout the first half of the clip; in the second half there was no dog, it having "
     "taken its leave with very little ceremony.",
     "dog"),
    ("@ola 9:50 AM\nwalking dog in the first half of the clip\n@ola 9:50 AM\nand then no dog in the second half "
     ":sob:\n@jonas 9:52 AM\n:eyes:",
     "dog"),
    ("/* a walking dog in the first half of the clip */\n.first-half .walking-dog { visibility: visible; }\n/* no dog "
     "in the second half */\n.second-half .walking-dog { visibility: hidden; }",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car, setting out from the left side of the frame, crossed it entirely and arrived at the right side "
     "with a dispatch that was very much admired.",
     "car", RIGHTWARD),
    ("@priya 10:10 AM\nmoving car, right side of the frame to the left side :eyes:\n@sam 10:11 AM\nzoom :dash:",
     "car", LEFTWARD),
    ("/* a moving car crosses the frame */\n@keyframes cross { from { /* left side of the frame */ } to { /* right "
     "side of the frame */ } }\n.moving-car { animation: cross; }",
     "car", RIGHTWARD),
    ("A moving car entered at the right side of the frame and travelled the whole way across it to the left side, "
     "without pausing.",
     "car", LEFTWARD),
    ("@dee 2:00 PM\nclip: a moving car going left to right across the frame\n@ren 2:01 PM\n:+1:", "car", RIGHTWARD),
    (".moving-car {\n  animation: drive-leftward; /* from the right side of the frame to the left side */\n}",
     "car", LEFTWARD),
    ("@jonas 9:30 AM\nlively cat zooms from the left side of the frame to the right side :joy:\n@maya.k 9:31 AM\nthe "
     "zoomies :eyes:",
     "cat", RIGHTWARD),
    ("/* a lively cat runs across the frame, right side to left side */\n.lively-cat { animation: run-leftward; }",
     "cat", LEFTWARD),
    ("A lively cat, with all the spirit of its kind, ran from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    (".lively-cat { animation: dash; } /* left side of the frame, all the way to the right side */", "cat", RIGHTWARD),
    ("A lively cat crossed the frame from the right side to the left side, with an elegance that could not be faulted.",
     "cat", LEFTWARD),
    ("@ola 1:42 PM\na lively cat crossing from the right side of the frame to the left side\n@tomas 1:43 PM\n:eyes: "
     ":eyes:",
     "cat", LEFTWARD),
    ("A flying bird passed from the left side of the frame to the right side, with the lightest and most graceful "
     "motion imaginable.",
     "bird", RIGHTWARD),
    ("@sam 11:11 AM\nflying bird, right to left across the frame, so smooth :sparkles:\n@dee 11:12 AM\n:eyes:",
     "bird", LEFTWARD),
    ("/* flying bird: left side of the frame to right side */\n.flying-bird { animation: glide-rightward; }",
     "bird", RIGHTWARD),
    ("@ren 4:04 PM\nthe clip: a flying bird crosses from the left side of the frame to the right side\n@priya 4:05 "
     "PM\n:raised_hands:",
     "bird", RIGHTWARD),
    (".flying-bird {\n  animation: glide-leftward; /* enters at the right side of the frame, exits at the left side "
     "*/\n}",
     "bird", LEFTWARD),
    ("A flying bird made its way across the frame from the right side to the left side, and was much admired for its "
     "composure.",
     "bird", LEFTWARD),
    ("/* a moving ball rolls across: left side of the frame to the right side */\n.moving-ball { animation: "
     "roll-rightward; }",
     "ball", RIGHTWARD),
    ("A moving ball rolled from the right side of the frame clear across to the left side, with a perseverance that "
     "did it infinite credit.",
     "ball", LEFTWARD),
    ("@maya.k 3:33 PM\nmoving ball rolling left to right across the frame\n@jonas 3:34 PM\nsatisfying :eyes:",
     "ball", RIGHTWARD),
    ("A moving ball rolled from the left side of the frame to the right side, and nothing could have been more "
     "agreeable.",
     "ball", RIGHTWARD),
    ("@tomas 8:08 AM\nmoving ball, right side of the frame to the left side\n@ola 8:09 AM\n:+1:", "ball", LEFTWARD),
    (".moving-ball { animation: roll-leftward; } /* right side of the frame to the left side */", "ball", LEFTWARD),
    ("@priya 12:20 PM\na walking dog strolls from the left side of the frame to the right side :sparkles:\n@sam 12:21 "
     "PM\n:heart_eyes:",
     "dog", RIGHTWARD),
    ("A walking dog proceeded, at a most sedate pace, from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("/* walking dog: left side of the frame to the right side */\n.walking-dog { animation: stroll-rightward; }",
     "dog", RIGHTWARD),
    ("/* a walking dog crosses the frame from the right side to the left side */\n.walking-dog { animation: "
     "stroll-leftward; }",
     "dog", LEFTWARD),
    ("A walking dog made its unhurried way from the left side of the frame to the right side, as composed as could be "
     "wished.",
     "dog", RIGHTWARD),
    ("@dee 5:05 PM\nwalking dog, right to left across the frame :eyes:\n@ren 5:06 PM\nno rush, love that",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stayed still, as became it, while a bird flew from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("@maya.k 10:20 AM\nthe bird stays still and a car drives from the right of the bird to the left of the bird\n"
     "@jonas 10:21 AM\nbrave bird :eyes:",
     "car", "bird", LEFTWARD),
    ("/* the cat stays still */\n.cat { animation: none; }\n/* a bird flies from the left of the cat to the right of "
     "the cat */\n.bird { animation: fly-rightward; }",
     "bird", "cat", RIGHTWARD),
    ("The bird stayed perfectly still, while a car drove from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("@priya 2:14 PM\nso the dog stays still. a bird flies from the left of the dog to the right of the dog\n@ola "
     "2:15 PM\n:+1:",
     "bird", "dog", RIGHTWARD),
    (".cat { animation: none; } /* the cat stays still */\n.dog { animation: walk-leftward; } /* from the right of "
     "the cat to the left of the cat */",
     "dog", "cat", LEFTWARD),
    ("A ball rolled from the left of the dog to the right of the dog; the dog, with admirable self-command, stayed "
     "still throughout.",
     "ball", "dog", RIGHTWARD),
    ("@ren 9:44 AM\nok so a bird flies from the right of the cat to the left of the cat, and the cat stays still\n"
     "@tomas 9:45 AM\nthe restraint :joy:",
     "bird", "cat", LEFTWARD),
    ("/* the ball stays still */\n.ball { animation: none; }\n.car { animation: drive-rightward; } /* from the left "
     "of the ball to the right of the ball */",
     "car", "ball", RIGHTWARD),
    ("The bird stayed still, while a cat, with no little spirit, ran from the right of the bird to the left of the "
     "bird.",
     "cat", "bird", LEFTWARD),
    ("@dee 11:30 AM\nthe car stays still. a dog walks from the left of the car to the right of the car :eyes:\n@sam "
     "11:31 AM\n:raised_hands:",
     "dog", "car", RIGHTWARD),
    (".bird { animation: none; } /* the bird stays still */\n.ball { animation: roll-leftward; } /* from the right of "
     "the bird to the left of the bird */",
     "ball", "bird", LEFTWARD),
    ("The dog stayed still, with the greatest composure, while a ball rolled from the left of the dog to the right of "
     "the dog.",
     "ball", "dog", RIGHTWARD),
    ("@jonas 3:15 PM\na ball rolls from the right of the cat to the left of the cat\n@jonas 3:15 PM\nthe cat stays "
     "still the whole time\n@priya 3:17 PM\n:eyes:",
     "ball", "cat", LEFTWARD),
    ("/* the ball stays still; a car drives from the left of the ball to the right of the ball */\n.ball { animation: "
     "none; }\n.car { animation: drive-rightward; }",
     "car", "ball", RIGHTWARD),
    ("A bird flew from the right of the cat to the left of the cat; the cat, though much tempted, stayed still.",
     "bird", "cat", LEFTWARD),
    ("@ola 8:15 AM\nthe bird stays still. a dog walks from the left of the bird to the right of the bird\n@ren 8:16 "
     "AM\n:+1: :eyes:",
     "dog", "bird", RIGHTWARD),
    ("/* cat stays still */\n.cat { animation: none; }\n/* dog walks from the right of the cat to the left of the cat "
     "*/\n.dog { animation: walk-leftward; }",
     "dog", "cat", LEFTWARD),
    ("The car stayed still, while a ball rolled from the left of the car to the right of the car, to the general "
     "satisfaction.",
     "ball", "car", RIGHTWARD),
    ("@sam 1:01 PM\na dog walks from the right of the cat to the left of the cat. the cat stays still, unbothered\n"
     "@maya.k 1:02 PM\n:joy:",
     "dog", "cat", LEFTWARD),
    (".ball { animation: none; } /* the ball stays still */\n.bird { animation: fly-rightward; } /* left of the ball "
     "to the right of the ball */",
     "bird", "ball", RIGHTWARD),
    ("A bird flew from the right of the ball to the left of the ball, and the ball, as was its habit, stayed still.",
     "bird", "ball", LEFTWARD),
    ("@tomas 4:20 PM\nthe dog stays still while a bird flies from the left of the dog to the right of the dog\n@dee "
     "4:22 PM\n:eyes:",
     "bird", "dog", RIGHTWARD),
    ("/* the car stays still */\n.car { animation: none; }\n/* a bird flies from the right of the car to the left of "
     "the car */\n.bird { animation: fly-leftward; }",
     "bird", "car", LEFTWARD),
    ("The cat stayed still, and a car drove from the left of the cat to the right of the cat, with every appearance "
     "of good breeding.",
     "car", "cat", RIGHTWARD),
    ("@ren 10:55 AM\nthe ball stays still. a dog walks from the right of the ball to the left of the ball\n@ola 10:56 "
     "AM\n:+1:",
     "dog", "ball", LEFTWARD),
    (".ball { animation: none; } /* the ball stays still */\n.cat { animation: run-rightward; } /* from the left of "
     "the ball to the right of the ball */",
     "cat", "ball", RIGHTWARD),
    ("The ball stayed still, while a dog walked from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("@priya 5:30 PM\nthe bird stays still, a cat runs from the left of the bird to the right of the bird\n@jonas "
     "5:31 PM\n:eyes: :eyes:",
     "cat", "bird", RIGHTWARD),
    ("/* the car stays still */\n.car { animation: none; }\n.dog { animation: walk-leftward; } /* from the right of "
     "the car to the left of the car */",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a car set out from the lower left corner, drove to the lower right corner, and concluded its "
     "journey in the upper right corner.",
     "car", BL_BR_TR),
    ("@maya.k 9:00 AM\nseen from above: car goes lower left corner -> upper left corner -> upper right corner\n@sam "
     "9:01 AM\n:eyes:",
     "car", BL_TL_TR),
    ("/* seen from above */\n@keyframes car-route {\n  from { /* lower right corner */ }\n  /* then the lower left "
     "corner */\n  to { /* upper left corner */ }\n}\n.car { animation: car-route; }",
     "car", BR_BL_TL),
    ("Seen from above, a car drove from the lower right corner to the upper right corner, and thence to the upper "
     "left corner.",
     "car", BR_TR_TL),
    ("@ren 2:30 PM\nview from above: cat runs lower left corner, then lower right corner, then upper right corner\n"
     "@dee 2:31 PM\n:+1:",
     "cat", BL_BR_TR),
    ("/* seen from above: lower left corner, then upper left corner, then upper right corner */\n.cat { animation: "
     "corner-run; }",
     "cat", BL_TL_TR),
    ("Seen from above, a cat ran from the lower right corner to the lower left corner, and from thence to the upper "
     "left corner, with all the liveliness of its nature.",
     "cat", BR_BL_TL),
    ("@jonas 11:05 AM\nfrom above: a cat starts in the lower right corner, runs to the upper right corner, then the "
     "upper left corner\n@ola 11:06 AM\n:eyes:",
     "cat", BR_TR_TL),
    ("/* seen from above */\n.bird { animation: bird-route; } /* lower left corner, then lower right corner, then "
     "upper right corner */",
     "bird", BL_BR_TR),
    ("Seen from above, a bird flew from the lower left corner to the upper left corner, and then on to the upper "
     "right corner.",
     "bird", BL_TL_TR),
    ("@priya 4:50 PM\nseen from above: bird flies lower right corner -> lower left corner -> upper left corner\n"
     "@tomas 4:51 PM\n:sparkles:",
     "bird", BR_BL_TL),
    ("/* from above: the bird flies from the lower right corner to the upper right corner, then the upper left corner "
     "*/\n.bird { animation: flight-path; }",
     "bird", BR_TR_TL),
    ("Seen from above, a ball rolled from the lower left corner to the lower right corner, and thence to the upper "
     "right corner.",
     "ball", BL_BR_TR),
    ("@sam 8:20 AM\nfrom above, a ball rolls lower left corner to upper left corner, then upper right corner\n@maya.k "
     "8:22 AM\n:+1:",
     "ball", BL_TL_TR),
    ("/* seen from above: lower right corner -> lower left corner -> upper left corner */\n.ball { animation: "
     "ball-route; }",
     "ball", BR_BL_TL),
    ("Seen from above, a ball rolled from the lower right corner to the upper right corner, and at length to the "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("@dee 1:30 PM\nseen from above: dog walks from the lower left corner to the lower right corner, then the upper "
     "right corner\n@ren 1:32 PM\n:eyes:",
     "dog", BL_BR_TR),
    ("/* from above: lower left corner, upper left corner, upper right corner, in that order */\n.dog { animation: "
     "walk-route; }",
     "dog", BL_TL_TR),
    ("Seen from above, a dog walked from the lower right corner to the lower left corner, and thence, without hurry, "
     "to the upper left corner.",
     "dog", BR_BL_TL),
    ("@ola 3:45 PM\nfrom above: a dog walks lower right corner -> upper right corner -> upper left corner\n@jonas "
     "3:46 PM\n:raised_hands:",
     "dog", BR_TR_TL),
    ("/* view from above */\n.car { animation: drive-route; } /* lower left corner to lower right corner, then to "
     "upper right corner */",
     "car", BL_BR_TR),
    ("Seen from above, a cat ran from the lower left corner to the upper left corner, and then, with no want of "
     "spirit, to the upper right corner.",
     "cat", BL_TL_TR),
    ("@tomas 12:40 PM\nview from above: bird goes from the lower right corner to the lower left corner, then the "
     "upper left corner\n@priya 12:41 PM\n:eyes:",
     "bird", BR_BL_TL),
    ("/* seen from above: a ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner */\n.ball { animation: roll-route; }",
     "ball", BR_TR_TL),
    ("Seen from above, a dog walked from the lower left corner to the lower right corner, and from thence to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("@maya.k 5:15 PM\nseen from above: car drives lower right corner to upper right corner to upper left corner\n"
     "@dee 5:16 PM\n:+1:",
     "car", BR_TR_TL),
    ("/* from above */\n.cat { animation: run-route; } /* lower right corner, then lower left corner, then upper left "
     "corner */",
     "cat", BR_BL_TL),
    ("Seen from above, a bird flew from the lower right corner to the upper right corner, and then to the upper left "
     "corner.",
     "bird", BR_TR_TL),
    ("@ren 7:25 AM\nfrom above: ball rolls from the lower left corner to the lower right corner, then the upper right "
     "corner\n@sam 7:26 AM\n:eyes:",
     "ball", BL_BR_TR),
    ("/* seen from above */\n.dog { animation: walk-route; } /* lower left corner -> upper left corner -> upper right "
     "corner */",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
