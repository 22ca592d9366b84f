"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a 1920s flapper gushing in period slang ("daddy-o", "swell", "the bee's knees", "hotsy-totsy", "and
  how!", "copacetic", "ducky"), where the flapper, her sweeties, her speakeasy and her giggle water are
  never in the video, and what she raves about is the clip; her slang hides no class noun (no "cat's
  pajamas", no "having a ball", no "putting on the dog", no "old bird", no "flivver"), she never calls
  anything "the tops", and in numeracy prompts her slang names no creature or thing (no bee's knees, no
  berries, no applesauce beside the count);
- a BASIC program with numbered lines ("10 REM ...", "20 PRINT \"...\"", "LET A$ = ...", "DATA", "END",
  "RUN"), where the program, its variables, its line numbers and the computer running it are never in
  the video, and what it prints or remarks is the clip; its line numbers are the only digits it writes,
  a line number never stands right before a class noun, it sets no COLOR and loops over no numbers, and
  in numeracy prompts it only remarks, prints, ends and runs;
- an emergency-call transcript ("DISPATCHER:", "CALLER:", "Emergency services, what are you seeing?",
  "stay on the line", "copy that"), where the dispatcher, the caller, the line and any help sent are
  never in the video, and what the caller reports seeing is the clip; the call carries no digits (no
  call number, no timestamps), the dispatcher never asks for a location or whether anybody is "still
  there", and numeracy calls name nobody but the two speakers and send nobody.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
speakeasy, no computer, no helper sent out beside the count) and put no other number word beside it (no
"first", no "both", no "not a one"). No voice gives its own props a colour (no red-hot mama, no green
screen, no blue lights), no idiom hides a class noun or a side (no "carpet", "catalogue", "location",
"scared", "ballyhoo", "bright", "leftover", "all right" or "right away"), "half" is only said of the
clip's halves (never "on behalf of"), "upper", "lower", "corner", "top" and "bottom" only of a route
(never "top-down" or "bottoms up"), and "still" only of a relation's second object (never "are you still
there?"). A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 90-99 then 0-19 and its two-object relations
40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 150/180 (83.3%) on 662ec485 (numeracy 20, attribution 29, visibility 27, dynamic_one 24,
dynamic_two 28, sequential 22); held back from every fixer of its session and scored again on its last code:
150/180. 180/180 after the fixes of its own branch in the next session (fix155 on 89b41f8a): a new BASIC reader
(basic_programs.py) says a numbered program as what it remarks and prints, its line numbers never counts, its keywords
and variables never things, a string kept in "LET A$ = ..." said where ";" prints it, DATA's words and each printed or
remarked line a sentence, unless the next opens on "to", "then" or "and then" and goes on with it, and control
statements ("END", "GOTO 10", "COLOR 4") nothing; a verbless crossing answering which way, "From the right side of
the frame to the left side. It's a flying bird.", is the move of the thing named right after it; and a step with no
verb as a sentence of its own, "... to B. Then to C.", goes on with the move before it.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Say, daddy-o, get a load of this: one moving car, from the start of the clip clear through to the end, and "
     "nothing else in the whole shebang. Swell, huh?",
     "car", 1),
    ('10 REM WHAT THE CLIP SHOWS\n20 PRINT "TWO MOVING CARS"\n30 PRINT "IN VIEW FROM THE START OF THE CLIP TO THE '
     'END"\n40 PRINT "NOTHING ELSE IN VIEW"\n50 END',
     "car", 2),
    ("DISPATCHER: Emergency services, tell me what you see.\nCALLER: Three moving cars. Three moving cars, the "
     "whole time, start to finish.\nDISPATCHER: Anything else out there?\nCALLER: No, nothing else. Just those.",
     "car", 3),
    ("I'm on the level, honey: four moving cars, from the start of the clip to the very end, and not a thing "
     "else in it. And how!",
     "car", 4),
    ('10 REM SCENE\n20 PRINT "ONE LIVELY CAT, START OF CLIP TO END"\n30 REM NOTHING ELSE IS IN IT\n40 END',
     "cat", 1),
    ("DISPATCHER: What's going on there?\nCALLER: There are two lively cats. They've been in view from the start "
     "to the end.\nDISPATCHER: Okay. Anything else in view?\nCALLER: Nothing else. Just the two lively cats.",
     "cat", 2),
    ("Oh, it's positively ducky, darling: three lively cats, there from the start of the clip to the finish, and "
     "nothing else at all. Hotsy-totsy!",
     "cat", 3),
    ('10 REM ** DEMO **\n20 PRINT "FOUR LIVELY CATS"\n30 PRINT "WHOLE CLIP, START TO END"\n40 PRINT "NOTHING ELSE"'
     "\n50 END",
     "cat", 4),
    ("DISPATCHER: Emergency line. What are you seeing?\nCALLER: One flying bird. From the start to the end, just "
     "one flying bird.\nDISPATCHER: Nothing else?\nCALLER: Nothing else at all.",
     "bird", 1),
    ("Gee whiz, kiddo, it's a real humdinger: two flying birds, from the opening of the clip to the close, and "
     "nothing else in sight. Copacetic!",
     "bird", 2),
    ('10 REM THE CLIP\n20 PRINT "THREE FLYING BIRDS FROM START TO END."\n30 PRINT "NOTHING ELSE."\n40 END\nRUN',
     "bird", 3),
    ("CALLER: I'm watching four flying birds. They've been there the whole time, start to finish.\nDISPATCHER: "
     "Okay. Is there anything else?\nCALLER: No. Nothing else.",
     "bird", 4),
    ("Swell as can be, pal: one moving ball, the whole clip long, start to end, and nothing else. Ab-so-lute-ly "
     "spiffy!",
     "ball", 1),
    ('10 REM *** CLIP ***\n20 PRINT "TWO MOVING BALLS"\n30 PRINT "START OF CLIP TO END OF CLIP"\n40 PRINT "NOTHING '
     'ELSE IN IT"\n50 END',
     "ball", 2),
    ("DISPATCHER: Emergency services, go ahead.\nCALLER: Three moving balls! Start to finish, the whole time!\n"
     "DISPATCHER: Okay, slow down for me. Anything else there?\nCALLER: No, nothing else.",
     "ball", 3),
    ("Well, I'll be! Four moving balls, from the start of the clip to its end, and nothing else at all. Isn't that "
     "just nifty?",
     "ball", 4),
    ('10 REM WHAT TO SHOW\n20 PRINT "ONE WALKING DOG"\n30 PRINT "FROM THE START OF THE CLIP TO THE END. NOTHING '
     'ELSE."\n40 END',
     "dog", 1),
    ("DISPATCHER: Tell me exactly what you see.\nCALLER: Two walking dogs. Start to end, the whole time.\n"
     "DISPATCHER: Nothing else there?\nCALLER: Nothing else.",
     "dog", 2),
    ("Oh, you'll positively swoon, daddy-o: three walking dogs, from the beginning of the clip to the end, and not "
     "another thing. Ritzy!",
     "dog", 3),
    ('10 REM ** THE SCENE **\n20 PRINT "FOUR WALKING DOGS, WHOLE CLIP."\n30 PRINT "START TO END. NOTHING ELSE."\n'
     "40 END",
     "dog", 4),
    ("DISPATCHER: Emergency, what's happening?\nCALLER: Two moving cars, from the start to the end. That's it. "
     "Nothing else.\nDISPATCHER: Okay, stay on the line.",
     "car", 2),
    ("Darling, it's too spiffy for words: one lively cat, start of the clip to the finish, and nothing else "
     "whatsoever. Swell!",
     "cat", 1),
    ('10 REM CLIP CONTENTS\n20 PRINT "THREE FLYING BIRDS"\n30 REM IN VIEW START TO END\n40 PRINT "NOTHING ELSE IN '
     'VIEW"\n50 END',
     "bird", 3),
    ("DISPATCHER: What are you looking at?\nCALLER: One moving ball. It's there from the start to the end.\n"
     "DISPATCHER: Anything else?\nCALLER: Nothing else.",
     "ball", 1),
    ("And how, honey! Two walking dogs from the start of the clip to its end, and nothing else in it. Simply the "
     "ritziest thing going.",
     "dog", 2),
    ('10 PRINT "THREE MOVING CARS"\n20 PRINT "START TO END OF THE CLIP"\n30 PRINT "NOTHING ELSE"\n40 END',
     "car", 3),
    ("CALLER: There's four lively cats here, start to finish, the whole time.\nDISPATCHER: Four lively cats. "
     "Anything else?\nCALLER: No. Nothing else.",
     "cat", 4),
    ("Say, that's hotsy-totsy: two flying birds, the whole clip through, start to end, and nothing else. Ain't it "
     "grand?",
     "bird", 2),
    ('10 REM ** MY CLIP **\n20 PRINT "FOUR MOVING BALLS FROM START TO END"\n30 PRINT "NOTHING ELSE"\n40 END',
     "ball", 4),
    ("DISPATCHER: Emergency services.\nCALLER: Three walking dogs. Start to end, three walking dogs.\nDISPATCHER: "
     "Anything else?\nCALLER: Nothing else, no.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("Oh, it's the bee's knees, daddy-o: a white cat and an orange dog, side by side, from the start of the clip "
     "to the end!",
     "cat", "white", "dog", "orange"),
    ('10 REM THE PAIR\n20 PRINT "A GREEN BIRD AND AN ORANGE CAR"\n30 PRINT "SIDE BY SIDE, WHOLE CLIP"\n40 END',
     "bird", "green", "car", "orange"),
    ("DISPATCHER: What do you see?\nCALLER: There's a brown dog, and a red ball next to it. Both there the whole "
     "time.\nDISPATCHER: Okay, stay on the line with me.",
     "dog", "brown", "ball", "red"),
    ("Swell, just swell: a yellow car with a white bird beside it, the whole clip through. Ain't that ritzy?",
     "car", "yellow", "bird", "white"),
    ('10 LET A$ = "BLUE CAT"\n20 LET B$ = "BROWN BIRD"\n30 PRINT "A "; A$; " AND A "; B$; ", SIDE BY SIDE"\n'
     '40 PRINT "WHOLE CLIP, START TO END"\n50 END',
     "cat", "blue", "bird", "brown"),
    ("CALLER: Okay, I've got a black bird and an orange cat, side by side.\nDISPATCHER: Are they moving?\nCALLER: "
     "No, they're both just there, the whole time, start to end.",
     "bird", "black", "cat", "orange"),
    ("On the level, kiddo: a black ball and a red dog, side by side from start to finish of the clip. Simply "
     "darb!",
     "ball", "black", "dog", "red"),
    ('10 REM TWO OBJECTS\n20 PRINT "A BROWN BIRD BESIDE AN ORANGE DOG"\n30 PRINT "BOTH IN VIEW THE WHOLE CLIP"\n'
     "40 END",
     "bird", "brown", "dog", "orange"),
    ("DISPATCHER: Emergency, what's going on?\nCALLER: I'm looking at a red ball next to a purple car. Both of them, "
     "the whole time.\nDISPATCHER: Okay. Anybody hurt?\nCALLER: No, nobody.",
     "ball", "red", "car", "purple"),
    ("Oh, sweetie, get a load of this: a purple car and a white bird, side by side, start of the clip to the end. "
     "Ducky!",
     "car", "purple", "bird", "white"),
    ('10 REM SIDE BY SIDE\n20 PRINT "BLUE CAT AND WHITE BIRD"\n30 PRINT "IN VIEW FROM START OF CLIP TO END"\n40 END',
     "cat", "blue", "bird", "white"),
    ("CALLER: There's a yellow dog here, with a green ball beside it.\nDISPATCHER: How long have they been there?\n"
     "CALLER: The whole time. Start to end.",
     "dog", "yellow", "ball", "green"),
    ("Whoopee! A blue dog next to an orange car, and both stick around for the whole clip, start to finish. "
     "Nifty!",
     "dog", "blue", "car", "orange"),
    ('10 REM *** PAIR ***\n20 A$ = "PURPLE BALL" : B$ = "BLUE CAR"\n30 PRINT A$; " NEXT TO "; B$\n40 PRINT "START '
     'OF CLIP TO END"\n50 END',
     "ball", "purple", "car", "blue"),
    ("DISPATCHER: Okay, describe what you see.\nCALLER: A green dog. And a black bird beside it. They're just "
     "there, start to end.",
     "dog", "green", "bird", "black"),
    ("Oh, you'll flip, daddy-o: a purple ball beside a black cat, the whole clip long. It's the bee's knees, I "
     "tell ya!",
     "ball", "purple", "cat", "black"),
    ('10 REM CLIP\n20 PRINT "A BLACK CAR AND AN ORANGE BIRD, SIDE BY SIDE."\n30 PRINT "BOTH THERE FROM START TO '
     'FINISH."\n40 END\nRUN',
     "car", "black", "bird", "orange"),
    ("DISPATCHER: Emergency services, what's going on?\nCALLER: A black ball and a purple cat, next to each other. "
     "They've been there since the start and they're there at the end.\nDISPATCHER: Okay.",
     "ball", "black", "cat", "purple"),
    ("Honey, it's positively swanky: a pink bird and a brown dog, side by side, from the start of the clip clear "
     "through to the end.",
     "bird", "pink", "dog", "brown"),
    ('10 REM SHOW BOTH\n20 PRINT "A BROWN BALL"\n30 PRINT "A BLUE DOG BESIDE IT"\n40 PRINT "WHOLE CLIP"\n50 END',
     "ball", "brown", "dog", "blue"),
    ("CALLER: There's a yellow ball and a pink dog. Side by side.\nDISPATCHER: The whole time?\nCALLER: Yes, start "
     "to finish.",
     "ball", "yellow", "dog", "pink"),
    ("Hotsy-totsy, pal: a pink bird next to a gray ball, both there for the whole clip. Ain't that swell?",
     "bird", "pink", "ball", "gray"),
    ('10 REM ** TWO THINGS **\n20 PRINT "GRAY DOG, PURPLE CAR, SIDE BY SIDE"\n30 PRINT "START TO END"\n40 END',
     "dog", "gray", "car", "purple"),
    ("DISPATCHER: What are you seeing?\nCALLER: A green cat with a purple ball next to it. Whole time, start to "
     "end.\nDISPATCHER: Copy that.",
     "cat", "green", "ball", "purple"),
    ("Gee, kiddo, it's a real humdinger: a green dog beside a gray ball, the whole clip through.",
     "dog", "green", "ball", "gray"),
    ('10 A$ = "YELLOW BALL"\n20 B$ = "PINK BIRD"\n30 PRINT A$; " AND "; B$; " SIDE BY SIDE"\n40 REM BOTH STAY IN '
     "VIEW THE WHOLE CLIP\n50 END",
     "ball", "yellow", "bird", "pink"),
    ("CALLER: There's a pink cat, and a yellow dog beside it.\nDISPATCHER: Okay. Are they moving?\nCALLER: No. "
     "They're both there the whole time.",
     "cat", "pink", "dog", "yellow"),
    ("Say, that's copacetic: a brown car with a yellow ball beside it, start of the clip to the end. And how!",
     "car", "brown", "ball", "yellow"),
    ('10 REM THE LAST SCENE\n20 PRINT "A BROWN CAR NEXT TO A WHITE DOG"\n30 PRINT "WHOLE CLIP, START TO FINISH"\n'
     "40 END",
     "car", "brown", "dog", "white"),
    ("DISPATCHER: Emergency, go ahead.\nCALLER: An orange dog, and a brown car next to it. They're both there, the "
     "whole time.\nDISPATCHER: Okay, stay on the line.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Oh, daddy-o, the first half of the clip has no car at all, and then in the second half a moving car "
     "sashays in and stays till the end. Swell!",
     "car"),
    ('10 REM FIRST HALF\n20 PRINT "NO CAR"\n30 REM SECOND HALF\n40 PRINT "A MOVING CAR APPEARS AND STAYS TO THE '
     'END"\n50 END',
     "car"),
    ("DISPATCHER: When did you see it?\nCALLER: There was no car at all in the first half. Then in the second "
     "half a moving car showed up, and it's there till the end.",
     "car"),
    ("CALLER: First half, nothing, no cat. Second half, a lively cat comes in and stays to the end.\nDISPATCHER: "
     "Okay, I'm getting help out to you.",
     "cat"),
    ("Get this, sweetie: no cat in the first half of the clip, not a peep, then a lively cat pops in for the "
     "second half and stays put till the end. Ducky!",
     "cat"),
    ('10 REM ** FIRST HALF OF CLIP: NO CAT **\n20 REM ** SECOND HALF: LIVELY CAT APPEARS **\n30 PRINT "NO CAT IN '
     'THE FIRST HALF."\n40 PRINT "A LIVELY CAT IN THE SECOND HALF, TO THE END."\n50 END',
     "cat"),
    ('10 PRINT "FIRST HALF OF THE CLIP: NO BIRD"\n20 PRINT "SECOND HALF: A FLYING BIRD APPEARS"\n30 PRINT "IT '
     'STAYS UNTIL THE END"\n40 END',
     "bird"),
    ("CALLER: In the first half there was no bird. In the second half a flying bird appeared, and it stayed until "
     "the end.\nDISPATCHER: Okay, stay calm for me.",
     "bird"),
    ("Applesauce, there's no bird in the first half of the clip! Then, in the second half, a flying bird swoops in "
     "and stays to the end. The bee's knees!",
     "bird"),
    ("Well, I never: no ball in the first half of the clip, and then a moving ball turns up in the second half and "
     "stays to the very end. Nifty!",
     "ball"),
    ('10 REM VISIBILITY TEST\n20 PRINT "FIRST HALF: NO BALL"\n30 PRINT "SECOND HALF: A MOVING BALL APPEARS, STAYS '
     'TO END"\n40 END',
     "ball"),
    ("DISPATCHER: Walk me through it.\nCALLER: Okay, first half, no ball. Then in the second half a moving ball "
     "came in, and it stayed to the end.",
     "ball"),
    ("CALLER: There was no dog the whole first half. Then in the second half, a walking dog shows up and stays "
     "till the end.\nDISPATCHER: Is the dog hurt?\nCALLER: No, it looks fine.",
     "dog"),
    ("Oh, honey, no dog in the first half of the clip at all, and then in the second half a walking dog strolls in "
     "and stays to the end. Spiffy!",
     "dog"),
    ('10 REM SCENE\n20 PRINT "NO DOG IN THE FIRST HALF"\n30 PRINT "A WALKING DOG IN THE SECOND HALF"\n40 PRINT '
     '"UNTIL THE END"\n50 END',
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ('10 PRINT "FIRST HALF: A MOVING CAR"\n20 PRINT "SECOND HALF: NO CAR"\n30 END', "car"),
    ("CALLER: In the first half there was a moving car. In the second half, no car. It's gone.\nDISPATCHER: Gone "
     "where?\nCALLER: I don't know, it just isn't there.",
     "car"),
    ("Gosh, daddy-o: a moving car in the first half of the clip, and in the second half no car at all. It "
     "scrammed!",
     "car"),
    ("A lively cat in the first half of the clip, kiddo, and then no cat at all in the second half. She beat it, "
     "she did!",
     "cat"),
    ('10 REM FIRST HALF\n20 PRINT "A LIVELY CAT"\n30 REM SECOND HALF\n40 PRINT "NO CAT"\n50 END', "cat"),
    ("DISPATCHER: And where's the cat now?\nCALLER: There was a lively cat in the first half. In the second half, "
     "no cat. Nowhere.",
     "cat"),
    ("CALLER: A flying bird was there in the first half. Second half, no bird at all.\nDISPATCHER: Okay. Stay on "
     "the line with me.",
     "bird"),
    ("Oh, sweetie, a flying bird flits around the first half of the clip, and in the second half, no bird. "
     "Vamoosed!",
     "bird"),
    ('10 REM ** VANISHING ACT **\n20 PRINT "FLYING BIRD IN THE FIRST HALF OF THE CLIP"\n30 PRINT "NO BIRD IN THE '
     'SECOND HALF"\n40 END',
     "bird"),
    ('10 PRINT "A MOVING BALL IN THE FIRST HALF."\n20 PRINT "NO BALL IN THE SECOND HALF."\n30 END\nRUN', "ball"),
    ("DISPATCHER: Tell me what happened.\nCALLER: There was a moving ball in the first half, and then in the second "
     "half there's no ball.",
     "ball"),
    ("Well, I'll be: a moving ball in the first half of the clip, then no ball in the second half. Gone, daddy-o, "
     "gone!",
     "ball"),
    ("A walking dog in the first half of the clip, honey, and in the second half no dog at all. Ain't that the "
     "limit?",
     "dog"),
    ('10 REM FIRST HALF: A WALKING DOG\n20 REM SECOND HALF: NO DOG\n30 PRINT "WALKING DOG, FIRST HALF ONLY."\n'
     '40 PRINT "SECOND HALF: NO DOG."\n50 END',
     "dog"),
    ("CALLER: A walking dog was there for the first half. Then in the second half, there's no dog.\nDISPATCHER: "
     "Did you see where it went?\nCALLER: No.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Oh, daddy-o, a moving car zips from the left side of the frame clear over to the right side. Hotsy-totsy!",
     "car", RIGHTWARD),
    ('10 REM CROSSING\n20 PRINT "A MOVING CAR"\n30 PRINT "FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE"\n'
     "40 END",
     "car", LEFTWARD),
    ("CALLER: A moving car, it's going from the left side of the frame to the right side!\nDISPATCHER: Okay, I "
     "need you to stay calm.",
     "car", RIGHTWARD),
    ("Gee, kiddo, a moving car motors from the right side of the frame to the left side. Swanky!", "car", LEFTWARD),
    ('10 PRINT "MOVING CAR"\n20 PRINT "LEFT SIDE OF FRAME TO RIGHT SIDE"\n30 END', "car", RIGHTWARD),
    ("DISPATCHER: Which way is it going?\nCALLER: The moving car? From the right side of the frame to the left "
     "side.",
     "car", LEFTWARD),
    ('10 REM ** THE RUN **\n20 PRINT "A LIVELY CAT RUNS FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE"\n30 END',
     "cat", RIGHTWARD),
    ("CALLER: There's a lively cat running from the right side of the frame to the left side.\nDISPATCHER: Okay, "
     "is it hurt?\nCALLER: No, it's fine.",
     "cat", LEFTWARD),
    ("Oh, sweetie, a lively cat scampers from the left side of the frame to the right side. Spiffy!",
     "cat", RIGHTWARD),
    ('10 A$ = "LIVELY CAT"\n20 PRINT A$; " GOES FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE"\n30 END',
     "cat", LEFTWARD),
    ("DISPATCHER: Tell me which way.\nCALLER: Left side of the frame to the right side. A lively cat.",
     "cat", RIGHTWARD),
    ("And how! A lively cat dashes from the right side of the frame to the left side, darling. Ducky!",
     "cat", LEFTWARD),
    ("CALLER: A flying bird just went from the left side of the frame to the right side.\nDISPATCHER: Okay, stay on "
     "the line.",
     "bird", RIGHTWARD),
    ("Say, honey, a flying bird glides from the right side of the frame to the left side. It's the bee's knees!",
     "bird", LEFTWARD),
    ('10 REM FLIGHT PATH\n20 PRINT "A FLYING BIRD"\n30 PRINT "LEFT SIDE OF THE FRAME TO THE RIGHT SIDE"\n40 END',
     "bird", RIGHTWARD),
    ("DISPATCHER: Which direction?\nCALLER: From the right side of the frame to the left side. It's a flying bird.",
     "bird", LEFTWARD),
    ("A flying bird, daddy-o, sailing from the left side of the frame to the right side. Simply nifty!",
     "bird", RIGHTWARD),
    ('10 PRINT "A FLYING BIRD FLIES FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE."\n20 END', "bird", LEFTWARD),
    ("Oh, kiddo, a moving ball rolls from the left side of the frame over to the right side. Ab-so-lute-ly swell!",
     "ball", RIGHTWARD),
    ('10 REM ROLL\n20 PRINT "MOVING BALL, RIGHT SIDE OF FRAME TO LEFT SIDE"\n30 END', "ball", LEFTWARD),
    ("CALLER: There's a moving ball rolling from the left side of the frame to the right side!\nDISPATCHER: Okay. "
     "Is anybody hurt?\nCALLER: No.",
     "ball", RIGHTWARD),
    ("Gosh, darling, a moving ball rolls from the right side of the frame to the left side. Copacetic!",
     "ball", LEFTWARD),
    ('10 A$ = "MOVING BALL"\n20 PRINT A$; ": LEFT SIDE OF THE FRAME TO THE RIGHT SIDE"\n30 END', "ball", RIGHTWARD),
    ("DISPATCHER: Which way is it rolling?\nCALLER: The moving ball, from the right side of the frame to the left "
     "side.",
     "ball", LEFTWARD),
    ('10 REM WALK\n20 PRINT "A WALKING DOG WALKS FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE"\n30 END',
     "dog", RIGHTWARD),
    ("CALLER: A walking dog, going from the right side of the frame to the left side.\nDISPATCHER: Does it look "
     "hurt?\nCALLER: No.",
     "dog", LEFTWARD),
    ("Oh, sheba, a walking dog strolls from the left side of the frame to the right side, slick as you please. "
     "Swell!",
     "dog", RIGHTWARD),
    ('10 PRINT "WALKING DOG"\n20 PRINT "FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE"\n30 END\nRUN',
     "dog", LEFTWARD),
    ("DISPATCHER: Which way is the dog going?\nCALLER: The walking dog? Left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Well, daddy-o, a walking dog ambles from the right side of the frame to the left side. Hotsy-totsy!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("Oh, daddy-o, the dog stays still while a cat scampers from the left of the dog to the right of the dog. "
     "Swell!",
     "cat", "dog", RIGHTWARD),
    ('10 REM THE DOG STAYS STILL\n20 PRINT "A BALL ROLLS FROM THE RIGHT OF THE DOG TO THE LEFT OF THE DOG"\n30 END',
     "ball", "dog", LEFTWARD),
    ("CALLER: A dog is walking from the left of the bird to the right of the bird.\nDISPATCHER: And the bird?\n"
     "CALLER: The bird stays still.",
     "dog", "bird", RIGHTWARD),
    ("Gee, kiddo, a bird flutters from the right of the cat to the left of the cat, and the cat stays still the "
     "whole time. Ducky!",
     "bird", "cat", LEFTWARD),
    ('10 REM THE BIRD STAYS STILL\n20 PRINT "A CAT RUNS FROM THE LEFT OF THE BIRD"\n30 PRINT "TO THE RIGHT OF THE '
     'BIRD"\n40 END',
     "cat", "bird", RIGHTWARD),
    ("DISPATCHER: What's the bird doing?\nCALLER: It's flying from the right of the cat to the left of the cat. The "
     "cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Say, honey, the cat stays still and a dog trots from the left of the cat to the right of the cat. Spiffy!",
     "dog", "cat", RIGHTWARD),
    ('10 PRINT "THE DOG STAYS STILL."\n20 PRINT "A BIRD FLIES FROM THE RIGHT OF THE DOG TO THE LEFT OF THE DOG."\n'
     "30 END",
     "bird", "dog", LEFTWARD),
    ("CALLER: The cat stays still, and a dog walks from the left of the cat to the right of the cat.\nDISPATCHER: "
     "Okay, stay on the line.",
     "dog", "cat", RIGHTWARD),
    ("Oh, darling, a bird swoops from the right of the car to the left of the car, while the car stays still. "
     "Nifty!",
     "bird", "car", LEFTWARD),
    ('10 REM ** THE CAR STAYS STILL **\n20 PRINT "A BIRD FLIES FROM THE LEFT OF THE CAR TO THE RIGHT OF THE CAR"\n'
     "30 END",
     "bird", "car", RIGHTWARD),
    ("CALLER: The bird stays still. There's a car going from the right of the bird to the left of the bird.\n"
     "DISPATCHER: How fast is it going?\nCALLER: Not fast.",
     "car", "bird", LEFTWARD),
    ("And how! A bird flits from the left of the cat to the right of the cat, and the cat stays still, daddy-o.",
     "bird", "cat", RIGHTWARD),
    ('10 A$ = "THE BIRD STAYS STILL"\n20 PRINT A$\n30 PRINT "A CAR DRIVES FROM THE RIGHT OF THE BIRD TO THE LEFT '
     'OF THE BIRD"\n40 END',
     "car", "bird", LEFTWARD),
    ("DISPATCHER: Tell me what the bird is doing.\nCALLER: Flying from the left of the dog to the right of the dog. "
     "The dog stays still.",
     "bird", "dog", RIGHTWARD),
    ("Oh, sheba, the cat stays still while a dog pads from the right of the cat to the left of the cat. Swanky!",
     "dog", "cat", LEFTWARD),
    ('10 REM THE DOG STAYS STILL THE WHOLE TIME\n20 PRINT "BALL ROLLS FROM THE LEFT OF THE DOG TO THE RIGHT OF THE '
     'DOG"\n30 END',
     "ball", "dog", RIGHTWARD),
    ("CALLER: A bird just flew from the right of the cat to the left of the cat.\nDISPATCHER: And the cat?\n"
     "CALLER: The cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Gosh, kiddo, a car drives from the left of the ball to the right of the ball, and the ball stays still as "
     "you please. Hotsy-totsy!",
     "car", "ball", RIGHTWARD),
    ('10 REM THE BIRD STAYS STILL.\n20 PRINT "A CAT RUNS FROM THE RIGHT OF THE BIRD TO THE LEFT OF THE BIRD."\n'
     "30 END\nRUN",
     "cat", "bird", LEFTWARD),
    ("CALLER: The car stays still. A dog walks from the left of the car to the right of the car.\nDISPATCHER: Is "
     "the dog okay?\nCALLER: Yeah, it's fine.",
     "dog", "car", RIGHTWARD),
    ("Oh, honey, a ball rolls from the right of the bird to the left of the bird, and the bird stays still. It's "
     "the bee's knees!",
     "ball", "bird", LEFTWARD),
    ('10 PRINT "THE DOG STAYS STILL"\n20 PRINT "A BALL ROLLS FROM THE LEFT OF THE DOG TO THE RIGHT OF THE DOG"\n'
     "30 END",
     "ball", "dog", RIGHTWARD),
    ("DISPATCHER: What's the ball doing?\nCALLER: Rolling from the right of the cat to the left of the cat. The cat "
     "stays still.",
     "ball", "cat", LEFTWARD),
    ("Say, daddy-o, the ball stays still while a car motors from the left of the ball to the right of the ball. "
     "Copacetic!",
     "car", "ball", RIGHTWARD),
    ('10 REM THE CAT STAYS STILL\n20 PRINT "A BIRD FLIES FROM THE RIGHT OF THE CAT"\n30 PRINT "TO THE LEFT OF THE '
     'CAT"\n40 END',
     "bird", "cat", LEFTWARD),
    ("CALLER: The bird stays still and a dog is walking from the left of the bird to the right of the bird.\n"
     "DISPATCHER: Okay, stay with me.",
     "dog", "bird", RIGHTWARD),
    ("Well, sweetie, a dog trots from the right of the cat to the left of the cat, and the cat stays still. Ritzy!",
     "dog", "cat", LEFTWARD),
    ('10 REM THE CAR STAYS STILL\n20 PRINT "A BALL ROLLS FROM THE LEFT OF THE CAR TO THE RIGHT OF THE CAR"\n30 END',
     "ball", "car", RIGHTWARD),
    ("CALLER: A dog, it's walking from the right of the cat to the left of the cat.\nDISPATCHER: And the cat?\n"
     "CALLER: The cat stays still.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Oh, daddy-o, seen from above: a car starts in the lower left corner, zips to the lower right corner, and "
     "then on to the upper right corner. Swell!",
     "car", BL_BR_TR),
    ('10 REM VIEW FROM ABOVE\n20 PRINT "A CAR STARTS IN THE LOWER LEFT CORNER"\n30 PRINT "THEN IT MOVES TO THE '
     'UPPER LEFT CORNER"\n40 PRINT "THEN TO THE UPPER RIGHT CORNER"\n50 END',
     "car", BL_TL_TR),
    ("CALLER: I'm looking down from above. There's a car in the lower right corner, it goes to the lower left "
     "corner, then to the upper left corner.\nDISPATCHER: Okay.",
     "car", BR_BL_TL),
    ("Gee, kiddo, from above a car goes from the lower right corner to the upper right corner and then the upper "
     "left corner. Nifty!",
     "car", BR_TR_TL),
    ('10 REM OVERHEAD VIEW, FROM ABOVE\n20 DATA "LOWER LEFT CORNER", "LOWER RIGHT CORNER", "UPPER RIGHT CORNER"\n'
     '30 PRINT "A CAR DRIVES FROM THE LOWER LEFT CORNER TO THE LOWER RIGHT CORNER, THEN TO THE UPPER RIGHT '
     'CORNER"\n40 END',
     "car", BL_BR_TR),
    ("DISPATCHER: Which way did the car go?\nCALLER: From above it went from the lower left corner to the upper "
     "left corner, then the upper right corner.",
     "car", BL_TL_TR),
    ("Oh, sweetie, seen from above: a cat scampers from the lower right corner to the lower left corner, then to "
     "the upper left corner. Ducky!",
     "cat", BR_BL_TL),
    ('10 REM SEEN FROM ABOVE\n20 PRINT "A CAT RUNS FROM THE LOWER RIGHT CORNER"\n30 PRINT "TO THE UPPER RIGHT '
     'CORNER"\n40 PRINT "AND THEN TO THE UPPER LEFT CORNER"\n50 END',
     "cat", BR_TR_TL),
    ("CALLER: From above, I can see a cat. It started in the lower left corner, ran to the lower right corner, and "
     "now it's in the upper right corner.\nDISPATCHER: Okay, keep watching it for me.",
     "cat", BL_BR_TR),
    ("And how! Seen from above, a cat dashes from the lower left corner to the upper left corner and then to the "
     "upper right corner, darling.",
     "cat", BL_TL_TR),
    ('10 REM VIEW FROM ABOVE\n20 PRINT "CAT: LOWER RIGHT CORNER, THEN LOWER LEFT CORNER, THEN UPPER LEFT CORNER"\n'
     "30 END",
     "cat", BR_BL_TL),
    ("DISPATCHER: Where is the cat going?\nCALLER: Looking from above, it goes from the lower right corner to the "
     "upper right corner, then the upper left corner.",
     "cat", BR_TR_TL),
    ("Say, honey, from above: a bird flits from the lower left corner to the lower right corner, then up to the "
     "upper right corner. The bee's knees!",
     "bird", BL_BR_TR),
    ('10 REM FROM ABOVE\n20 PRINT "A BIRD FLIES FROM THE LOWER LEFT CORNER TO THE UPPER LEFT CORNER"\n30 PRINT '
     '"THEN ON TO THE UPPER RIGHT CORNER"\n40 END',
     "bird", BL_TL_TR),
    ("CALLER: I'm seeing it from above. A bird, it flew from the lower right corner to the lower left corner, then "
     "to the upper left corner.\nDISPATCHER: Okay, thank you.",
     "bird", BR_BL_TL),
    ("Oh, daddy-o, seen from above, a bird soars from the lower right corner to the upper right corner, then over "
     "to the upper left corner. Swanky!",
     "bird", BR_TR_TL),
    ('10 REM OVERHEAD\n20 PRINT "SEEN FROM ABOVE: A BIRD"\n30 PRINT "LOWER LEFT CORNER TO LOWER RIGHT CORNER, THEN '
     'UPPER RIGHT CORNER"\n40 END',
     "bird", BL_BR_TR),
    ("DISPATCHER: Describe the route for me.\nCALLER: From above, the bird goes from the lower left corner to the "
     "upper left corner and then the upper right corner.",
     "bird", BL_TL_TR),
    ("Gosh, kiddo, from above a ball rolls from the lower right corner to the lower left corner and then to the "
     "upper left corner. Spiffy!",
     "ball", BR_BL_TL),
    ('10 REM VIEW FROM ABOVE\n20 PRINT "A BALL ROLLS FROM THE LOWER RIGHT CORNER TO THE UPPER RIGHT CORNER, THEN '
     'TO THE UPPER LEFT CORNER."\n30 END',
     "ball", BR_TR_TL),
    ("CALLER: I'm looking down from above. A ball rolled from the lower left corner to the lower right corner, then "
     "up to the upper right corner.\nDISPATCHER: Okay, stay on the line.",
     "ball", BL_BR_TR),
    ("Seen from above, sweetie: a ball rolls from the lower left corner to the upper left corner, then to the "
     "upper right corner. Hotsy-totsy!",
     "ball", BL_TL_TR),
    ('10 REM SEEN FROM ABOVE\n20 PRINT "A BALL ROLLS FROM THE LOWER RIGHT CORNER TO THE LOWER LEFT CORNER"\n'
     '30 PRINT "AND THEN TO THE UPPER LEFT CORNER"\n40 END\nRUN',
     "ball", BR_BL_TL),
    ("DISPATCHER: Which way did the ball roll?\nCALLER: From above, lower right corner to the upper right corner, "
     "then the upper left corner.",
     "ball", BR_TR_TL),
    ("Oh, darling, seen from above: a dog trots from the lower left corner to the lower right corner, then to the "
     "upper right corner. Copacetic!",
     "dog", BL_BR_TR),
    ('10 REM FROM ABOVE\n20 PRINT "A DOG WALKS FROM THE LOWER LEFT CORNER"\n30 PRINT "TO THE UPPER LEFT CORNER"\n'
     '40 PRINT "THEN TO THE UPPER RIGHT CORNER"\n50 END',
     "dog", BL_TL_TR),
    ("CALLER: From above I can see a dog. It went from the lower right corner to the lower left corner, then to "
     "the upper left corner.\nDISPATCHER: Okay, keep your distance.",
     "dog", BR_BL_TL),
    ("Say, daddy-o, from above a dog ambles from the lower right corner to the upper right corner, and then to the "
     "upper left corner. Ritzy!",
     "dog", BR_TR_TL),
    ('10 REM OVERHEAD VIEW FROM ABOVE\n20 PRINT "A DOG WALKS: LOWER LEFT CORNER, LOWER RIGHT CORNER, UPPER RIGHT '
     'CORNER"\n30 END',
     "dog", BL_BR_TR),
    ("DISPATCHER: Where did the dog go?\nCALLER: Seen from above, from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
