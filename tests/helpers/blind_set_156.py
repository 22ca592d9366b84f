"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Geordie speaker from Newcastle ("howay", "pet", "canny", "divvent", "whey aye", "nee" for no, "nowt",
  "owt", "gan"/"gannin'" for go, "ower" for over, "o'" for of, "aal" for all, "an'" for and), where the
  speaker and whoever she talks to are never in the video, and what she asks for or tells of is the clip;
  she never says "reet", and in numeracy prompts calls nobody "pet" or "man" and names nobody at all;
- a Mermaid diagram's source, one statement a line ("flowchart TD", "graph TD", "sequenceDiagram",
  "participant X as ...", "subgraph ... end", arrows like "-->", "==>", "-.->", "->>", "-)", "---",
  "%%" comments, "Note over ..."), where the diagram, its nodes, ids, participants and arrows are never in
  the video, and the labels and notes tell the clip; a flowchart always runs "TD" (never "LR" or "RL"),
  no note is placed "left of" or "right of" anything, nothing is styled, and no id carries a digit;
- an airline captain's announcement to the cabin ("Ladies and gentlemen, this is your captain speaking",
  "from the flight deck", "cabin crew, doors to automatic and cross-check", "sit back, relax and enjoy"),
  where the captain, the crew, the passengers, the aircraft and its screens and seatbelts are never in
  the video, and the clip he announces is the video; he never speaks of a side of the aircraft, a
  flight number or an altitude, and in numeracy prompts names nobody but himself and no part of the
  aircraft.

LVD's class nouns and colour words are kept (LVD's "gray", never "grey"), since its predicates look
objects up by them; counts are always written as words, and numeracy prompts name nothing else a reader
would draw as an object (no crew, no passengers, no "pet" beside the count) and put no other number word
beside it (no "first officer", no "both", no "no one", no "just the once"). No voice gives its own props a
colour (no red-eye, no blue skies, nothing styled), no idiom hides a class noun or a side (no "catering",
"carousel", "carry-on", "bird strike", "ballpark", "all right", "right away" or "nowt left"), "half" is
only said of the clip's halves (never "half an hour"), "upper", "lower", "corner", "top" and "bottom" only
of a route (never "top of descent" or "lower the blinds"), and "still" only of a relation's second object
(never "still seated"). A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 40-69 and its two-object
relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 143/180 (numeracy 26, attribution 30, visibility 18, dynamic_one 24, dynamic_two 23, sequential 22)
on 662ec485; 180/180 after the fixes of its own branch (a Mermaid diagram's header, node ids, participants and arrows
are never in the video, its labels, notes, messages and "%%" comments tell the clip in the arrows' order: a labelled
arrow between two places is its mover going from one to the other, a subgraph's label the half its nodes are in, a
"thing, place" label the thing at that place and a thing said again at the next node the same thing; the Geordie
"nee" is no and "aal" all; the captain's "a quick word before we get going:" and "a very short note on the clip:"
his occasion, never a thing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Howay, Aa just want one moving car in the clip, start to finish, an' nowt else. Divvent gan addin' owt, "
     "mind.",
     "car", 1),
    ("flowchart TD\n"
     "    S([start of clip]) --> C[two moving cars]\n"
     "    C --> E([end of clip])\n"
     "    C -.- X[nothing else in view]",
     "car", 2),
    ("Good afternoon, this is your captain speaking. Today's clip: three moving cars, in view from the start of "
     "the clip to the end, and nothing else whatsoever. Sit back, relax and enjoy.",
     "car", 3),
    ("Whey aye, four moving cars, the whole clip through, start to end. Nowt else in it, mind.", "car", 4),
    ("graph TD\n"
     "    A[clip begins] ==> B[one lively cat]\n"
     "    B ==> C[clip ends]\n"
     "    %% nothing else in frame",
     "cat", 1),
    ("This is your captain speaking. A quick word before we get going: two lively cats, on view from the start "
     "of the clip to its end, and absolutely nothing else. Thank you.",
     "cat", 2),
    ("Howay, three lively cats, start o' the clip to the end, an' nowt else. Canny, that.", "cat", 3),
    ("sequenceDiagram\n"
     "    participant S as Start of clip\n"
     "    participant F as Finish of clip\n"
     "    S->>F: four lively cats, in view throughout\n"
     "    Note over S,F: nothing else",
     "cat", 4),
    ("This is your captain. For the clip: one flying bird, there from start to finish, and nothing else at all. "
     "Enjoy.",
     "bird", 1),
    ("Two flying birds, start to finish o' the clip. That's aal. Divvent put owt else in, like.", "bird", 2),
    ("flowchart TD\n"
     "    begin([clip starts]) --> birds[three flying birds, whole clip]\n"
     "    birds --> stop([clip ends])\n"
     "    %% nothing else",
     "bird", 3),
    ("Good evening, this is your captain. On tonight's clip, four flying birds, from the start of the clip to "
     "the very end. Nothing else. Thank you, and enjoy.",
     "bird", 4),
    ("Aa'm after one moving ball, the whole clip, start to finish. Nowt else, mind. Ta.", "ball", 1),
    ("graph TD\n"
     "    A([start]) --> B[two moving balls in view]\n"
     "    B --> C([end of the clip])\n"
     "    B --- D[nothing else]",
     "ball", 2),
    ("Captain here. Three moving balls on the clip, in view from beginning to end, and nothing else in it. "
     "Thank you.",
     "ball", 3),
    ("Howay, divvent overthink it: four moving balls, start o' the clip to the end, an' nowt else.", "ball", 4),
    ("sequenceDiagram\n"
     "    participant Clip\n"
     "    Note over Clip: one walking dog, start to end\n"
     "    Note over Clip: nothing else in view",
     "dog", 1),
    ("This is your captain speaking. Two walking dogs, in view the whole clip, start to finish, and nothing "
     "else. Relax and enjoy.",
     "dog", 2),
    ("Three walking dogs gannin' aboot from the start o' the clip to the end. Nowt else in it. Canny.", "dog", 3),
    ("flowchart TD\n"
     "    A([clip starts]) --> B[four walking dogs]\n"
     "    B --> C([clip ends])\n"
     "    %% nothing else drawn",
     "dog", 4),
    ("Captain speaking. The clip: two moving cars, there from start to finish, nothing else. Enjoy.", "car", 2),
    ("Aa'll hev one lively cat, start to finish o' the clip, an' nowt else, ta.", "cat", 1),
    ("sequenceDiagram\n"
     "    participant S as Start\n"
     "    participant F as Finish\n"
     "    S->>F: three flying birds in view\n"
     "    Note over S,F: nothing else",
     "bird", 3),
    ("This is your captain. A very short note on the clip: one moving ball, start to finish, and that's it, "
     "nothing else. Thank you.",
     "ball", 1),
    ("Two walking dogs, the whole clip through, start to end, an' nowt else. Whey aye, that'll dee.", "dog", 2),
    ("graph TD\n"
     "    A[start of clip] -->|in view| B[three moving cars]\n"
     "    B -->|in view| C[end of clip]\n"
     "    %% nothing else",
     "car", 3),
    ("Captain speaking, just briefly: four lively cats, from the start of the clip to its end. Nothing else in "
     "it. Enjoy.",
     "cat", 4),
    ("Howay, two flying birds, start o' the clip to the finish, nowt else. Canny simple, like.", "bird", 2),
    ("flowchart TD\n"
     "    s([clip start]) ==> b[four moving balls]\n"
     "    b ==> e([clip end])\n"
     "    b -.- n[nothing else in frame]",
     "ball", 4),
    ("This is your captain. On the clip: three walking dogs, in view the whole way through, start to end, "
     "nothing else. Thank you.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Howay, pet, a green dog an' a blue car side by side, the whole clip through. Canny, like.",
     "dog", "green", "car", "blue"),
    ("flowchart TD\n"
     "    subgraph clip [the whole clip]\n"
     "        A[a black cat] --- B[a brown ball]\n"
     "    end\n"
     "    %% side by side, start to finish",
     "cat", "black", "ball", "brown"),
    ("Ladies and gentlemen, this is your captain speaking. On the screens in front of you: a purple car with a "
     "red cat beside it, both in view from start to finish. Cabin crew, please prepare for departure.",
     "car", "purple", "cat", "red"),
    ("A gray dog next to a brown cat, start to finish o' the clip. Whey aye, pet, that's canny.",
     "dog", "gray", "cat", "brown"),
    ("sequenceDiagram\n"
     "    participant C as black car\n"
     "    participant D as brown dog\n"
     "    Note over C,D: side by side for the whole clip",
     "car", "black", "dog", "brown"),
    ("Good morning from the flight deck. Your clip today shows a yellow ball next to a pink dog, both there the "
     "whole way through. Please keep your seatbelts fastened while seated.",
     "ball", "yellow", "dog", "pink"),
    ("Aa want a gray cat an' a white dog, side by side, start o' the clip to the end. Divvent muck it up, pet.",
     "cat", "gray", "dog", "white"),
    ("graph TD\n"
     "    D[yellow dog] --- C[orange car]\n"
     "    %% next to each other, start to end of clip",
     "dog", "yellow", "car", "orange"),
    ("Folks, captain here. A black bird perched next to a brown cat, in view throughout the clip. We'll be "
     "pushing back shortly.",
     "bird", "black", "cat", "brown"),
    ("A white ball beside a red car, the whole clip, like. Canny bonny, that.", "ball", "white", "car", "red"),
    ("flowchart TD\n"
     "    B[white ball] <--> C[black cat]\n"
     "    B & C --> W([in view the whole clip])",
     "ball", "white", "cat", "black"),
    ("This is your captain. On the clip: a yellow cat with a pink ball next to it, both in view from start to "
     "finish. Cabin crew, doors to automatic and cross-check.",
     "cat", "yellow", "ball", "pink"),
    ("Howay man, a black car wi' an orange bird beside it, aal through the clip. Whey aye.",
     "car", "black", "bird", "orange"),
    ("sequenceDiagram\n"
     "    participant B as orange ball\n"
     "    participant C as brown car\n"
     "    B-->C: side by side\n"
     "    Note over B,C: start to finish of the clip",
     "ball", "orange", "car", "brown"),
    ("Ladies and gentlemen, from the flight deck: the clip shows a gray bird beside a green cat, both present "
     "the whole way through. Sit back and enjoy the ride.",
     "bird", "gray", "cat", "green"),
    ("A blue car an' a red cat next to it, start to finish, pet. Nowt fancy.", "car", "blue", "cat", "red"),
    ("graph TD\n"
     "    subgraph whole_clip [start to end]\n"
     "        B[white ball] --- C[black car]\n"
     "    end",
     "ball", "white", "car", "black"),
    ("Captain speaking. A green bird next to a white ball, both on view the whole clip. Thanks for your "
     "patience this morning.",
     "bird", "green", "ball", "white"),
    ("Divvent ask us why, but Aa want a blue ball next to a yellow dog, the whole clip through, like.",
     "ball", "blue", "dog", "yellow"),
    ("flowchart TD\n"
     "    Y[yellow bird] ---|beside| B[blue ball]\n"
     "    %% both in view, start to finish",
     "bird", "yellow", "ball", "blue"),
    ("This is your captain. A brown bird perched beside a black ball, in view from the start of the clip to its "
     "end. We're expecting a smooth ride.",
     "bird", "brown", "ball", "black"),
    ("Howay, a brown bird an' a blue cat, side by side, the whole clip, start to end. Canny.",
     "bird", "brown", "cat", "blue"),
    ("sequenceDiagram\n"
     "    participant B as blue bird\n"
     "    participant C as red car\n"
     "    Note over B,C: next to each other, whole clip",
     "bird", "blue", "car", "red"),
    ("Good evening, ladies and gentlemen, this is your captain speaking. The clip: a purple ball beside a pink "
     "cat, both there from start to finish. Cabin crew, take your seats.",
     "ball", "purple", "cat", "pink"),
    ("A yellow dog sat next to a red cat, pet, start o' the clip to the end. Whey aye, lovely.",
     "dog", "yellow", "cat", "red"),
    ("graph TD\n"
     "    G[green bird] <--> Y[yellow dog]\n"
     "    G & Y -.- T([side by side, whole clip])",
     "bird", "green", "dog", "yellow"),
    ("Captain here. A gray car with a red cat beside it, both in view throughout the clip. Thank you for "
     "choosing to travel with us.",
     "car", "gray", "cat", "red"),
    ("A red bird an' a black cat side by side aal through the clip, start to finish. Howay, that's canny.",
     "bird", "red", "cat", "black"),
    ("flowchart TD\n"
     "    W[white bird] --- O[orange cat]\n"
     "    W & O --> V([in view start to end])",
     "bird", "white", "cat", "orange"),
    ("This is your captain speaking. The clip shows a green bird next to a black ball, both on view the whole "
     "way through. Enjoy, and we'll see you on the ground.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half o' the clip, there's nee car at aal. Then in the second half a moving car turns up an' stays "
     "till the end, like.",
     "car"),
    ("flowchart TD\n"
     "    subgraph FH [first half of the clip]\n"
     "        A[no car]\n"
     "    end\n"
     "    subgraph SH [second half]\n"
     "        B[a moving car appears and stays to the end]\n"
     "    end\n"
     "    FH --> SH",
     "car"),
    ("Ladies and gentlemen, this is your captain. In the first half of the clip there's no car; in the second "
     "half a moving car appears and remains until the end. Thank you.",
     "car"),
    ("sequenceDiagram\n"
     "    participant Clip\n"
     "    Note over Clip: first half, no cat\n"
     "    Note over Clip: second half, a lively cat appears and stays to the end",
     "cat"),
    ("Captain speaking. No cat in the first half of the clip. Then, in the second half, a lively cat appears "
     "and stays with us to the end.",
     "cat"),
    ("Nee cat for the first half o' the clip, pet. Second half, a lively cat pops in an' stops there till the "
     "end.",
     "cat"),
    ("This is your captain. For the first half of the clip, no bird. In the second half, a flying bird appears "
     "and is in view until the end.",
     "bird"),
    ("There's nee bird in the first half o' the clip. Then a flying bird comes in the second half an' stays "
     "till the end. Canny.",
     "bird"),
    ("graph TD\n"
     "    A[first half: no bird] --> B[second half: a flying bird appears]\n"
     "    B --> C[the bird stays until the end]",
     "bird"),
    ("Howay, the first half o' the clip's got nee ball in it. Second half, a moving ball shows up an' stays to "
     "the end.",
     "ball"),
    ("flowchart TD\n"
     "    subgraph early [first half of the clip]\n"
     "        N[no ball]\n"
     "    end\n"
     "    subgraph late [second half]\n"
     "        M[a moving ball appears, stays until the end]\n"
     "    end\n"
     "    early --> late",
     "ball"),
    ("Folks, from the flight deck: the first half of the clip has no ball in it. In the second half a moving "
     "ball appears and stays until the end.",
     "ball"),
    ("Good afternoon, this is your captain. No dog in the first half of the clip; in the second half a walking "
     "dog appears and remains to the end. Thank you.",
     "dog"),
    ("First half, nee dog. Second half o' the clip, a walking dog comes in an' stops till the end, like. Howay.",
     "dog"),
    ("sequenceDiagram\n"
     "    participant F as First half\n"
     "    participant S as Second half\n"
     "    Note over F: no dog\n"
     "    Note over S: a walking dog appears, in view to the end\n"
     "    F->>S: the clip goes on",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("flowchart TD\n"
     "    subgraph before [first half of the clip]\n"
     "        A[a moving car in view]\n"
     "    end\n"
     "    subgraph after [second half]\n"
     "        B[no car]\n"
     "    end\n"
     "    before --> after",
     "car"),
    ("Ladies and gentlemen, captain speaking. A moving car is in view during the first half of the clip; in the "
     "second half there's no car at all.",
     "car"),
    ("A moving car's there in the first half o' the clip, then in the second half, nee car. Gone, like.", "car"),
    ("Lively cat in the first half, pet, then the second half o' the clip, nee cat at aal. Hadaway.", "cat"),
    ("graph TD\n"
     "    A[first half: a lively cat] --> B[second half: no cat]",
     "cat"),
    ("This is your captain. A lively cat is there for the first half of the clip. In the second half, no cat. "
     "Thank you.",
     "cat"),
    ("Captain here. A flying bird in the first half of the clip, and in the second half, no bird at all. Enjoy "
     "the rest of the journey.",
     "bird"),
    ("sequenceDiagram\n"
     "    participant Clip\n"
     "    Note over Clip: first half, a flying bird in view\n"
     "    Note over Clip: second half, no bird",
     "bird"),
    ("A flying bird in the first half o' the clip, then nee bird in the second half. Whey aye, it's off.", "bird"),
    ("flowchart TD\n"
     "    A([first half of the clip]) --> B[a moving ball]\n"
     "    C([second half]) --> D[no ball]\n"
     "    A --> C",
     "ball"),
    ("First half, there's a moving ball. Second half o' the clip, nee ball. Divvent ask us where it went.", "ball"),
    ("This is your captain speaking. A moving ball is in view in the first half of the clip; in the second half "
     "there is no ball. Thank you for your attention.",
     "ball"),
    ("Good evening, captain here. A walking dog is in the first half of the clip. In the second half, no dog to "
     "be seen. Cabin crew, prepare for landing.",
     "dog"),
    ("A walking dog in the first half o' the clip, pet, an' in the second half nee dog at aal.", "dog"),
    ("graph TD\n"
     "    subgraph a [first half]\n"
     "        D[walking dog present]\n"
     "    end\n"
     "    subgraph b [second half of the clip]\n"
     "        N[no dog]\n"
     "    end\n"
     "    a --> b",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car gannin' from the left side o' the frame ower to the right side, like.", "car", RIGHTWARD),
    ("flowchart TD\n"
     "    A[moving car at the right side of the frame] --> B[moving car at the left side of the frame]",
     "car", LEFTWARD),
    ("This is your captain. On the clip, a moving car travels from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Howay, a moving car comes from the right side o' the frame an' gans aal the way to the left side.",
     "car", LEFTWARD),
    ("sequenceDiagram\n"
     "    participant L as left side of frame\n"
     "    participant R as right side of frame\n"
     "    L->>R: moving car crosses",
     "car", RIGHTWARD),
    ("Ladies and gentlemen, a moving car crosses the frame from the right side to the left side. Thank you.",
     "car", LEFTWARD),
    ("graph TD\n"
     "    begin([left side of the frame]) -->|lively cat runs| finish([right side of the frame])",
     "cat", RIGHTWARD),
    ("Captain speaking. A lively cat runs from the right side of the frame to the left side. Sit back and enjoy.",
     "cat", LEFTWARD),
    ("A lively cat gans tearin' from the left side o' the frame to the right side. Canny quick, pet.",
     "cat", RIGHTWARD),
    ("sequenceDiagram\n"
     "    participant R as right side of frame\n"
     "    participant L as left side of frame\n"
     "    R->>L: lively cat runs across",
     "cat", LEFTWARD),
    ("This is your captain speaking. The clip: a lively cat dashing from the left side of the frame over to the "
     "right side.",
     "cat", RIGHTWARD),
    ("Howay, a lively cat comin' from the right side o' the frame ower to the left side. Whey aye.",
     "cat", LEFTWARD),
    ("Ladies and gentlemen, captain here. A flying bird glides from the left side of the frame to the right "
     "side. Enjoy.",
     "bird", RIGHTWARD),
    ("A flying bird gannin' from the right side o' the frame to the left side, pet. Bonny.", "bird", LEFTWARD),
    ("flowchart TD\n"
     "    A[flying bird, left side of frame] ==> B[flying bird, right side of frame]",
     "bird", RIGHTWARD),
    ("Captain speaking. A flying bird crosses the frame, from the right side over to the left side.",
     "bird", LEFTWARD),
    ("A flying bird, left side o' the frame to the right side, like. Canny.", "bird", RIGHTWARD),
    ("sequenceDiagram\n"
     "    participant R as right side of frame\n"
     "    participant L as left side of frame\n"
     "    R-)L: flying bird flies across",
     "bird", LEFTWARD),
    ("graph TD\n"
     "    A([left side of the frame]) -->|moving ball rolls| B([right side of the frame])",
     "ball", RIGHTWARD),
    ("This is your captain. A moving ball rolls from the right side of the frame to the left side. Thank you.",
     "ball", LEFTWARD),
    ("A moving ball rollin' from the left side o' the frame ower to the right side. Howay!", "ball", RIGHTWARD),
    ("flowchart TD\n"
     "    R[moving ball at the right side of the frame] -.->|rolls| L[moving ball at the left side of the frame]",
     "ball", LEFTWARD),
    ("Captain here. A moving ball rolls across the frame, left side to right side. Enjoy the clip.",
     "ball", RIGHTWARD),
    ("A moving ball comes rollin' from the right side o' the frame to the left side, pet.", "ball", LEFTWARD),
    ("Ladies and gentlemen, this is your captain. A walking dog strolls from the left side of the frame to the "
     "right side.",
     "dog", RIGHTWARD),
    ("sequenceDiagram\n"
     "    participant R as right side of frame\n"
     "    participant L as left side of frame\n"
     "    R->>L: walking dog walks across",
     "dog", LEFTWARD),
    ("A walking dog gannin' from the left side o' the frame ower to the right side. Canny, like.",
     "dog", RIGHTWARD),
    ("This is your captain speaking. A walking dog makes its way from the right side of the frame to the left "
     "side. Thank you.",
     "dog", LEFTWARD),
    ("flowchart TD\n"
     "    A[walking dog, left side of frame] --> B[walking dog, right side of frame]",
     "dog", RIGHTWARD),
    ("Howay, a walking dog from the right side o' the frame to the left side, nee rush.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still, pet, an' a dog walks from the left o' the car ower to the right o' the car.",
     "dog", "car", RIGHTWARD),
    ("flowchart TD\n"
     "    A[ball at the right of the bird] --> B[ball at the left of the bird]\n"
     "    %% the bird stays still",
     "ball", "bird", LEFTWARD),
    ("This is your captain. On the clip, the dog stays still while a ball rolls from the left of the dog to the "
     "right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("A ball rollin' from the right o' the cat to the left o' the cat, an' the cat stays still, like.",
     "ball", "cat", LEFTWARD),
    ("sequenceDiagram\n"
     "    participant Ball\n"
     "    Note over Ball: the ball stays still\n"
     "    Note over Ball: a car drives from the left of the ball to the right of the ball",
     "car", "ball", RIGHTWARD),
    ("Ladies and gentlemen, captain speaking. The cat stays still, and a bird flies from the right of the cat to "
     "the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Howay, the bird stays still an' a dog gans from the left o' the bird to the right o' the bird.",
     "dog", "bird", RIGHTWARD),
    ("graph TD\n"
     "    C[the cat stays still]\n"
     "    A[dog at the right of the cat] ==> B[dog at the left of the cat]",
     "dog", "cat", LEFTWARD),
    ("This is your captain. A ball rolls from the left of the car to the right of the car; the car stays still "
     "throughout.",
     "ball", "car", RIGHTWARD),
    ("The cat stays still, pet. A dog walks from the right o' the cat ower to the left o' the cat.",
     "dog", "cat", LEFTWARD),
    ("flowchart TD\n"
     "    A[bird at the left of the ball] -->|flies| B[bird at the right of the ball]\n"
     "    %% the ball stays still",
     "bird", "ball", RIGHTWARD),
    ("Captain speaking. The ball stays still while a bird flies from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("A bird flyin' from the left o' the dog to the right o' the dog, an' the dog stays still. Canny.",
     "bird", "dog", RIGHTWARD),
    ("sequenceDiagram\n"
     "    participant Car\n"
     "    Note over Car: the car stays still\n"
     "    Note over Car: a bird flies from the right of the car to the left of the car",
     "bird", "car", LEFTWARD),
    ("Ladies and gentlemen, the cat stays still, and a car drives from the left of the cat to the right of the "
     "cat. Thank you.",
     "car", "cat", RIGHTWARD),
    ("Howay, the ball stays still an' a dog walks from the right o' the ball to the left o' the ball.",
     "dog", "ball", LEFTWARD),
    ("graph TD\n"
     "    A[cat at the left of the ball] ==>|runs| B[cat at the right of the ball]\n"
     "    S[the ball stays still]",
     "cat", "ball", RIGHTWARD),
    ("This is your captain speaking. A dog trots from the right of the ball to the left of the ball, and the "
     "ball stays still.",
     "dog", "ball", LEFTWARD),
    ("The bird stays still, pet, while a cat runs from the left o' the bird to the right o' the bird.",
     "cat", "bird", RIGHTWARD),
    ("flowchart TD\n"
     "    %% the car stays still\n"
     "    A[dog at the right of the car] --> B[dog at the left of the car]",
     "dog", "car", LEFTWARD),
    ("Captain here. The ball stays still; a bird flies from the left of the ball to the right of the ball. "
     "Enjoy.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right o' the ball to the left o' the ball, an' the ball stays still, like. Whey aye.",
     "bird", "ball", LEFTWARD),
    ("sequenceDiagram\n"
     "    participant Ball\n"
     "    Note over Ball: the ball stays still\n"
     "    Note over Ball: a car moves from the left of the ball to the right of the ball",
     "car", "ball", RIGHTWARD),
    ("Good evening from the flight deck. The dog stays still while a bird flies from the right of the dog to the "
     "left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog gans from the left o' the car to the right o' the car. The car stays still, mind.",
     "dog", "car", RIGHTWARD),
    ("graph TD\n"
     "    A[bird at the right of the ball] -.->|flies| B[bird at the left of the ball]\n"
     "    A ~~~ S[the ball stays still]",
     "bird", "ball", LEFTWARD),
    ("This is your captain. The cat stays still, and a dog walks from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("A dog walkin' from the right o' the car to the left o' the car, pet, an' the car stays still.",
     "dog", "car", LEFTWARD),
    ("sequenceDiagram\n"
     "    participant Dog\n"
     "    Note over Dog: the dog stays still\n"
     "    Note over Dog: a cat runs from the left of the dog to the right of the dog",
     "cat", "dog", RIGHTWARD),
    ("Ladies and gentlemen, captain speaking. The ball stays still as a cat runs from the right of the ball to "
     "the left of the ball. Thank you.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, like: a car starts in the lower left corner, gans ower to the lower right corner, then up "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ("flowchart TD\n"
     "    %% seen from above\n"
     "    A[car in the lower left corner] --> B[car in the upper left corner]\n"
     "    B --> C[car in the upper right corner]",
     "car", BL_TL_TR),
    ("This is your captain. Seen from above, the way we see things up here: a car drives from the lower right "
     "corner to the lower left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Looking doon from above, pet, a car gans from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("sequenceDiagram\n"
     "    participant LL as lower left corner\n"
     "    participant LR as lower right corner\n"
     "    participant UR as upper right corner\n"
     "    Note over LL,UR: seen from above\n"
     "    LL->>LR: cat runs\n"
     "    LR->>UR: cat runs on",
     "cat", BL_BR_TR),
    ("Ladies and gentlemen, captain speaking. Seen from above, a cat runs from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("From above, a cat starts in the lower right corner, runs to the lower left corner, an' ends up in the "
     "upper left corner. Canny.",
     "cat", BR_BL_TL),
    ("graph TD\n"
     "    %% view from above\n"
     "    A([cat, lower right corner]) --> B([upper right corner]) --> C([upper left corner])",
     "cat", BR_TR_TL),
    ("Captain here. Looking down from above: a bird flies from the lower left corner to the lower right corner, "
     "then on to the upper right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, a bird flies from the lower left corner to the upper left corner, then ower to the upper "
     "right corner, like.",
     "bird", BL_TL_TR),
    ("sequenceDiagram\n"
     "    participant A as lower right corner\n"
     "    participant B as lower left corner\n"
     "    participant C as upper left corner\n"
     "    Note over A,C: viewed from above\n"
     "    A-)B: bird flies\n"
     "    B-)C: bird flies on",
     "bird", BR_BL_TL),
    ("This is your captain speaking. From above, a bird flies from the lower right corner to the upper right "
     "corner, then to the upper left corner. Enjoy.",
     "bird", BR_TR_TL),
    ("From above, a ball rollin' from the lower left corner to the lower right corner, then to the upper right "
     "corner. Whey aye.",
     "ball", BL_BR_TR),
    ("flowchart TD\n"
     "    %% seen from above\n"
     "    A[ball in the lower left corner] -->|rolls| B[ball in the upper left corner]\n"
     "    B -->|rolls| C[ball in the upper right corner]",
     "ball", BL_TL_TR),
    ("Ladies and gentlemen, seen from above, a ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner. Thank you.",
     "ball", BR_BL_TL),
    ("Howay, from above: a ball starts in the lower right corner, rolls to the upper right corner, then the "
     "upper left corner.",
     "ball", BR_TR_TL),
    ("graph TD\n"
     "    %% from above\n"
     "    A[dog, lower left corner] ==> B[dog, lower right corner] ==> C[dog, upper right corner]",
     "dog", BL_BR_TR),
    ("Captain speaking. Seen from above, a dog walks from the lower left corner to the upper left corner, and "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Seen from above, pet, a dog walks from the lower right corner to the lower left corner, then up to the "
     "upper left corner.",
     "dog", BR_BL_TL),
    ("sequenceDiagram\n"
     "    participant P as lower right corner\n"
     "    participant Q as upper right corner\n"
     "    participant R as upper left corner\n"
     "    Note over P,R: seen from above\n"
     "    P->>Q: dog walks\n"
     "    Q->>R: dog walks on",
     "dog", BR_TR_TL),
    ("This is your captain. From above: a car starts in the lower left corner, drives to the lower right "
     "corner, and finishes in the upper right corner.",
     "car", BL_BR_TR),
    ("From above, like, a cat gans from the lower left corner up to the upper left corner, then across to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("flowchart TD\n"
     "    %% viewed from above\n"
     "    A[bird, lower right corner] -.->|flies| B[bird, lower left corner]\n"
     "    B -.->|flies| C[bird, upper left corner]",
     "bird", BR_BL_TL),
    ("Ladies and gentlemen, captain here. Looking down from above, a ball rolls from the lower right corner to "
     "the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("A dog seen from above, pet: lower left corner, then the lower right corner, then the upper right corner. "
     "Canny walk, that.",
     "dog", BL_BR_TR),
    ("sequenceDiagram\n"
     "    participant A as lower left corner\n"
     "    participant B as upper left corner\n"
     "    participant C as upper right corner\n"
     "    Note over A,C: seen from above\n"
     "    A->>B: car drives\n"
     "    B->>C: car drives on",
     "car", BL_TL_TR),
    ("This is your captain speaking. Seen from above, a cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Howay, from above: a bird flies from the lower right corner to the upper right corner, then ower to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("graph TD\n"
     "    %% seen from above\n"
     "    A([ball, lower left corner]) --> B([ball, lower right corner]) --> C([ball, upper right corner])",
     "ball", BL_BR_TR),
    ("Captain here. Seen from above, a dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner. Cabin crew, seats for landing.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
