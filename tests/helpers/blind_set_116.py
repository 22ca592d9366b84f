"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a park ranger leading a guided walk ("everyone", "keep your voices low", "leave no trace", "hikers"),
  where the ranger, the walkers, the trail, the binoculars and the lookout are never in the video, and
  the sight the ranger stops the group for is the clip;
- a hostage negotiator on a bullhorn ("This is Detective Ortiz", "Listen to me", "Nobody has to get
  hurt", "Talk to me"), where the negotiator, the bullhorn and the one being talked down are never in the
  video, and what the negotiator says is out there is exactly what the clip shows;
- a breathy perfume-commercial voice-over (fragments trailing off in "...", a mood word or two, then the
  scent's name: "Sillage", "Lumière", "Éternité", "Mystère"), where the bottle, the model and the scent
  are never in the video, and the clip is the commercial's picture.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
trail, binoculars, bullhorn or bottle beside the count; the perfume is only ever its bare name there) and
put no other number word beside it (no "first", no "no one", no "a couple of"). No voice gives its own
props a colour (the scents are never named for a colour), no idiom hides a class noun or a side (the
negotiator never says "all right" or "right now", the ranger never says "what's left" or "to your
left"), "half" is only said of the clip's halves, "upper", "lower" and "corner" (now and then "bottom"
and "top") only of a route, and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 10-39 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 178/180 on 1e49ca2 (dynamic_one 28, the rest 30), and the same 178/180 on 873590d, after every
fix of the session before for sets 111, 114, 117 and 118 and its known misreadings (none carried over): held back in
UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a sentence that is only a route, paused on
with an ellipsis, "From A to B... a moving car.", heads the thing told after it as a colon does).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Okay, everyone, gather in close and keep your voices low. Out there: one moving car, in view from the start of "
     "the clip to its end, and nothing else to see.",
     "car", 1),
    ("This is Detective Ortiz. Listen to me. I see two moving cars, from the beginning of the clip to its end, and "
     "nothing else. Nobody needs to get hurt.",
     "car", 2),
    ("Three moving cars... from the very beginning to the very end. Nothing else. Only desire. Sillage.", "car", 3),
    ("See those? Four moving cars, and they stay in view for the whole clip. Nothing else out there today, everyone, "
     "so take a good look.",
     "car", 4),
    ("Here's what I've got, and I'm being straight with you: one lively cat, in view the whole clip, nothing else. "
     "Talk to me.",
     "cat", 1),
    ("Two lively cats. From beginning to end. Nothing else. Untamed... Éternité.", "cat", 2),
    ("Quiet steps now. What have we got? Three lively cats (I counted, believe me), on view from the start of the "
     "clip to its end, and nothing else in it.",
     "cat", 3),
    ("Out there, from start to finish, are four lively cats, and nothing else at all. I repeat: four lively cats, "
     "nothing else. Stay calm.",
     "cat", 4),
    ("One flying bird. From the opening of the clip to its close. Nothing else. Breathe... Lumière.", "bird", 1),
    ("Eyes up, everyone: two flying birds, in view from the beginning of the clip to the end, and nothing else. Keep "
     "your voices down so they stay.",
     "bird", 2),
    ("I need you to hear this. Three flying birds, and nothing else, in view the whole clip. That's all I'm asking "
     "you to see.",
     "bird", 3),
    ("Is it freedom? Is it desire? Four flying birds... in view, start to finish... and nothing else. Sillage.",
     "bird", 4),
    ("Well, would you look at that: one moving ball, in view from start to finish, and nothing else around. Not "
     "native, I promise.",
     "ball", 1),
    ("Work with me here. Two moving balls, in view from start to finish. Nothing else. We do this slow, we do this "
     "together.",
     "ball", 2),
    ("Sensual. Weightless. Yours: three moving balls, from beginning to end, and nothing else... Éternité.", "ball", 3),
    ("Pause here, everyone, and don't ask me how they got out here: four moving balls, in view for the whole clip, "
     "and nothing else to look at.",
     "ball", 4),
    ("Let's keep this simple. One walking dog, from the start of the clip to the end, and nothing else. You're doing "
     "great. Stay with me.",
     "dog", 1),
    ("Two walking dogs... in view from start to finish... nothing else. Loyalty, bottled. Lumière.", "dog", 2),
    ("Keep it quiet, please: three walking dogs, there from the opening of the clip to its close, and nothing else. "
     "Leashed, I hope.",
     "dog", 3),
    ("Can you hear me? Good. Here's the situation: four walking dogs, in view the entire clip, and nothing else. I'm "
     "not going to lie to you about that.",
     "dog", 4),
    ("Two moving cars. The whole clip through. Nothing else. Speed... and desire. Sillage.", "car", 2),
    ("Shh, everyone. One lively cat, visible from beginning to end, and nothing else. Don't make any sudden moves.",
     "cat", 1),
    ("You hear me? Four flying birds, in view from start to finish, and nothing else out there. Nobody's tricking you.",
     "bird", 4),
    ("One moving ball. Start to finish. Nothing else... Play. Seduce. Lumière.", "ball", 1),
    ("Gather round, everyone: two walking dogs, from the start of the clip to the end, and nothing else. Good dogs, "
     "aren't they?",
     "dog", 2),
    ("Listen carefully. One moving car, in view from start to finish, nothing else. I'm telling you what I see.",
     "car", 1),
    ("Four lively cats. From beginning to end. Nothing else. Wild... and yours. Éternité.", "cat", 4),
    ("If we're lucky... yes, there it is: one flying bird, in view the whole clip, and nothing else. Hold your "
     "breath, everyone.",
     "bird", 1),
    ("Easy now. Four moving balls, from the start of the clip to the end, and nothing else. I'm here with you.",
     "ball", 4),
    ("Three walking dogs... from the opening of the clip to its close... and nothing else. Devotion. Sillage.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Okay, everyone, over here: a yellow ball lying next to a pink dog, both in view from start to finish. Not your "
     "usual wildlife, I'll admit.",
     "ball", "yellow", "dog", "pink"),
    ("This is Detective Ortiz. I can see a pink bird beside a gray ball, and they're both there the whole clip. "
     "Nobody moves, nobody gets hurt.",
     "bird", "pink", "ball", "gray"),
    ("Mystère. For those who dare... a gray dog, and beside it a purple car, from beginning to end.",
     "dog", "gray", "car", "purple"),
    ("Look closely, hikers: a green cat sitting by a purple ball, both in view for the whole clip. And leave no "
     "trace, please.",
     "cat", "green", "ball", "purple"),
    ("Listen to me. There's a green dog, and next to it a gray ball. Both in view, start to finish. I'm not going "
     "anywhere.",
     "dog", "green", "ball", "gray"),
    ("A yellow ball... a pink bird at its side... the whole clip through. Sweet. Forbidden. Lumière.",
     "ball", "yellow", "bird", "pink"),
    ("A pink cat and a yellow dog, side by side from the start of the clip to the end. In all my years on this trail, "
     "everyone, never have I seen the like.",
     "cat", "pink", "dog", "yellow"),
    ("Here's what we see from out here: a brown car, a yellow ball beside it, both there from start to finish. Let's "
     "talk.",
     "car", "brown", "ball", "yellow"),
    ("Brown car. White dog beside it. Start to finish. Nothing is forever... except Éternité.",
     "car", "brown", "dog", "white"),
    ("Stay on the trail, everyone. Ahead of us, an orange dog beside a brown car, both in view the whole clip.",
     "dog", "orange", "car", "brown"),
    ("I hear you, I do. Now look: a brown ball with an orange cat beside it, both in view from start to finish.",
     "ball", "brown", "cat", "orange"),
    ("A gray dog... an orange ball by its side... from the opening of the clip to its close. Warmth. Sillage.",
     "dog", "gray", "ball", "orange"),
    ("Who can tell me what this is? A yellow ball, and beside it an orange cat, both there from beginning to end. "
     "Trick question: not a native species.",
     "ball", "yellow", "cat", "orange"),
    ("Nobody has to get hurt today. A purple dog sits beside a brown car, both in view the entire clip. Stay calm.",
     "dog", "purple", "car", "brown"),
    ("Cool. Untouchable. A gray dog and a blue car, side by side, start to finish. Mystère.",
     "dog", "gray", "car", "blue"),
    ("Binoculars out, everyone: a white car with an orange bird perched beside it, both in view from start to finish.",
     "car", "white", "bird", "orange"),
    ("You're doing fine. What I see is a brown car and a blue bird next to it, from the beginning of the clip to the "
     "end.",
     "car", "brown", "bird", "blue"),
    ("A blue car... a yellow cat beside it... the whole clip long. Curious? Lumière.", "car", "blue", "cat", "yellow"),
    ("Quiet now, please. A gray cat and a yellow bird beside it, both in view from start to finish. And nobody feed "
     "them.",
     "cat", "gray", "bird", "yellow"),
    ("What do I see? I see a white dog next to a black car, in view from start to finish. That's all that's out "
     "there. Work with me.",
     "dog", "white", "car", "black"),
    ("A red car. A brown bird beside it. From beginning to end... Passion. Éternité.", "car", "red", "bird", "brown"),
    ("Eyes ahead, everyone: a purple cat beside a green car, both there for the whole clip. Strange things turn up on "
     "this trail.",
     "cat", "purple", "car", "green"),
    ("Talk to me. I'm looking at a gray car and an orange dog beside it, both in view from start to finish.",
     "car", "gray", "dog", "orange"),
    ("Red cat... gray dog at her side... start to finish. Dangerous. Sillage.", "cat", "red", "dog", "gray"),
    ("And here, at our last stop on the walk (watch the roots, everyone), a red dog beside a gray car, both in view "
     "from beginning to end.",
     "dog", "red", "car", "gray"),
    ("Listen. A purple dog beside a yellow car, both in view the whole clip. We can end this calmly.",
     "dog", "purple", "car", "yellow"),
    ("Play with me... a red cat, a gray ball beside her, from the opening of the clip to its close. Mystère.",
     "cat", "red", "ball", "gray"),
    ("Keep your voices low: a brown cat and a blue dog beside it, in view from start to finish. Remarkable, really.",
     "cat", "brown", "dog", "blue"),
    ("This is Ortiz again. A white dog with a red cat beside it, both there from start to finish. I'm listening.",
     "dog", "white", "cat", "red"),
    ("A yellow bird... an orange car beside it... start to finish. Sunlight, bottled. Lumière.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Nothing in the first half, everyone? Not a car in sight. But keep watching: in the second half a moving car "
     "appears, and it stays to the end.",
     "car"),
    ("Here's how this goes, okay? First half: no car. Second half: a moving car appears and stays until the end. "
     "Nobody panics.",
     "car"),
    ("In the first half... nothing. No car. Then, in the second half... a moving car appears, and stays until the "
     "very end. Desire arrives. Sillage.",
     "car"),
    ("I'm telling you what I see. No cat in the first half. In the second half a lively cat appears, and it stays to "
     "the end.",
     "cat"),
    ("The first half: empty. No cat. Then, the second half... a lively cat appears, and lingers until the end. "
     "Mystère.",
     "cat"),
    ("Patience pays off on a walk like this. In the first half, no cat; in the second half, sure enough, a lively cat "
     "appears and sticks around to the end. Told you, everyone.",
     "cat"),
    ("No bird in the first half. Only longing. Then, in the second half, a flying bird appears... and stays to the "
     "end. Lumière.",
     "bird"),
    ("Eyes up, everyone. No bird in the first half, then in the second half a flying bird appears and stays until the "
     "end of the clip.",
     "bird"),
    ("Listen. No bird during the first half. In the second half a flying bird appears and stays till the end. That's "
     "the deal.",
     "bird"),
    ("No ball in the first half of the clip, hikers. In the second half a moving ball appears, and it stays to the "
     "end. Somebody lost it, I'd guess.",
     "ball"),
    ("Stay with me now. There's no ball in the first half; in the second half a moving ball appears and it stays "
     "until the end.",
     "ball"),
    ("The first half... no ball. The second half... a moving ball appears, and remains to the end. Play, reborn. "
     "Éternité.",
     "ball"),
    ("Here's what's going to happen. No dog in the first half. A walking dog appears in the second half and stays to "
     "the end.",
     "dog"),
    ("In the first half, no dog. In the second half... a walking dog appears, and stays to the end. Loyalty. Sillage.",
     "dog"),
    ("Wait for it, everyone: the first half has no dog, and then in the second half a walking dog appears and stays "
     "until the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half. In the second half... gone. No car. Only the memory. Mystère.", "car"),
    ("See that moving car in the first half, everyone? Enjoy it, because in the second half it's gone, and there's no "
     "car at all.",
     "car"),
    ("I saw a moving car in the first half. In the second half there's no car. Help me understand where it went.",
     "car"),
    ("A lively cat in the first half, everyone, and in the second half, gone. No cat anywhere. They're shy like that.",
     "cat"),
    ("Listen to me: a lively cat in the first half, and in the second half no cat. It's gone. Nobody's blaming you.",
     "cat"),
    ("A lively cat, in the first half... and in the second half, no cat. Vanished. Like a whisper. Lumière.", "cat"),
    ("This is Ortiz. A flying bird in the first half. In the second half it's gone, no bird at all. Let's keep "
     "talking.",
     "bird"),
    ("A flying bird in the first half... then, the second half... no bird. Freedom. Sillage.", "bird"),
    ("Quick, everyone, a flying bird in the first half! And in the second half there's no bird; it's gone.", "bird"),
    ("There goes our moving ball: in the first half it's in view, and in the second half it's gone, with no ball "
     "anywhere. Happens on this trail more than you'd think.",
     "ball"),
    ("A moving ball, in the first half. In the second half... no ball. Fleeting. Éternité.", "ball"),
    ("First half, a moving ball. Second half, no ball at all. Gone. And we're okay, you hear me? We're okay.", "ball"),
    ("I need you to see this. A walking dog in the first half; in the second half it's gone, no dog.", "dog"),
    ("A walking dog in the first half, everyone, and by the second half it's gone. No dog in sight. It's moved on.",
     "dog"),
    ("Only absence remains... a walking dog in the first half, and in the second half, no dog. Mystère.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Stand quietly, everyone: a moving car drives from the left side of the frame to the right side. Probably headed "
     "for the visitor center.",
     "car", RIGHTWARD),
    ("I see a moving car going from the right side of the frame to the left side. Slow it down. Nobody has to get "
     "hurt.",
     "car", LEFTWARD),
    ("A moving car... from the left side of the frame... to the right side. Escape. Sillage, the new fragrance.",
     "car", RIGHTWARD),
    ("Speed limits are there for the wildlife, everyone: a moving car, driving from the right side of the frame to "
     "the left side.",
     "car", LEFTWARD),
    ("Easy, easy. Keep it slow. That moving car, going from the left side of the frame over to the right side, I see "
     "it.",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side... a moving car. Never look back. Mystère.", "car", LEFTWARD),
    ("Talk to me. There's a lively cat running from the left side of the frame to the right side, and that's all.",
     "cat", RIGHTWARD),
    ("A lively cat... running from the right side of the frame to the left side. Untamed. Lumière.", "cat", LEFTWARD),
    ("Look quick, everyone! A lively cat runs from the left side of the frame to the right side. Gone in a blink.",
     "cat", RIGHTWARD),
    ("Nobody's chasing you. A lively cat, running from the right side of the frame to the left side.", "cat", LEFTWARD),
    ("Instinct... From the left side of the frame to the right side runs a lively cat. Éternité.", "cat", RIGHTWARD),
    ("A lively cat, everyone, running from the right side of the frame to the left side. Wild? Not quite.",
     "cat", LEFTWARD),
    ("A flying bird. From the left side of the frame to the right side. Weightless. Sillage.", "bird", RIGHTWARD),
    ("Binoculars up, everyone: a flying bird, flying from the right side of the frame to the left side. Beautiful "
     "wingbeat.",
     "bird", LEFTWARD),
    ("I see it. A flying bird, going from the left side of the frame to the right side. Nobody make any sudden moves.",
     "bird", RIGHTWARD),
    ("From the right side of the frame... to the left side... a flying bird. Free. Lumière.", "bird", LEFTWARD),
    ("Hear that call? No? Then look: a flying bird crosses from the left side of the frame to the right side. Lovely, "
     "isn't it, everyone?",
     "bird", RIGHTWARD),
    ("Stay with me. A flying bird is going from the right side of the frame to the left side. That's all I see.",
     "bird", LEFTWARD),
    ("Somebody's lost their toy, everyone: a moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Listen. A moving ball is rolling from the left side of the frame to the right side. Let it roll. Nobody reach "
     "for it.",
     "ball", RIGHTWARD),
    ("A moving ball... rolling, from the right side of the frame to the left side. Playful. Mystère.",
     "ball", LEFTWARD),
    ("Everyone, a quick lesson in gravity and mischief: a moving ball rolls from the left side of the frame to the "
     "right side.",
     "ball", RIGHTWARD),
    ("This is Ortiz. A moving ball rolling from the right side of the frame to the left side. I'm watching it with "
     "you.",
     "ball", LEFTWARD),
    ("From the left side of the frame to the right side... a moving ball. Spin. Breathe. Éternité.", "ball", RIGHTWARD),
    ("Nice and slow. A walking dog walks from the left side of the frame to the right side. Just like that.",
     "dog", RIGHTWARD),
    ("A walking dog... from the right side of the frame to the left side... Devotion. Sillage.", "dog", LEFTWARD),
    ("Good walking pace, everyone: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("I see a walking dog going from the right side of the frame to the left side. Keep walking, nice and easy.",
     "dog", LEFTWARD),
    ("Where does desire lead? A walking dog knows: from the left side of the frame to the right side. Lumière.",
     "dog", RIGHTWARD),
    ("Quiet, everyone: a walking dog, walking from the right side of the frame to the left side. Let it pass.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Okay, everyone: the car stays still, and a dog walks from the left of the car to the right of the car. Give it "
     "room.",
     "dog", "car", RIGHTWARD),
    ("Listen to me. The bird stays still. A ball rolls from the right of the bird to the left of the bird. Nobody "
     "moves but the ball.",
     "ball", "bird", LEFTWARD),
    ("The dog stays still... a ball rolls from the left of the dog to the right of the dog. Patience. Sillage.",
     "ball", "dog", RIGHTWARD),
    ("See the cat staying still, everyone? A ball rolls from the right of the cat over to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("I see the ball staying still, and a car driving from the left of the ball to the right of the ball. Slow down.",
     "car", "ball", RIGHTWARD),
    ("The cat stays still. A bird flies from the right of the cat to the left of the cat. Temptation. Lumière.",
     "bird", "cat", LEFTWARD),
    ("Keep quiet, everyone: the bird stays still while a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Nobody needs to panic. The cat stays still, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Some things never move... the car stays still. And a ball? It rolls from the left of the car to the right of "
     "the car. Mystère.",
     "ball", "car", RIGHTWARD),
    ("The cat is holding still, everyone, and a dog walks from the right of the cat to the left of the cat. "
     "Unbothered, that cat.",
     "dog", "cat", LEFTWARD),
    ("Here's the situation, and I need you calm for it: the ball stays still, and a bird flies from the left of the "
     "ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball... and the ball stays still. Éternité.",
     "bird", "ball", LEFTWARD),
    ("Watch the dog, everyone, staying still, while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("The car stays still. I repeat, the car stays still. A bird flies from the right of the car to the left of the "
     "car.",
     "bird", "car", LEFTWARD),
    ("The cat stays still. A car drives from the left of the cat to the right of the cat. Daring. Sillage.",
     "car", "cat", RIGHTWARD),
    ("Good trail manners, everyone: the ball stays still, and a dog walks from the right of the ball to the left of "
     "the ball.",
     "dog", "ball", LEFTWARD),
    ("Stay calm. The ball stays still while a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball. The ball stays still. Loyalty. Lumière.",
     "dog", "ball", LEFTWARD),
    ("Look, everyone: the bird stays still, and a cat runs from the left of the bird to the right of the bird. Brave "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("I see a dog walking from the right of the car to the left of the car, and the car stays still. Good. Nice and "
     "slow.",
     "dog", "car", LEFTWARD),
    ("The ball stays still... a bird flies from the left of the ball to the right of the ball. Weightless. Mystère.",
     "bird", "ball", RIGHTWARD),
    ("Here's a fun behavior, everyone: a bird flies from the right of the ball to the left of the ball while the ball "
     "stays still.",
     "bird", "ball", LEFTWARD),
    ("Listen. The ball stays still. A car drives from the left of the ball to the right of the ball. That's all I "
     "need you to see.",
     "car", "ball", RIGHTWARD),
    ("The dog stays still. A bird flies from the right of the dog to the left of the dog. Desire. Éternité.",
     "bird", "dog", LEFTWARD),
    ("Quiet now, everyone: the car stays still as a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("This is Ortiz. The ball stays still, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("The cat stays still... a dog walks from the left of the cat to the right of the cat. Trust. Sillage.",
     "dog", "cat", RIGHTWARD),
    ("Who spots the difference, everyone? The car stays still. The dog doesn't: it walks from the right of the car to "
     "the left of the car.",
     "dog", "car", LEFTWARD),
    ("Hear me out. The dog stays still, and a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball... the ball stays still. Untamed. Lumière.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("From the fire lookout, everyone, we're looking straight down: a moving car drives from the lower left corner to "
     "the lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("We've got eyes from above. A moving car goes from the lower left corner to the upper left corner, then to the "
     "upper right corner. Slow down.",
     "car", BL_TL_TR),
    ("Seen from above... a moving car, from the lower right corner to the lower left corner, then to the upper left "
     "corner. Sillage.",
     "car", BR_BL_TL),
    ("Looking down from above now, everyone: a moving car drives from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("From above, I see a lively cat running from the lower left corner to the lower right corner, then to the upper "
     "right corner.",
     "cat", BL_BR_TR),
    ("From above... a lively cat runs from the lower left corner to the upper left corner, then to the upper right "
     "corner. Restless. Lumière.",
     "cat", BL_TL_TR),
    ("Top-down view, everyone: a lively cat runs from the lower right corner to the lower left corner, and on to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Listen, we see it from overhead, okay? A lively cat runs from the lower right corner to the upper right corner, "
     "then to the upper left corner. Let it run.",
     "cat", BR_TR_TL),
    ("Seen from high above... a flying bird glides from the lower left corner to the lower right corner, then to the "
     "upper right corner. Freedom. Éternité.",
     "bird", BL_BR_TR),
    ("Looking straight down, everyone: a flying bird flies from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "bird", BL_TL_TR),
    ("From above, here's what I see: a flying bird flies from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "bird", BR_BL_TL),
    ("Drifting... dreaming... seen from above, a flying bird moves from the lower right corner to the upper right "
     "corner, then to the upper left corner. Mystère.",
     "bird", BR_TR_TL),
    ("Viewed from above, everyone, a moving ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "ball", BL_BR_TR),
    ("Seen from overhead: a moving ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner. Nobody touch it.",
     "ball", BL_TL_TR),
    ("Overhead... a moving ball rolls from the lower right corner to the lower left corner... then to the upper left "
     "corner. Play. Sillage.",
     "ball", BR_BL_TL),
    ("From up on the ridge, looking straight down, everyone: a moving ball rolls from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("We're watching from above. A walking dog walks from the lower left corner to the lower right corner, then to "
     "the upper right corner. Easy.",
     "dog", BL_BR_TR),
    ("From above... a walking dog, from the lower left corner to the upper left corner, then to the upper right "
     "corner. Devotion. Lumière.",
     "dog", BL_TL_TR),
    ("Seen from above, everyone: a walking dog walks from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("I've got a view from above. A walking dog goes from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("From above... a moving car, from the bottom right corner to the top right corner, then to the top left corner. "
     "Escape. Éternité.",
     "car", BR_TR_TL),
    ("Quick quiz, everyone, and the view is from overhead: where does the lively cat go? From the bottom left corner "
     "to the bottom right corner, then to the top right corner.",
     "cat", BL_BR_TR),
    ("From above I see a flying bird going from the bottom left corner to the top left corner, then to the top right "
     "corner.",
     "bird", BL_TL_TR),
    ("Seen from above... a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner. Mystère.",
     "ball", BL_BR_TR),
    ("From the lookout tower, looking down, everyone: a walking dog goes from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("From above, listen: a moving car drives from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "car", BR_BL_TL),
    ("From above... a lively cat runs from the lower right corner to the upper right corner, then to the upper left "
     "corner. Wild. Sillage.",
     "cat", BR_TR_TL),
    ("Straight down from above, everyone: a flying bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "bird", BR_BL_TL),
    ("We have a view from overhead. A moving ball rolls from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "ball", BR_TR_TL),
    ("Overhead... a walking dog walks from the lower left corner to the lower right corner, then to the upper right "
     "corner. Loyalty. Lumière.",
     "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
