"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like sets 20-32 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at a third each:

- markdown notes without keys: bullets ("-", "*"), often under a "#" heading, with arrows ("→") and
  line breaks carrying the order of the content, and no "field: value" labels;
- emoji-sprinkled messages: faces, weather, sparkles and arrows decorate the sentence but never add an
  object, since the class noun is always written as an English word and no emoji depicts a countable thing;
- code-switching: English prompts with fillers and phrases from Spanish, German, French, Portuguese,
  Hindi, Malay, Tagalog and Japanese typed the way bilingual users do ("por favor", "bitte", "lah",
  "yaar", "sige po", "onegai"), while LVD's class nouns, colours, counts and directions stay in English.

Counts are always written as words. LVD's class nouns and colour words are kept, since its predicates
look objects up by them. It takes LVD's next draws: attribution pairs 60-89 and two-object relations
0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (ed87d96, after the fixes for sets 25-32), 166/180 = 92.2%
(numeracy 25, attribution 30, visibility 25, one-object 28, two-object 30, sequential 28 of 30); 180/180 after the
fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("## clip\n- one car, moving\n- just that car, nothing else\n- realistic and lively", "car", 1),
    ("two cars zooming along 😎 make it look real ✨ nothing else in the shot 💯", "car", 2),
    ("Oye, three cars moving around, realistic y lively, por favor, nada más in the scene.", "car", 3),
    ("* four cars\n* all of them moving\n* no other objects\n* realistic look, lively", "car", 4),
    ("one lively cat, that's it 😍 realistic pls ✨", "cat", 1),
    ("Ya, two lively cats lah, make it look real, nothing else okay?", "cat", 2),
    ("## cats\n- three of them\n- lively\n- realistic\n- no other animals", "cat", 3),
    ("four cats full of energy 🤩 super realistic vibe ☀️ only the cats", "cat", 4),
    ("Bitte, one flying bird only, ganz realistic und lively.", "bird", 1),
    ("- two birds\n- flying\n- that's all in frame\n- keep it realistic + lively", "bird", 2),
    ("three birds flying ⛅ realistic & lively 💫 no other stuff", "bird", 3),
    ("Yaar, four birds flying, bas itna hi, realistic aur lively please.", "bird", 4),
    ("### insert\n* one ball\n* moving the whole time\n* nothing else\n* realistic, lively", "ball", 1),
    ("two balls on the move 👀 realistic + lively ✨ nothing else pls", "ball", 2),
    ("Tipo, three balls moving, sabe? Realistic e lively, só isso.", "ball", 3),
    ("## four balls\n- all moving\n- realistic\n- lively\n- nothing else in the shot", "ball", 4),
    ("one dog out walking 🥰 realistic pls, nothing else around 🌤️", "dog", 1),
    ("Onegai, two dogs walking, realistic and lively, sore dake.", "dog", 2),
    ("# walk\n- three dogs\n- walking together\n- realistic, lively\n- nobody and nothing else", "dog", 3),
    ("four dogs walking 😎 realistic & lively 💯 only them", "dog", 4),
    ("Sige po, one moving car lang, realistic and lively.", "car", 1),
    ("## two cats\n- lively\n- looking real\n- nothing else in view", "cat", 2),
    ("just one bird flying ☁️ realistic, lively 😍", "bird", 1),
    ("Alors, four balls moving, realistic et lively, c'est tout.", "ball", 4),
    ("* one dog\n* walking\n* the only subject\n* realistic, lively", "dog", 1),
    ("three cars driving around 🌧️ realistic and lively 😎 nothing else", "car", 3),
    ("Pues, four lively cats, bien realistic, y nada más.", "cat", 4),
    ("## sky\n- two flying birds\n- nothing else up there\n- realistic, lively", "bird", 2),
    ("one ball moving around ✨ realistic & lively 👀 nothing else in frame", "ball", 1),
    ("Accha, three dogs walking, realistic and lively, aur kuch nahi.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("## shot\n- a brown bird\n- a black ball\n- realistic, lively", "bird", "brown", "ball", "black"),
    ("a brown bird and a blue cat hanging out 😍 realistic vibes ✨", "bird", "brown", "cat", "blue"),
    ("Por favor, a blue bird y un red car, realistic y lively.", "bird", "blue", "car", "red"),
    ("* pink cat\n* purple ball next to it\n* realistic look", "ball", "purple", "cat", "pink"),
    ("yellow dog + red cat 😂 make it look real ☀️", "dog", "yellow", "cat", "red"),
    ("Bitte, ein green bird und ein yellow dog, realistic und lively.", "bird", "green", "dog", "yellow"),
    ("## scene\n- gray car, parked\n- red cat beside it\n- realistic", "car", "gray", "cat", "red"),
    ("a red bird and a black cat staring each other down 😳 realistic pls", "bird", "red", "cat", "black"),
    ("Ok lah, a white bird with an orange cat, realistic one.", "bird", "white", "cat", "orange"),
    ("- a green bird\n- a black ball\n- the bird hops near the ball\n- lively, realistic",
     "bird", "green", "ball", "black"),
    ("a white cat watching a purple bird 🤩 realistic and lively ✨", "cat", "white", "bird", "purple"),
    ("Yaar, a green bird and a purple dog, realistic banao na.", "bird", "green", "dog", "purple"),
    ("## frame\n* orange bird\n* brown car\n* both visible, realistic", "bird", "orange", "car", "brown"),
    ("blue car and brown bird 😎 realistic, lively 🌤️", "car", "blue", "bird", "brown"),
    ("Tipo, a red dog e uma purple cat, bem realistic.", "dog", "red", "cat", "purple"),
    ("- purple dog\n- brown cat\n- side by side\n- lifelike", "dog", "purple", "cat", "brown"),
    ("😍 a black cat batting a blue ball around, realistic & lively ✨", "cat", "black", "ball", "blue"),
    ("Sige po, a yellow cat and a black dog, realistic and lively lang.", "cat", "yellow", "dog", "black"),
    ("## two subjects\n- green cat\n- white bird\n- realistic, lively", "cat", "green", "bird", "white"),
    ("purple car, pink cat sitting next to it 🥰 realistic pls ☀️", "car", "purple", "cat", "pink"),
    ("Alors, a purple bird et un red dog, realistic, s'il te plaît.", "bird", "purple", "dog", "red"),
    ("* red dog\n* yellow car behind it\n* realistic, lively", "dog", "red", "car", "yellow"),
    ("an orange dog chilling by a brown car 😎 realistic vibe 💯", "dog", "orange", "car", "brown"),
    ("Onegai, a gray cat and an orange dog, realistic ni shite.", "cat", "gray", "dog", "orange"),
    ("## play\n- pink dog\n- green ball\n- lively, realistic", "ball", "green", "dog", "pink"),
    ("white dog 👀 pink bird 😂 realistic & lively please ✨", "dog", "white", "bird", "pink"),
    ("Oye, a purple car y una gray ball al lado, realistic.", "car", "purple", "ball", "gray"),
    ("- yellow dog\n- brown cat\n- together in one shot\n- realistic", "dog", "yellow", "cat", "brown"),
    ("a green cat pawing at a brown ball 🤩 super realistic ☀️", "ball", "brown", "cat", "green"),
    ("Accha, a brown cat and an orange car, realistic and lively chahiye.", "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("## car\n- not there in the first half\n- a moving car shows up in the second half\n- stays till the end",
     "car"),
    ("no car in the first half 😶 then a moving car shows up for the second half ✨", "car"),
    ("Ok ya, the moving car only comes in the second half lah, first half no car.", "car"),
    ("* first half → no cat\n* second half → a lively cat appears", "cat"),
    ("😴 no cat anywhere in the first half… then a lively cat pops in for the second half 😍", "cat"),
    ("Bitte, the lively cat appears only in the second half, not in the first half, danke.", "cat"),
    ("## bird\n- absent for the first half\n- a flying bird comes in for the second half", "bird"),
    ("empty sky for the first half ☁️ then a flying bird appears in the second half only 🤩", "bird"),
    ("Pues, a flying bird that appears only in the second half, before that no bird, vale?", "bird"),
    ("- first half, empty frame\n- second half, a moving ball comes in", "ball"),
    ("a moving ball shows up only in the second half 👀 no ball before that 🙂", "ball"),
    ("Tipo, no ball in the first half, aí a moving ball appears in the second half.", "ball"),
    ("## dog\n* missing in the first half\n* walks in at the halfway point\n* there for the whole second half",
     "dog"),
    ("walking dog only in the second half 🥰 the first half has no dog 😶", "dog"),
    ("Sige po, the walking dog appears only in the second half, not in the first half.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("## car\n- a moving car in the first half\n- gone in the second half", "car"),
    ("a moving car for the first half only 😎 then it's gone, no car in the second half 💨", "car"),
    ("Alors, a moving car in the first half only, then no car in the second half, voilà.", "car"),
    ("* a lively cat, first half only\n* second half → no cat", "cat"),
    ("a lively cat is there for the first half 🥰 then disappears for the second half 😢", "cat"),
    ("Yaar, the lively cat is there only in the first half, second half mein no cat.", "cat"),
    ("## bird\n- a flying bird in the first half\n- leaves at the midpoint\n- none in the second half", "bird"),
    ("a flying bird in the first half only ✨ and in the second half no bird 😶", "bird"),
    ("Oye, a flying bird only in the first half, y luego it disappears, no bird in the second half.", "bird"),
    ("- a moving ball in the first half\n- no ball in the second half", "ball"),
    ("moving ball for the first half 👀 then it vanishes for the second half 💨", "ball"),
    ("Ok lah, moving ball in the first half only, second half no ball already.", "ball"),
    ("## dog\n* a walking dog in the first half\n* gone after the midpoint", "dog"),
    ("walking dog in the first half 🥰 gone for the entire second half 😢", "dog"),
    ("Bitte, a walking dog only in the first half, then it disappears, danke.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("## car\n- enters on the left\n- drives across to the right", "car", RIGHTWARD),
    ("a car driving from the left to the right ➡️ 😎", "car", RIGHTWARD),
    ("Por favor, a car moving from the left to the right, despacio.", "car", RIGHTWARD),
    ("* car\n* from the right side\n* to the left side", "car", LEFTWARD),
    ("⬅️ a car moving from the right to the left ✨", "car", LEFTWARD),
    ("Ok ya, the car goes from the right to the left lah.", "car", LEFTWARD),
    ("- lively cat\n- walks from left → right", "cat", RIGHTWARD),
    ("a lively cat trotting from the left to the right 😍", "cat", RIGHTWARD),
    ("Bitte, a cat walking from the left to the right, danke schön.", "cat", RIGHTWARD),
    ("## cat\n- starts on the right\n- ends on the left", "cat", LEFTWARD),
    ("cat strolling from the right to the left ⬅️ 😎", "cat", LEFTWARD),
    ("Yaar, a lively cat walking from the right to the left, bas.", "cat", LEFTWARD),
    ("* bird flying\n* left → right", "bird", RIGHTWARD),
    ("a bird flying from the left to the right ☁️ ➡️", "bird", RIGHTWARD),
    ("Pues, a bird flying from the left to the right, vale?", "bird", RIGHTWARD),
    ("## bird\n- flies in from the right\n- exits to the left", "bird", LEFTWARD),
    ("bird flying right to left 🌤️ ⬅️ realistic ✨", "bird", LEFTWARD),
    ("Sige po, a bird flying from the right to the left.", "bird", LEFTWARD),
    ("- ball\n- rolls from the left\n- ends on the right", "ball", RIGHTWARD),
    ("a ball rolling from the left to the right 👀", "ball", RIGHTWARD),
    ("Tipo, a ball rolling from the left to the right, sabe?", "ball", RIGHTWARD),
    ("## ball\n* rolling right → left", "ball", LEFTWARD),
    ("⬅️ ball rolling from the right to the left 😂", "ball", LEFTWARD),
    ("Alors, a ball rolling from the right to the left, c'est tout.", "ball", LEFTWARD),
    ("* walking dog\n* from the left\n* to the right", "dog", RIGHTWARD),
    ("a dog walking from the left to the right 🥰 ☀️", "dog", RIGHTWARD),
    ("Onegai, a dog walking from the left to the right.", "dog", RIGHTWARD),
    ("## dog\n- walks right → left", "dog", LEFTWARD),
    ("dog walking from the right to the left 😎 ⬅️", "dog", LEFTWARD),
    ("Ok lah, the dog walks from the right to the left.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order.
_DYNAMIC_TWO = [
    ("## shot\n- the car stays put\n- a bird flies from the car's left to its right", "bird", "car", RIGHTWARD),
    ("the bird sits still 😌 a car drives from the bird's right to the bird's left ⬅️", "car", "bird", LEFTWARD),
    ("Bitte, a bird flying from the left of a cat to the cat's right, the cat stays.", "bird", "cat", RIGHTWARD),
    ("* bird, not moving\n* a car goes from the right of the bird → to its left", "car", "bird", LEFTWARD),
    ("a bird flying from the dog's left to the dog's right ➡️ 😍", "bird", "dog", RIGHTWARD),
    ("Pues, a dog moving from the right of the cat to its left, y the cat no se mueve.", "dog", "cat", LEFTWARD),
    ("## play\n- the dog stays still\n- a ball rolls from the left of the dog to the right of the dog",
     "ball", "dog", RIGHTWARD),
    ("cat chilling 😎 a bird flies from the right of the cat to its left ⬅️", "bird", "cat", LEFTWARD),
    ("Ok lah, the car drives from the left of the ball to the ball's right.", "car", "ball", RIGHTWARD),
    ("- the bird stays put\n- a cat walks from the bird's right → to the bird's left", "cat", "bird", LEFTWARD),
    ("parked car 🌤️ a dog walks from the car's left to the car's right 🥰", "dog", "car", RIGHTWARD),
    ("Tipo, a ball rolling from the right of the bird to its left, o bird fica parado.", "ball", "bird", LEFTWARD),
    ("## ball\n* starts on the dog's left\n* rolls to the dog's right", "ball", "dog", RIGHTWARD),
    ("a ball rolls from the cat's right to the cat's left 👀 ⬅️", "ball", "cat", LEFTWARD),
    ("Por favor, a car moving from the left of a ball to its right.", "car", "ball", RIGHTWARD),
    ("- the cat holds still\n- a bird flies from the right of the cat to the left of the cat",
     "bird", "cat", LEFTWARD),
    ("a dog trotting from the left of a bird to the bird's right ➡️ 😂", "dog", "bird", RIGHTWARD),
    ("Yaar, the dog goes from the cat's right to the cat's left, cat wahi rahe.", "dog", "cat", LEFTWARD),
    ("## shot\n- the car is parked\n- a ball rolls from the car's left side to the car's right side",
     "ball", "car", RIGHTWARD),
    ("the cat stays put 😌 a dog walks from the cat's right over to the cat's left ⬅️", "dog", "cat", LEFTWARD),
    ("Sige po, a bird flying from the left of the ball to the right of the ball.", "bird", "ball", RIGHTWARD),
    ("* a ball on the ground\n* a bird flies from the ball's right → the ball's left", "bird", "ball", LEFTWARD),
    ("a bird flying from the left of a dog to its right ✨ ➡️", "bird", "dog", RIGHTWARD),
    ("Alors, a bird flying from the right of the car to its left, voilà.", "bird", "car", LEFTWARD),
    ("## scene\n- the cat sits still\n- a car drives from the cat's left to the cat's right", "car", "cat", RIGHTWARD),
    ("the ball stays put 🙂 a dog walks from the ball's right to the ball's left ⬅️", "dog", "ball", LEFTWARD),
    ("Onegai, a cat walking from the left of the ball to the right of the ball.", "cat", "ball", RIGHTWARD),
    ("- the ball stays still\n- a dog goes from the right of the ball → to the left of the ball",
     "dog", "ball", LEFTWARD),
    ("a cat sneaking from the bird's left to the bird's right 🤫 ➡️", "cat", "bird", RIGHTWARD),
    ("Pues, a dog walking from the right of the car to its left, y ya.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("## top-down\n- the car starts in the lower left\n- drives to the lower right\n- then to the upper right",
     "car", BL_BR_TR),
    ("top-down view 👀 a cat starts in the lower left, walks to the upper left, then to the upper right ✨",
     "cat", BL_TL_TR),
    ("Bitte, seen from above, a bird starts at the lower right, flies to the lower left, then to the upper left.",
     "bird", BR_BL_TL),
    ("* view from directly above\n* a ball at the lower right\n* rolls to the upper right\n* then to the upper left",
     "ball", BR_TR_TL),
    ("overhead shot ☀️ a dog starts in the lower left ➡️ then the lower right ➡️ then the upper right 🥰",
     "dog", BL_BR_TR),
    ("Ok lah, top-down view, the car starts lower left, goes to upper left, then upper right.", "car", BL_TL_TR),
    ("## overhead\n- the cat starts in the lower right\n- walks to the lower left\n- ends in the upper left",
     "cat", BR_BL_TL),
    ("from straight above ☁️ a bird starts lower right, flies to upper right, then upper left 🤩",
     "bird", BR_TR_TL),
    ("Tipo, top-down view, a ball starts at the lower left, rolls to the lower right, then to the upper right.",
     "ball", BL_BR_TR),
    ("- seen from above\n- a dog in the lower left\n- walks up to the upper left\n- then over to the upper right",
     "dog", BL_TL_TR),
    ("overhead view 😎 a car starts lower right, drives to lower left, then up to upper left ⬆️",
     "car", BR_BL_TL),
    ("Yaar, from above dekho: a cat starts lower right, goes to upper right, then upper left.", "cat", BR_TR_TL),
    ("## top view\n* a bird at the lower left\n* flies to the lower right\n* then to the upper right",
     "bird", BL_BR_TR),
    ("top-down 👀 a ball rolls from the lower left to the upper left and then to the upper right 💫",
     "ball", BL_TL_TR),
    ("Pues, top-down view, a dog starts at the lower right, walks to the lower left, and then to the upper left.",
     "dog", BR_BL_TL),
    ("- overhead\n- the car starts lower right\n- goes up to upper right\n- finishes upper left", "car", BR_TR_TL),
    ("from above ✨ a cat walks lower left → lower right → upper right 😍", "cat", BL_BR_TR),
    ("Sige po, top-down view, a bird starts lower left, flies to upper left, then to upper right.",
     "bird", BL_TL_TR),
    ("## overhead\n- the ball starts in the lower right\n- rolls to the lower left\n- then up to the upper left",
     "ball", BR_BL_TL),
    ("seen from above 🌤️ a dog starts in the lower right, then the upper right, then the upper left 🥰",
     "dog", BR_TR_TL),
    ("Alors, seen from above, a car goes from the lower left to the lower right, and then to the upper right.",
     "car", BL_BR_TR),
    ("* top-down shot\n* the cat starts lower left\n* walks to upper left\n* ends upper right", "cat", BL_TL_TR),
    ("overhead view ☁️ a bird flies lower right → lower left → upper left 🤩", "bird", BR_BL_TL),
    ("Onegai, top-down view, a ball starts at the lower right, rolls to the upper right, then to the upper left.",
     "ball", BR_TR_TL),
    ("## from above\n- the dog starts in the lower left\n- walks to the lower right\n- then to the upper right",
     "dog", BL_BR_TR),
    ("top-down 😎 a car drives from the lower left up to the upper left, then across to the upper right ➡️",
     "car", BL_TL_TR),
    ("Ok ya, from above, the cat starts lower right, walks to lower left, then to upper left lah.",
     "cat", BR_BL_TL),
    ("- view from above\n- the bird starts at the lower right\n- flies up to the upper right\n- then over to the "
     "upper left", "bird", BR_TR_TL),
    ("seen from above 👀 a ball rolls lower left → lower right → upper right ✨", "ball", BL_BR_TR),
    ("Bitte, top-down view, a dog starts lower left, walks to upper left, then to upper right, danke.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
