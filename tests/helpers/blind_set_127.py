"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a shipping-forecast reader on the radio ("And now the shipping forecast", sea-area names such as
  "Humber, Thames", "visibility good", "moderate or good"), where the reader, the sea areas, the weather
  and the radio are never in the video, and the report read out is the clip; it reads no wind forces,
  since it writes no numbers, and no compass points, since it must not hint at a side or a corner;
- a lawyer's closing argument to the jury ("Ladies and gentlemen of the jury", "the evidence", "I put it
  to you", "my learned friend"), where the lawyer, the jury, the court and the defendant are never in the
  video, and the evidence laid before the jury is the clip;
- a teenager's all-lowercase diary full of slang ("dear diary", "ngl", "no cap", "lowkey", "fr"), where
  the teenager, the diary, the phone and the friends are never in the video, and what the diary records
  having watched is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
ship, court or phone beside the count) and put no other number word beside it (no "first of all", no
"no one", no wind force, no "both"). No voice gives its own props a colour (no white horses on the sea,
no red or green flags in the diary, no black-letter law), no idiom hides a class noun or a side (no
"Dogger", no "left on read", no "right?", no "all right", no "right now"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object (the diary never says "still" for "yet"). A relation names its second object at both ends and
says that object stays still; a route is always seen from above. It takes LVD's attribution pairs 20-49
and its two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on 039bcb0 (visibility 28, dynamic_one 29, dynamic_two 28, the rest 30), and the same 175/180
on the session's last code, after every fix of that session for sets 125, 126, 128 and 130 and its known misreadings
(none carried over): held back in UNFIXED_SETS to measure that; its misses are the next session's; 180/180 after the
fixes of its own branch (a question whether or where a thing is answered by a bare retort of absence, "Was there a
bird? There was not.", "Where was the cat? Nowhere."; the body the listeners sit as, "ladies and gentlemen of the jury";
an advocate's "I put it to you that"; a thing after "and" once a roll has its way, "a ball rolled ... to the left of
the bird and the bird stayed still").
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("And now the shipping forecast. Thames, Dover: one moving car, in view from the start of the clip to its end, "
     "and nothing else. Visibility good.",
     "car", 1),
    ("Ladies and gentlemen of the jury, the evidence is plain: two moving cars, on screen from start to finish, and "
     "nothing else. The defence has no answer.",
     "car", 2),
    ("ok so today's whole vibe: three moving cars, in view the entire clip, start to end, and literally nothing "
     "else lol",
     "car", 3),
    ("Humber. Thames. Four moving cars, present from the opening of the clip to its close; nothing else reported. "
     "Fair. Good.",
     "car", 4),
    ("What did the clip show you? A lively cat, just one, from beginning to end. Not a thing besides. Members of "
     "the jury, that is the whole of it.",
     "cat", 1),
    ("dear diary. two lively cats. the entire clip, start to finish. nothing else in it and honestly? iconic",
     "cat", 2),
    ("Lundy, Fastnet, Irish Sea: three lively cats throughout, from the opening of the clip to its close, nothing "
     "else. Moderate or good.",
     "cat", 3),
    ("My learned friend would have you believe otherwise, but the clip shows four lively cats, in view from start "
     "to finish, and nothing more.",
     "cat", 4),
    ("ngl the clip is just one flying bird from start to finish and nothing else?? lowkey peaceful fr",
     "bird", 1),
    ("Shannon, Rockall, Malin. Two flying birds, in view start to finish. Nothing else. Good, occasionally "
     "moderate.",
     "bird", 2),
    ("Consider the evidence, members of the jury: three flying birds, there from the beginning of the clip to the "
     "end, and nothing else whatsoever.",
     "bird", 3),
    ("four flying birds the whole clip!!! nothing else, no cap. start to end. obsessed",
     "bird", 4),
    ("Here is the shipping forecast. Sole: a moving ball, one only, in view from start to finish, and nothing else "
     "in the clip. Fair.",
     "ball", 1),
    ("I put it to you that this clip holds two moving balls, from its start to its finish, and not a thing "
     "besides. That, ladies and gentlemen, is beyond reasonable doubt.",
     "ball", 2),
    ("three moving balls, whole clip, nothing else. that's it. that's the entry. kinda mid ngl but i'm obsessed",
     "ball", 3),
    ("Biscay, FitzRoy: four moving balls, present throughout, from start to end, nothing else. Moderate, becoming "
     "good.",
     "ball", 4),
    ("Ladies and gentlemen, the clip shows one walking dog from beginning to end. Nothing else. Nothing. Weigh that "
     "as you see fit.",
     "dog", 1),
    ("omg two walking dogs. the whole clip. nothing else in it, and i mean nothing. my heart",
     "dog", 2),
    ("Cromarty, Forth, Tyne: three walking dogs, visible from start to finish, with nothing else. Good, "
     "occasionally poor.",
     "dog", 3),
    ("Members of the jury, you saw four walking dogs, there from the start of the clip to its end, and nothing else "
     "at all. Can my learned friend deny it?",
     "dog", 4),
    ("one moving car. start to finish. nothing else. idk why but it's giving calm",
     "car", 1),
    ("Present throughout, from start to finish: two moving cars, and nothing else reported. Thus ends the shipping "
     "forecast.",
     "car", 2),
    ("Was there anything else in the clip? There was not. Three lively cats, from its opening to its close, and "
     "that is all the evidence you need.",
     "cat", 3),
    ("the clip is two lively cats from start to end and nothing else and they are so cute i can't",
     "cat", 2),
    ("German Bight, Humber: four flying birds, seen from beginning to end, nothing else. Visibility moderate or good.",
     "bird", 4),
    ("You have heard the evidence. A flying bird, one alone, on screen for the whole clip, and nothing else. The "
     "prosecution asks no more of you.",
     "bird", 1),
    ("Wight, Portland, Plymouth. Three moving balls, from the start of the clip to the end. Nothing else. Fair.",
     "ball", 3),
    ("bruh. four moving balls the entire clip, start to end, nothing else in it. deadass hypnotic",
     "ball", 4),
    ("The defence cannot explain it away: two walking dogs, in view from start to finish, and nothing else. "
     "Nothing.",
     "dog", 2),
    ("Tyne, Humber. A walking dog, just the one, present throughout the clip, start to finish. Nothing else. Good.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("And now the shipping forecast. Thames: a brown ball, an orange cat beside it, both in view from start to "
     "finish. Visibility good.",
     "ball", "brown", "cat", "orange"),
    ("Ladies and gentlemen of the jury, look at the evidence: a gray dog sitting beside an orange ball, in view for "
     "the whole clip.",
     "dog", "gray", "ball", "orange"),
    ("dear diary, today's clip: a yellow ball next to an orange cat, whole time, start to end. the cat is giving "
     "main character ngl",
     "ball", "yellow", "cat", "orange"),
    ("Humber, Thames: a purple dog beside a brown car, present throughout the clip. Moderate or good.",
     "dog", "purple", "car", "brown"),
    ("I put it to you: was there a gray dog? There was. And beside it a blue car. Both in view from beginning to "
     "end, members of the jury.",
     "dog", "gray", "car", "blue"),
    ("ok so a white car and an orange bird sitting beside it?? the whole clip?? lowkey iconic",
     "car", "white", "bird", "orange"),
    ("Lundy, Fastnet: a brown car, a blue bird perched beside it, in view from the opening of the clip to its close. "
     "Fair.",
     "car", "brown", "bird", "blue"),
    ("My learned friend forgot to mention the blue car. Beside it, a yellow cat. Both were there, start to finish, "
     "and the clip does not lie.",
     "car", "blue", "cat", "yellow"),
    ("a gray cat + a yellow bird sitting next to each other for the entire clip. besties fr. i'm crying",
     "cat", "gray", "bird", "yellow"),
    ("Shannon, Rockall. Beside a white dog, a black car; both in view from start to finish. Good, occasionally "
     "moderate.",
     "dog", "white", "car", "black"),
    ("Members of the jury, the clip shows a red car with a brown bird beside it, from beginning to end. Those are "
     "the facts.",
     "car", "red", "bird", "brown"),
    ("purple cat. green car next to it. whole clip. no cap this is the best thing i watched all week",
     "cat", "purple", "car", "green"),
    ("Malin, Hebrides: a gray car, and beside it an orange dog, present throughout the clip. Visibility good.",
     "car", "gray", "dog", "orange"),
    ("Consider, if you will, a red cat, and next to it a gray dog, both in the clip from the start to the end. "
     "Can there be any doubt?",
     "cat", "red", "dog", "gray"),
    ("dear diary: a red dog sitting by a gray car, start to end. that's it. that's the whole clip. obsessed tbh",
     "dog", "red", "car", "gray"),
    ("Sole, FitzRoy. A purple dog beside a yellow car, both seen from start to finish. Moderate, becoming good.",
     "dog", "purple", "car", "yellow"),
    ("The prosecution's case rests on this clip: a red cat beside a gray ball, both in view throughout. Nothing "
     "more, nothing less.",
     "cat", "red", "ball", "gray"),
    ("brown cat and blue dog next to each other the whole clip and no they did not fight lol",
     "cat", "brown", "dog", "blue"),
    ("Forth, Tyne: a white dog with a red cat beside it, in view from the opening of the clip to its close. Fair.",
     "dog", "white", "cat", "red"),
    ("Ladies and gentlemen, beside an orange car sat a yellow bird, and both stayed in view from start to finish. "
     "Mark that.",
     "bird", "yellow", "car", "orange"),
    ("a green dog?? next to a blue car?? for the whole clip?? idk who made this but they ate",
     "dog", "green", "car", "blue"),
    ("Cromarty: a black cat beside a brown ball, present throughout the clip. Visibility moderate or good.",
     "cat", "black", "ball", "brown"),
    ("What did you see, members of the jury? A purple car, and a red cat sitting next to it, from the start of the "
     "clip to its end.",
     "car", "purple", "cat", "red"),
    ("gray dog, brown cat, side by side, whole clip. the duo we didn't know we needed fr",
     "dog", "gray", "cat", "brown"),
    ("Wight, Portland: a black car beside a brown dog, both in view from start to finish. Good.",
     "car", "black", "dog", "brown"),
    ("My learned friend speaks of a yellow ball. Yes, and beside it a pink dog, both in the clip from beginning to "
     "end. He cannot have the ball without the dog.",
     "ball", "yellow", "dog", "pink"),
    ("a gray cat next to a white dog the entire time. start to end. wholesome overload no cap",
     "cat", "gray", "dog", "white"),
    ("Plymouth, Biscay. A yellow dog and, beside it, an orange car, present throughout. Rain later.",
     "dog", "yellow", "car", "orange"),
    ("I ask you to remember the black bird beside the brown cat, both on screen from the opening of the clip to its "
     "close. The evidence speaks for itself.",
     "bird", "black", "cat", "brown"),
    ("last entry tonight: a white ball by a red car, whole clip, nothing dramatic. lowkey soothing",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Thames, Dover: no car in the first half of the clip. In the second half a moving car appears and stays until "
     "the end. Good.",
     "car"),
    ("Members of the jury, in the first half there was no car. None. Then, in the second half, a moving car appeared, "
     "and it remained to the end.",
     "car"),
    ("first half: no car. second half: a moving car shows up and stays till the end. plot twist of the century lol",
     "car"),
    ("Humber: no cat during the first half. A lively cat appears in the second half, remaining to the end. Moderate "
     "or good.",
     "cat"),
    ("I put it to you that the first half holds no cat at all, and that a lively cat appears only in the second half, "
     "staying until the end.",
     "cat"),
    ("so the first half has no cat and i'm like ?? then in the second half a lively cat appears and stays to the "
     "end. worth it",
     "cat"),
    ("Lundy, Fastnet. First half of the clip: no bird. Second half: a flying bird appears, and stays to the end. "
     "Fair.",
     "bird"),
    ("Was there a bird in the first half? There was not. In the second half a flying bird appears, and it stays "
     "until the end of the clip.",
     "bird"),
    ("no bird in the first half. then in the second half a flying bird just appears and stays till the end. the "
     "entrance!!",
     "bird"),
    ("Shannon, Rockall: no ball in the first half. In the second half a moving ball appears, then stays to the end. "
     "Good, occasionally moderate.",
     "ball"),
    ("The evidence shows no ball in the first half of the clip. In the second half, ladies and gentlemen, a moving "
     "ball appears, and it stays to the end.",
     "ball"),
    ("dear diary, first half of the clip = no ball. second half = a moving ball appears and stays to the end. "
     "suspense fr",
     "ball"),
    ("Malin, Hebrides. No dog in the first half. In the second half a walking dog appears and remains until the end. "
     "Visibility good.",
     "dog"),
    ("My learned friend says the dog was there all along. It was not: no dog in the first half, and a walking dog "
     "appears only in the second half, staying to the end.",
     "dog"),
    ("ok the first half has no dog, nothing, and then in the second half a walking dog appears and stays to the "
     "end. my whole mood",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Thames: a moving car in the first half of the clip. In the second half, no car. Visibility good.",
     "car"),
    ("Ladies and gentlemen, in the first half you saw a moving car. In the second half it is gone; there is no car "
     "at all.",
     "car"),
    ("a moving car in the first half and then in the second half it's just gone?? no car. rude",
     "car"),
    ("Cromarty, Forth: a lively cat present in the first half; in the second half no cat. Moderate or good.",
     "cat"),
    ("Where was the cat in the second half? Nowhere, members of the jury. A lively cat in the first half, and in the "
     "second half no cat at all.",
     "cat"),
    ("lively cat in the first half, no cat in the second half. she really said bye. iconic exit",
     "cat"),
    ("Sole, Lundy. A flying bird in the first half. No bird in the second half. Fair.",
     "bird"),
    ("I put it to you that a flying bird is there in the first half, and that in the second half there is no bird. "
     "Gone.",
     "bird"),
    ("dear diary: a flying bird in the first half and in the second half no bird anywhere. it flew off like my "
     "motivation",
     "bird"),
    ("German Bight: a moving ball in the first half of the clip. In the second half, gone; no ball. Good.",
     "ball"),
    ("The evidence is simple: a moving ball in the first half, and no ball in the second half. My learned friend "
     "cannot dispute it.",
     "ball"),
    ("moving ball in the first half, second half no ball. where did it go. who took it. i need answers",
     "ball"),
    ("Wight, Portland. A walking dog in the first half. In the second half no dog. Occasionally poor.",
     "dog"),
    ("Members of the jury, a walking dog is there in the first half, and in the second half there is no dog. "
     "Remember that.",
     "dog"),
    ("there's a walking dog in the first half and then second half no dog and i'm literally sad about it",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Thames, Dover: a moving car, from the left side of the frame to the right side. Visibility good.",
     "car", RIGHTWARD),
    ("Members of the jury, the moving car began on the right side of the frame and ended on the left side. That is "
     "not in dispute.",
     "car", LEFTWARD),
    ("a moving car driving from the left side of the frame to the right side. that's it. that's the clip. vibes",
     "car", RIGHTWARD),
    ("Humber. A moving car crossing from the right side of the frame to the left side. Fair.",
     "car", LEFTWARD),
    ("I put it to you that the moving car travelled from the left side of the frame to the right side, and no "
     "further.",
     "car", RIGHTWARD),
    ("dear diary, a moving car went from the right side of the frame to the left side and i watched it on "
     "repeat lol",
     "car", LEFTWARD),
    ("Lundy, Fastnet: a lively cat running from the left side of the frame to the right side. Moderate or good.",
     "cat", RIGHTWARD),
    ("Where did the lively cat go? From the right side of the frame, ladies and gentlemen, to the left side.",
     "cat", LEFTWARD),
    ("lively cat zooming from the left side of the frame to the right side. zoomies fr",
     "cat", RIGHTWARD),
    ("Shannon, Rockall. A lively cat runs from the right side of the frame to the left side. Good.",
     "cat", LEFTWARD),
    ("The evidence shows a lively cat running from the left side of the frame to the right side. My learned friend "
     "has no answer.",
     "cat", RIGHTWARD),
    ("a lively cat sprinting from the right side of the frame over to the left side?? speed. no cap",
     "cat", LEFTWARD),
    ("Malin, Hebrides: a flying bird flies from the left side of the frame to the right side. Fair.",
     "bird", RIGHTWARD),
    ("Ladies and gentlemen of the jury, a flying bird, from the right side of the frame to the left side. You saw "
     "it yourselves.",
     "bird", LEFTWARD),
    ("flying bird going from the left side of the frame to the right side and honestly it's so free",
     "bird", RIGHTWARD),
    ("German Bight. A flying bird, crossing from the right side of the frame to the left side. Visibility good.",
     "bird", LEFTWARD),
    ("Consider the flying bird: it flew from the left side of the frame to the right side. Nothing more is asked "
     "of you.",
     "bird", RIGHTWARD),
    ("a flying bird from the right side of the frame to the left side, the way it glides?? ate",
     "bird", LEFTWARD),
    ("Sole: a moving ball rolling from the left side of the frame to the right side. Moderate.",
     "ball", RIGHTWARD),
    ("I put it to you that the moving ball rolled from the right side of the frame to the left side. It is "
     "beyond doubt.",
     "ball", LEFTWARD),
    ("moving ball rolling from the left side of the frame to the right side. weirdly satisfying ngl",
     "ball", RIGHTWARD),
    ("Wight, Portland. From the right side of the frame to the left side, a moving ball, rolling. Good.",
     "ball", LEFTWARD),
    ("The moving ball, members of the jury, rolled from the left side of the frame to the right side. Mark it.",
     "ball", RIGHTWARD),
    ("dear diary, a moving ball rolled from the right side of the frame to the left side. that's the entry. i'm "
     "tired",
     "ball", LEFTWARD),
    ("Cromarty, Forth: a walking dog walking from the left side of the frame to the right side. Occasionally poor.",
     "dog", RIGHTWARD),
    ("Ladies and gentlemen, the walking dog walked from the right side of the frame to the left side, calmly, as "
     "the clip shows.",
     "dog", LEFTWARD),
    ("a walking dog strolling from the left side of the frame to the right side like he owns the place lol",
     "dog", RIGHTWARD),
    ("Tyne, Humber. A walking dog, from the right side of the frame to the left side. Fair, then good.",
     "dog", LEFTWARD),
    ("Did the walking dog walk from the left side of the frame to the right side? It did. I rest my case.",
     "dog", RIGHTWARD),
    ("walking dog going from the right side of the frame to the left side, tiny steps, my heart cannot",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Thames, Dover: the car stays still. A bird flies from the left of the car to the right of the car. Good.",
     "bird", "car", RIGHTWARD),
    ("Members of the jury, the bird stayed still, and a car drove from the right of the bird to the left of the "
     "bird. Those are the facts.",
     "car", "bird", LEFTWARD),
    ("the cat stays still while a bird flies from the left of the cat to the right of the cat. the cat is "
     "unbothered fr",
     "bird", "cat", RIGHTWARD),
    ("Humber. The bird staying still; a car driving from the right of the bird to the left of the bird. Fair.",
     "car", "bird", LEFTWARD),
    ("I put it to you that the dog stayed still while a bird flew from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("a dog walks from the right of the cat to the left of the cat and the cat stays still like nothing happened lol",
     "dog", "cat", LEFTWARD),
    ("Lundy, Fastnet: the dog stays still; a ball rolls from the left of the dog to the right of the dog. Moderate "
     "or good.",
     "ball", "dog", RIGHTWARD),
    ("Ladies and gentlemen, while the cat stayed still, a bird flew from the right of the cat to the left of the "
     "cat. Remember it.",
     "bird", "cat", LEFTWARD),
    ("the ball stays still and a car drives from the left of the ball to the right of the ball. simple. iconic",
     "car", "ball", RIGHTWARD),
    ("Shannon, Rockall. A cat running from the right of the bird to the left of the bird; the bird stays still. "
     "Good.",
     "cat", "bird", LEFTWARD),
    ("What did the dog do? It walked from the left of the car to the right of the car, members of the jury, and "
     "the car stayed still.",
     "dog", "car", RIGHTWARD),
    ("dear diary, a ball rolled from the right of the bird to the left of the bird and the bird stayed still. "
     "brave",
     "ball", "bird", LEFTWARD),
    ("Malin: the dog stays still, and a ball rolls from the left of the dog to the right of the dog. Visibility "
     "good.",
     "ball", "dog", RIGHTWARD),
    ("The evidence: the cat stays still, and a ball rolls from the right of the cat to the left of the cat. My "
     "learned friend does not dispute it.",
     "ball", "cat", LEFTWARD),
    ("a car driving from the left of the ball to the right of the ball, and the ball stays still the whole time. "
     "no cap",
     "car", "ball", RIGHTWARD),
    ("German Bight. The cat stays still. A bird flies from the right of the cat to the left of the cat. Fair.",
     "bird", "cat", LEFTWARD),
    ("Consider the bird, ladies and gentlemen: it stayed still, while a dog walked from the left of the bird to the "
     "right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("the cat stays still and a dog walks from the right of the cat to the left of the cat. the cat said not today",
     "dog", "cat", LEFTWARD),
    ("Sole: a ball rolling from the left of the car to the right of the car, the car staying still. Moderate.",
     "ball", "car", RIGHTWARD),
    ("I put it to you: a dog walked from the right of the cat to the left of the cat, and the cat stayed still "
     "throughout.",
     "dog", "cat", LEFTWARD),
    ("the ball stays still and a bird flies from the left of the ball to the right of the ball. cute ngl",
     "bird", "ball", RIGHTWARD),
    ("Wight, Portland. The ball stays still; a bird flies from the right of the ball to the left of the ball. Good.",
     "bird", "ball", LEFTWARD),
    ("Members of the jury, the dog stayed still, and a bird flew from the left of the dog to the right of the dog. "
     "Nothing else happened.",
     "bird", "dog", RIGHTWARD),
    ("a bird flies from the right of the car to the left of the car and the car stays still. the bird has places "
     "to be lol",
     "bird", "car", LEFTWARD),
    ("Cromarty, Forth: the cat stays still while a car drives from the left of the cat to the right of the cat. "
     "Fair.",
     "car", "cat", RIGHTWARD),
    ("Ladies and gentlemen, the ball stayed still. A dog walked from the right of the ball to the left of the ball. "
     "The clip does not lie.",
     "dog", "ball", LEFTWARD),
    ("dear diary: the ball stays still and a cat runs from the left of the ball to the right of the ball. "
     "ignoring it completely. relatable",
     "cat", "ball", RIGHTWARD),
    ("Tyne, Humber. A dog walking from the right of the ball to the left of the ball; the ball stays still. Good, "
     "occasionally moderate.",
     "dog", "ball", LEFTWARD),
    ("Did the bird move? It did not, members of the jury: the bird stayed still, and a cat ran from the left of the "
     "bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("the car stays still and a dog walks from the right of the car to the left of the car. good boy behaviour tbh",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Thames, Dover, seen from above: a moving car drives from the lower left corner to the lower right corner, "
     "then to the upper right corner. Good.",
     "car", BL_BR_TR),
    ("Ladies and gentlemen, the clip is shot from directly above. The moving car drove from the lower left corner "
     "to the upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("top-down view: a moving car goes from the lower right corner to the lower left corner, then to the upper left "
     "corner. so cinematic fr",
     "car", BR_BL_TL),
    ("Humber, from above. A moving car: lower right corner, then upper right corner, then upper left corner. Fair.",
     "car", BR_TR_TL),
    ("I put it to you that, seen from above, the lively cat ran from the lower left corner to the lower right "
     "corner, and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("filmed from above: a lively cat running from the lower left corner to the upper left corner, then to the "
     "upper right corner. she's on a mission",
     "cat", BL_TL_TR),
    ("Lundy, Fastnet, viewed from above: a lively cat runs from the lower right corner to the lower left corner, "
     "then on to the upper left corner. Moderate or good.",
     "cat", BR_BL_TL),
    ("Viewed from overhead, members of the jury, a lively cat runs from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("dear diary, top-down clip: a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner. so pretty",
     "bird", BL_BR_TR),
    ("Shannon, Rockall. From above, a flying bird goes from the lower left corner to the upper left corner, then "
     "to the upper right corner. Good.",
     "bird", BL_TL_TR),
    ("Consider the path of the flying bird, seen from above: from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "bird", BR_BL_TL),
    ("pov from above: a flying bird goes from the lower right corner to the upper right corner, then to the upper "
     "left corner. living for it",
     "bird", BR_TR_TL),
    ("Malin, Hebrides. Viewed from overhead: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner. Fair.",
     "ball", BL_BR_TR),
    ("The evidence, shot from directly above, shows a moving ball rolling from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("shot looking straight down from above: a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner. satisfying ngl",
     "ball", BR_BL_TL),
    ("German Bight, from above: a moving ball, from the lower right corner to the upper right corner, then to the "
     "upper left corner. Visibility good.",
     "ball", BR_TR_TL),
    ("Members of the jury, seen from above, the walking dog walked from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("top-down shot of a walking dog going from the lower left corner to the upper left corner, then to the upper "
     "right corner. zoomies but slow lol",
     "dog", BL_TL_TR),
    ("Sole, viewed from above: a walking dog walks from the lower right corner to the lower left corner, then to the "
     "upper left corner. Moderate.",
     "dog", BR_BL_TL),
    ("From above, ladies and gentlemen: a walking dog, from the lower right corner to the upper right corner, and "
     "then to the upper left corner. I rest my case.",
     "dog", BR_TR_TL),
    ("filmed from directly above, a moving car drives from the bottom left corner to the bottom right corner, then "
     "to the top right corner. no cap",
     "car", BL_BR_TR),
    ("Wight, Portland. Seen from above, a lively cat runs from the bottom left corner to the top left corner, then "
     "to the top right corner. Good.",
     "cat", BL_TL_TR),
    ("Seen from above, the flying bird flew from the bottom right corner to the bottom left corner, then to the top "
     "left corner. Members of the jury, you watched it.",
     "bird", BR_BL_TL),
    ("dear diary: from above, a moving ball rolls from the lower right corner to the upper right corner, then to "
     "the upper left corner. hypnotic",
     "ball", BR_TR_TL),
    ("Cromarty, Forth, from above: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. Occasionally poor.",
     "dog", BL_BR_TR),
    ("My learned friend overlooks the view from above, where a moving car drives from the lower left corner to the "
     "upper left corner, then on to the upper right corner.",
     "car", BL_TL_TR),
    ("top-down view, a lively cat running from the lower right corner to the lower left corner then to the upper "
     "left corner. chaos. love her",
     "cat", BR_BL_TL),
    ("Tyne, Humber, viewed from overhead: a flying bird from the lower right corner to the upper right corner, then "
     "to the upper left corner. Fair.",
     "bird", BR_TR_TL),
    ("Shot from above, as the evidence shows: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("from above, a walking dog walking from the lower left corner to the upper left corner then to the upper right "
     "corner. good boy route fr",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
