"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Scouse speaker from Liverpool ("ey", "la", "our kid", "boss" for great, "sound", "made up", "dead" for
  very, "proper", "ar eh", "giz"/"gizza", "go 'ed", "youse", "o'" for of, "an'" for and, "movin'",
  "nothin'"), where the speaker and whoever she talks to are never in the video, and what she asks for
  or tells of is the clip; she never calls a girl a "bird" nor speaks of the Reds or of football, and in
  numeracy prompts calls nobody "la" or "our kid" and names nobody at all;
- a Makefile, one line a statement (variables like "SUBJECT := moving car" or "VIEW ?= from above",
  ".PHONY:", targets with their prerequisites, tab-indented "@echo" recipes, "# comments", the odd
  "target: ; recipe"), where the file, its targets, variables and recipes are never in the video, and
  what its recipes echo is the clip; it writes no digits at all (no "-j" count, no numbered file), a count
  only as a word, never runs "cat" as a command, and in numeracy prompts no variable or target names a
  thing beside the count's own class;
- a baseball play-by-play announcer ("Holy cow!", "How about that!", "Mark it down!", "Can you believe
  it!", "Safe!", "Going, going, gone!", "It's outta here!", "the blimp shot"), where the announcer, the
  folks at home, the blimp and its camera are never in the video, and the play he calls is the clip; he
  names no team, no field position and no base, says no "inning", "count" or "ballgame", and in numeracy
  prompts names nobody at all, not even the folks.

LVD's class nouns and colour words are kept (LVD's "gray", never "grey"), since its predicates look
objects up by them; counts are always written as words, and numeracy prompts name nothing else a reader
would draw as an object (no folks, no "la", no variable beside the count but the class) and put no other
number word beside it (no "first pitch", no "both", no "no one", no "single"). No voice gives its own props
a colour (no team colours, no "Reds", no red card), no idiom hides a class noun or a side (no "catcher",
"scorecard", "football", "ballpark", "fly ball", "birdie", "left field", "right-hander", "is right" or "all
right"), "half" is only said of the clip's halves (never "half-inning"), "upper", "lower", "corner", "top"
and "bottom" only of a route (never "top of the ninth", "bottom of the order", "upper deck", "hot corner" or
"top-level target"), and "still" only of a relation's second object (never "still going"). A relation names
its second object at both ends and says that object stays still; a route is always seen from above. It
takes LVD's attribution pairs 80-99 and 0-9 and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 156/180 (86.7%) on 89b41f8a (numeracy 25, attribution 27, visibility 26, dynamic_one 28,
dynamic_two 25, sequential 25); held back from every fixer of its session and scored again on its last code:
156/180. Its misses: a Makefile's variables and recipes, "BIRDS := four flying birds" with '@echo "$(BIRDS),
whole clip"', a count and its things in two variables put together by an echo, colours kept in "BALL_COLOUR :=
brown", targets named for things or halves ("first_half:", "orange-dog brown-car:"), a route in a ROUTE
variable or as a target's prerequisites, a relation's mover and reference in MOVER/REF variables; a Scouse
"Four movin' balls, ey ... the lot of 'em"; an announcer's "it's outta here! No bird!". They wait for the next
session.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('# Makefile for the clip\nSUBJECT := moving car\nCOUNT   := one\nEXTRAS  :=\n\n.PHONY: clip\nclip:\n'
     '\t@echo "$(COUNT) $(SUBJECT), start to finish, nothing else"',
     "car", 1),
    ("Ey, d'ya know wha' I want? Two movin' cars, there from the start o' the clip to the end, an' nothin' else in "
     "it. Dead simple, that. Boss.",
     "car", 2),
    ("Whaddaya know! Three moving cars out there from the start of the clip to the very end, and nothing else in the "
     "picture! How about that!",
     "car", 3),
    ("I'm not bein' funny, but it's gorra be four movin' cars, start to finish o' the clip, an' nothin' else. Norra "
     "thing. Sound?",
     "car", 4),
    ("And look at this! One lively cat, in view from the start of the clip clear through to the end, and nothing "
     "else out there! Mark it down!",
     "cat", 1),
    ('SUBJECT = lively cats\nHOW_MANY = two\n# in view for the whole clip; nothing else goes in\n\nclip:\n'
     '\t@echo "$(HOW_MANY) $(SUBJECT), start to end"',
     "cat", 2),
    ("Three lively cats, ey, from the start o' the clip till the end. Nothin' else, mind. Dead lively, like. Ta.",
     "cat", 3),
    ("Can you believe it! Four lively cats, there from the opening of the clip till the end of it, and nothing else. "
     "Nothing! Unbelievable!",
     "cat", 4),
    ('.PHONY: all\nall: clip\n\nclip:\n\t@echo "one flying bird"\n\t@echo "visible from start to finish"\n'
     '\t@echo "nothing else"',
     "bird", 1),
    ("Giz a clip with two flyin' birds in it, from the start to the end, ey, an' nothin' else. That'd be boss, that.",
     "bird", 2),
    ("Up, up and away! Three flying birds, from the start of the clip to the finish, and nothing else anywhere in "
     "it. What a sight!",
     "bird", 3),
    ('# clip.mk\nBIRDS := four flying birds\n# nothing else, start to end\n\nclip:\n'
     '\t@echo "$(BIRDS), whole clip, nothing else"',
     "bird", 4),
    ("Just the one movin' ball, from the start o' the clip to the end, an' nothin' else. Don't be goin' mad with it, "
     "it's dead simple. Sound.",
     "ball", 1),
    ("Two moving balls, in play from the start of the clip to the end, and nothing else out there! Would you look at "
     "that!",
     "ball", 2),
    ('SUBJECT := moving balls\nCOUNT := three\nVISIBLE := start-to-end\nEXTRAS := # nothing else\n\nclip:\n'
     '\t@echo "$(COUNT) $(SUBJECT) ($(VISIBLE))"',
     "ball", 3),
    ("Four movin' balls, ey. From the start o' the clip to the end, the lot of 'em, an' nothin' else. I'd be made up "
     "with that.",
     "ball", 4),
    ("How about that! One walking dog, in view from the start of the clip to the end, and nothing else in it. Mark "
     "it down!",
     "dog", 1),
    ('# what the clip holds, start to finish\nDOGS = two walking dogs\nOTHERS =\n\n.PHONY: clip\n'
     'clip: ; @echo "$(DOGS); nothing else"',
     "dog", 2),
    ("Three walkin' dogs, start to finish, an' nothin' else in the clip. Ar eh, that's all I'm after, honest.",
     "dog", 3),
    ("Here they come! Four walking dogs, from the start of the clip to the end, and nothing else. You can't make "
     "this up!",
     "dog", 4),
    ('count  := two\nthings := moving cars\n# whole clip, beginning to end; nothing else\n.DEFAULT_GOAL := clip\n\n'
     'clip:\n\t@echo "$(count) $(things)"',
     "car", 2),
    ("Whoa, would you look at this! One lively cat, from the start of the clip to the end, and nothing else. Isn't "
     "that something!",
     "cat", 1),
    ("Four flyin' birds, like, from the start o' the clip to the end. Nothin' else in it. Dead nice, that'd be.",
     "bird", 4),
    ('.PHONY: clip\nclip:\n\t@echo "moving ball: one"\n\t@echo "in view: start to finish"\n'
     '\t@echo "anything else: nothing"',
     "ball", 1),
    ("It's a beauty! Two walking dogs, from the start of the clip to the end, and nothing else. Unbelievable, what a "
     "clip!",
     "dog", 2),
    ("Ey, three movin' cars, there the whole clip, start to end. Nothin' else. Proper sound, that.", "car", 3),
    ('# cats.mk -- the whole clip, start to end\nSUBJECT ?= lively cats\nCOUNT ?= four\n\nclip:\n'
     '\t@echo "$(COUNT) $(SUBJECT) and nothing else"',
     "cat", 4),
    ("And there it is! One flying bird, from the start of the clip to the end, and nothing else in there. Mark it "
     "down!",
     "bird", 1),
    ("One walkin' dog, start o' the clip to the end, an' nothin' else, ey. Gorra be boss, that.", "dog", 1),
    ('BALLS := four moving balls\n\nclip:\n\t@echo "$(BALLS) from start to finish"\n\t@echo "nothing else"',
     "ball", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 and 0-9, in order.
_ATTRIBUTION = [
    ("Ey la, giz a clip of a purple bird sat next to a red dog, the pair of 'em there the whole time, start to "
     "finish. Boss.",
     "bird", "purple", "dog", "red"),
    ("And what do we have here! A red dog and a yellow car, side by side, there from the start of the clip to the "
     "end. How about that, folks!",
     "dog", "red", "car", "yellow"),
    ('clip: orange-dog brown-car\n\t@echo "side by side, whole clip"\n\norange-dog brown-car:\n'
     '\t@echo "$@: in view from start to finish"',
     "dog", "orange", "car", "brown"),
    ("Our kid wants a gray cat an' an orange dog, sat together, from the start o' the clip to the end. Can youse do "
     "that? Ta, la.",
     "cat", "gray", "dog", "orange"),
    ("Here's the setup, folks: a green ball beside a pink dog, both in view from the start of the clip to the "
     "finish. Can you believe it!",
     "ball", "green", "dog", "pink"),
    ('.PHONY: clip\nclip: white-dog pink-bird\n\nwhite-dog:\n\t@echo "white dog, whole clip"\npink-bird:\n'
     '\t@echo "pink bird, beside the dog, whole clip"',
     "dog", "white", "bird", "pink"),
    ("A purple car an' a gray ball, next to each other, ey, the whole clip. Nothin' fancy. Sound, la.",
     "car", "purple", "ball", "gray"),
    ("Look at this pair! A yellow dog and a brown cat, together from the start of the clip to the end. Holy cow!",
     "dog", "yellow", "cat", "brown"),
    ('# clip: side by side, start to finish\nBALL_COLOUR := brown\nCAT_COLOUR  := green\n\nclip:\n'
     '\t@echo "a $(BALL_COLOUR) ball next to a $(CAT_COLOUR) cat"',
     "ball", "brown", "cat", "green"),
    ("Giz a brown cat an' an orange car, sat side by side, from the start o' the clip to the end, ey. Dead easy, "
     "that.",
     "cat", "brown", "car", "orange"),
    ("A white cat and an orange dog, side by side, from the start of the clip to the end! They're in there the "
     "whole way! Unbelievable!",
     "cat", "white", "dog", "orange"),
    ('SCENE = green bird beside an orange car\n# both visible for the whole clip\n\nall:\n\t@echo "$(SCENE)"\n'
     '\t@echo "start to finish"',
     "bird", "green", "car", "orange"),
    ("I'm not bein' funny, but I want a brown dog wi' a red ball next to it, the whole clip through. Boss, that'd "
     "be.",
     "dog", "brown", "ball", "red"),
    ("Now here's something: a yellow car and a white bird, next to each other, in view from start to finish. Mark "
     "it down!",
     "car", "yellow", "bird", "white"),
    ('clip: blue-cat brown-bird\n\t@echo "together, side by side, start to finish"\n\nblue-cat brown-bird:\n'
     '\t@echo "$@ in view for the whole clip"',
     "cat", "blue", "bird", "brown"),
    ("A black bird an' an orange cat, ey, sat next to each other from the start o' the clip to the end. Made up if "
     "yer can do that, la.",
     "bird", "black", "cat", "orange"),
    ("What a look! A black ball beside a red dog, there from the start of the clip to the finish! How about that!",
     "ball", "black", "dog", "red"),
    ('# pair, side by side, whole clip\nBIRD := brown\nDOG  := orange\n\nclip:\n\t@echo "$(BIRD) bird"\n'
     '\t@echo "$(DOG) dog"',
     "bird", "brown", "dog", "orange"),
    ("Gizza red ball an' a purple car next to each other, from the start o' the clip till the end, yeah? Proper "
     "boss.",
     "ball", "red", "car", "purple"),
    ("Would you look at that! A purple car with a white bird beside it, in view the whole clip, start to finish! "
     "Holy cow!",
     "car", "purple", "bird", "white"),
    ('.PHONY: clip\n# a blue cat and a white bird, side by side\nclip:\n\t@echo "blue cat: whole clip"\n'
     '\t@echo "white bird: whole clip, next to the cat"',
     "cat", "blue", "bird", "white"),
    ("A yellow dog and a green ball, side by side, from the start of the clip to the end! You couldn't script it "
     "any better!",
     "dog", "yellow", "ball", "green"),
    ("Ar eh, do us a blue dog an' an orange car, sat together the whole clip, start to finish. Sound.",
     "dog", "blue", "car", "orange"),
    ('BALL ?= purple ball\nCAR  ?= blue car\n# side by side, in view start to end\n\n'
     'clip: ; @echo "$(BALL) beside $(CAR)"',
     "ball", "purple", "car", "blue"),
    ("A green dog an' a black bird, next to each other, ey, from the start o' the clip to the end. Boss, that, la.",
     "dog", "green", "bird", "black"),
    ("And here's a beauty: a purple ball next to a black cat, in view from the start of the clip to the end! What a "
     "sight!",
     "ball", "purple", "cat", "black"),
    ('# both present for the whole clip\nclip: black-car orange-bird\n\t@echo "side by side"\n\nblack-car:\n'
     '\t@echo "black car"\norange-bird:\n\t@echo "orange bird, beside the car"',
     "car", "black", "bird", "orange"),
    ("Check this out! A black ball and a purple cat, together, from the start of the clip all the way to the end. "
     "Unbelievable!",
     "ball", "black", "cat", "purple"),
    ("Giz a pink bird an' a brown dog sat next to each other, the whole clip, start to finish, ey. Dead nice.",
     "bird", "pink", "dog", "brown"),
    ('SUBJECTS := brown ball, blue dog\n# side by side, whole clip\n\nclip:\n\t@echo "$(SUBJECTS)"',
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("No car at all in the first half o' the clip, ey. Then in the second half a movin' car comes in an' stays till "
     "the end. Sound, la.",
     "car"),
    ('.PHONY: first_half second_half\nfirst_half:\n\t@echo "no car"\nsecond_half:\n'
     '\t@echo "a moving car appears and stays until the end"',
     "car"),
    ("Through the first half of the clip, no car anywhere. And now, in the second half, here comes a moving car, and "
     "it sticks around to the end! How about that!",
     "car"),
    ('# the cat shows up late\nFIRST_HALF  := no cat\nSECOND_HALF := a lively cat appears, stays to the end\n\n'
     'clip:\n\t@echo "$(FIRST_HALF) / $(SECOND_HALF)"',
     "cat"),
    ("There's no cat in the first half, like. Then in the second half a lively cat turns up an' stays till the end. "
     "Dead sneaky, that.",
     "cat"),
    ("No sign of a cat in the first half, folks. But in the second half, here's a lively cat coming on, and it stays "
     "to the end! Holy cow!",
     "cat"),
    ("No bird in the first half of the clip, not a feather. Then, in the second half, a flying bird comes in and "
     "it's there to the end! Mark it down!",
     "bird"),
    ("Ey, no bird in the first half o' the clip, yeah? Then in the second half a flyin' bird comes in an' stays till "
     "the end. Boss.",
     "bird"),
    ('clip: first_half second_half\n\nfirst_half:\n\t@echo "no bird"\nsecond_half:\n'
     '\t@echo "flying bird appears; in view to the end"',
     "bird"),
    ("No ball in the first half, la. In the second half a movin' ball comes in an' stays to the end. Proper simple.",
     "ball"),
    ('# the ball is absent for the first half of the clip\nsecond_half:\n'
     '\t@echo "moving ball enters and stays until the end"',
     "ball"),
    ("Nothing doing in the first half, no ball at all. Then in the second half, a moving ball comes in and stays to "
     "the end! Can you believe it!",
     "ball"),
    ('DOG_FROM := second half\n# no dog in the first half\n\nclip:\n'
     '\t@echo "walking dog appears in the $(DOG_FROM), stays to the end"',
     "dog"),
    ("No dog in the first half of the clip. Then in the second half, here comes a walking dog, and he stays all the "
     "way to the end! How about that!",
     "dog"),
    ("No dog in the first half, ey. Then in the second half a walkin' dog comes in an' stays till the end. Made up, "
     "me.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in view for the first half of the clip, and in the second half... going, going, gone! No car! "
     "How about that!",
     "car"),
    ("A movin' car in the first half o' the clip, then in the second half no car at all, ey. Sound.", "car"),
    ('CAR_IN  := first half\nCAR_OUT := second half\n\nclip:\n'
     '\t@echo "moving car in the $(CAR_IN); no car in the $(CAR_OUT)"',
     "car"),
    ("A lively cat in the first half, ey, an' then in the second half no cat. Gone, like. Dead quick.", "cat"),
    ('first_half:\n\t@echo "lively cat in view"\nsecond_half: first_half\n\t@echo "no cat"', "cat"),
    ("A lively cat out there in the first half of the clip! Second half? No cat anywhere. Gone! Holy cow!", "cat"),
    ('# bird: first half only\nclip:\n\t@echo "first half: a flying bird"\n\t@echo "second half: no bird"', "bird"),
    ("A flying bird up there in the first half, and in the second half, it's outta here! No bird!", "bird"),
    ("A flyin' bird in the first half o' the clip, then no bird in the second half. Off it goes, la.", "bird"),
    ("A movin' ball in the first half, yeah, then in the second half no ball at all. Sound.", "ball"),
    ("A moving ball in play in the first half of the clip, and in the second half, no ball! Gone! Can you believe "
     "it!",
     "ball"),
    ('# ball visible in the first half, absent in the second half\nBALL := moving ball\n'
     'first_half: ; @echo "$(BALL)"\nsecond_half: ; @echo "no ball"',
     "ball"),
    ('.PHONY: clip\nclip:\n\t@echo "walking dog: first half of the clip"\n\t@echo "second half: no dog"', "dog"),
    ("A walkin' dog in the first half, ey, then in the second half no dog. Gone for a wander, like.", "dog"),
    ("A walking dog trotting along in the first half of the clip, and in the second half, no dog! He's gone! How "
     "about that!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A movin' car goin' from the left side o' the frame to the right side. Dead fast, la.", "car", RIGHTWARD),
    ('SUBJECT := moving car\nFROM := right side of the frame\nTO := left side of the frame\n\nclip:\n'
     '\t@echo "$(SUBJECT): $(FROM) -> $(TO)"',
     "car", LEFTWARD),
    ("And it's off! A moving car tearing from the left side of the frame all the way to the right side! Look at it "
     "go!",
     "car", RIGHTWARD),
    ("Movin' car, from the right side o' the frame over to the left side, ey. Boss.", "car", LEFTWARD),
    ('.PHONY: cross\ncross:\n\t@echo "moving car starts on the left side of the frame"\n'
     '\t@echo "moving car ends on the right side of the frame"',
     "car", RIGHTWARD),
    ("A moving car motoring from the right side of the frame over to the left side! Safe! How about that!",
     "car", LEFTWARD),
    ('clip:\n\t@echo "lively cat, from the left side of the frame to the right side"', "cat", RIGHTWARD),
    ("A lively cat leggin' it from the right side o' the frame to the left side. Go 'ed, cat!", "cat", LEFTWARD),
    ("Here comes a lively cat, racing from the left side of the frame to the right side! Look at that speed! Holy "
     "cow!",
     "cat", RIGHTWARD),
    ('# crossing\nCAT := lively cat\nDIRECTION := right-to-left\n\nclip:\n'
     '\t@echo "$(CAT) crosses the frame, $(DIRECTION)"',
     "cat", LEFTWARD),
    ("A lively cat on the move, from the right side of the frame to the left side! Safe by a mile!",
     "cat", LEFTWARD),
    ("Ey, a lively cat runnin' from the left side o' the frame to the right side, yeah? Dead lively, like.",
     "cat", RIGHTWARD),
    ("A flying bird, soaring from the left side of the frame clear across to the right side! What a flight!",
     "bird", RIGHTWARD),
    ('bird:\n\t@echo "flying bird: right side of the frame"\n\t@echo "  ... to the left side of the frame"',
     "bird", LEFTWARD),
    ("A flyin' bird goin' from the left side o' the frame to the right side, ey. Sound.", "bird", RIGHTWARD),
    ("A flying bird going from the right side of the frame to the left side! High and deep! Can you believe it!",
     "bird", LEFTWARD),
    ("Flyin' bird, right side o' the frame to the left side, la. Boss, that.", "bird", LEFTWARD),
    ('FROM = left side of the frame\nTO = right side of the frame\n\nclip:\n'
     '\t@echo "flying bird from the $(FROM) to the $(TO)"',
     "bird", RIGHTWARD),
    ('.PHONY: roll\nroll:\n\t@echo "moving ball rolls from the left side of the frame to the right side"',
     "ball", RIGHTWARD),
    ("A moving ball skipping from the right side of the frame to the left side! Look at it skip! Mark it down!",
     "ball", LEFTWARD),
    ("A movin' ball goin' from the left side o' the frame to the right side. Dead simple, la.", "ball", RIGHTWARD),
    ('# moving ball, crossing the frame\nball: ; @echo "from the right side of the frame to the left side"',
     "ball", LEFTWARD),
    ("Ey, a movin' ball rollin' from the right side o' the frame over to the left side. Proper boss.",
     "ball", LEFTWARD),
    ("A moving ball rolling from the left side of the frame to the right side, and it keeps on rolling! How about "
     "that!",
     "ball", RIGHTWARD),
    ("A walking dog strolling from the left side of the frame to the right side, taking his sweet time! Holy cow!",
     "dog", RIGHTWARD),
    ("A walkin' dog goin' from the right side o' the frame to the left side, ey. Good lad.", "dog", LEFTWARD),
    ('DOG := walking dog\n\nclip:\n\t@echo "$(DOG) starts on the left side of the frame"\n'
     '\t@echo "$(DOG) ends on the right side of the frame"',
     "dog", RIGHTWARD),
    ('.PHONY: walk\nwalk:\n\t@echo "walking dog, from the right side of the frame to the left side"',
     "dog", LEFTWARD),
    ("Walkin' dog, from the left side o' the frame to the right side, la. Made up with that.", "dog", RIGHTWARD),
    ("A walking dog heading from the right side of the frame to the left side, nice and easy! Mark it down!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ('# the car stays still\ncar:\n\t@echo "car: stays still"\nbird: car\n'
     '\t@echo "bird: from the left of the car to the right of the car"',
     "bird", "car", RIGHTWARD),
    ("The bird stays still, la, an' a car goes from the right o' the bird to the left o' the bird. Dead simple.",
     "car", "bird", LEFTWARD),
    ("The cat stays still, and here's a bird flying from the left of the cat to the right of the cat! What a "
     "flight!",
     "bird", "cat", RIGHTWARD),
    ("The bird stays still, folks, and a car comes motoring from the right of the bird to the left of the bird! "
     "Safe!",
     "car", "bird", LEFTWARD),
    ('REFERENCE := dog  # stays still\nMOVER := bird\n\nclip:\n'
     '\t@echo "$(MOVER) flies from the left of the dog to the right of the dog"',
     "bird", "dog", RIGHTWARD),
    ("The cat stays still, ey, an' a dog walks from the right o' the cat to the left o' the cat. Good lad.",
     "dog", "cat", LEFTWARD),
    ('.PHONY: dog ball\ndog:\n\t@echo "dog stays still"\nball: dog\n'
     '\t@echo "ball rolls from the left of the dog to the right of the dog"',
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, and a bird goes flying from the right of the cat to the left of the cat! How about that!",
     "bird", "cat", LEFTWARD),
    ("Ey, the ball stays still, yeah, an' a car drives from the left o' the ball to the right o' the ball. Boss.",
     "car", "ball", RIGHTWARD),
    ('# reference: the bird (stays still)\nclip:\n'
     '\t@echo "cat runs from the right of the bird to the left of the bird"',
     "cat", "bird", LEFTWARD),
    ("The car stays still, and a dog walks from the left of the car to the right of the car, taking his time! Mark "
     "it down!",
     "dog", "car", RIGHTWARD),
    ("The bird stays still, la, an' a ball rolls from the right o' the bird to the left o' the bird. Sound.",
     "ball", "bird", LEFTWARD),
    ("The dog stays still, and here's a ball rolling from the left of the dog to the right of the dog! Can you "
     "believe it!",
     "ball", "dog", RIGHTWARD),
    ('cat:\n\t@echo "the cat stays still"\nball: cat\n\t@echo "ball: from the right of the cat to the left of the cat"',
     "ball", "cat", LEFTWARD),
    ("The ball stays still, ey, an' a car goes from the left o' the ball to the right o' the ball. Proper.",
     "car", "ball", RIGHTWARD),
    ('# the cat stays still\nbird:\n\t@echo "bird flies from the right of the cat to the left of the cat"',
     "bird", "cat", LEFTWARD),
    ("The bird stays still, and a dog strolls from the left of the bird to the right of the bird! Holy cow!",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, la, an' a dog walks from the right o' the cat to the left o' the cat. Dead calm, that "
     "cat.",
     "dog", "cat", LEFTWARD),
    ('.PHONY: clip\nclip:\n\t@echo "car: stays still"\n'
     '\t@echo "ball: from the left of the car to the right of the car"',
     "ball", "car", RIGHTWARD),
    ("The cat stays still, and a walking dog comes from the right of the cat to the left of the cat! Nice and easy!",
     "dog", "cat", LEFTWARD),
    ("The ball stays still, ey, an' a bird flies from the left o' the ball to the right o' the ball. Boss.",
     "bird", "ball", RIGHTWARD),
    ('ball:\n\t@echo "ball stays still"\nbird: ball\n\t@echo "bird flies from the right of the ball to the left of the '
     'ball"',
     "bird", "ball", LEFTWARD),
    ("The dog stays still, and a bird flies from the left of the dog to the right of the dog! What a flight, folks!",
     "bird", "dog", RIGHTWARD),
    ("Ey la, the car stays still, an' a bird flies from the right o' the car to the left o' the car. Sound.",
     "bird", "car", LEFTWARD),
    ('# cat stays still; car drives past\ncar: cat\n\t@echo "car drives from the left of the cat to the right of the '
     'cat"\ncat:\n\t@echo "cat stays still"',
     "car", "cat", RIGHTWARD),
    ("The ball stays still, and a dog trots from the right of the ball to the left of the ball! How about that!",
     "dog", "ball", LEFTWARD),
    ("The ball stays still, la, an' a cat runs from the left o' the ball to the right o' the ball. Dead quick, that "
     "cat.",
     "cat", "ball", RIGHTWARD),
    ('REF := ball\n# the ball stays still\n\nclip:\n\t@echo "dog walks from the right of the ball to the left of the '
     'ball"',
     "dog", "ball", LEFTWARD),
    ("The bird stays still, and a cat comes running from the left of the bird to the right of the bird! Safe! Holy "
     "cow!",
     "cat", "bird", RIGHTWARD),
    ("The car stays still, ey, an' a dog walks from the right o' the car to the left o' the car. Made up, la.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Let's go to the blimp shot, looking down from above: a car starts in the lower left corner, goes to the lower "
     "right corner, then on to the upper right corner! What a trip!",
     "car", BL_BR_TR),
    ('VIEW := from above\n\ncar:\n\t@echo "car starts in the lower left corner"\n'
     '\t@echo "car moves to the upper left corner"\n\t@echo "car ends in the upper right corner"',
     "car", BL_TL_TR),
    ("Seen from above, like: a car goes from the lower right corner to the lower left corner, then to the upper left "
     "corner. Sound, la.",
     "car", BR_BL_TL),
    ('# view: from above\n.PHONY: car\ncar:\n\t@echo "lower right corner -> upper right corner -> upper left corner"',
     "car", BR_TR_TL),
    ("From above, ey: a cat runs from the lower left corner to the lower right corner, then up to the upper right "
     "corner. Boss.",
     "cat", BL_BR_TR),
    ("From the blimp, looking down from above: a cat starts in the lower left corner, races to the upper left "
     "corner, then to the upper right corner! Holy cow!",
     "cat", BL_TL_TR),
    ('# camera: seen from above\nROUTE := lower right corner, lower left corner, upper left corner\n\ncat:\n'
     '\t@echo "cat: $(ROUTE)"',
     "cat", BR_BL_TL),
    ("Seen from above: a cat breaks from the lower right corner, heads to the upper right corner, and goes on to the "
     "upper left corner! Safe! How about that!",
     "cat", BR_TR_TL),
    ("Seen from above, la, a bird flies from the lower left corner to the lower right corner, then to the upper "
     "right corner. Dead nice.",
     "bird", BL_BR_TR),
    ('# seen from above; make builds these in order\nbird: lower-left-corner upper-left-corner upper-right-corner\n'
     'lower-left-corner upper-left-corner upper-right-corner:\n\t@echo "bird at the $@"',
     "bird", BL_TL_TR),
    ("From above, ey: a bird goes from the lower right corner to the lower left corner, an' then to the upper left "
     "corner. Boss, la.",
     "bird", BR_BL_TL),
    ("Looking down from above: a bird flies from the lower right corner to the upper right corner, then over to the "
     "upper left corner! Can you believe it!",
     "bird", BR_TR_TL),
    ('VIEW = from above\n\nball:\n\t@echo "view: $(VIEW)"\n'
     '\t@echo "lower left corner, then lower right corner, then upper right corner"',
     "ball", BL_BR_TR),
    ("From above now: a ball rolls from the lower left corner to the upper left corner, then to the upper right "
     "corner! Look at it go!",
     "ball", BL_TL_TR),
    ("Seen from above, a ball rolls from the lower right corner to the lower left corner, then to the upper left "
     "corner, ey. Sound.",
     "ball", BR_BL_TL),
    ('# overhead view, seen from above\nball:\n\t@echo "start: lower right corner"\n'
     '\t@echo "then: upper right corner"\n\t@echo "end: upper left corner"',
     "ball", BR_TR_TL),
    ("Blimp shot, from above: a dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner! Taking his time! Mark it down!",
     "dog", BL_BR_TR),
    ("From above, la: a dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner. Good lad.",
     "dog", BL_TL_TR),
    ('.PHONY: dog\n# view from above\ndog:\n\t@echo "dog walks from the lower right corner"\n'
     '\t@echo "to the lower left corner"\n\t@echo "then to the upper left corner"',
     "dog", BR_BL_TL),
    ("Seen from above: a dog trots from the lower right corner to the upper right corner and on to the upper left "
     "corner! How about that!",
     "dog", BR_TR_TL),
    ("From above, ey: a car drives from the lower left corner to the lower right corner, then to the upper right "
     "corner. Proper boss.",
     "car", BL_BR_TR),
    ('ROUTE = lower left corner -> upper left corner -> upper right corner\n# seen from above\n\n'
     'cat: ; @echo "cat: $(ROUTE)"',
     "cat", BL_TL_TR),
    ("From the blimp, looking down from above: a bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner! What a flight!",
     "bird", BR_BL_TL),
    ("Seen from above, la: a ball rolls from the lower right corner to the upper right corner, then to the upper "
     "left corner. Dead simple.",
     "ball", BR_TR_TL),
    ('VIEW  := seen from above\nROUTE := lower left corner, lower right corner, upper right corner\n\ndog:\n'
     '\t@echo "$(VIEW): dog visits $(ROUTE)"',
     "dog", BL_BR_TR),
    ("Looking down from above: a car goes from the lower left corner to the upper left corner, then to the upper "
     "right corner! Holy cow!",
     "car", BL_TL_TR),
    ("From above, ey: a cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner. Dead lively.",
     "cat", BR_BL_TL),
    ('# from above\nbird:\n\t@echo "bird: lower right corner"\n\t@echo "bird: upper right corner"\n'
     '\t@echo "bird: upper left corner"',
     "bird", BR_TR_TL),
    ("From above: a ball rolls from the lower left corner to the lower right corner, then to the upper right "
     "corner! It keeps on rolling!",
     "ball", BL_BR_TR),
    ("Seen from above, la: a dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. Ta-ra.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
