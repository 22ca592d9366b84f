"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- teenagers' group-chat messages (lowercase, slang: "ngl", "lowkey", "no cap", a name before each colon),
  where the friends and their phones are never in the video, and the chat is only ever about the clip;
- a driving instructor's running commentary to a learner ("Mirror, signal...", "easy now", "check your
  blind spot"), where the instructor, the learner and their own vehicle are never in the video (and that
  vehicle is never called a car), and the commentary only ever watches the clip's own objects;
- a product-recall notice ("IMPORTANT SAFETY NOTICE", "affected units", "customers should"), where the
  company, the customers and the recalled goods are never in the video, and the notice describes what the
  clip must show.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the chat quotes no times or likes, the instructor counts no
mirrors or lanes, the notice gives no batch or model numbers). No voice uses a colour word for its own
props, and no idiom hides a class noun or a side. A relation names its second object at both ends and
says that object stays still; a route names its corners "lower" and "upper", now and then "bottom" and
"top", as people say both. It takes LVD's attribution pairs 60-89, and two-object relations 0-29 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 171/180 on 5e4a56a (numeracy 26, visibility 27, dynamic_one 29, sequential 29, the rest 30);
180/180 after the fixes of its own commits (a chat's "name:" lines as speakers, also one friend's messages in a
row, a leading "ok" kept, "lowkey hypnotic" the writer's verdict, "second half?? gone." timed, "must" a modal, the
faulty version of a recall notice and "any clip where ..." no scene, "Follow it, easy now." no move).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("maya: ok the clip is literally just one moving car the whole time\njules: nothing else in it??\nmaya: nothing "
     "else ngl, start to finish it's only that car",
     "car", 1),
    ("Eyes up now. Two moving cars ahead, and they stay in view from the start of the clip to the end. Nothing else "
     "out there to worry about, just those two cars. Easy now.",
     "car", 2),
    ("IMPORTANT SAFETY NOTICE. Affected clips must show three moving cars, in the frame from beginning to end, and "
     "nothing else. Customers should report any clip where a car is missing or anything else appears.",
     "car", 3),
    ("dev: four moving cars in frame the entire clip no cap\nsasha: and nothing else?\ndev: nothing else, just the "
     "four cars lowkey vibing the whole way",
     "car", 4),
    ("IMPORTANT SAFETY NOTICE: the corrected clip shows one lively cat, present from start to finish, with nothing else "
     "in the frame. Customers should expect exactly that and nothing more.",
     "cat", 1),
    ("Right, look ahead. Two lively cats, and they're in the frame from start to finish. Nothing else in view. Keep "
     "your eyes on both cats and stay calm.",
     "cat", 2),
    ("priya: three lively cats in this clip and they stay the whole time lmao\nben: anything else in there?\npriya: "
     "nope just the cats fr",
     "cat", 3),
    ("Customers should note that the replacement clip contains four lively cats, in view from the start to the end, "
     "and nothing else. IMPORTANT SAFETY NOTICE: a clip with anything else in it is affected.",
     "cat", 4),
    ("Gently now. One flying bird up ahead, in view for the whole clip, nothing else anywhere. Just keep watching the "
     "bird and breathe.",
     "bird", 1),
    ("IMPORTANT SAFETY NOTICE. The corrected clip must show two flying birds, present throughout, start to finish, and "
     "nothing else at all. Customers should check that both birds stay in the frame.",
     "bird", 2),
    ("zoe: pls the clip is three flying birds and that's IT\nkai: for the whole thing?\nzoe: start to end no cap, "
     "nothing else shows up",
     "bird", 3),
    ("Check ahead. Four flying birds, all of them in view from the start of the clip right to the end, and nothing else "
     "in the frame. Good, nice and steady.",
     "bird", 4),
    ("leo: it's literally one moving ball the entire clip\nnina: that's it?\nleo: that's it ngl, nothing else ever "
     "shows up",
     "ball", 1),
    ("Customers should be aware: the clip shows two moving balls, in the frame from beginning to end, with nothing else "
     "in view. IMPORTANT SAFETY NOTICE. Any other content marks the clip as affected.",
     "ball", 2),
    ("Easy now. Three moving balls in front of us, in the frame the whole clip, start to finish, and nothing else in "
     "view. Watch them, don't fixate.",
     "ball", 3),
    ("ana: four moving balls and they never leave the frame lowkey hypnotic\nrob: anything else?\nana: nah just the "
     "balls the whole time",
     "ball", 4),
    ("Look ahead. One walking dog, in view from the start of the clip to the end, nothing else around. Just the dog, "
     "so stay relaxed and keep watching.",
     "dog", 1),
    ("IMPORTANT SAFETY NOTICE. The clip should show two walking dogs, in the frame throughout, beginning to end, and "
     "nothing else. Customers should not expect anything else in the shot.",
     "dog", 2),
    ("tess: three walking dogs and they're in frame the whole clip\nomar: cute. anything else\ntess: no cap nothing "
     "else, only the dogs",
     "dog", 3),
    ("Four walking dogs, there, ahead, and they stay in the frame for the whole clip. Nothing else out there. Good, "
     "steady now, keep looking.",
     "dog", 4),
    ("IMPORTANT SAFETY NOTICE: customers should expect one moving car in the frame from start to finish and nothing "
     "else whatsoever.",
     "car", 1),
    ("max: two lively cats. whole clip. nothing else. i'm obsessed ngl",
     "cat", 2),
    ("Steady now. One flying bird in view the entire clip, and nothing else in the frame. Just that bird.",
     "bird", 1),
    ("Affected clips are those that do not show four moving balls throughout, start to finish, with nothing else in "
     "view. IMPORTANT SAFETY NOTICE. Customers should compare each clip against this.",
     "ball", 4),
    ("lily: one walking dog in frame start to finish lowkey wholesome\nsam: and nothing else?\nlily: nothing else",
     "dog", 1),
    ("Check ahead: three moving cars, in view from the start of the clip to the end, and nothing else. "
     "Keep your eyes on those cars.",
     "car", 3),
    ("IMPORTANT SAFETY NOTICE. The replacement clip shows four lively cats from beginning to end and nothing else. "
     "Customers should see every cat in the frame throughout.",
     "cat", 4),
    ("rio: three flying birds the whole clip no cap\nfinn: thats all?\nrio: thats all, nothing else in frame",
     "bird", 3),
    ("Easy now. One moving ball, in the frame for the whole clip, nothing else in view. Just the ball.",
     "ball", 1),
    ("Customers should expect four walking dogs, present in the frame from start to finish, and nothing else. "
     "IMPORTANT SAFETY NOTICE: anything beyond those dogs means the clip is affected.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("kira: ok so there's a brown bird and a black ball in the clip\nmo: both the whole time?\nkira: yep both in frame "
     "start to finish",
     "bird", "brown", "ball", "black"),
    ("Look ahead: a brown bird, and beside it a blue cat. Both stay in view the whole clip. Easy now, just watch them.",
     "bird", "brown", "cat", "blue"),
    ("IMPORTANT SAFETY NOTICE. The corrected clip shows a blue bird and a red car, both in the frame throughout. "
     "Customers should check that the bird is blue and the car is red.",
     "bird", "blue", "car", "red"),
    ("jo: purple ball next to a pink cat lowkey the best colour combo\nari: fr fr",
     "ball", "purple", "cat", "pink"),
    ("Mirror, signal... and look: a yellow dog and a red cat, side by side, in view the whole time. Stay calm, they're "
     "not going anywhere.",
     "dog", "yellow", "cat", "red"),
    ("IMPORTANT SAFETY NOTICE: affected units rendered the bird and the dog in the wrong colours. The corrected clip "
     "shows a green bird and a yellow dog. Customers should look for both.",
     "bird", "green", "dog", "yellow"),
    ("eli: a gray car and a red cat in one clip?? ngl it works\nzara: the cat is red red",
     "car", "gray", "cat", "red"),
    ("Check your blind spot. Now ahead: a red bird and a black cat, both in the frame the whole clip. Good.",
     "bird", "red", "cat", "black"),
    ("Customers should note that the clip must show a white bird and an orange cat together. IMPORTANT SAFETY NOTICE: "
     "affected units swapped their colours.",
     "bird", "white", "cat", "orange"),
    ("nico: green bird + black ball\nnico: that's the whole clip no cap",
     "bird", "green", "ball", "black"),
    ("Easy now. A white cat on one side, a purple bird on the other, both in view from start to finish. Just note "
     "them and carry on.",
     "cat", "white", "bird", "purple"),
    ("IMPORTANT SAFETY NOTICE. The clip should show a green bird and a purple dog, both present for its whole length. "
     "Customers should report any other colouring.",
     "bird", "green", "dog", "purple"),
    ("ivy: orange bird and brown car in the same shot\nivy: idk why but it slaps",
     "bird", "orange", "car", "brown"),
    ("Look there: a blue car and, just by it, a brown bird. Both stay in the frame. Mirror, signal, nice and smooth.",
     "car", "blue", "bird", "brown"),
    ("Customers should be aware that the corrected clip contains a red dog and a purple cat, together in the frame "
     "throughout. IMPORTANT SAFETY NOTICE.",
     "dog", "red", "cat", "purple"),
    ("theo: purple dog and brown cat chilling in the clip\ngwen: lowkey iconic",
     "dog", "purple", "cat", "brown"),
    ("Steady. A black cat and a blue ball up ahead, both in view the whole time. No need to brake, just watch.",
     "cat", "black", "ball", "blue"),
    ("IMPORTANT SAFETY NOTICE: the clip must show a yellow cat and a black dog. Affected units showed the wrong "
     "colours; customers should check both animals.",
     "cat", "yellow", "dog", "black"),
    ("ruby: wait the cat is green?? and there's a white bird\nash: yeah green cat white bird the whole clip",
     "cat", "green", "bird", "white"),
    ("Eyes forward. A purple car and a pink cat, together, in the frame from start to finish. Easy now.",
     "car", "purple", "cat", "pink"),
    ("Customers should expect a purple bird and a red dog in the clip, both in view throughout. IMPORTANT SAFETY "
     "NOTICE: other colours mean an affected unit.",
     "bird", "purple", "dog", "red"),
    ("cam: red dog, yellow car, that's the clip\ncam: ngl kinda fire",
     "dog", "red", "car", "yellow"),
    ("Right, ahead of us: an orange dog beside a brown car, both in view all the way through. Check your blind spot "
     "and stay relaxed.",
     "dog", "orange", "car", "brown"),
    ("IMPORTANT SAFETY NOTICE. The corrected clip shows a gray cat and an orange dog, both in the frame from start to "
     "finish. Customers should confirm the colours.",
     "cat", "gray", "dog", "orange"),
    ("bea: green ball and a pink dog in the clip lmao\njay: a pink dog?? no cap?\nbea: no cap",
     "ball", "green", "dog", "pink"),
    ("Look ahead, gently. A white dog and a pink bird, both there the whole clip. Keep your speed.",
     "dog", "white", "bird", "pink"),
    ("Customers should note: affected units showed the wrong colours. The clip must show a purple car and a gray ball, "
     "together throughout. IMPORTANT SAFETY NOTICE.",
     "car", "purple", "ball", "gray"),
    ("fred: yellow dog and brown cat lowkey besties in this clip",
     "dog", "yellow", "cat", "brown"),
    ("Easy now. There's a brown ball and a green cat just ahead, both in view the whole clip. Nothing to do but "
     "watch.",
     "ball", "brown", "cat", "green"),
    ("IMPORTANT SAFETY NOTICE: the clip should show a brown cat and an orange car in the frame together from start to "
     "finish. Customers should report any other colours.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("ella: first half of the clip there's no car at all\nella: then halfway through a moving car shows up and stays "
     "till the end lol",
     "car"),
    ("Nothing ahead yet, nice and empty for the first half. Then, there: a moving car comes into view in the second "
     "half and stays. Easy now.",
     "car"),
    ("IMPORTANT SAFETY NOTICE. In affected units the car appears too early. In the corrected clip, no car is present in "
     "the first half; a moving car appears only in the second half.",
     "car"),
    ("Customers should note: the lively cat must not be in the frame during the first half of the clip. It appears "
     "only in the second half. IMPORTANT SAFETY NOTICE.",
     "cat"),
    ("noah: where's the cat\nnoah: oh it only shows up in the second half, first half is empty ngl",
     "cat"),
    ("Watch ahead, it stays empty for the first half. Then a lively cat turns up, second half only. Brake gently if you "
     "have to.",
     "cat"),
    ("Look ahead: nothing for the first half. Then a flying bird arrives in the second half and stays till the end. "
     "Don't let it distract you.",
     "bird"),
    ("IMPORTANT SAFETY NOTICE: the flying bird must appear only in the second half of the clip, with no bird in the "
     "first half. Customers should report any clip where it shows earlier.",
     "bird"),
    ("isla: the flying bird doesn't show up until the second half lowkey made me jump\nfinn: first half is just empty?"
     "\nisla: yep",
     "bird"),
    ("pete: no ball in the first half, then a moving ball rolls in for the second half\nkat: thats it? \npete: thats "
     "it no cap",
     "ball"),
    ("Customers should be aware that the moving ball is absent for the first half of the clip and appears only in the "
     "second half. IMPORTANT SAFETY NOTICE.",
     "ball"),
    ("First half, nothing there. Second half, a moving ball comes into view. Cover the brake, easy now.",
     "ball"),
    ("IMPORTANT SAFETY NOTICE. The walking dog appears only in the second half of the clip. Customers should see no dog "
     "in the first half.",
     "dog"),
    ("Clear ahead for now, the first half's empty. Then in the second half a walking dog appears. Slow down, let it "
     "do its thing.",
     "dog"),
    ("mia: the walking dog only turns up in the second half\nmia: first half no dog at all lowkey suspenseful",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Look ahead: a moving car in view for the first half. Then in the second half it's gone, out of the frame. Good, "
     "nothing to follow.",
     "car"),
    ("IMPORTANT SAFETY NOTICE: the moving car appears only in the first half of the clip. Customers should see no car "
     "in the second half.",
     "car"),
    ("luca: moving car in the first half then it just disappears for the second half??\nemma: ngl that's the vibe",
     "car"),
    ("hana: the lively cat is there for the first half and then it's gone, second half has no cat\njo: rip",
     "cat"),
    ("A lively cat ahead, first half only. Second half, it's gone from view. Keep your eyes moving anyway.",
     "cat"),
    ("Customers should note that the lively cat is present only in the first half of the clip and absent from the "
     "second half. IMPORTANT SAFETY NOTICE.",
     "cat"),
    ("IMPORTANT SAFETY NOTICE. Affected units keep the bird until the end. In the corrected clip, a flying bird appears "
     "only in the first half and is gone in the second half.",
     "bird"),
    ("ivan: flying bird in the first half, then gone in the second half\nivan: lowkey poetic",
     "bird"),
    ("There's a flying bird, first half of the clip. Then it's gone, nothing there in the second half. Don't chase it "
     "with your eyes.",
     "bird"),
    ("Easy now. A moving ball in view for the first half, and by the second half it's gone. Good, carry on.",
     "ball"),
    ("ruth: moving ball in the first half\nruth: second half?? gone. vanished. no cap",
     "ball"),
    ("IMPORTANT SAFETY NOTICE: the moving ball must appear only in the first half of the clip. Customers should report "
     "any clip where it is still there in the second half.",
     "ball"),
    ("Customers should be aware that the walking dog is present only in the first half of the clip; in the second half "
     "it is absent. IMPORTANT SAFETY NOTICE.",
     "dog"),
    ("sol: walking dog first half, then it just leaves and the second half is empty\nmay: where did it go lol",
     "dog"),
    ("There's a walking dog in view, first half only. In the second half, gone. Check your mirror, easy now.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("gabe: a moving car just drives from the left side of the frame all the way to the right\nlou: that's the whole "
     "clip?\ngabe: ngl yes",
     "car", RIGHTWARD),
    ("Watch it. A moving car crossing from the left of the frame to the right. Let it go past, easy now.",
     "car", RIGHTWARD),
    ("IMPORTANT SAFETY NOTICE: in the corrected clip the moving car travels from the left edge of the frame to the "
     "right edge. Customers should report any clip where it goes the other way.",
     "car", RIGHTWARD),
    ("Mirror, signal... there, a moving car going right to left across the frame. Let it pass, don't react.",
     "car", LEFTWARD),
    ("dani: the car drives across from the right side to the left side\ndani: lowkey satisfying",
     "car", LEFTWARD),
    ("Customers should note that the moving car must cross the frame from right to left. IMPORTANT SAFETY NOTICE: "
     "affected units reversed the direction.",
     "car", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE. The lively cat should run from the left side of the frame across to the right side. "
     "Customers should check the direction.",
     "cat", RIGHTWARD),
    ("nat: lively cat zooming left to right across the whole frame lmao\nnat: no cap it never stops",
     "cat", RIGHTWARD),
    ("Cat on the left, see it? It's crossing to the right side now. Cover your brake, easy.",
     "cat", RIGHTWARD),
    ("A lively cat, coming from the right, heading over to the left of the frame. Slow down and let it cross.",
     "cat", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE: the lively cat must move across the frame from right to left. Customers should expect "
     "it to start on the right and end on the left.",
     "cat", LEFTWARD),
    ("tom: the cat goes right to left across the frame\nkay: and?\ntom: and that's it lowkey",
     "cat", LEFTWARD),
    ("bex: flying bird goes left to right across the frame, that's the clip",
     "bird", RIGHTWARD),
    ("Customers should be aware that the flying bird crosses the frame from its left side to its right side. IMPORTANT "
     "SAFETY NOTICE.",
     "bird", RIGHTWARD),
    ("See the flying bird on the left? It flies over to the right side of the frame. Don't look up at it too long.",
     "bird", RIGHTWARD),
    ("Easy now. A flying bird, right side of the frame, heading all the way across to the left side.",
     "bird", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE. In affected units the bird flew the wrong way. The corrected clip shows a flying bird "
     "crossing from right to left.",
     "bird", LEFTWARD),
    ("ola: a flying bird crossing from the right side to the left side of the frame\nsam: cinema honestly",
     "bird", LEFTWARD),
    ("Ball! Coming from the left of the frame, rolling across to the right. Steady, cover the brake.",
     "ball", RIGHTWARD),
    ("jin: moving ball rolls from left to right across the frame no cap\nbo: riveting",
     "ball", RIGHTWARD),
    ("IMPORTANT SAFETY NOTICE: the moving ball must roll from the left side of the frame to the right side. Customers "
     "should report a ball going the other way.",
     "ball", RIGHTWARD),
    ("cleo: ball rolling right to left across the whole frame\ncleo: ngl i watched it on repeat",
     "ball", LEFTWARD),
    ("Customers should note that the moving ball crosses the frame from right to left. IMPORTANT SAFETY NOTICE: "
     "affected units rolled it the wrong way.",
     "ball", LEFTWARD),
    ("Moving ball on the right, heading left across the frame. Mirror, signal, let it roll past.",
     "ball", LEFTWARD),
    ("A walking dog, starting on the left of the frame, crossing over to the right. Give it room, easy now.",
     "dog", RIGHTWARD),
    ("IMPORTANT SAFETY NOTICE. The walking dog must walk across the frame from left to right. Customers should check "
     "the dog's direction.",
     "dog", RIGHTWARD),
    ("hugo: walking dog goes from the left side all the way to the right side\nhugo: lowkey a whole journey",
     "dog", RIGHTWARD),
    ("rae: the dog walks right to left across the frame and that's the clip fr",
     "dog", LEFTWARD),
    ("There's a walking dog on the right. It's heading over to the left side of the frame. Slow, slow, let it cross.",
     "dog", LEFTWARD),
    ("Customers should be aware that the walking dog crosses from the right side of the frame to the left side. "
     "IMPORTANT SAFETY NOTICE.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("ava: the car just sits still while a bird flies from the left of the car over to the right of the car\nzed: "
     "the car doesn't move at all?\nava: nope",
     "bird", "car", RIGHTWARD),
    ("Look ahead. The bird stays still, and a car drives from the right of the bird to the left of the bird. Easy now, "
     "let it go by.",
     "car", "bird", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE. The cat must stay still while a bird moves from the left of the cat to the right of the "
     "cat. Customers should report a cat that moves.",
     "bird", "cat", RIGHTWARD),
    ("kit: car goes from the right of the bird to the left of the bird, the bird just stays put\nkit: lowkey rude to "
     "the bird",
     "car", "bird", LEFTWARD),
    ("There's a dog ahead, standing still. A bird flies from the left of the dog across to the right of the dog. Don't "
     "get distracted.",
     "bird", "dog", RIGHTWARD),
    ("Customers should note that the cat stays still throughout while a dog walks from the right of the cat to the "
     "left of the cat. IMPORTANT SAFETY NOTICE.",
     "dog", "cat", LEFTWARD),
    ("lux: ball rolls from the left of the dog to the right of the dog\nlux: dog doesn't move, stays still the whole "
     "time ngl",
     "ball", "dog", RIGHTWARD),
    ("Steady. The cat's not moving, it stays still. A bird goes from the right of the cat over to the left of the cat. "
     "Good.",
     "bird", "cat", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE: the ball stays still for the whole clip; a car moves from the left of the ball to the "
     "right of the ball. Customers should check that the ball never moves.",
     "car", "ball", RIGHTWARD),
    ("rosa: the bird is just chilling, totally still\nrosa: and a cat goes from the right of the bird to the left of "
     "the bird no cap",
     "cat", "bird", LEFTWARD),
    ("Car ahead, not moving, it stays still. Now a dog walks from the left of the car to the right of the car. Cover "
     "the brake, easy now.",
     "dog", "car", RIGHTWARD),
    ("Customers should be aware that the bird must remain still while a ball moves from the right of the bird to the "
     "left of the bird. IMPORTANT SAFETY NOTICE.",
     "ball", "bird", LEFTWARD),
    ("wes: a ball goes from the left of the dog to the right of the dog and the dog stays still\nmel: iconic",
     "ball", "dog", RIGHTWARD),
    ("Watch the cat. It stays still. A ball rolls from the right of the cat to the left of the cat. Don't swerve.",
     "ball", "cat", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE. The corrected clip keeps the ball still while a car drives from the left of the ball to "
     "the right of the ball. Customers should expect exactly this.",
     "car", "ball", RIGHTWARD),
    ("fay: cat stays still and a bird flies from the right of the cat to the left of the cat\nfay: lowkey taunting it",
     "bird", "cat", LEFTWARD),
    ("There's a bird, staying still. A dog walks from the left of the bird across to the right of the bird. Easy now.",
     "dog", "bird", RIGHTWARD),
    ("Customers should note that a dog moves from the right of the cat to the left of the cat, and the cat stays still "
     "throughout. IMPORTANT SAFETY NOTICE.",
     "dog", "cat", LEFTWARD),
    ("jax: the car stays still the whole clip, a ball rolls from the left of the car to the right of the car\njax: "
     "that's it ngl",
     "ball", "car", RIGHTWARD),
    ("Cat ahead, still, not moving. Dog coming from the right of the cat, going to the left of the cat. Slow down, let "
     "it pass.",
     "dog", "cat", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE: the ball must stay still while a bird flies from the left of the ball to the right of "
     "the ball. Customers should report any ball that moves.",
     "bird", "ball", RIGHTWARD),
    ("pia: bird flies from the right of the ball to the left of the ball\npia: the ball stays still the whole time no "
     "cap",
     "bird", "ball", LEFTWARD),
    ("Dog ahead, staying still. A bird flies from the left of the dog over to the right of the dog. Eyes down, keep "
     "going.",
     "bird", "dog", RIGHTWARD),
    ("Customers should be aware: in the clip a car stays still, and a bird moves from the right of the car to the "
     "left of the car. IMPORTANT SAFETY NOTICE.",
     "bird", "car", LEFTWARD),
    ("ned: cat stays still, car drives from the left of the cat to the right of the cat\nned: wait no\nned: ok yes "
     "that's right lol",
     "car", "cat", RIGHTWARD),
    ("There's a ball, not moving, stays still. A dog walks from the right of the ball to the left of the ball. Easy "
     "now, let it finish.",
     "dog", "ball", LEFTWARD),
    ("IMPORTANT SAFETY NOTICE. The ball stays still for the whole clip while a cat moves from the left of the ball to "
     "the right of the ball. Customers should check both.",
     "cat", "ball", RIGHTWARD),
    ("eve: dog walks from the right of the ball to the left of the ball\neve: ball just stays still lowkey",
     "dog", "ball", LEFTWARD),
    ("Look, a bird, staying still. A cat moves from the left of the bird across to the right of the bird. Don't brake "
     "hard, just watch.",
     "cat", "bird", RIGHTWARD),
    ("Customers should note that the car stays still while a dog walks from the right of the car to the left of the "
     "car. IMPORTANT SAFETY NOTICE.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("zac: top-down shot, a car starts in the lower left corner\nzac: drives to the lower right, then up to the upper "
     "right corner. that's it no cap",
     "car", BL_BR_TR),
    ("Picture it from above, like a map. The car starts at the lower left, goes up to the upper left, then across to "
     "the upper right. Easy now.",
     "car", BL_TL_TR),
    ("IMPORTANT SAFETY NOTICE. In the corrected top-down clip, the car starts in the lower right corner, moves to the "
     "lower left corner, then to the upper left corner. Customers should check the order.",
     "car", BR_BL_TL),
    ("jade: viewed from straight above, the car begins bottom right, goes up to the top right, then over to the top "
     "left\ntheo: ngl that's a clean route",
     "car", BR_TR_TL),
    ("Seen from above now. The car sits in the lower left, moves to the lower right, and finishes in the upper right. "
     "Mirror, signal, follow it.",
     "car", BL_BR_TR),
    ("Customers should note that the top-down clip shows the car starting in the lower left corner, moving to the "
     "upper left corner and then to the upper right corner. IMPORTANT SAFETY NOTICE.",
     "car", BL_TL_TR),
    ("kai: top-down view, cat starts in the lower right corner\nkai: then lower left, then upper left lowkey doing laps",
     "cat", BR_BL_TL),
    ("From above, think of it as a plan view. The cat starts in the lower right, moves up to the upper right, then "
     "over to the upper left. Steady.",
     "cat", BR_TR_TL),
    ("IMPORTANT SAFETY NOTICE: seen from above, the cat must start in the lower left corner, go to the lower right "
     "corner, and end in the upper right corner. Customers should report any other order.",
     "cat", BL_BR_TR),
    ("lena: overhead shot, cat goes lower left then upper left then upper right\nlena: no cap it's so neat",
     "cat", BL_TL_TR),
    ("Top-down now. The cat begins at the bottom right, goes to the bottom left, then up to the top left. Keep "
     "tracking it, easy now.",
     "cat", BR_BL_TL),
    ("Customers should be aware that, in the top-down clip, the cat starts in the lower right corner, then moves to "
     "the upper right corner, then to the upper left corner. IMPORTANT SAFETY NOTICE.",
     "cat", BR_TR_TL),
    ("From straight above: the bird starts in the lower left, flies to the lower right, then to the upper right. Don't "
     "look up, just picture it.",
     "bird", BL_BR_TR),
    ("IMPORTANT SAFETY NOTICE. The top-down clip shows the bird starting in the lower left corner, flying to the upper "
     "left corner, then to the upper right corner. Customers should check each stop.",
     "bird", BL_TL_TR),
    ("bo: from above, the bird starts lower right\nbo: flies to lower left, then upper left\nmo: lowkey a tour",
     "bird", BR_BL_TL),
    ("Think top-down. The bird begins in the lower right, then the upper right, then the upper left. Good, smooth.",
     "bird", BR_TR_TL),
    ("Customers should note: in the overhead clip, the bird goes from the bottom left corner to the bottom right corner "
     "and then to the top right corner. IMPORTANT SAFETY NOTICE.",
     "bird", BL_BR_TR),
    ("ria: top-down view, bird in the lower left corner, then the upper left, then the upper right ngl",
     "bird", BL_TL_TR),
    ("IMPORTANT SAFETY NOTICE: seen from above, the ball starts in the lower right corner, rolls to the lower left "
     "corner, and then to the upper left corner. Customers should report any other route.",
     "ball", BR_BL_TL),
    ("jun: overhead shot, ball starts bottom right, rolls to top right, then to top left\njun: that's the whole clip",
     "ball", BR_TR_TL),
    ("From above now. Ball in the lower left, rolls to the lower right, then to the upper right. Follow it, easy now.",
     "ball", BL_BR_TR),
    ("Customers should be aware that the top-down clip shows the ball starting in the lower left corner, moving to the "
     "upper left corner and ending in the upper right corner. IMPORTANT SAFETY NOTICE.",
     "ball", BL_TL_TR),
    ("tia: top-down, ball in the lower right, then lower left, then upper left\ntia: lowkey mesmerizing",
     "ball", BR_BL_TL),
    ("Picture the whole scene from above. The ball starts in the lower right, rolls up to the upper right, then over "
     "to the upper left. Check your mirror, steady.",
     "ball", BR_TR_TL),
    ("Seen from straight above: the dog starts in the lower left corner, walks to the lower right corner, then up to "
     "the upper right corner. Nice and slow.",
     "dog", BL_BR_TR),
    ("abe: top-down clip, dog starts lower left\nabe: walks up to the upper left, then across to the upper right no "
     "cap",
     "dog", BL_TL_TR),
    ("IMPORTANT SAFETY NOTICE. In the top-down clip, the dog starts in the lower right corner, walks to the lower left "
     "corner, then to the upper left corner. Customers should check the order.",
     "dog", BR_BL_TL),
    ("From above, like a map. The dog starts at the bottom right, walks to the top right, and ends at the top left. "
     "Easy now.",
     "dog", BR_TR_TL),
    ("Customers should note that, seen from above, the dog goes from the lower right corner to the upper right corner "
     "and then to the upper left corner. IMPORTANT SAFETY NOTICE.",
     "dog", BR_TR_TL),
    ("gus: overhead view, dog in the lower left corner, then the lower right, then the upper right\nivy: good boy",
     "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
