"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a meditation app's narration ("Breathe in", "Notice", "let it go", "gently"), where the narrator, the
  listener and the listener's body are never in the video, and what the listener is asked to notice is
  exactly what the clip shows;
- a play script's stage directions ("[Lights up.]", "Enter", "Exit", "Beat."), where the actors, the
  stage, the audience and the curtain are never in the video: the clip is what the directions describe on
  a screen projected behind them, and "Enter" and "Exit" are only ever said of the clip's own objects
  coming into view and leaving it;
- a mermaid telling a tale under the sea ("up on the dry lands", "my sisters", "the surface"), where the
  mermaid, the sea and her sisters are never in the video, and the tale she tells of the dry lands is the
  clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "first breath", no act or scene numbers, no "once upon a
time", and the mermaid's sisters are never named there). No voice uses a colour word for its own props
(no coral, pearls or gold under the sea), no idiom hides a class noun or a side (the stage directions
never say "stage left" or "stage right", the narrator never says "right here" or "left behind"), "half"
is only said where a half of the clip is meant, and "still" is only ever said of a relation's second
object (the narrator never asks for stillness). A relation names its second object at both ends and
says that object stays still; a route names its corners "lower" and "upper", now and then "bottom" and
"top", is always seen from above, and never says "Lights up", "upstage" or "downstage" or that the
mermaid rose. It takes LVD's attribution pairs 40-69 and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 163/180 on 0792a44 (numeracy 23, visibility 27, sequential 26, attribution, dynamic_one,
dynamic_two 29); 178/180 after the fixes of its own commit ("over the dry lands" is the countryside, never the verb
"lands"; "from the start of the picture to its end" is the whole clip, and a picture that holds the things, "in it
three cars", "the picture kept it", is no thing; bracketed stage directions are sentences, no pasted list, with
"Lights up." naming nothing and "enter a ball", "exit the cat" the ball entering and the cat exiting; a projection
that "comes on:" shows what follows; "On the screen a bird flies" ends the screen where the bird starts). Left: "the
tale I tell shows them" draws the tale, and "Sisters, from the surface I watched a car drive ..." gives the car no
way.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Breathe in, and notice one moving car, there from the start of the clip to its end. Nothing else is there. "
     "Breathe out, and let your attention rest on it.",
     "car", 1),
    ("[Lights up. Projected: two moving cars, in view from start to finish, and nothing else.] Beat.",
     "car", 2),
    ("Hear my tale. Up on the dry lands there is a picture, and in it three moving cars, there from its beginning to "
     "its end, and nothing else at all.",
     "car", 3),
    ("Gently, notice four moving cars, each in view from the start of the clip to its end. Nothing else. Let every "
     "other thought go.",
     "car", 4),
    ("[The projection shows one lively cat from the start of the clip to its end. Nothing else is projected.]",
     "cat", 1),
    ("Far above the surface, on the dry lands, are two lively cats, and the tale I tell shows them from its start to "
     "its end with nothing else beside them.",
     "cat", 2),
    ("Breathe in. Notice three lively cats, present the whole way through the clip, and nothing else. Breathe out.",
     "cat", 3),
    ("[Lights up on the projection: four lively cats, on screen from start to finish.] Beat. [Nothing else appears. "
     "Lights down.]",
     "cat", 4),
    ("When I swam close to the surface, I saw one flying bird, and the picture kept it from its start to its end, "
     "with nothing else in it.",
     "bird", 1),
    ("Let your gaze soften, and notice two flying birds, there from the beginning of the clip to its end, with "
     "nothing else around them.",
     "bird", 2),
    ("[Projected behind the scene: three flying birds, in view from start to finish. Nothing else is shown.]",
     "bird", 3),
    ("Listen, and I will tell of the dry lands: four flying birds, seen from the start of the picture to its end, and "
     "nothing else at all.",
     "bird", 4),
    ("Notice, gently, one moving ball, in view for the whole clip. Nothing else is there. Let everything else go.",
     "ball", 1),
    ("[Lights up. The screen holds two moving balls from start to finish, and nothing else.] Beat.",
     "ball", 2),
    ("In the tale I carry down from the surface, three moving balls are in view from beginning to end, and nothing "
     "else is.",
     "ball", 3),
    ("Breathe in and notice four moving balls, each in view from start to finish, and nothing else. Breathe out, and "
     "let them be.",
     "ball", 4),
    ("[A projection comes on: one walking dog, there from the start of the clip to its end, and nothing else.]",
     "dog", 1),
    ("Two walking dogs, I tell you, up on the dry lands, and in the picture they stay from the start to the end with "
     "nothing else beside them.",
     "dog", 2),
    ("Notice three walking dogs, present from the start of the clip to its end. Nothing else. Let your breath be slow "
     "and easy.",
     "dog", 3),
    ("[Projected: four walking dogs, on screen from start to finish, and nothing else.] [Lights fade.]",
     "dog", 4),
    ("Up on the dry lands, far from the surface, four moving cars are there from beginning to end in my tale, and "
     "nothing more.",
     "car", 4),
    ("Gently now. Two lively cats, in view for the whole clip, and nothing else to notice.",
     "cat", 2),
    ("[Lights up. Projected from the start of the clip to its end: one flying bird, and nothing else.] Beat.",
     "bird", 1),
    ("My tale is short tonight: two moving balls up on the dry lands, in view from start to finish, and nothing else.",
     "ball", 2),
    ("As you breathe out, notice one walking dog, there from the beginning of the clip to its end, and nothing else.",
     "dog", 1),
    ("[Silence. On the projection, three moving cars, there from start to finish; nothing else is seen.]",
     "car", 3),
    ("Three lively cats on the dry lands, far from the surface; in my tale they stay from beginning to end, and "
     "nothing else is in it.",
     "cat", 3),
    ("Notice four flying birds, in view from start to finish, and nothing else. Let each thought drift past.",
     "bird", 4),
    ("[Lights up on the projection.] Three moving balls, in view from start to finish; nothing else.",
     "ball", 3),
    ("I saw them from the surface: four walking dogs on the dry lands, there from the start of the picture to its "
     "end, and nothing else.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Breathe in, and notice a green dog beside a blue car, both there from start to finish. Breathe out.",
     "dog", "green", "car", "blue"),
    ("[Lights up. Projected: a black cat sits beside a brown ball, both in view throughout.] Beat.",
     "cat", "black", "ball", "brown"),
    ("Up on the dry lands, my sisters, there is a purple car, and beside it a red cat, and both stay from the start "
     "of my tale to its end.",
     "car", "purple", "cat", "red"),
    ("Gently notice a gray dog next to a brown cat, both present for the whole clip. Let the rest go.",
     "dog", "gray", "cat", "brown"),
    ("[The screen shows a black car with a brown dog beside it, both in view from start to finish.]",
     "car", "black", "dog", "brown"),
    ("When I reached the surface I saw a yellow ball lying by a pink dog, the pair of them in view from beginning to "
     "end.",
     "ball", "yellow", "dog", "pink"),
    ("Notice a gray cat and, beside it, a white dog, both in view throughout. There is nothing to do; simply notice.",
     "cat", "gray", "dog", "white"),
    ("[Lights up. On the projection, a yellow dog beside an orange car; both stay in view to the end.] Beat.",
     "dog", "yellow", "car", "orange"),
    ("My sisters will not believe me: on the dry lands a black bird sat beside a brown cat, and both stayed from "
     "start to finish.",
     "bird", "black", "cat", "brown"),
    ("Breathe in. A white ball rests next to a red car, both in view from start to finish. Breathe out, and let it "
     "be.",
     "ball", "white", "car", "red"),
    ("[Projected behind the actors: a white ball beside a black cat, both seen from start to finish.]",
     "ball", "white", "cat", "black"),
    ("Past the surface, on the dry lands, a yellow cat lay beside a pink ball, and both stayed in the picture to the "
     "end.",
     "cat", "yellow", "ball", "pink"),
    ("Notice a black car with an orange bird beside it, both present for the whole clip, and gently let your thoughts "
     "settle.",
     "car", "black", "bird", "orange"),
    ("[Lights up. The screen: an orange ball beside a brown car, both in view throughout.] Beat. [Lights down.]",
     "ball", "orange", "car", "brown"),
    ("Sisters, listen: a gray bird and a green cat sat side by side on the dry lands, both seen from start to finish.",
     "bird", "gray", "cat", "green"),
    ("Where does your attention go? To a blue car, and next to it a red cat, both in view the whole clip.",
     "car", "blue", "cat", "red"),
    ("[A projection: a white ball lies beside a black car, and both remain from start to finish.] Beat.",
     "ball", "white", "car", "black"),
    ("Above the surface I once saw a green bird next to a white ball, and both stayed in sight from beginning to end.",
     "bird", "green", "ball", "white"),
    ("Breathe in, and notice a blue ball with a yellow dog beside it, both there from start to finish.",
     "ball", "blue", "dog", "yellow"),
    ("[On the screen: a yellow bird beside a blue ball, both in view throughout the clip.] [Lights fade.]",
     "bird", "yellow", "ball", "blue"),
    ("On the dry lands there was a brown bird beside a black ball, both in view for the whole tale; my sisters "
     "laughed when I told it.",
     "bird", "brown", "ball", "black"),
    ("Notice a brown bird next to a blue cat, both present from start to finish. Let any judgment go, gently.",
     "bird", "brown", "cat", "blue"),
    ("[Projected: a blue bird and, beside it, a red car, both seen from start to finish.] Beat.",
     "bird", "blue", "car", "red"),
    ("Up on the dry lands lies a purple ball, and beside it sits a pink cat; both stay from start to finish, or so I "
     "tell it.",
     "ball", "purple", "cat", "pink"),
    ("Breathe out, and notice a yellow dog with a red cat at its side, both in view throughout.",
     "dog", "yellow", "cat", "red"),
    ("[The screen shows a green bird beside a yellow dog, both in view from start to finish.]",
     "bird", "green", "dog", "yellow"),
    ("When I swam near the surface, there on the dry lands was a gray car with a red cat beside it, both there to the "
     "end.",
     "car", "gray", "cat", "red"),
    ("Gently notice a red bird and a black cat, side by side, both in view for the whole clip.",
     "bird", "red", "cat", "black"),
    ("[Lights up. Projected: a white bird beside an orange cat, and both remain from start to finish.] Beat.",
     "bird", "white", "cat", "orange"),
    ("My last tale of the dry lands: a green bird beside a black ball, both in sight from the beginning to the end.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("For the first half of the clip, notice that there is no car. In the second half, a moving car appears and stays "
     "to the end. Simply notice it arrive.",
     "car"),
    ("[Lights up. For the first half the projection shows no car.] Beat. [In the second half, enter a moving car, "
     "which stays until the end.]",
     "car"),
    ("Up on the dry lands there was no car, sisters, not for the whole first half; then in the second half a moving "
     "car appeared, and it stayed to the end.",
     "car"),
    ("[First half: no cat on the screen.] [Second half: a lively cat appears and stays to the end.]",
     "cat"),
    ("In the first half of my tale there is no cat on the dry lands; in the second half a lively cat appears and "
     "stays until the end.",
     "cat"),
    ("Breathe in through the first half, where there is no cat. In the second half a lively cat appears; notice it, "
     "and let it stay to the end.",
     "cat"),
    ("From the surface I watched: no bird for the first half, and then in the second half a flying bird appeared and "
     "stayed to the end.",
     "bird"),
    ("Notice the first half: no bird. Then, gently, in the second half a flying bird appears and remains until the "
     "end.",
     "bird"),
    ("[The projection begins with no bird for the first half.] Beat. [Enter, in the second half, a flying bird; it "
     "stays until the end.]",
     "bird"),
    ("There is no ball in the first half. Breathe. In the second half a moving ball appears, and it stays to the end.",
     "ball"),
    ("[Screen, first half: no ball.] [Screen, second half: enter a moving ball, remaining until the end.]",
     "ball"),
    ("No ball at all in the first half, up on the dry lands; then, in the second half, a moving ball appeared and "
     "stayed until the end.",
     "ball"),
    ("[Lights up on an empty projection: no dog in the first half.] [In the second half a walking dog enters and "
     "stays to the end.] Beat.",
     "dog"),
    ("My sisters asked where the dog was. In the first half there was no dog; in the second half a walking dog "
     "appeared and stayed to the end.",
     "dog"),
    ("In the first half, notice no dog at all. In the second half a walking dog appears. Let it stay, gently, until "
     "the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("[A moving car on the screen in the first half.] Beat. [Exit the car: in the second half there is no car.]",
     "car"),
    ("Notice a moving car in the first half. In the second half, let it go: there is no car at all.",
     "car"),
    ("In the first half a moving car was there on the dry lands; in the second half it was gone, and no car remained.",
     "car"),
    ("A lively cat is there in the first half. Breathe out; in the second half there is no cat.",
     "cat"),
    ("Sisters, a lively cat played on the dry lands in the first half, but in the second half there was no cat to be "
     "seen.",
     "cat"),
    ("[First half: a lively cat on the projection.] [Second half: exit the cat. No cat remains.]",
     "cat"),
    ("A flying bird was above the dry lands in the first half; in the second half there was no bird, though I looked "
     "and looked.",
     "bird"),
    ("[Lights up. A flying bird on the screen for the first half.] [Second half: exit the bird; no bird remains.] "
     "Beat.",
     "bird"),
    ("Notice a flying bird in the first half. Then let it go: in the second half there is no bird.",
     "bird"),
    ("[Projected in the first half: a moving ball.] Beat. [In the second half, no ball.]",
     "ball"),
    ("Breathe in and notice a moving ball in the first half. Breathe out; in the second half, there is no ball.",
     "ball"),
    ("On the dry lands a moving ball was there in the first half, and in the second half there was no ball anywhere.",
     "ball"),
    ("In the first half of my tale a walking dog is on the dry lands; in the second half no dog is there at all.",
     "dog"),
    ("Gently notice a walking dog in the first half, and in the second half, no dog. Let it go.",
     "dog"),
    ("[The projection shows a walking dog in the first half.] [Exit the dog. Second half: no dog.] [Lights down.]",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Breathe in, and notice a moving car as it drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("[Projected: a moving car drives from the right side of the screen to the left side.] Beat.",
     "car", LEFTWARD),
    ("Up on the dry lands I saw a moving car go from the left side of the picture all the way to the right side.",
     "car", RIGHTWARD),
    ("Notice a moving car crossing from the right side of the frame to the left side. Let it pass, gently.",
     "car", LEFTWARD),
    ("[Lights up. A moving car crosses the projection from the left side to the right side.]",
     "car", RIGHTWARD),
    ("Sisters, from the surface I watched a moving car drive from the right side of the picture to the left side.",
     "car", LEFTWARD),
    ("[On the screen a lively cat runs from the left side to the right side.] Beat.",
     "cat", RIGHTWARD),
    ("A lively cat, on the dry lands, ran from the right side of the picture to the left side; my sisters never "
     "believe this part.",
     "cat", LEFTWARD),
    ("Notice a lively cat running from the left side of the frame to the right side. Let your breath keep its pace.",
     "cat", RIGHTWARD),
    ("[Lights up. A lively cat runs across the projection, from the right side to the left side.]",
     "cat", LEFTWARD),
    ("Then, in my tale, a lively cat runs from the left side of the picture to the right side, quick as a current.",
     "cat", RIGHTWARD),
    ("Can you notice where the lively cat begins? On the right side of the frame. And where it ends, gently? On the "
     "left side.",
     "cat", LEFTWARD),
    ("Above the surface a flying bird flew from the left side of the picture to the right side, and I followed it "
     "with my eyes.",
     "bird", RIGHTWARD),
    ("Notice a flying bird flying from the right side of the frame to the left side, and let it go.",
     "bird", LEFTWARD),
    ("[Projected: a flying bird flies from the left side of the screen to the right side.] Beat.",
     "bird", RIGHTWARD),
    ("From the right side of the picture to the left side a flying bird flew, high over the dry lands.",
     "bird", LEFTWARD),
    ("Gently, a flying bird crosses the frame from the left side to the right side. Notice its wings.",
     "bird", RIGHTWARD),
    ("[A flying bird crosses the projection from the right side to the left side.] [Lights fade.]",
     "bird", LEFTWARD),
    ("Breathe in, and watch a moving ball roll from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("[Lights up. A moving ball rolls from the right side of the screen to the left side.] Beat.",
     "ball", LEFTWARD),
    ("On the dry lands a moving ball rolled from the left side of the picture to the right side, and nothing stopped "
     "it.",
     "ball", RIGHTWARD),
    ("Notice a moving ball rolling from the right side of the frame to the left side. Breathe out.",
     "ball", LEFTWARD),
    ("[Beat. Then, on the screen, a moving ball sets off on the left side and rolls until it reaches the right side.]",
     "ball", RIGHTWARD),
    ("Sisters, a moving ball went rolling from the right side of the picture to the left side, all on its own.",
     "ball", LEFTWARD),
    ("[On the screen a walking dog walks from the left side to the right side.] Beat.",
     "dog", RIGHTWARD),
    ("Up on the dry lands a walking dog walked from the right side of the picture to the left side, slow as the tide.",
     "dog", LEFTWARD),
    ("Notice a walking dog walking from the left side of the frame to the right side. Let your breath match its "
     "steps.",
     "dog", RIGHTWARD),
    ("[Lights up. A walking dog crosses the projection from the right side to the left side.]",
     "dog", LEFTWARD),
    ("Shall I tell you of the walking dog? It set out on the left side of the picture, sisters, and walked and walked "
     "until it reached the right side.",
     "dog", RIGHTWARD),
    ("Breathe out, and notice a walking dog walking from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Notice the ball, staying still, and a bird flying from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("[Projected: the ball stays still while a bird flies from the right of the ball to the left of the ball.]",
     "bird", "ball", LEFTWARD),
    ("On the dry lands the dog stayed still, and a bird flew from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Breathe in. The car stays still. A bird flies from the right of the car to the left of the car. Breathe out.",
     "bird", "car", LEFTWARD),
    ("[Lights up. On the screen the cat stays still; a car drives from the left of the cat to the right of the cat.] "
     "Beat.",
     "car", "cat", RIGHTWARD),
    ("Sisters, a dog walked from the right of the ball to the left of the ball, and the ball stayed still the whole "
     "time.",
     "dog", "ball", LEFTWARD),
    ("Notice a cat running from the left of the ball to the right of the ball, while the ball stays still.",
     "cat", "ball", RIGHTWARD),
    ("[The ball stays still on the projection. A dog walks from the right of the ball to the left of the ball.]",
     "dog", "ball", LEFTWARD),
    ("Up on the dry lands the bird stayed still while a cat ran from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Gently notice the car, which stays still, and a dog walking from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("[Projected: a bird flies from the left of the ball to the right of the ball. The ball stays still.] Beat.",
     "bird", "ball", RIGHTWARD),
    ("From the surface I watched: the ball stayed still, and a bird flew from the right of the ball to the left of "
     "the ball.",
     "bird", "ball", LEFTWARD),
    ("The ball stays still. Breathe in as a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("[Lights up. The dog stays still while a bird flies from the right of the dog to the left of the dog.]",
     "bird", "dog", LEFTWARD),
    ("On the dry lands the car stayed still, and a dog walked from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Notice a bird flying from the right of the ball to the left of the ball; the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("[On the screen a dog walks from the left of the cat to the right of the cat, and the cat stays still.] Beat.",
     "dog", "cat", RIGHTWARD),
    ("What did the car do, sisters? Nothing; the car stayed still. It was a dog that moved, walking from the right of "
     "the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Let your attention settle on the dog, which stays still. Now a cat runs past it, from the left of the dog to "
     "the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("[Projected: the ball stays still; a cat runs from the right of the ball to the left of the ball.]",
     "cat", "ball", LEFTWARD),
    ("Past the surface, a cat ran from the left of the dog to the right of the dog, and the dog stayed still.",
     "cat", "dog", RIGHTWARD),
    ("Notice the dog staying still, and a ball rolling from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("[Lights up. The bird stays still. A dog walks from the left of the bird to the right of the bird.] Beat.",
     "dog", "bird", RIGHTWARD),
    ("On the dry lands the cat stayed still while a bird flew from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Gently, the bird stays still, and a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("[On the screen a bird flies from the right of the cat to the left of the cat while the cat stays still.]",
     "bird", "cat", LEFTWARD),
    ("My sisters love this tale: the cat stayed still, and a dog walked from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Notice a bird flying from the right of the dog to the left of the dog, and the dog staying still.",
     "bird", "dog", LEFTWARD),
    ("[Projected: the cat stays still; a dog walks from the left of the cat to the right of the cat.] [Lights fade.]",
     "dog", "cat", RIGHTWARD),
    ("Last, sisters: the car stayed still, and a bird flew from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Picture the scene from above, and notice a moving car driving from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("[Projected, seen from directly above: a moving car drives from the lower left corner to the upper left corner, "
     "then to the upper right corner.]",
     "car", BL_TL_TR),
    ("Seen from high above the dry lands, a moving car drove from the lower right corner to the lower left corner, "
     "and then to the upper left corner.",
     "car", BR_BL_TL),
    ("From a top-down view, notice a moving car going from the lower right corner to the upper right corner, then on "
     "to the upper left corner.",
     "car", BR_TR_TL),
    ("[A top-down view on the screen: a lively cat runs from the lower left corner to the lower right corner, then to "
     "the upper right corner.]",
     "cat", BL_BR_TR),
    ("As if I looked down from above, sisters: a lively cat ran from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Breathe in, and see from above a lively cat running from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("[Projected from above: a lively cat runs from the lower right corner to the upper right corner, and then to the "
     "upper left corner.] Beat.",
     "cat", BR_TR_TL),
    ("Seen from above, a flying bird flew over the dry lands from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Notice, from a view straight above, a flying bird flying from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("[Top-down projection: a flying bird flies from the lower right corner to the lower left corner, then to the "
     "upper left corner.]",
     "bird", BR_BL_TL),
    ("Looking down on the dry lands from above, I saw a flying bird go from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Gently, from above, notice a moving ball rolling from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("[Seen from above on the screen: a moving ball rolls from the lower left corner to the upper left corner, then "
     "to the upper right corner.] Beat.",
     "ball", BL_TL_TR),
    ("On the dry lands, seen from high above, a moving ball rolled from the lower right corner to the lower left "
     "corner, and on to the upper left corner.",
     "ball", BR_BL_TL),
    ("Imagine looking down from above. A moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Breathe.",
     "ball", BR_TR_TL),
    ("[Projected, top-down: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner.]",
     "dog", BL_BR_TR),
    ("From above, sisters, a walking dog walked from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "dog", BL_TL_TR),
    ("Notice, seen from above, a walking dog walking from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("[A top-down view: a walking dog walks from the lower right corner to the upper right corner, then to the upper "
     "left corner.] Beat.",
     "dog", BR_TR_TL),
    ("Seen from directly above, a moving car drove across the dry lands from the bottom left corner to the bottom "
     "right corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("Breathe out, and from above notice a lively cat running from the bottom left corner to the top left corner, "
     "then to the top right corner.",
     "cat", BL_TL_TR),
    ("[Projected from above: a flying bird flies from the bottom right corner to the bottom left corner, then to the "
     "top left corner.]",
     "bird", BR_BL_TL),
    ("My sisters never tire of this: looking down from high above, I saw a moving ball roll from the lower right "
     "corner to the upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("From a top-down view, gently notice a walking dog walking from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("[The projection shows the scene from directly above.] A moving car drives from the lower left corner to the "
     "upper left corner. Beat. It goes on to the upper right corner.",
     "car", BL_TL_TR),
    ("From above the dry lands, a lively cat ran from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Notice, as if from above, a flying bird flying from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "bird", BR_TR_TL),
    ("[Seen from directly above: a moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.]",
     "ball", BL_BR_TR),
    ("Would you hear the route, sisters? Seen from high above, a walking dog walked from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
