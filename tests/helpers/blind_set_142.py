"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- speech markup for a text-to-speech engine (<speak>, <break time="500ms"/>, <emphasis>, <prosody
  rate="slow">), where the engine, its voice, the listener and the markup itself are never in the video,
  and what the markup reads aloud is the clip; no tag attribute puts a digit beside a class noun, and
  the markup never names a voice or says a number as a cardinal;
- scripture-style numbered verses ("1:1 And in the first half there was...", "Behold,", "unto the
  end", "Selah"), where the scribe, the chapter, the heavens and any lord or people are never in the
  video, and what the verses tell is the clip; a chapter:verse number never stands beside a class noun,
  and numeracy verses are numbered in digits, never in number words;
- a news anchor's teleprompter script with cues in capitals written as words ("[PAUSE]", "[TURN TO
  CAMERA]", "[CAMERA CLOSE]", "Good evening", "This just in"), where the anchor, the studio, the
  cameras, the viewers and the script are never in the video, and the story read out is the clip; its
  cues name no camera by number and it never says a story is "still developing".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
anchor, desk, scribe or congregation beside the count) and put no other number word beside it (no
"first", no "single", no "camera two", no "chapter one"). No voice gives its own props a colour (no
red light on the camera, no golden candlesticks), no idiom hides a class noun or a side (no
"cardinal", no "catalogue", no "right now", no "left us"), "half" is only said of the clip's halves
(never the second half of the hour), "upper", "lower" and "corner" only of a route (never an upper
room or a lower third), and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 40-69 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 165/180 (91.7%) on 9323db86 (numeracy 27, visibility 28, dynamic_one 29, sequential 21); 180/180
after the fixes of its own branch (speech markup read without its tags, '<speak>A bird, <break time="350ms"/> right side
of the frame to the left side.</speak>'; a chapter and verse number opening a clause counting nothing, "3:7 Behold,
there were two moving cars"; a half "void of any bird" having none).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('<speak>One moving car, <break time="400ms"/> in view from the very start of the clip to its end, <emphasis>and '
     "nothing else</emphasis>.</speak>",
     "car", 1),
    ("3:7 Behold, there were two moving cars, and they abode in the clip from its beginning unto its end; and there "
     "was nothing else beside them.",
     "car", 2),
    ("Good evening. [PAUSE] Tonight: three moving cars, in view from the start of the clip to the finish. [TURN TO "
     "CAMERA] Nothing else in the picture. Nothing.",
     "car", 3),
    ('<speak><prosody rate="slow">Four moving cars.</prosody> <break time="300ms"/> All of them in the clip from '
     'beginning to end. <break strength="medium"/> Nothing else, nothing at all.</speak>',
     "car", 4),
    ("12:4 And there was one lively cat in the clip, from the beginning even unto the end, and nothing else was "
     "there; and it was good.",
     "cat", 1),
    ("[LOOK UP] Our lead story: two lively cats, seen from the opening of the clip to its close. [PAUSE] Nothing else "
     "in view. [SMILE]",
     "cat", 2),
    ('<speak>Three lively cats <break time="250ms"/> from start to finish. <emphasis level="moderate">Nothing '
     "else</emphasis> in the clip.</speak>",
     "cat", 3),
    ("5:9 Behold, four lively cats, and they tarried in the clip from its beginning to its end; nothing else was "
     "found therein. Selah.",
     "cat", 4),
    ("[TURN TO CAMERA] This just in: one flying bird, in view for the whole clip, start to finish. [PAUSE] No sign of "
     "anything else.",
     "bird", 1),
    ('<speak>Two flying birds, <break time="500ms"/> visible the whole clip through, from the opening to the close. '
     '<prosody volume="soft">Nothing else.</prosody></speak>',
     "bird", 2),
    ("8:2 And three flying birds were in the clip from its beginning, and they remained unto its end; and nothing "
     "else was with them.",
     "bird", 3),
    ("Developing tonight [PAUSE] four flying birds, in the clip from start to finish, and nothing else at all. [TURN "
     "TO CAMERA] Stay with us.",
     "bird", 4),
    ('<speak><emphasis level="strong">One</emphasis> moving ball, from the beginning of the clip to the end. <break '
     'strength="strong"/> Nothing else.</speak>',
     "ball", 1),
    ("4:6 Behold, two moving balls were in the clip from its beginning unto its end, and there was naught else.",
     "ball", 2),
    ("[READ SLOWLY] Three moving balls, in view from the opening of the clip to its close. [PAUSE] Nothing else. "
     "[BEAT] That is the whole story.",
     "ball", 3),
    ('<speak>Four moving balls <break time="350ms"/> for the whole clip, beginning to end, <prosody rate="slow">and '
     "nothing else whatsoever</prosody>.</speak>",
     "ball", 4),
    ("9:3 And there went one walking dog through the clip, from its beginning unto its end; and nothing else was seen.",
     "dog", 1),
    ("Good evening. [PAUSE] Two walking dogs, in view from start to finish. [TURN TO CAMERA] Nothing else in the clip "
     "tonight.",
     "dog", 2),
    ('<speak>Three walking dogs, <break time="600ms"/> there from start to finish, <emphasis>nothing '
     "else</emphasis>.</speak>",
     "dog", 3),
    ("Behold, four walking dogs, and the clip held them from its beginning even unto its end; 7:2 and there was "
     "nothing else therein.",
     "dog", 4),
    ("[READ SLOWLY] One moving car. From the start of the clip to its end. [PAUSE] Nothing else to report.",
     "car", 1),
    ('<speak>Two lively cats <break strength="weak"/> in the clip from its opening to its close, <emphasis>and '
     "nothing else</emphasis>.</speak>",
     "cat", 2),
    ("2:5 And it came to pass that one flying bird was in the clip from its beginning unto its end, and there was "
     "nothing else.",
     "bird", 1),
    ("[TURN TO CAMERA] Two moving balls tonight, in view the whole clip long, start to finish. [PAUSE] Nothing else.",
     "ball", 2),
    ('<speak><prosody rate="slow">Four walking dogs,</prosody> <break time="450ms"/> start to finish, and nothing '
     "else in the clip.</speak>",
     "dog", 4),
    ("Behold, three moving cars abode in the clip from its beginning unto its end. 10:4 Nothing else was there.",
     "car", 3),
    ("[PAUSE] Three lively cats, on view from the open of the clip to its close. [TURN TO CAMERA] Nothing else.",
     "cat", 3),
    ('<speak>Four flying birds, <break time="200ms"/> start to finish, <emphasis level="strong">nothing '
     "else</emphasis>.</speak>",
     "bird", 4),
    ("6:8 Verily, one moving ball was in the clip from its beginning unto its end, and there was nothing else.",
     "ball", 1),
    ("[SLOW] Two walking dogs, the whole clip, start to finish. [PAUSE] Nothing else in view. [NOD]",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ('<speak>A green dog <break time="300ms"/> and a blue car, <emphasis>both</emphasis> in view from start to '
     "finish.</speak>",
     "dog", "green", "car", "blue"),
    ("11:2 And there was a black cat, and a brown ball beside it; and both were in the clip from its beginning unto "
     "its end.",
     "cat", "black", "ball", "brown"),
    ("[TURN TO CAMERA] Tonight: a purple car and a red cat, side by side, both in view start to finish. [PAUSE]",
     "car", "purple", "cat", "red"),
    ('<speak>A gray dog, <break strength="medium"/> and next to it <emphasis level="moderate">a brown cat</emphasis>. '
     "Both, the whole clip.</speak>",
     "dog", "gray", "cat", "brown"),
    ("Behold, a black car, and a brown dog at its side; 3:12 and they were together in the clip from its beginning to "
     "its end.",
     "car", "black", "dog", "brown"),
    ("A yellow ball and a pink dog [PAUSE] together in view the whole clip. [CAMERA CLOSE] Yes, a pink dog.",
     "ball", "yellow", "dog", "pink"),
    ('<speak><prosody rate="slow">A gray cat and a white dog,</prosody> <break time="500ms"/> side by side, from the '
     "beginning to the end.</speak>",
     "cat", "gray", "dog", "white"),
    ("5:1 And a yellow dog lay down beside an orange car, and they abode there from the beginning of the clip unto "
     "the end.",
     "dog", "yellow", "car", "orange"),
    ("Our lead tonight [PAUSE] a black bird and a brown cat, both in view start to finish. [TURN TO CAMERA]",
     "bird", "black", "cat", "brown"),
    ('<speak>A white ball <break time="250ms"/> beside a red car, both there from start to finish.</speak>',
     "ball", "white", "car", "red"),
    ("Behold, a white ball and a black cat beside it, 8:14 and neither departed from the clip, from the beginning "
     "unto the end.",
     "ball", "white", "cat", "black"),
    ("[PAUSE] A yellow cat, and beside it a pink ball. Both on view, start to finish. [LOOK UP]",
     "cat", "yellow", "ball", "pink"),
    ('<speak>A black car <break strength="weak"/> and <emphasis>an orange bird</emphasis> next to it, both for the '
     "whole clip.</speak>",
     "car", "black", "bird", "orange"),
    ("2:9 There was an orange ball, and near unto it a brown car; and the clip held them both from its beginning to "
     "its end.",
     "ball", "orange", "car", "brown"),
    ("[CAMERA CLOSE] A gray bird alongside a green cat, [PAUSE] both in view for the full clip.",
     "bird", "gray", "cat", "green"),
    ('<speak>A blue car and a red cat, <break time="400ms"/> side by side, <prosody rate="slow">start to '
     "finish</prosody>.</speak>",
     "car", "blue", "cat", "red"),
    ("Behold a white ball, and by it a black car; 14:3 and both were seen from the beginning of the clip unto the end.",
     "ball", "white", "car", "black"),
    ("This just in: a green bird next to a white ball, [PAUSE] both there the whole clip. [TURN TO CAMERA]",
     "bird", "green", "ball", "white"),
    ('<speak>A blue ball, <break time="350ms"/> and beside it, a yellow dog. <emphasis>Both</emphasis>, the whole '
     "clip through.</speak>",
     "ball", "blue", "dog", "yellow"),
    ("6:4 And a yellow bird rested beside a blue ball, and they remained from the beginning of the clip unto its end.",
     "bird", "yellow", "ball", "blue"),
    ("[PAUSE] A brown bird beside a black ball, both in view start to finish. [LOOK DOWN AT SCRIPT]",
     "bird", "brown", "ball", "black"),
    ('<speak>A brown bird and a blue cat <break strength="strong"/> together, from the opening of the clip to its '
     "close.</speak>",
     "bird", "brown", "cat", "blue"),
    ("Behold, a blue bird, and a red car beside it; 9:11 they were in the clip together from its beginning to its end.",
     "bird", "blue", "car", "red"),
    ("A purple ball and a pink cat, side by side, [PAUSE] the whole clip long. [TURN TO CAMERA] Good night.",
     "ball", "purple", "cat", "pink"),
    ('<speak>A yellow dog, <break time="200ms"/> a red cat beside it, both in view start to finish.</speak>',
     "dog", "yellow", "cat", "red"),
    ("7:7 And a green bird sat beside a yellow dog, and neither went out of the clip from beginning unto end.",
     "bird", "green", "dog", "yellow"),
    ("[CAMERA CLOSE] A gray car, and next to it a red cat. [PAUSE] Both in view, start to finish.",
     "car", "gray", "cat", "red"),
    ('<speak><emphasis level="strong">A red bird</emphasis> beside a black cat, <break time="500ms"/> for the whole '
     "clip.</speak>",
     "bird", "red", "cat", "black"),
    ("Behold, a white bird and an orange cat with it, 12:1 and they stayed in the clip from its beginning unto its "
     "end.",
     "bird", "white", "cat", "orange"),
    ("[PAUSE] Finally tonight: a green bird next to a black ball, both in view the whole clip. [TURN TO CAMERA]",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ('<speak>In the first half, <break time="400ms"/> no car. <emphasis>Then</emphasis>, in the second half, a moving '
     "car appears and stays until the end.</speak>",
     "car"),
    ("1:1 And in the first half there was no car. 1:2 And in the second half a moving car appeared, and it abode unto "
     "the end.",
     "car"),
    ("[PAUSE] For the first half of the clip, no car. [TURN TO CAMERA] Then, in the second half, a moving car arrives "
     "and stays to the end.",
     "car"),
    ('<speak>No cat in the first half. <break strength="strong"/> In the second half, <prosody rate="slow">a lively '
     "cat appears</prosody>, and remains to the end.</speak>",
     "cat"),
    ("Behold, in the first half of the clip there was no cat; 4:3 but in the second half a lively cat came forth and "
     "stayed unto the end.",
     "cat"),
    ("Developing story [PAUSE] no cat in the first half of the clip, but a lively cat shows up in the second half and "
     "stays to the end.",
     "cat"),
    ('<speak>The first half: <break time="300ms"/> no bird. The second half: <emphasis>a flying bird</emphasis> '
     "appears and stays to the end.</speak>",
     "bird"),
    ("2:3 And the first half was void of any bird. 2:4 Then in the second half a flying bird appeared, and it "
     "remained unto the end.",
     "bird"),
    ("[CAMERA CLOSE] No bird at all in the first half. [PAUSE] In the second half, a flying bird appears and stays "
     "until the end.",
     "bird"),
    ('<speak>For the first half, no ball. <break time="500ms"/> In the second half a moving ball appears, '
     "<emphasis>and stays</emphasis> until the end.</speak>",
     "ball"),
    ("Behold, there was no ball in the first half; 6:2 and in the second half a moving ball appeared, and abode unto "
     "the end.",
     "ball"),
    ("[TURN TO CAMERA] No ball during the first half of the clip. A moving ball appears in the second half [PAUSE] "
     "and stays to the end.",
     "ball"),
    ('<speak>No dog <break strength="medium"/> in the first half. Then, in the second half, a walking dog appears and '
     "stays to the end.</speak>",
     "dog"),
    ("3:5 And lo, no dog was seen in the first half of the clip; 3:6 but in the second half a walking dog appeared, "
     "and it stayed unto the end.",
     "dog"),
    ("[PAUSE] No dog in the first half. In the second half, a walking dog comes into view and stays there to the end. "
     "[LOOK UP]",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("5:4 Behold, a moving car was in the first half of the clip; 5:5 and in the second half it was gone, and there "
     "was no car.",
     "car"),
    ("[TURN TO CAMERA] A moving car in the first half of the clip. [PAUSE] In the second half, gone. No car.",
     "car"),
    ('<speak>A moving car in the first half. <break time="500ms"/> In the second half, <emphasis>no '
     "car</emphasis>.</speak>",
     "car"),
    ("A lively cat in view for the first half [PAUSE] and in the second half, no cat at all. [CAMERA CLOSE]",
     "cat"),
    ('<speak>A lively cat, <break time="250ms"/> present in the first half. <prosody rate="slow">In the second half, '
     "no cat.</prosody></speak>",
     "cat"),
    ("Behold, a lively cat was in the first half; 8:6 but in the second half it departed, and no cat was found.",
     "cat"),
    ('<speak>A flying bird in the first half; <break strength="strong"/> then, in the second half, <emphasis>no '
     "bird</emphasis>.</speak>",
     "bird"),
    ("10:2 In the first half a flying bird was seen; 10:3 and in the second half there was no bird, for it had gone "
     "away.",
     "bird"),
    ("[PAUSE] A flying bird in the first half of the clip. In the second half, no bird. [TURN TO CAMERA] Gone.",
     "bird"),
    ("7:3 And a moving ball was in the first half, 7:4 but the second half had no ball, for it was no more.",
     "ball"),
    ("[CAMERA CLOSE] A moving ball in the first half. [PAUSE] No ball in the second half.",
     "ball"),
    ('<speak>A moving ball in the first half, <break time="450ms"/> and then, in the second half, <emphasis '
     'level="strong">no ball</emphasis>.</speak>',
     "ball"),
    ("A walking dog in the first half of the clip [PAUSE] and in the second half, no dog anywhere. [LOOK UP]",
     "dog"),
    ('<speak>A walking dog <break time="300ms"/> in the first half. <prosody rate="slow">The second half: no '
     "dog.</prosody></speak>",
     "dog"),
    ("Behold, a walking dog went about in the first half; 13:2 and in the second half no dog was there, and it was "
     "seen no more.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ('<speak>A moving car <break time="300ms"/> drives from the left side of the frame <emphasis>to the right '
     "side</emphasis>.</speak>",
     "car", RIGHTWARD),
    ("4:1 And a moving car went from the right side of the frame unto the left side thereof.",
     "car", LEFTWARD),
    ("[PAUSE] A moving car, crossing from the left side of the frame to the right side. [TURN TO CAMERA]",
     "car", RIGHTWARD),
    ('<speak>From the right side of the frame <break strength="medium"/> to the left side: <emphasis>a moving '
     "car</emphasis>.</speak>",
     "car", LEFTWARD),
    ("9:8 Behold, a moving car came out of the left side of the frame and passed over unto the right side.",
     "car", RIGHTWARD),
    ("[CAMERA CLOSE] A moving car heads from the right side of the frame over to the left side. [PAUSE]",
     "car", LEFTWARD),
    ('<speak>A lively cat runs <break time="200ms"/> from the left side of the frame to the right side.</speak>',
     "cat", RIGHTWARD),
    ("3:9 And a lively cat ran from the right side of the frame even unto the left side.",
     "cat", LEFTWARD),
    ("[TURN TO CAMERA] A lively cat racing from the left side of the frame to the right side. [PAUSE]",
     "cat", RIGHTWARD),
    ('<speak><prosody rate="slow">A lively cat,</prosody> <break time="400ms"/> from the right side of the frame to '
     "the left side.</speak>",
     "cat", LEFTWARD),
    ("Behold, a lively cat went forth from the left side of the frame, 11:5 and it came unto the right side.",
     "cat", RIGHTWARD),
    ("[PAUSE] A lively cat dashes from the right side of the frame across to the left side. [LOOK UP]",
     "cat", LEFTWARD),
    ('<speak>A flying bird <break strength="weak"/> from the left side of the frame to the right side, '
     "<emphasis>gliding</emphasis>.</speak>",
     "bird", RIGHTWARD),
    ("2:7 And a flying bird flew from the right side of the frame unto the left side, as a sign.",
     "bird", LEFTWARD),
    ("[CAMERA CLOSE] A flying bird, from the left side of the frame to the right side. [PAUSE] Beautiful.",
     "bird", RIGHTWARD),
    ('<speak>A flying bird, <break time="350ms"/> right side of the frame to the left side.</speak>',
     "bird", LEFTWARD),
    ("6:9 Behold, a flying bird passed from the left side of the frame unto the right side. Selah.",
     "bird", RIGHTWARD),
    ("[TURN TO CAMERA] Now a flying bird, heading from the right side of the frame to the left side. [PAUSE]",
     "bird", LEFTWARD),
    ('<speak>A moving ball rolls <break time="500ms"/> from the left side of the frame to the right side.</speak>',
     "ball", RIGHTWARD),
    ("5:6 And a moving ball rolled from the right side of the frame unto the left side thereof.",
     "ball", LEFTWARD),
    ("[PAUSE] A moving ball rolling from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ('<speak><emphasis level="moderate">A moving ball,</emphasis> from the right side of the frame <break '
     'strength="medium"/> to the left side.</speak>',
     "ball", LEFTWARD),
    ("Behold, a moving ball went from the left side of the frame, 12:7 even unto the right side.",
     "ball", RIGHTWARD),
    ("[CAMERA CLOSE] A moving ball rolls from the right side of the frame across to the left side. [TURN TO CAMERA]",
     "ball", LEFTWARD),
    ('<speak>A walking dog <break time="300ms"/> walks from the left side of the frame to the right side.</speak>',
     "dog", RIGHTWARD),
    ("8:3 And a walking dog walked from the right side of the frame unto the left side.",
     "dog", LEFTWARD),
    ("[PAUSE] A walking dog strolls from the left side of the frame to the right side. [LOOK UP]",
     "dog", RIGHTWARD),
    ('<speak>A walking dog, <prosody rate="slow">from the right side of the frame to the left side</prosody>.</speak>',
     "dog", LEFTWARD),
    ("13:4 Behold, a walking dog went from the left side of the frame and came unto the right side.",
     "dog", RIGHTWARD),
    ("[TURN TO CAMERA] A walking dog heads from the right side of the frame over to the left side. [PAUSE]",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ('<speak>The car stays still. <break time="400ms"/> A dog walks from the left of the car to the right of the '
     "car.</speak>",
     "dog", "car", RIGHTWARD),
    ("2:11 And lo, the bird stayed still, and a ball rolled from the right of the bird unto the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("[PAUSE] The dog stays still while a ball rolls from the left of the dog to the right of the dog. [TURN TO "
     "CAMERA]",
     "ball", "dog", RIGHTWARD),
    ('<speak>A ball rolls from the right of the cat <break strength="medium"/> to the left of the cat; <emphasis>the '
     "cat stays still</emphasis>.</speak>",
     "ball", "cat", LEFTWARD),
    ("Behold, the ball stayed still, 4:8 and lo, a car drove from the left of the ball unto the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("[CAMERA CLOSE] The cat stays still. [PAUSE] A bird flies from the right of the cat over to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ('<speak><prosody rate="slow">The bird stays still,</prosody> <break time="300ms"/> and a dog walks from the left '
     "of the bird to the right of the bird.</speak>",
     "dog", "bird", RIGHTWARD),
    ("6:5 Behold, the cat abode still, and a dog walked from the right of the cat unto the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("[PAUSE] With the car staying still, a ball rolls from the left of the car to the right of the car. [LOOK UP]",
     "ball", "car", RIGHTWARD),
    ('<speak>The cat stays still; <break time="250ms"/> a dog passes from the right of the cat to the left of the '
     "cat.</speak>",
     "dog", "cat", LEFTWARD),
    ("Behold, the ball lay still, 9:2 and lo, a bird flew from the left of the ball unto the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("[TURN TO CAMERA] The ball stays still as a bird flies from the right of the ball to the left of the ball. "
     "[PAUSE]",
     "bird", "ball", LEFTWARD),
    ('<speak>A bird flies from the left of the dog to the right of the dog. <break strength="strong"/> <emphasis>The '
     "dog stays still.</emphasis></speak>",
     "bird", "dog", RIGHTWARD),
    ("11:8 And behold, the car stood still, and a bird flew from the right of the car unto the left of the car.",
     "bird", "car", LEFTWARD),
    ("[PAUSE] The cat stays still. A car drives from the left of the cat to the right of the cat. [CAMERA CLOSE]",
     "car", "cat", RIGHTWARD),
    ('<speak>The ball stays still. <break time="500ms"/> A dog walks from the right of the ball <prosody '
     'rate="slow">to the left of the ball</prosody>.</speak>',
     "dog", "ball", LEFTWARD),
    ("Behold, a cat ran from the left of the ball unto the right of the ball, 3:3 and lo, the ball stayed still.",
     "cat", "ball", RIGHTWARD),
    ("[TURN TO CAMERA] A dog walks from the right of the ball to the left of the ball [PAUSE] and the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ('<speak>The bird stays still <break strength="weak"/> while a cat runs from the left of the bird to the right of '
     "the bird.</speak>",
     "cat", "bird", RIGHTWARD),
    ("5:10 And behold, the car stayed still, and a dog walked from the right of the car unto the left of the car.",
     "dog", "car", LEFTWARD),
    ("[PAUSE] The ball stays still. A bird flies from the left of the ball over to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ('<speak>A bird flies <break time="350ms"/> from the right of the ball to the left of the ball, <emphasis>and the '
     "ball stays still</emphasis>.</speak>",
     "bird", "ball", LEFTWARD),
    ("7:9 Behold, the ball was still, and a car drove from the left of the ball unto the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("[CAMERA CLOSE] The dog stays still while a bird flies from the right of the dog to the left of the dog. [PAUSE]",
     "bird", "dog", LEFTWARD),
    ('<speak>The car stays still, <break time="200ms"/> and a dog walks from the left of the car to the right of the '
     "car.</speak>",
     "dog", "car", RIGHTWARD),
    ("Behold, the ball stayed still, 10:7 and behold, a bird flew from the right of the ball unto the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("[TURN TO CAMERA] The cat stays still. [PAUSE] A dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ('<speak><emphasis>The car stays still.</emphasis> <break time="400ms"/> A dog walks from the right of the car to '
     "the left of the car.</speak>",
     "dog", "car", LEFTWARD),
    ("12:5 And lo, the dog abode still, and a cat ran from the left of the dog unto the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("[PAUSE] A cat runs from the right of the ball to the left of the ball, and the ball stays still. [LOOK UP]",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ('<speak>Seen from above: <break time="300ms"/> a moving car drives from the lower left corner to the lower right '
     "corner, then to the upper right corner.</speak>",
     "car", BL_BR_TR),
    ("2:2 Behold, seen from above, a moving car went from the lower left corner unto the upper left corner, and "
     "thence unto the upper right corner.",
     "car", BL_TL_TR),
    ("[CAMERA CLOSE] Seen from above: a moving car goes from the lower right corner to the lower left corner, [PAUSE] "
     "then to the upper left corner.",
     "car", BR_BL_TL),
    ('<speak><prosody rate="slow">From above,</prosody> a moving car starts at the lower right corner, <break '
     'strength="medium"/> goes to the upper right corner, then the upper left corner.</speak>',
     "car", BR_TR_TL),
    ("5:3 Seen from above, a lively cat ran from the lower left corner unto the lower right corner, and then unto the "
     "upper right corner.",
     "cat", BL_BR_TR),
    ("[PAUSE] Viewed from above, a lively cat runs from the lower left corner to the upper left corner, then on to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ('<speak>Seen from above, a lively cat <break time="400ms"/> runs from the lower right corner to the lower left '
     "corner, <emphasis>then</emphasis> to the upper left corner.</speak>",
     "cat", BR_BL_TL),
    ("8:9 Behold, from above it was seen: a lively cat went from the lower right corner unto the upper right corner, "
     "and then unto the upper left corner.",
     "cat", BR_TR_TL),
    ("[TURN TO CAMERA] From above, a flying bird goes from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "bird", BL_BR_TR),
    ('<speak>From above: <break strength="weak"/> a flying bird, lower left corner, to upper left corner, <break '
     'time="200ms"/> to upper right corner.</speak>',
     "bird", BL_TL_TR),
    ("4:4 Seen from above, a flying bird flew from the lower right corner unto the lower left corner, and thence unto "
     "the upper left corner.",
     "bird", BR_BL_TL),
    ("[PAUSE] Looking down from above: a flying bird, from the lower right corner to the upper right corner, then the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ('<speak>Seen from above, a moving ball rolls <break time="500ms"/> from the lower left corner to the lower right '
     "corner, and then to the upper right corner.</speak>",
     "ball", BL_BR_TR),
    ("6:1 Behold, seen from above, a moving ball rolled from the lower left corner unto the upper left corner, and "
     "then unto the upper right corner.",
     "ball", BL_TL_TR),
    ("[CAMERA CLOSE] Overhead view, seen from above: a moving ball rolls from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("<speak><emphasis>From above</emphasis>, a moving ball rolls from the lower right corner to the upper right "
     'corner, <break strength="strong"/> then to the upper left corner.</speak>',
     "ball", BR_TR_TL),
    ("9:5 And seen from above, a walking dog walked from the lower left corner unto the lower right corner, and "
     "thence unto the upper right corner.",
     "dog", BL_BR_TR),
    ("[PAUSE] From above, a walking dog walks from the lower left corner up to the upper left corner, then over to "
     "the upper right corner.",
     "dog", BL_TL_TR),
    ('<speak>Seen from above: <break time="350ms"/> a walking dog goes from the lower right corner to the lower left '
     "corner, then to the upper left corner.</speak>",
     "dog", BR_BL_TL),
    ("11:1 Behold, as seen from above, a walking dog walked from the lower right corner unto the upper right corner, "
     "then unto the upper left corner.",
     "dog", BR_TR_TL),
    ("[TURN TO CAMERA] From above, a moving car drives from the lower left corner to the upper left corner [PAUSE] "
     "and then to the upper right corner.",
     "car", BL_TL_TR),
    ('<speak>From above, <break time="250ms"/> a lively cat runs from the lower right corner to the upper right '
     "corner, then to the upper left corner.</speak>",
     "cat", BR_TR_TL),
    ("3:10 Seen from above, a flying bird flew from the lower left corner unto the lower right corner, then unto the "
     "upper right corner.",
     "bird", BL_BR_TR),
    ("[PAUSE] Seen from above: a moving ball goes from the lower left corner to the upper left corner, then to the "
     "upper right corner. [LOOK UP]",
     "ball", BL_TL_TR),
    ('<speak><prosody rate="slow">Seen from above,</prosody> a walking dog walks from the lower left corner to the '
     'lower right corner, <break time="300ms"/> then to the upper right corner.</speak>',
     "dog", BL_BR_TR),
    ("7:1 Behold, seen from above, a moving car drove from the lower right corner unto the lower left corner, and "
     "then unto the upper left corner.",
     "car", BR_BL_TL),
    ("[CAMERA CLOSE] From above, a lively cat runs from the lower left corner to the lower right corner, then to the "
     "upper right corner. [PAUSE]",
     "cat", BL_BR_TR),
    ('<speak>Seen from above, <break strength="medium"/> a flying bird flies from the lower right corner to the upper '
     "right corner, <emphasis>then to the upper left corner</emphasis>.</speak>",
     "bird", BR_TR_TL),
    ("10:9 And seen from above, a moving ball rolled from the lower right corner unto the lower left corner, then "
     "unto the upper left corner.",
     "ball", BR_BL_TL),
    ("[TURN TO CAMERA] Seen from above: a walking dog from the lower right corner, to the upper right corner, [PAUSE] "
     "then the upper left corner.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
