"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a product manual's troubleshooting entries ("Symptom:", "Cause:", "Remedy:" lines, or rows split by
  "|" pipes), where the manufacturer, the technician, the product, its settings and its reader are never
  in the video, and the clip the remedy asks for is the video; the manual says "persists", never
  "still", and names no part, screen or tool in numeracy prompts;
- LaTeX source text ("\\section*{...}", "\\begin{itemize} \\item ... \\end{itemize}", "%" comments,
  "\\emph{...}"), where the author, the paper, the compiler, the figures and the reviewers are never in
  the video, and the clip the text describes is the video; the source numbers nothing with digits and
  its environments are markup, not objects;
- a Greek tragedy's chorus ("Strophe", "Antistrophe", "O citizens", lament and foreboding), where the
  chorus, the citizens, the city, the gods, the house and its doom are never in the video, and the
  omen the chorus sees is the clip; the chorus calls no citizen in numeracy prompts and names no beast
  besides LVD's classes (no vultures, no bulls, no serpents).

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
citizens, no altar, no device beside the count) and put no other number word beside it (no "first
entry", no "single", no "a thousand sorrows"). No voice gives its own props a colour (no golden
thrones, no black robes of mourning, no red warning light), no idiom hides a class noun or a side (no
"catastrophe", no "ballad", no "carry", no "nothing left", no "all right"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 70-99 and its two-object relations 40-49
then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 163/180 (90.6%) on 6e7d0a6a (numeracy 29, visibility 28, dynamic_one 23, dynamic_two 28, sequential
25); 180/180 after the fixes of its own branch (a troubleshooting entry's symptom told before its remedy is the fault,
not the scene, "Symptom: dog does not cross. Remedy: a walking dog from ...", and its headings are prose, never a spec's
fields; LaTeX source read as notes, "\\section*{Cat}" a heading and "\\item" a bullet; a pipe table pasted on one line,
"| Symptom | Remedy | -- | ... | ... |", is its rows; a view said before a thing's labelled corners, "from above, moving
ball: lower left corner, ...", is the picture's).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Symptom: clip shows the wrong count. Cause: count not specified. Remedy: render one moving car, "
     "in view from start to finish, and nothing else.",
     "car", 1),
    (r"\section*{Setup} The clip contains exactly two moving cars, visible from the opening frame to the closing "
     r"frame. % nothing else in it, keep it clean",
     "car", 2),
    ("Strophe. Alas, what do I see? Three moving cars, from the clip's beginning to its end, and nothing else "
     "beside them, nothing.",
     "car", 3),
    ("| Symptom | Cause | Remedy | -- | empty output | no subject | show four moving cars for the whole clip, "
     "start to end, nothing else |",
     "car", 4),
    (r"\begin{itemize} \item one lively cat \item present throughout, start to finish \item no other object "
     r"\end{itemize}",
     "cat", 1),
    ("Antistrophe. Two lively cats I see, from the opening of the clip to its close; nothing else, woe, nothing "
     "else at all.",
     "cat", 2),
    ("Symptom: count too high. Remedy: exactly three lively cats, visible from start to finish. "
     "Remove everything else.",
     "cat", 3),
    (r"% fig: the clip \emph{only} holds four lively cats, and they stay from the start of the clip to its end. "
     r"Nothing else appears.",
     "cat", 4),
    ("Ah, ah! One flying bird, and it is there from the clip's opening to its close, and nothing else with it. "
     "What can it portend?",
     "bird", 1),
    ("Symptom: nothing moves in the output. Cause: subjects missing. Remedy: two flying birds, present from start "
     "to finish, nothing else.",
     "bird", 2),
    (r"\section*{Contents of the clip} Three flying birds, from beginning to end. \emph{Nothing} else is shown.",
     "bird", 3),
    ("Lament with me: four flying birds fill the clip from its beginning to its end, and there is nothing else, "
     "nothing but them.",
     "bird", 4),
    ("Remedy: generate one moving ball, visible for the entire clip, start to finish. Do not add anything else. "
     "If the symptom persists, regenerate.",
     "ball", 1),
    (r"\begin{itemize} \item two moving balls, visible the whole clip \item nothing else \end{itemize} % that's all",
     "ball", 2),
    ("Strophe. Three moving balls roll on from the clip's start to its end; nothing else is there. I fear the "
     "omen.",
     "ball", 3),
    ("| Symptom: clip empty | Cause: unknown | Remedy: four moving balls, visible start to finish, nothing else |",
     "ball", 4),
    (r"The clip (as \emph{specified}) shows one walking dog, present from start to finish, and nothing else at all.",
     "dog", 1),
    ("Antistrophe. Two walking dogs, from the clip's opening to its close, and nothing else; so the omen runs, "
     "so the dread.",
     "dog", 2),
    ("Symptom: wrong subject. Remedy: three walking dogs, shown from start to finish. Nothing else should appear "
     "in the clip.",
     "dog", 3),
    (r"\section*{Clip} four walking dogs % start to finish, the whole time, nothing else in frame",
     "dog", 4),
    ("Woe! Two moving cars I see, there from the clip's start to its finish, and nothing else, nothing else at "
     "all.",
     "car", 2),
    ("Remedy (all versions): output one lively cat for the full clip, start to finish; nothing else may appear.",
     "cat", 1),
    (r"\begin{itemize} \item exactly three flying birds \item from start to finish \item nothing else "
     r"\end{itemize}",
     "bird", 3),
    ("Alas for what is shown: one moving ball, from the clip's beginning to its end, and nothing else beside it.",
     "ball", 1),
    ("| Symptom | Remedy | -- | wrong count | two walking dogs, visible from start to finish, nothing else |",
     "dog", 2),
    (r"% TODO: the clip must show four moving cars, from start to finish, and \emph{nothing} else",
     "car", 4),
    ("Antistrophe. I see it, and I tremble: three lively cats, from the clip's opening to its close, and nothing "
     "else.",
     "cat", 3),
    ("Symptom: blank clip. Cause: no subject given. Remedy: four flying birds, visible from start to finish, "
     "nothing else.",
     "bird", 4),
    (r"\section*{What the clip holds} Two moving balls, start to finish. Nothing else.",
     "ball", 2),
    ("Ototoi! Four walking dogs, from the clip's beginning to its end, and nothing else; the omen is heavy upon "
     "me.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("Symptom: wrong colours. Remedy: a white cat and a purple bird side by side, both visible from start to "
     "finish.",
     "cat", "white", "bird", "purple"),
    (r"\begin{itemize} \item a green bird \item a purple dog next to it \end{itemize} % both in view the whole clip",
     "bird", "green", "dog", "purple"),
    ("Strophe. O citizens, I see an orange bird beside a brown car, and both remain there, start to finish. "
     "What does it mean?",
     "bird", "orange", "car", "brown"),
    ("| Symptom | Remedy | -- | colours swapped | a blue car with a brown bird beside it, both in view the whole "
     "clip |",
     "car", "blue", "bird", "brown"),
    (r"\section*{Scene} A \emph{red} dog and a \emph{purple} cat, side by side, visible throughout the clip.",
     "dog", "red", "cat", "purple"),
    ("Antistrophe. A purple dog lies beside a brown cat, and neither leaves the clip, start to finish. Alas, the "
     "sign!",
     "dog", "purple", "cat", "brown"),
    ("Symptom: objects shown in the wrong colours. Cause: palette mismatch. Remedy: a black cat next to a blue "
     "ball, both present throughout.",
     "cat", "black", "ball", "blue"),
    (r"% colours matter here: a yellow cat and a black dog beside it, both visible from start to finish",
     "cat", "yellow", "dog", "black"),
    ("Woe, citizens! A green cat, and beside it a white bird, and they stay in the clip from beginning to end.",
     "cat", "green", "bird", "white"),
    ("Remedy: render a purple car with a pink cat beside it, both visible the whole clip. If the colours drift, "
     "regenerate.",
     "car", "purple", "cat", "pink"),
    (r"\begin{itemize} \item a purple bird \item a red dog beside it \item both, start to finish \end{itemize}",
     "bird", "purple", "dog", "red"),
    ("Strophe. A red dog rests beside a yellow car, and there they stay from the clip's opening to its close. I "
     "dread it.",
     "dog", "red", "car", "yellow"),
    ("| Symptom: colours off | Cause: unknown | Remedy: an orange dog beside a brown car, both in view start to "
     "finish |",
     "dog", "orange", "car", "brown"),
    (r"\section*{Pair} a gray cat, with an orange dog beside it; both are in the clip from start to finish.",
     "cat", "gray", "dog", "orange"),
    ("Antistrophe. O citizens, a green ball and a pink dog at its side, both there from beginning to end. Weep "
     "for what is coming.",
     "ball", "green", "dog", "pink"),
    ("Symptom: missing animal. Remedy: a white dog with a pink bird next to it, both present from start to "
     "finish.",
     "dog", "white", "bird", "pink"),
    (r"% objects: a purple car and a gray ball beside it. \emph{Both} visible throughout the clip.",
     "car", "purple", "ball", "gray"),
    ("Alas! A yellow dog, and a brown cat beside it, and both remain in the clip from its start to its end.",
     "dog", "yellow", "cat", "brown"),
    ("| Symptom | Cause | Remedy | -- | wrong colours | mapping error | a brown ball and a green cat beside it, "
     "start to finish |",
     "ball", "brown", "cat", "green"),
    (r"\begin{itemize} \item a brown cat \item an orange car beside it \end{itemize} both present the whole clip",
     "cat", "brown", "car", "orange"),
    ("Strophe. A white cat sits beside an orange dog, and from start to finish neither goes away. Ill-omened "
     "sight, citizens!",
     "cat", "white", "dog", "orange"),
    ("Remedy: show a green bird next to an orange car, both in view the whole time. Symptom resolved once both "
     "appear.",
     "bird", "green", "car", "orange"),
    (r"\section*{Objects} A brown dog and a red ball side by side % visible throughout, start to finish",
     "dog", "brown", "ball", "red"),
    ("Antistrophe. A yellow car, and beside it a white bird, from beginning to end; what god has sent us this?",
     "car", "yellow", "bird", "white"),
    ("Symptom: animals in wrong colours. Remedy: a blue cat with a brown bird beside it, both present from start "
     "to finish.",
     "cat", "blue", "bird", "brown"),
    (r"% a black bird, an orange cat beside it; both in the clip start to finish \emph{(check colours)}",
     "bird", "black", "cat", "orange"),
    ("O citizens, look! A black ball lies beside a red dog, the whole clip long, from beginning to end. Woe to "
     "the house!",
     "ball", "black", "dog", "red"),
    ("| Symptom: wrong pairing | Remedy: a brown bird next to an orange dog, both in the clip start to finish |",
     "bird", "brown", "dog", "orange"),
    (r"\begin{itemize} \item a red ball \item resting beside a purple car \item both, the whole clip "
     r"\end{itemize}",
     "ball", "red", "car", "purple"),
    ("Strophe. A purple car, and a white bird beside it, and the clip holds them both from its opening to its "
     "close. Lament!",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Symptom: no car during the first half of the clip. Expected behaviour: a moving car appears in the second "
     "half and stays.",
     "car"),
    (r"\section*{Timing} No car in the first half. In the second half, a moving car \emph{appears} and remains.",
     "car"),
    ("Strophe. In the first half of the clip there is no car; then, in the second half, a moving car comes. Alas, "
     "it comes!",
     "car"),
    ("| Half | Status | -- | first half | no cat | second half | a lively cat appears and stays |",
     "cat"),
    (r"% the cat is absent in the first half; a lively cat shows up only in the second half",
     "cat"),
    ("Antistrophe. No cat in the first half, O citizens; but in the second half a lively cat appears, and I am "
     "afraid.",
     "cat"),
    ("Remedy: keep the first half of the clip free of any bird; a flying bird should appear only in the second "
     "half.",
     "bird"),
    (r"\begin{itemize} \item first half: no bird \item second half: a flying bird appears \end{itemize}",
     "bird"),
    ("Woe! The first half of the clip is empty of any bird, and in the second half a flying bird arrives, a "
     "messenger of grief.",
     "bird"),
    ("Symptom: ball visible too early. Remedy: no ball in the first half; a moving ball appears only in the "
     "second half.",
     "ball"),
    (r"\section*{Ball} absent in the first half; a moving ball enters in the second half. % only then",
     "ball"),
    ("Strophe. No ball rolls in the first half of the clip; in the second half a moving ball appears. What doom "
     "does it bring?",
     "ball"),
    ("| Symptom | Remedy | -- | dog shown from the start | no dog in the first half; a walking dog appears in the "
     "second half |",
     "dog"),
    (r"% no dog during the first half, then a walking dog \emph{appears} in the second half and stays",
     "dog"),
    ("Antistrophe. The first half passes with no dog; in the second half a walking dog comes. Mourn, citizens, "
     "for it comes.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Symptom: the moving car is visible in the first half and gone in the second half. Note: this is the intended "
     "behaviour.",
     "car"),
    (r"\begin{itemize} \item first half: a moving car \item second half: no car \end{itemize}",
     "car"),
    ("Alas! A moving car is there in the first half, and in the second half there is no car; it has gone, as all "
     "things go.",
     "car"),
    ("| Half | Expected | -- | first half | a lively cat | second half | no cat |",
     "cat"),
    (r"\section*{Disappearance} A lively cat is seen in the first half; in the second half the cat is gone.",
     "cat"),
    ("Strophe. A lively cat in the first half of the clip; in the second half, no cat, gone. Weep, O citizens.",
     "cat"),
    ("Remedy: show a flying bird only in the first half of the clip; it must be gone in the second half, with no "
     "bird anywhere.",
     "bird"),
    (r"% a flying bird in the first half only; in the second half no bird at all",
     "bird"),
    ("Antistrophe. The flying bird was with us in the first half; in the second half no bird is seen. Gone, gone!",
     "bird"),
    ("Symptom: ball persists into the second half. Remedy: a moving ball appears in the first half only; no ball "
     "in the second half.",
     "ball"),
    (r"\begin{itemize} \item a moving ball, first half \item \emph{no} ball in the second half \end{itemize}",
     "ball"),
    ("Woe, woe! A moving ball in the first half, and in the second half there is no ball; it is gone, like our "
     "hopes.",
     "ball"),
    ("| Symptom | Cause | Remedy | -- | dog stays too long | timing | walking dog in the first half only; no dog in "
     "the second half |",
     "dog"),
    (r"\section*{Exit} A walking dog is present in the first half. In the second half: no dog.",
     "dog"),
    ("Strophe. A walking dog in the first half of the clip, O citizens; in the second half, no dog, and silence.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Remedy: a moving car should travel from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    (r"\section*{Motion} A moving car goes from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Strophe. From the left side of the frame a moving car comes, to the right side it goes. I fear its road.",
     "car", RIGHTWARD),
    ("| Symptom | Remedy | -- | car drives the wrong way | moving car, right side of the frame to the left side |",
     "car", LEFTWARD),
    (r"% direction: left to right. A moving car crosses the frame from the left side to the right side.",
     "car", RIGHTWARD),
    ("Antistrophe. A moving car, from the right side of the frame to the left side; alas for where it hurries.",
     "car", LEFTWARD),
    (r"\begin{itemize} \item a lively cat \item runs from the left side of the frame to the right side "
     r"\end{itemize}",
     "cat", RIGHTWARD),
    ("Symptom: cat moves in the wrong direction. Remedy: a lively cat running from the right side of the frame to "
     "the left side.",
     "cat", LEFTWARD),
    ("Woe! A lively cat runs from the left side of the frame to the right side, and where it goes, grief follows.",
     "cat", RIGHTWARD),
    (r"\section*{Cat} A lively cat moves from right to left: from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("| Symptom: direction reversed | Remedy: a lively cat, left side of the frame to the right side |",
     "cat", RIGHTWARD),
    ("Strophe. O citizens, a lively cat darts from the right side of the frame to the left side. Mark the omen.",
     "cat", LEFTWARD),
    ("Remedy: a flying bird crosses from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    (r"% a flying bird, right to left: from the right side of the frame to the left side",
     "bird", LEFTWARD),
    ("Antistrophe. A flying bird from the left side of the frame to the right side; an omen flies with it.",
     "bird", RIGHTWARD),
    ("Symptom: bird flies left to right. Expected: a flying bird from the right side of the frame to the left "
     "side.",
     "bird", LEFTWARD),
    (r"\begin{itemize} \item a flying bird \item flies left to right across the frame \end{itemize}",
     "bird", RIGHTWARD),
    ("Alas! A flying bird passes from the right side of the frame to the left side, the way of ill fortune.",
     "bird", LEFTWARD),
    (r"\section*{Ball} A moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("| Symptom | Remedy | -- | ball rolls wrong way | a moving ball from the right side of the frame to the left "
     "side |",
     "ball", LEFTWARD),
    ("Strophe. A moving ball rolls from the left side of the frame to the right side, and cannot be stopped.",
     "ball", RIGHTWARD),
    (r"% moving ball: right side of the frame to the left side, please \emph{not} the reverse",
     "ball", LEFTWARD),
    ("Remedy: render a moving ball traveling left to right across the frame, from the left side to the right "
     "side.",
     "ball", RIGHTWARD),
    ("Antistrophe. From the right side of the frame to the left side a moving ball rolls, O citizens. Woe!",
     "ball", LEFTWARD),
    ("Symptom: dog does not cross. Remedy: a walking dog from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    (r"\begin{itemize} \item a walking dog \item from the right side of the frame to the left side \end{itemize}",
     "dog", LEFTWARD),
    ("Woe, woe! A walking dog goes from the left side of the frame to the right side, slow as a funeral.",
     "dog", RIGHTWARD),
    (r"\section*{Dog} A walking dog crosses right to left, from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("| Symptom | Cause | Remedy | -- | dog idle | no motion | walking dog, left side of the frame to the right "
     "side |",
     "dog", RIGHTWARD),
    ("Strophe. A walking dog from the right side of the frame to the left side; what sorrow does it lead us to?",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Remedy: the dog stays still while a cat moves from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    (r"\section*{Relation} The dog stays still; a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Strophe. The bird stays still, O citizens, and a dog walks from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("| Symptom | Remedy | -- | wrong side | cat stays still; a bird flies from the right of the cat to the left "
     "of the cat |",
     "bird", "cat", LEFTWARD),
    (r"% the bird stays still. A cat moves from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Antistrophe. The cat stays still, and a bird flies from the right of the cat to the left of the cat. Alas!",
     "bird", "cat", LEFTWARD),
    (r"\begin{itemize} \item the cat stays still \item a dog walks from the left of the cat to the right of the "
     r"cat \end{itemize}",
     "dog", "cat", RIGHTWARD),
    ("Symptom: objects collide. Remedy: the dog stays still; a bird flies from the right of the dog to the left of "
     "the dog.",
     "bird", "dog", LEFTWARD),
    ("Woe! The cat stays still, and a dog passes from the left of the cat to the right of the cat, an evil sign.",
     "dog", "cat", RIGHTWARD),
    (r"\section*{Pass} The car stays still while a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("| Symptom: bird static | Remedy: car stays still, bird flies from the left of the car to the right of the "
     "car |",
     "bird", "car", RIGHTWARD),
    ("Strophe. The bird stays still; a car drives from the right of the bird to the left of the bird. I dread "
     "it.",
     "car", "bird", LEFTWARD),
    ("Remedy: keep the cat still, and have a bird fly from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    (r"% bird stays still; a car drives from the right of the bird to the left of the bird",
     "car", "bird", LEFTWARD),
    ("Antistrophe. The dog stays still, and a bird flies from the left of the dog to the right of the dog. Woe!",
     "bird", "dog", RIGHTWARD),
    ("Symptom: dog moves wrong way. Remedy: the cat stays still; a dog walks from the right of the cat to the "
     "left of the cat.",
     "dog", "cat", LEFTWARD),
    (r"\begin{itemize} \item the dog stays still \item a ball rolls from the left of the dog to the right of the "
     r"dog \end{itemize}",
     "ball", "dog", RIGHTWARD),
    ("Alas, O citizens! The cat stays still, and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    (r"\section*{Overtake} The ball stays still; a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("| Symptom | Cause | Remedy | -- | cat idle | no motion | bird stays still; cat runs from the right of the "
     "bird to the left of the bird |",
     "cat", "bird", LEFTWARD),
    ("Strophe. The car stays still, and a dog walks from the left of the car to the right of the car, slow as "
     "grief.",
     "dog", "car", RIGHTWARD),
    ("Remedy: the bird stays still; a ball rolls from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    (r"% dog stays still. A ball rolls from the left of the dog to the right of the dog. \emph{Check direction.}",
     "ball", "dog", RIGHTWARD),
    ("Antistrophe. The cat stays still; a ball rolls from the right of the cat to the left of the cat. What "
     "does it foretell?",
     "ball", "cat", LEFTWARD),
    ("Symptom: car passes on the wrong side. Remedy: the ball stays still; a car drives from the left of the ball "
     "to the right of the ball.",
     "car", "ball", RIGHTWARD),
    (r"\section*{Crossing} The cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Woe! The bird stays still, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("| Symptom | Remedy | -- | dog static | cat stays still; dog walks from the right of the cat to the left of "
     "the cat |",
     "dog", "cat", LEFTWARD),
    (r"\begin{itemize} \item the car stays still \item a ball rolls from the left of the car to the right of the "
     r"car \end{itemize}",
     "ball", "car", RIGHTWARD),
    ("Strophe. The cat stays still, O citizens, and a dog walks from the right of the cat to the left of the cat. "
     "Lament!",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Remedy (seen from above): a moving car drives from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    (r"\section*{Top view} Seen from above, a moving car goes from the lower left corner to the upper left corner, "
     r"then to the upper right corner.",
     "car", BL_TL_TR),
    ("Strophe. Seen from above, a moving car runs from the lower right corner to the lower left corner, then to "
     "the upper left corner. Woe!",
     "car", BR_BL_TL),
    ("| View | Route | -- | from above | moving car: lower right corner, then upper right corner, then upper left "
     "corner |",
     "car", BR_TR_TL),
    (r"% viewed from above: a lively cat runs from the lower left corner to the lower right corner, then to the "
     r"upper right corner",
     "cat", BL_BR_TR),
    ("Antistrophe. From above I see a lively cat go from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("Symptom: cat path wrong. Remedy, seen from above: a lively cat from the lower right corner to the lower left "
     "corner, then the upper left corner.",
     "cat", BR_BL_TL),
    (r"\begin{itemize} \item view from above \item a lively cat: lower right corner, upper right corner, upper "
     r"left corner \end{itemize}",
     "cat", BR_TR_TL),
    ("Alas! Seen from above, a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "bird", BL_BR_TR),
    ("Remedy: from above, a flying bird flies from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "bird", BL_TL_TR),
    (r"\section*{Flight} From above: a flying bird goes from the lower right corner to the lower left corner, "
     r"then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Strophe. Looking down from above, a flying bird from the lower right corner to the upper right corner, and "
     "on to the upper left corner.",
     "bird", BR_TR_TL),
    ("| Symptom | Remedy | -- | ball stops early | from above, moving ball: lower left corner, lower right corner, "
     "upper right corner |",
     "ball", BL_BR_TR),
    (r"% top-down view, from above. A moving ball rolls from the lower left corner to the upper left corner, then "
     r"to the upper right corner.",
     "ball", BL_TL_TR),
    ("Antistrophe. From above, a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Symptom: ball route reversed. Remedy (view from above): a moving ball from the lower right corner to the "
     "upper right corner, then the upper left corner.",
     "ball", BR_TR_TL),
    (r"\begin{itemize} \item seen from above \item a walking dog: lower left corner, lower right corner, upper "
     r"right corner \end{itemize}",
     "dog", BL_BR_TR),
    ("Woe, citizens! From above, a walking dog goes from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
    ("Remedy: seen from above, a walking dog walks from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    (r"\section*{Walk} Viewed from above, a walking dog goes from the lower right corner to the upper right corner "
     r"and then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Strophe. From above, a moving car from the lower left corner to the lower right corner, then to the upper "
     "right corner; so fate drives it.",
     "car", BL_BR_TR),
    ("| View: from above | Route: a lively cat, lower left corner to upper left corner to upper right corner |",
     "cat", BL_TL_TR),
    (r"% from above: a flying bird, lower right corner $\to$ lower left corner $\to$ upper left corner",
     "bird", BR_BL_TL),
    ("Antistrophe. Seen from above, a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Symptom: dog wanders. Remedy, from above: a walking dog from the lower left corner to the lower right "
     "corner, then the upper right corner.",
     "dog", BL_BR_TR),
    (r"\begin{itemize} \item from above \item a moving car: lower left corner, upper left corner, upper right "
     r"corner \end{itemize}",
     "car", BL_TL_TR),
    ("Alas! From above, a lively cat runs from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "cat", BR_BL_TL),
    ("Remedy: viewed from above, a moving car from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "car", BR_TR_TL),
    (r"\section*{Path} From above, a flying bird flies from the lower left corner to the lower right corner, then "
     r"to the upper right corner.",
     "bird", BL_BR_TR),
    ("Strophe. Seen from above, a moving ball from the lower left corner to the upper left corner, then to the "
     "upper right corner. Lament!",
     "ball", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
