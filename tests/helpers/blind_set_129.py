"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a conductor's score markings in Italian with notes to the players ("Andante", "pianissimo",
  "morendo", "Tacet", "Strings, lightly"), where the conductor, the players, their instruments and the
  score are never in the video, and the music marked is the clip itself;
- hikers' trail-register entries ("Signing in", "Entry:", "Register note", "Would hike again"), where
  the hikers, the register, the trail and the summit are never in the video, and the sighting logged is
  the clip; the register writes no dates or party sizes, since it writes no numbers;
- a toastmaster at a banquet ("Ladies and gentlemen", "Honored guests", "without further ado", "a
  round of applause"), where the toastmaster, the guests, the glasses and the tables are never in the
  video, and what is announced is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
trail, summit, boots, glasses or toast beside the count) and put no other number word beside it (no
"first violins", no "solo", "duet" or "trio", no "party of", no "no one" or "everyone"). No voice gives
its own props a colour (no blazes on the trail, no wine, no brass called golden), no idiom hides a class
noun or a side (no "carpool", "dog-tired", "birding", "to my right" or "left the trailhead"), "half" is
only said of the clip's halves (never a half note or a half mile), "upper", "lower" and "corner" only of
a route (never the lower strings or the lower trail), and "still" only of a relation's second object. A
relation names its second object at both ends and says that object stays still; a route is always seen
from above. It takes LVD's attribution pairs 0-29 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 180/180 on 039bcb0 (every family 30; the second fresh set with no miss, after set 95), and the same
180/180 on the session's last code, after every fix of that session for sets 125, 126, 128 and 130 and its known
misreadings: held back from those fixers, then, having no miss, in the fixed sets.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Adagio, molto tranquillo: one moving car, from the opening of the clip to its close, and nothing else. "
     "Players, do not rush it.",
     "car", 1),
    ("Signing in at dawn. Saw two moving cars the whole clip long, start to finish, and nothing else. Good "
     "conditions.",
     "car", 2),
    ("Ladies and gentlemen, your attention please: three moving cars, in view from start to finish, and nothing "
     "else whatsoever. Applause, if you would.",
     "car", 3),
    ("Allegro con brio! Four moving cars across the whole clip, beginning to end; nothing else enters. Tutti, "
     "forte.",
     "car", 4),
    ("Without further ado, ladies and gentlemen: one lively cat, there from the start of the clip to its end, and "
     "nothing else to see.",
     "cat", 1),
    ("Vivace, leggiero. Two lively cats in view from start to finish, nothing more. Keep the tempo light, please.",
     "cat", 2),
    ("Entry: spotted three lively cats, and they stayed in view the whole clip, start to end. Nothing else "
     "around. Weather fine.",
     "cat", 3),
    ("Honored guests, a moment of your time: four lively cats, present from start to finish, and nothing else in "
     "the clip.",
     "cat", 4),
    ("Quiet day. One flying bird, in view from start to finish, and nothing else at all. Signing out before dusk.",
     "bird", 1),
    ("Cantabile, ma non troppo: two flying birds in view for the whole clip, start to finish, and nothing else. "
     "Breathe with them.",
     "bird", 2),
    ("Ladies and gentlemen, please settle in, because what follows is three flying birds, in view from start to "
     "finish, and nothing else.",
     "bird", 3),
    ("Register note: four flying birds overhead, whole clip long, beginning to end. Nothing else in view. Weather "
     "clear.",
     "bird", 4),
    ("Pianissimo, con calma. One moving ball, from the start of the clip to the end, and nothing else; let it "
     "ring.",
     "ball", 1),
    ("If I might have your attention for a moment: two moving balls, present from start to finish, and nothing else. "
     "Thank you, thank you.",
     "ball", 2),
    ("Signing in: three moving balls, there from the start of the clip to the end, and nothing else seen. Would "
     "hike again.",
     "ball", 3),
    ("Presto! Four moving balls, in view from beginning to end, and nothing else. Staccato, crisp, no pedal.",
     "ball", 4),
    ("Conditions muddy. Met one walking dog, in view from start to finish of the clip, and nothing else. Signing "
     "out, tired and happy.",
     "dog", 1),
    ("Ladies and gentlemen, please welcome our next attraction: two walking dogs, in view from start to finish, "
     "and nothing else.",
     "dog", 2),
    ("Andantino, a passo di marcia: three walking dogs, in view for the whole clip, nothing else. Keep the steps "
     "even, players.",
     "dog", 3),
    ("Long day. Four walking dogs, in view the entire clip, start to finish, and nothing else to report.",
     "dog", 4),
    ("And now, without further ado: one moving car, on view from the clip's opening to its close, and nothing "
     "else. Take it away.",
     "car", 1),
    ("Entry, late afternoon. Two lively cats in view from start to end, nothing else. Clear and calm.",
     "cat", 2),
    ("Lento e sostenuto. One flying bird, present from opening to close, nothing else in the clip.",
     "bird", 1),
    ("Ladies and gentlemen, I give you four moving balls, in view from start to finish, and nothing else. Enjoy!",
     "ball", 4),
    ("Signed in. Saw three walking dogs the whole clip through, beginning to end; nothing else. Good pace.",
     "dog", 3),
    ("Moderato. Two moving cars, from the beginning of the clip to its end, and nothing else. Players: sempre "
     "legato, no accents.",
     "car", 2),
    ("Honored guests, lend me your attention: one lively cat, from start to finish, and nothing else in the clip.",
     "cat", 1),
    ("Conditions windy. Three flying birds stayed in view from start to finish; nothing else in the clip. Signing "
     "out.",
     "bird", 3),
    ("Scherzando! Two moving balls in view the whole clip, start to end, nothing else. Lightly, please.",
     "ball", 2),
    ("And finally, ladies and gentlemen: one walking dog, in view from start to finish, and nothing else. Good "
     "night.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Grazioso: a blue cat and a white bird side by side, both in view from the start of the clip to its end. "
     "Strings, tenderly.",
     "cat", "blue", "bird", "white"),
    ("Register entry: passed a yellow dog next to a green ball, both in view from start to finish. Nice spot for "
     "lunch.",
     "dog", "yellow", "ball", "green"),
    ("Ladies and gentlemen, behold: a blue dog beside an orange car, both there the whole clip. Your applause, "
     "please.",
     "dog", "blue", "car", "orange"),
    ("Tranquillo. A purple ball rests beside a blue car; both stay in view from opening to close. Woodwinds, "
     "hold back.",
     "ball", "purple", "car", "blue"),
    ("Signing out. Saw a green dog with a black bird beside it, both in view the whole clip. Worth the detour.",
     "dog", "green", "bird", "black"),
    ("Honored guests, direct your gaze: a purple ball, and beside it a black cat, both in view from start to "
     "finish.",
     "ball", "purple", "cat", "black"),
    ("Maestoso. A black car with an orange bird perched beside it, in view from the start of the clip to the end. "
     "Horns, broad.",
     "car", "black", "bird", "orange"),
    ("Odd sight near the summit: a black ball, a purple cat beside it, both in view start to finish. Not making "
     "this up.",
     "ball", "black", "cat", "purple"),
    ("Ladies and gentlemen, without further ado: a pink bird beside a brown dog, on view for the whole clip.",
     "bird", "pink", "dog", "brown"),
    ("Dolce: a brown ball and a blue dog next to it, both present from beginning to end. Cellos, sing it.",
     "ball", "brown", "dog", "blue"),
    ("Entry: a pink dog sitting beside a yellow ball, in view from start to finish. Muddy past the creek.",
     "ball", "yellow", "dog", "pink"),
    ("Please raise your glasses to a pink bird beside a gray ball, both in view from the start of the clip to its "
     "close.",
     "bird", "pink", "ball", "gray"),
    ("Sostenuto. A gray dog beside a purple car, both held in view from start to finish. Players, sustain.",
     "dog", "gray", "car", "purple"),
    ("Register note: at the lookout, a green cat next to a purple ball, both there the whole clip. Worth the "
     "climb.",
     "cat", "green", "ball", "purple"),
    ("Ladies and gentlemen, I present a green dog with a gray ball at its side, both in view from start to end.",
     "dog", "green", "ball", "gray"),
    ("Leggiero: a yellow ball, a pink bird beside it, in view for the whole clip. Flutes, float over it all.",
     "ball", "yellow", "bird", "pink"),
    ("Signed in. Saw a pink cat and a yellow dog side by side, in view from start to finish. Would hike again.",
     "cat", "pink", "dog", "yellow"),
    ("Honored guests: a brown car, and beside it a yellow ball, both in view from start to finish. A round of "
     "applause!",
     "car", "brown", "ball", "yellow"),
    ("Pesante. A brown car with a white dog sitting beside it, both in view from opening to close. Timpani, "
     "softly.",
     "car", "brown", "dog", "white"),
    ("Entry: an orange dog next to a brown car at the pull-out, both in view the whole clip. Friendly folks.",
     "dog", "orange", "car", "brown"),
    ("Ladies and gentlemen, may I direct your attention to a brown ball with an orange cat beside it, there from "
     "start to finish?",
     "ball", "brown", "cat", "orange"),
    ("Giocoso: a gray dog beside an orange ball, both in view from the start of the clip to the end. Keep it "
     "playful.",
     "dog", "gray", "ball", "orange"),
    ("Register: a yellow ball, an orange cat curled beside it, both in view start to finish. Saw it on the "
     "descent.",
     "ball", "yellow", "cat", "orange"),
    ("Friends, colleagues, honored guests: a purple dog beside a brown car, both in view the entire clip.",
     "dog", "purple", "car", "brown"),
    ("Andante sereno: a gray dog beside a blue car, both in view from start to finish. Nobody hurries.",
     "dog", "gray", "car", "blue"),
    ("Signing out. A white car, an orange bird beside it, both in view the whole clip. Clear skies all day.",
     "car", "white", "bird", "orange"),
    ("Ladies and gentlemen, please welcome a brown car and a blue bird beside it, both in view from start to "
     "finish.",
     "car", "brown", "bird", "blue"),
    ("Espressivo. A blue car with a yellow cat beside it, in view from the opening of the clip to its close.",
     "car", "blue", "cat", "yellow"),
    ("Entry: a gray cat and a yellow bird side by side, in view from start to finish. Hard to believe, but true.",
     "cat", "gray", "bird", "yellow"),
    ("And to close our evening: a white dog beside a black car, both in view the whole clip. Cheers, everybody!",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Tacet for the first half: no car. In the second half a moving car appears and stays to the end. Players, "
     "come in softly.",
     "car"),
    ("Register entry: no car for the first half of the clip, then in the second half a moving car appeared and "
     "stayed till the end.",
     "car"),
    ("Ladies and gentlemen, patience: in the first half there is no car, but in the second half a moving car "
     "arrives and stays to the end.",
     "car"),
    ("First half of the clip, no cat anywhere. Second half, a lively cat showed up and hung around to the end. "
     "Signing out.",
     "cat"),
    ("Honored guests, in the first half you will see no cat; in the second half a lively cat appears and remains "
     "until the end. Worth the wait!",
     "cat"),
    ("Poco a poco: the first half, no cat; the second half, a lively cat enters and stays through to the end. "
     "Crescendo as it arrives.",
     "cat"),
    ("Ladies and gentlemen, during the first half, no bird. Then, in the second half, a flying bird appears, and "
     "stays with us to the end.",
     "bird"),
    ("Pianissimo through the first half, where there is no bird; in the second half a flying bird appears and "
     "stays to the end. Fortissimo!",
     "bird"),
    ("No bird during the first half. In the second half a flying bird appeared and stayed to the end of the clip. "
     "Glad I waited.",
     "bird"),
    ("Attacca: no ball in the first half, then a moving ball appears in the second half and stays until the end.",
     "ball"),
    ("Entry: the first half of the clip had no ball. In the second half a moving ball appeared, and it was there "
     "to the end.",
     "ball"),
    ("And now, ladies and gentlemen, a surprise: no ball in the first half, and in the second half a moving ball "
     "appears and stays to the end.",
     "ball"),
    ("Waited out the first half with no dog in sight. Second half: a walking dog appeared and stayed till the "
     "end. Good company.",
     "dog"),
    ("Misterioso. The first half holds no dog; in the second half a walking dog appears and remains to the end. "
     "Horns, announce it.",
     "dog"),
    ("Ladies and gentlemen, a walking dog appears in the second half and stays until the end. In the first half, "
     "no dog at all. Hold your applause till then.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Morendo: a moving car in the first half; in the second half it fades al niente, and there is no car.",
     "car"),
    ("Saw a moving car in the first half of the clip. Second half: gone, no car at all. Quiet after that.",
     "car"),
    ("Ladies and gentlemen, enjoy the moving car in the first half, because in the second half it is gone, and "
     "no car remains.",
     "car"),
    ("A lively cat in the first half, then by the second half no cat anywhere. Signing out.",
     "cat"),
    ("Honored guests, a lively cat graces the first half; in the second half it has gone, and there is no cat.",
     "cat"),
    ("Allegretto for the first half, with a lively cat; in the second half, no cat. Players, fall silent with it.",
     "cat"),
    ("Ladies and gentlemen, a flying bird in the first half; in the second half, alas, no bird at all.",
     "bird"),
    ("Diminuendo: a flying bird in the first half, and no bird in the second half. Let the sound die away.",
     "bird"),
    ("Entry: flying bird in view during the first half. By the second half it was gone; no bird.",
     "bird"),
    ("Staccato: a moving ball in the first half. Second half, no ball; rest until the end.",
     "ball"),
    ("Register note: moving ball around for the first half, no ball in the second half. Odd, but that's the "
     "hike.",
     "ball"),
    ("Ladies and gentlemen, a moving ball in the first half, and in the second half, gone without a trace: no "
     "ball.",
     "ball"),
    ("Saw a walking dog in the first half; in the second half it was gone, no dog. Hope it made it home.",
     "dog"),
    ("Marcato for the first half: a walking dog. In the second half, no dog; the music stops.",
     "dog"),
    ("And a fond farewell, ladies and gentlemen: a walking dog in the first half, and in the second half no dog "
     "at all.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Accelerando: a moving car drives from the left side of the frame to the right side. Strings, chase it.",
     "car", RIGHTWARD),
    ("Entry: a moving car went past, from the right side of the frame to the left side. Dusty.",
     "car", LEFTWARD),
    ("Ladies and gentlemen, a moving car, crossing from the left side of the frame to the right side. Applause!",
     "car", RIGHTWARD),
    ("Con fuoco! A moving car from the right side of the frame across to the left side; horns, drive it.",
     "car", LEFTWARD),
    ("Watched a moving car drive from the left side of the frame over to the right side. Signing out.",
     "car", RIGHTWARD),
    ("Honored guests, observe a moving car as it travels from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Register note: a lively cat ran from the left side of the frame to the right side. Quick little thing.",
     "cat", RIGHTWARD),
    ("Ladies and gentlemen, a lively cat dashes from the right side of the frame to the left side. Do try to keep "
     "up.",
     "cat", LEFTWARD),
    ("Presto, scherzando: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Trail log: a lively cat ran from the right side of the frame to the left side, fast. Didn't stop for us.",
     "cat", LEFTWARD),
    ("And now, a lively cat, racing from the left side of the frame to the right side. Give it a hand!",
     "cat", RIGHTWARD),
    ("Vivo! A lively cat runs from the right side of the frame to the left side; pizzicato under each step.",
     "cat", LEFTWARD),
    ("Ladies and gentlemen, lift your eyes: a flying bird soars from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Volando: a flying bird flies from the right side of the frame to the left side. Flutes, lead it across.",
     "bird", LEFTWARD),
    ("Saw a flying bird cross from the left side of the frame to the right side. Lovely views today.",
     "bird", RIGHTWARD),
    ("Honored guests: a flying bird, gliding from the right side of the frame over to the left side.",
     "bird", LEFTWARD),
    ("Arioso: a flying bird glides from the left side of the frame to the right side. Strings, let it breathe.",
     "bird", RIGHTWARD),
    ("Entry: flying bird, heading from the right side of the frame toward the left side, all the way across.",
     "bird", LEFTWARD),
    ("Rubato: a moving ball rolls from the left side of the frame to the right side, gathering speed.",
     "ball", RIGHTWARD),
    ("Odd one: a moving ball rolled from the right side of the frame to the left side. Nobody around.",
     "ball", LEFTWARD),
    ("Ladies and gentlemen, a moving ball, rolling from the left side of the frame to the right side. Splendid.",
     "ball", RIGHTWARD),
    ("Glissando: a moving ball rolls from the right side of the frame to the left side. Harp, follow it.",
     "ball", LEFTWARD),
    ("Register note: moving ball rolling from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("Honored guests, watch as a moving ball rolls from the right side of the frame across to the left side.",
     "ball", LEFTWARD),
    ("Company on the hike today: a walking dog, walking from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Andante, a passo lento: a walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Ladies and gentlemen, a walking dog strolls from the left side of the frame to the right side. Charming "
     "fellow.",
     "dog", RIGHTWARD),
    ("Entry: a walking dog ambled from the right side of the frame to the left side, no rush at all.",
     "dog", LEFTWARD),
    ("Tempo di marcia: a walking dog walks from the left side of the frame to the right side. Drums, keep step.",
     "dog", RIGHTWARD),
    ("And finally, honored guests, a walking dog making its way from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Tranquillo for the ball, which stays still; a bird flies from the left of the ball to the right of the "
     "ball. Flutes carry the bird.",
     "bird", "ball", RIGHTWARD),
    ("Signing in: the ball stayed still the whole time, and a bird flew from the right of the ball to the left of "
     "the ball.",
     "bird", "ball", LEFTWARD),
    ("Ladies and gentlemen, the dog stays still while a bird flies from the left of the dog to the right of the "
     "dog.",
     "bird", "dog", RIGHTWARD),
    ("The car stays still, senza moto; a bird flies from the right of the car to the left of the car. Flutes, "
     "lightly.",
     "bird", "car", LEFTWARD),
    ("Entry: the cat stayed still, and a car drove from the left of the cat to the right of the cat. Careful "
     "driver.",
     "car", "cat", RIGHTWARD),
    ("Honored guests: the ball stays still, and a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Scherzando: a cat runs from the left of the ball to the right of the ball, and the ball stays still. "
     "Strings, pizzicato.",
     "cat", "ball", RIGHTWARD),
    ("Saw a dog walk from the right of the ball to the left of the ball, while the ball stayed still.",
     "dog", "ball", LEFTWARD),
    ("Ladies and gentlemen, the bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Andante: the car stays still; a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Register note: the ball stayed still as a bird flew from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Honored guests, while the ball stays still, a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Con brio: a car drives from the left of the ball to the right of the ball. The ball stays still; timpani, "
     "mark it.",
     "car", "ball", RIGHTWARD),
    ("Trail log: the dog stayed still, good boy, and a bird flew from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Ladies and gentlemen, the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Volante: a bird flies from the right of the ball to the left of the ball, and the ball stays still "
     "throughout.",
     "bird", "ball", LEFTWARD),
    ("Entry: a dog walked from the left of the cat to the right of the cat. The cat stayed still, unimpressed.",
     "dog", "cat", RIGHTWARD),
    ("Honored guests, the car stays still as a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Vivace: the dog stays still; a cat runs from the left of the dog to the right of the dog. Violins, quick "
     "bows.",
     "cat", "dog", RIGHTWARD),
    ("Signed out laughing: the ball stayed still, and a cat ran from the right of the ball to the left of the "
     "ball.",
     "cat", "ball", LEFTWARD),
    ("Ladies and gentlemen, a cat runs from the left of the dog to the right of the dog, while the dog stays "
     "still.",
     "cat", "dog", RIGHTWARD),
    ("Rubato: the dog stays still, and a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Saw the bird stay still while a dog walked from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Honored guests, the cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Agitato: a cat runs from the left of the bird to the right of the bird; the bird stays still. Hold the "
     "fermata on the bird.",
     "cat", "bird", RIGHTWARD),
    ("Entry: the cat stayed still, and a bird flew from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, the cat stays still as a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Dolce: the dog stays still; a bird flies from the right of the dog to the left of the dog. Oboe, gently.",
     "bird", "dog", LEFTWARD),
    ("Register note: a dog walked from the left of the cat to the right of the cat, and the cat stayed still the "
     "whole while.",
     "dog", "cat", RIGHTWARD),
    ("And to close, honored guests: the car stays still, and a bird flies from the right of the car to the left "
     "of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a tempo: a moving car drives from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Looking straight down from the ridge: a moving car went from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Ladies and gentlemen, a view from above: a moving car drives from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Seen from directly above, legato: a moving car drives from the lower right corner to the upper right "
     "corner, then on to the upper left corner.",
     "car", BR_TR_TL),
    ("Entry, the view from above: moving car from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "car", BL_BR_TR),
    ("Honored guests, from overhead: a moving car drives from the lower left corner to the upper left corner, and "
     "then to the upper right corner.",
     "car", BL_TL_TR),
    ("From above, looking down: a lively cat ran from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("Ladies and gentlemen, seen from above, a lively cat runs from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Presto, seen from overhead: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("Register note, view from directly above: lively cat, lower left corner to upper left corner, then upper "
     "right corner.",
     "cat", BL_TL_TR),
    ("Honored guests, looking down from above: a lively cat runs from the lower right corner to the lower left "
     "corner, and on to the upper left corner.",
     "cat", BR_BL_TL),
    ("Vivace, viewed from above: a lively cat runs from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "cat", BR_TR_TL),
    ("Ladies and gentlemen, from high above: a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, volando: a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Watched it from above: a flying bird went from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("Honored guests, may I ask you to look from above? A flying bird flies from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("From directly above, cantabile: a flying bird flies from the bottom left corner to the bottom right "
     "corner, then to the top right corner.",
     "bird", BL_BR_TR),
    ("Entry, seen from overhead: a flying bird flew from the lower left corner to the upper left corner, then on "
     "to the upper right corner.",
     "bird", BL_TL_TR),
    ("Seen from above, glissando: a moving ball rolls from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "ball", BR_BL_TL),
    ("Looking down from above: a moving ball rolled from the lower right corner to the upper right corner, then "
     "to the upper left corner. Strange hike.",
     "ball", BR_TR_TL),
    ("Ladies and gentlemen, from overhead: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Viewed from above, rubato: a moving ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "ball", BL_TL_TR),
    ("Register note, top-down: a moving ball rolled from the lower right corner to the lower left corner and then "
     "to the upper left corner.",
     "ball", BR_BL_TL),
    ("Honored guests, seen from above: a moving ball rolls from the bottom right corner to the top right corner, "
     "then to the top left corner.",
     "ball", BR_TR_TL),
    ("From above: a walking dog walked from the lower left corner to the lower right corner, then to the upper "
     "right corner. Good pace.",
     "dog", BL_BR_TR),
    ("Ladies and gentlemen, seen from above: a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Tempo di marcia, viewed from overhead: a walking dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Entry, view from straight above: a walking dog walked from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Honored guests, from above: a walking dog walks from the lower left corner to the lower right corner, then "
     "on to the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from directly above, andante: a walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner. Fine.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
