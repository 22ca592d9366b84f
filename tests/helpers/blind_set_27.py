"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like sets 20-26 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- a structured spec as a user pastes it into one line: YAML-like key-value lines with " | " or " - "
  separators, bulleted fields and JSON-like objects ("objects: - car (x1, moving)", "motion: left ->
  right", "visible_in: second half", {"count": 4}), counts written as digits or "x2";
- children's storybook narration: simple past tense, "Once upon a time", "Then", "And at the end",
  friendly adjectives ("little", "happy", "bouncy") that are never colours;
- live sports or news commentary: present tense and excited, "and here comes", "from the left side of
  the screen", "ladies and gentlemen", "folks" (the audience addressed, never anyone in the scene).

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; numeracy prompts name nothing else a reader would draw
as an object (only scenery: a road, a lawn, the sky); 8 to 37 words each. It takes LVD's next draws:
attribution pairs 50-79 and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25 and 26), 136/180 = 75.6% (numeracy 14,
attribution 24, visibility 19, one-object 27, two-object 26, sequential 26 of 30): pasted specs and the
commentator's "ladies and gentlemen" were not read; read fixes followed, so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("objects: - car (x1, moving) | background: empty road | style: realistic, lively | nothing else in frame",
     "car", 1),
    ("Once upon a time, two shiny little cars drove happily down a quiet country road, and nothing else was "
     "there at all.", "car", 2),
    ("And here come three cars, moving fast down the empty straight! Just the three of them out there today, "
     "folks, what a sight!", "car", 3),
    ('{"objects": [{"class": "car", "count": 4, "state": "moving"}], "other_objects": [], "style": "realistic, '
     'lively"}', "car", 4),
    ("Once upon a time, there was one fluffy cat, all alone in a sunny meadow, and she was very lively indeed.",
     "cat", 1),
    ("Two lively cats on the lawn, ladies and gentlemen, just the pair of them, and look at them go! Nothing "
     "else out there today!", "cat", 2),
    ("- subject: cat - count: 3 - mood: lively - other objects: none - look: realistic", "cat", 3),
    ("Once upon a time, four playful cats lived in a big grassy garden, and they were lively all day long. "
     "Nothing else was there.", "cat", 4),
    ("And up goes one bird, flying high across the empty sky — a single bird out there alone, what a "
     "performance!", "bird", 1),
    ("objects: bird (x2) | action: flying | scene: open sky | extras: none | look: realistic, lively", "bird", 2),
    ("Once upon a time, three happy birds flew through the wide open sky, and nothing else was up there with "
     "them.", "bird", 3),
    ("Look at this, ladies and gentlemen — four birds flying over the field, four of them, no more, no less, "
     "and they are lively today!", "bird", 4),
    ("scene: {objects: [ball], ball: {count: 1, moving: yes}, others: none, style: realistic + lively}",
     "ball", 1),
    ("Once upon a time, two bouncy balls rolled and rolled across a smooth floor, and nothing else was there "
     "with them.", "ball", 2),
    ("Three balls moving on the court now, and they just keep going! Nothing else out there, folks, only those "
     "three!", "ball", 3),
    ("- objects: ball (count: 4) - state: moving - other objects: none - style: realistic, lively", "ball", 4),
    ("And here comes one dog, walking down the empty path — a lone dog, all by itself, and what a lively "
     "stroll this is!", "dog", 1),
    ('{"class": "dog", "count": 2, "action": "walking", "others": "none", "style": ["realistic", "lively"]}',
     "dog", 2),
    ("Once upon a time, three friendly dogs went walking along a quiet lane, just the three of them and nothing "
     "else.", "dog", 3),
    ("Four dogs walking out onto the field, ladies and gentlemen, four of them, and nothing else in the "
     "picture!", "dog", 4),
    ("Once upon a time, three happy cars went driving round and round an empty town square, and nothing else "
     "was there.", "car", 3),
    ("objects: - cat (x2, lively) | extras: none | camera: still | style: realistic", "cat", 2),
    ("Just one bird up there flying today, folks, all alone against the empty sky, and isn't it lively!",
     "bird", 1),
    ("Once upon a time, four little balls were always moving, bouncing and rolling all day long, with nothing "
     "else around them.", "ball", 4),
    ("- subject: walking dog - count: two - other objects: none - look: realistic, lively", "dog", 2),
    ("Four cars moving down the empty highway side by side — that's four, ladies and gentlemen, and not "
     "another one in sight!", "car", 4),
    ("Once upon a time, one lively little cat lived all by herself in an empty, sunny room.", "cat", 1),
    ('{"objects": [{"class": "bird", "count": 3, "action": "flying"}], "background": "open sky", "others": '
     '"none"}', "bird", 3),
    ("Two balls moving on the pitch, and here they go, rolling and bouncing — just the two balls, folks, "
     "nothing else!", "ball", 2),
    ("Once upon a time, three little dogs went for a walk across a wide, empty meadow, and there was nothing "
     "else there but those three.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50 to 79, in order.
_ATTRIBUTION = [
    ("objects: - ball (color: white) - cat (color: black) | style: realistic, lively", "ball", "white", "cat",
     "black"),
    ("Once upon a time, a yellow cat found a pink ball, and she played with it all afternoon.", "cat", "yellow",
     "ball", "pink"),
    ("And here comes a black car, and look, ladies and gentlemen, an orange bird right there beside it!", "car",
     "black", "bird", "orange"),
    ('{"objects": [{"class": "ball", "color": "orange"}, {"class": "car", "color": "brown"}], "style": '
     '"realistic, lively"}', "ball", "orange", "car", "brown"),
    ("Once upon a time, a gray bird and a green cat became the very best of friends.", "bird", "gray", "cat",
     "green"),
    ("What a scene, folks — a blue car, and right next to it a red cat, as lively as you like!", "car", "blue",
     "cat", "red"),
    ("- ball: white - car: black - scene: realistic, lively", "ball", "white", "car", "black"),
    ("Once upon a time, a little green bird sat on a white ball and sang a happy song.", "bird", "green", "ball",
     "white"),
    ("And here comes a yellow dog, chasing a blue ball across the grass — what a run!", "ball", "blue", "dog",
     "yellow"),
    ("objects: [bird: yellow, ball: blue] | style: realistic, lively | nothing else", "bird", "yellow", "ball",
     "blue"),
    ("Once upon a time, a friendly brown bird hopped around a shiny black ball.", "bird", "brown", "ball",
     "black"),
    ("Ladies and gentlemen, we have a brown bird, and here comes a blue cat to join it!", "bird", "brown", "cat",
     "blue"),
    ('{"bird": {"color": "blue"}, "car": {"color": "red"}, "style": ["realistic", "lively"]}', "bird", "blue",
     "car", "red"),
    ("Once upon a time, a pink cat had a purple ball, and it was her favourite thing in the whole world.",
     "ball", "purple", "cat", "pink"),
    ("A yellow dog and a red cat out there together, and what a pairing this is, folks!", "dog", "yellow", "cat",
     "red"),
    ("- object 1: bird (green) - object 2: dog (yellow) - style: realistic, lively", "bird", "green", "dog",
     "yellow"),
    ("Once upon a time, a red cat took a nap on the roof of a gray car.", "car", "gray", "cat", "red"),
    ("And here's a black cat on the prowl, with a red bird watching it closely — what a moment!", "bird", "red",
     "cat", "black"),
    ("objects: - bird (color: white) - cat (color: orange) | extras: none", "bird", "white", "cat", "orange"),
    ("Once upon a time, a cheerful green bird found a black ball lying in the sand.", "bird", "green", "ball",
     "black"),
    ("A white cat and a purple bird, ladies and gentlemen, and they are both as lively as ever!", "cat", "white",
     "bird", "purple"),
    ('{"objects": [{"class": "bird", "color": "green"}, {"class": "dog", "color": "purple"}]}', "bird", "green",
     "dog", "purple"),
    ("Once upon a time, an orange bird sat on a brown car and sang.", "bird", "orange", "car", "brown"),
    ("Here comes a blue car, and will you look at that — a brown bird flying along beside it!", "car", "blue",
     "bird", "brown"),
    ("- dog: red - cat: purple - style: realistic, lively - other objects: none", "dog", "red", "cat", "purple"),
    ("Once upon a time, a purple dog and a brown cat played together all day long.", "dog", "purple", "cat",
     "brown"),
    ("A black cat, ladies and gentlemen, and she has a blue ball — she swats it, and away it goes!", "cat",
     "black", "ball", "blue"),
    ("objects: cat (yellow), dog (black) | scene: realistic | mood: lively", "cat", "yellow", "dog", "black"),
    ("Once upon a time, a green cat looked up and saw a white bird.", "cat", "green", "bird", "white"),
    ("And here comes a purple car, and sitting right in front of it — a pink cat, folks, unbelievable!", "car",
     "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("object: car (moving) | visible_in: second half only | first half: empty scene", "car"),
    ("Once upon a time, the road was empty for the whole first half of the video. Then, in the second half, a "
     "little car came driving along.", "car"),
    ("The track is empty for the first half of the video, folks — and here comes a car in the second half, "
     "moving fast!", "car"),
    ('{"object": "cat", "state": "lively", "first_half": "absent", "second_half": "present"}', "cat"),
    ("Once upon a time, nobody was in the garden during the first half of the video. Then, in the second half, "
     "a lively cat came out to play.", "cat"),
    ("Nothing on the lawn for the whole first half, ladies and gentlemen — and now, in the second half, here "
     "comes a lively cat!", "cat"),
    ("- object: bird (flying) - first half: not visible - second half: visible", "bird"),
    ("Once upon a time, the sky was empty for the first half of the video. Then, in the second half, a little "
     "bird flew in.", "bird"),
    ("Empty sky through the first half, folks, and here comes a bird in the second half, flying in from "
     "nowhere!", "bird"),
    ("object: ball (moving) | visible_in: second half | hidden_in: first half", "ball"),
    ("Once upon a time, there was no ball at all in the first half of the video. And in the second half, a "
     "bouncy ball came rolling in.", "ball"),
    ("No ball in play during the first half — and here it comes, ladies and gentlemen, a ball rolling on in "
     "the second half!", "ball"),
    ('{"object": "dog", "action": "walking", "visible_in": "second half", "absent_in": "first half"}', "dog"),
    ("Once upon a time, the path was empty for the first half of the video. Then, in the second half, a happy "
     "dog came walking along.", "dog"),
    ("The first half goes by with no dog in sight, and here comes a dog walking on in the second half, folks!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("object: car (moving) | visible_in: first half | second half: gone", "car"),
    ("Once upon a time, a little car drove along during the first half of the video. Then it drove away, and "
     "for the whole second half it was gone.", "car"),
    ("A car out there in the first half, folks, moving nicely — and it's gone, nowhere to be seen in the second "
     "half!", "car"),
    ('{"object": "cat", "state": "lively", "first_half": "present", "second_half": "absent"}', "cat"),
    ("Once upon a time, a lively cat played in the first half of the video. Then she ran off home, and in the "
     "second half she was not there anymore.", "cat"),
    ("A cat on the lawn for the first half, ladies and gentlemen, and then she's off — no cat at all in the "
     "second half!", "cat"),
    ("- object: bird (flying) - first half: visible - second half: not visible", "bird"),
    ("Once upon a time, a little bird flew about in the first half of the video. Then it flew far away, and "
     "the second half had no bird at all.", "bird"),
    ("There's a bird flying in the first half, and then, folks, it's gone — gone for the whole second half!",
     "bird"),
    ("object: ball (moving) | visible_in: first half only | second half: empty", "ball"),
    ("Once upon a time, a bouncy ball rolled around in the first half of the video. Then it rolled away, and it "
     "was never seen in the second half.", "ball"),
    ("The ball is moving in the first half, ladies and gentlemen — and now it's vanished, not a sign of it in "
     "the second half!", "ball"),
    ('{"object": "dog", "action": "walking", "visible_in": "first half", "absent_in": "second half"}', "dog"),
    ("Once upon a time, a happy dog went walking in the first half of the video. And in the second half, he "
     "had gone home, and he was nowhere to be seen.", "dog"),
    ("A dog walking out there in the first half, folks, and then he's off — no sign of that dog in the second "
     "half!", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("object: car (moving) | motion: left -> right | camera: fixed", "car", RIGHTWARD),
    ("Once upon a time, a little car drove from the left side of the screen all the way to the right side.",
     "car", RIGHTWARD),
    ("And here comes a car from the left side of the screen, and it's racing all the way across to the right!",
     "car", RIGHTWARD),
    ('{"object": "car", "motion": {"from": "right", "to": "left"}, "camera": "static"}', "car", LEFTWARD),
    ("Once upon a time, a happy car started on the right side of the screen and drove all the way over to the "
     "left.", "car", LEFTWARD),
    ("Here comes a car from the right side of the screen, folks, and it is heading all the way across to the "
     "left!", "car", LEFTWARD),
    ("- object: cat (lively) - start: left - end: right - camera: fixed", "cat", RIGHTWARD),
    ("Once upon a time, a lively cat walked from the left side of the screen to the right side.", "cat",
     RIGHTWARD),
    ("The cat comes in from the left side of the screen, ladies and gentlemen, and she's off, all the way to "
     "the right!", "cat", RIGHTWARD),
    ("object: cat | motion: right -> left | style: lively, realistic", "cat", LEFTWARD),
    ("Once upon a time, a curious cat began on the right side of the screen. Then she trotted all the way to "
     "the left.", "cat", LEFTWARD),
    ("Cat starting over on the right side of the screen, and here she goes, moving all the way to the left "
     "side!", "cat", LEFTWARD),
    ('{"object": "bird", "action": "flying", "motion": "left to right"}', "bird", RIGHTWARD),
    ("Once upon a time, a little bird flew from the left side of the sky to the right side.", "bird",
     RIGHTWARD),
    ("Here comes a bird, folks, from the left side of the screen, flying across to the right side!", "bird",
     RIGHTWARD),
    ("- object: bird (flying) - motion: right -> left - camera: static", "bird", LEFTWARD),
    ("Once upon a time, a happy bird flew from the right side of the screen all the way to the left.", "bird",
     LEFTWARD),
    ("A bird on the right side of the screen, ladies and gentlemen, and now it's flying over to the left!",
     "bird", LEFTWARD),
    ("object: ball (moving) | start: left edge | end: right edge", "ball", RIGHTWARD),
    ("Once upon a time, a bouncy ball rolled from the left side of the screen to the right side.", "ball",
     RIGHTWARD),
    ("The ball starts on the left side of the screen, and it's rolling, rolling, all the way to the right!",
     "ball", RIGHTWARD),
    ('{"object": "ball", "state": "moving", "start": "right", "end": "left"}', "ball", LEFTWARD),
    ("Once upon a time, a round little ball began on the right. Then it rolled and rolled until it reached the "
     "left side of the screen.", "ball", LEFTWARD),
    ("And here comes the ball from the right side of the screen, folks, rolling all the way across to the "
     "left!", "ball", LEFTWARD),
    ("- object: dog (walking) - motion: left -> right - camera: fixed", "dog", RIGHTWARD),
    ("Once upon a time, a happy dog walked from the left side of the screen all the way to the right.", "dog",
     RIGHTWARD),
    ("Ladies and gentlemen, a dog walking in from the left side of the screen, and he keeps going to the right "
     "side!", "dog", RIGHTWARD),
    ("object: dog | action: walking | motion: right -> left", "dog", LEFTWARD),
    ("Once upon a time, a friendly dog started on the right side of the screen, and then he walked all the way "
     "to the left.", "dog", LEFTWARD),
    ("A dog on the right side of the screen, folks, and here he comes, walking all the way across to the left!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order.
_DYNAMIC_TWO = [
    ("objects: cat, dog (static) | motion: cat goes from left of dog -> right of dog", "cat", "dog", RIGHTWARD),
    ("Once upon a time, a dog sat very still, and a ball rolled from the right of the dog to the left of the "
     "dog.", "ball", "dog", LEFTWARD),
    ("The bird holds its spot, folks, and here comes the dog, walking from the left of the bird to the right "
     "of it!", "dog", "bird", RIGHTWARD),
    ('{"mover": "bird", "reference": "cat", "reference_motion": "none", "start": "right of cat", "end": "left '
     'of cat"}', "bird", "cat", LEFTWARD),
    ("Once upon a time, a little bird stayed still, and a cat tiptoed from the left of the bird to the right of "
     "the bird.", "cat", "bird", RIGHTWARD),
    ("The cat is standing still, ladies and gentlemen, and a bird flies past it, from the right of the cat over "
     "to the left of the cat!", "bird", "cat", LEFTWARD),
    ("- reference: cat (static) - mover: dog - path: left of cat -> right of cat", "dog", "cat", RIGHTWARD),
    ("Once upon a time, a dog stood still in the field. A bird flew from the right of the dog to the left of "
     "the dog.", "bird", "dog", LEFTWARD),
    ("Here comes the dog from the left of the cat, folks, and he walks on past her to finish on the right of "
     "the cat!", "dog", "cat", RIGHTWARD),
    ("objects: car (parked), bird (flying) | bird path: right of car -> left of car", "bird", "car", LEFTWARD),
    ("Once upon a time, a car was parked by the road, and a bird flew from the left of the car to the right of "
     "the car.", "bird", "car", RIGHTWARD),
    ("The bird sits tight, ladies and gentlemen, and here comes a car, from the right of the bird to the left "
     "of the bird!", "car", "bird", LEFTWARD),
    ('{"mover": "bird", "reference": "cat", "start": "left of cat", "end": "right of cat", "cat": "static"}',
     "bird", "cat", RIGHTWARD),
    ("Once upon a time, a little bird sat still, and a car drove from the right of the bird to the left of it.",
     "car", "bird", LEFTWARD),
    ("The dog is holding still, folks, and a bird flies from the left of the dog all the way to the right of "
     "the dog!", "bird", "dog", RIGHTWARD),
    ("- reference: cat (still) - mover: dog (walking) - from: right of cat - to: left of cat", "dog", "cat",
     LEFTWARD),
    ("Once upon a time, a dog sat quietly, and a ball rolled from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("A cat standing still, ladies and gentlemen, and here comes a bird from the right of the cat, flying over "
     "to the left of the cat!", "bird", "cat", LEFTWARD),
    ("objects: ball (static), car (moving) | car path: left of ball -> right of ball", "car", "ball", RIGHTWARD),
    ("Once upon a time, a bird rested still, and a cat walked from the right of the bird to the left of the "
     "bird.", "cat", "bird", LEFTWARD),
    ("The car is parked, folks, and here comes a dog, walking from the left of the car to the right of the "
     "car!", "dog", "car", RIGHTWARD),
    ('{"reference": {"class": "bird", "motion": "none"}, "mover": {"class": "ball", "from": "right of bird", '
     '"to": "left of bird"}}', "ball", "bird", LEFTWARD),
    ("Once upon a time, a ball went rolling past a sleepy dog. It started on the left of the dog, and at the "
     "end it was on the right of the dog.", "ball", "dog", RIGHTWARD),
    ("The cat stays put, ladies and gentlemen, and the ball rolls from the right of the cat over to the left "
     "of the cat!", "ball", "cat", LEFTWARD),
    ("- reference: ball (static) - mover: car - start: left of ball - end: right of ball", "car", "ball",
     RIGHTWARD),
    ("Once upon a time, a cat sat still in the garden. Then a bird flew from the right of the cat to the left "
     "of the cat.", "bird", "cat", LEFTWARD),
    ("Here comes the dog, folks, starting on the left of the bird, and he walks on until he's on the right of "
     "the bird!", "dog", "bird", RIGHTWARD),
    ("objects: cat (static), dog (walking) | dog path: right of cat -> left of cat", "dog", "cat", LEFTWARD),
    ("Once upon a time, a car was parked, and a ball rolled from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Ladies and gentlemen, the dog begins on the right of the cat, the cat holds still, and the dog walks over "
     "to the left of the cat!", "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("view: top-down | object: car | path: lower left -> lower right -> upper right", "car", BL_BR_TR),
    ("Once upon a time, seen from high above, a little car started in the lower left corner. Then it drove to "
     "the upper left corner. And at the end, it went to the upper right corner.", "car", BL_TL_TR),
    ("The overhead camera has it, folks: a car starting in the lower right corner, over to the lower left, and "
     "now up to the upper left!", "car", BR_BL_TL),
    ('{"view": "top-down", "object": "car", "waypoints": ["lower right", "upper right", "upper left"]}', "car",
     BR_TR_TL),
    ("Once upon a time, seen from straight above, a lively cat sat in the lower left corner. Then she walked to "
     "the lower right corner. And at the end, she went up to the upper right corner.", "cat", BL_BR_TR),
    ("Looking down from the overhead camera, ladies and gentlemen, the cat starts in the lower left, moves up "
     "to the upper left, and finishes in the upper right!", "cat", BL_TL_TR),
    ("- view: top-down - object: cat - start: lower right - then: lower left - end: upper left", "cat",
     BR_BL_TL),
    ("Once upon a time, looking down from above, a cat began in the lower right corner. Then she walked up to "
     "the upper right corner. And at the end, she went to the upper left corner.", "cat", BR_TR_TL),
    ("From the overhead camera, folks, a bird in the lower left, flying to the lower right, and now up to the "
     "upper right!", "bird", BL_BR_TR),
    ("view: overhead | object: bird (flying) | route: lower left -> upper left -> upper right", "bird",
     BL_TL_TR),
    ("Once upon a time, seen from high above, a little bird began in the lower right corner. Then it flew to "
     "the lower left corner. And at the end, it flew up to the upper left corner.", "bird", BR_BL_TL),
    ("Top-down view, ladies and gentlemen: the bird starts in the lower right, goes up to the upper right, and "
     "finishes in the upper left!", "bird", BR_TR_TL),
    ('{"camera": "top-down", "object": "ball", "path": ["lower left", "lower right", "upper right"]}', "ball",
     BL_BR_TR),
    ("Once upon a time, seen from above, a bouncy ball started in the lower left corner. Then it rolled up to "
     "the upper left corner. And at the end, it rolled to the upper right corner.", "ball", BL_TL_TR),
    ("Overhead camera on the ball, folks: it starts in the lower right, rolls across to the lower left, and up "
     "it goes to the upper left!", "ball", BR_BL_TL),
    ("- view: top-down - object: ball (moving) - path: lower right -> upper right -> upper left", "ball",
     BR_TR_TL),
    ("Once upon a time, seen from high above, a happy dog started in the lower left corner. Then he walked to "
     "the lower right corner. And at the end, he walked up to the upper right corner.", "dog", BL_BR_TR),
    ("From the overhead camera, ladies and gentlemen, the dog sets off from the lower left, walks up to the "
     "upper left, and ends in the upper right!", "dog", BL_TL_TR),
    ("view: top-down | object: dog (walking) | stops: 1) lower right 2) lower left 3) upper left", "dog",
     BR_BL_TL),
    ("Once upon a time, looking down from above, a friendly dog began in the lower right corner. Then he walked "
     "up to the upper right corner. And at the end, he went to the upper left corner.", "dog", BR_TR_TL),
    ("Overhead shot now, folks: the car starts in the lower left, races over to the lower right, then up to "
     "the upper right!", "car", BL_BR_TR),
    ('{"view": "top-down", "object": "cat", "start": "lower left", "via": "upper left", "end": "upper right"}',
     "cat", BL_TL_TR),
    ("Once upon a time, seen from far above, a bird was in the lower right corner. Then it flew to the lower "
     "left corner. And at the end, it flew to the upper left corner.", "bird", BR_BL_TL),
    ("Looking straight down from above, ladies and gentlemen, the ball is in the lower right, it rolls up to "
     "the upper right, and it ends in the upper left!", "ball", BR_TR_TL),
    ("- view: overhead - object: dog - route: lower left, then lower right, then upper right", "dog", BL_BR_TR),
    ("Once upon a time, seen from high above, a little car started in the lower right corner. Then it drove to "
     "the lower left corner. And at the end, it drove up to the upper left corner.", "car", BR_BL_TL),
    ("Top-down view, folks: the cat starts in the lower right, heads up to the upper right, and finishes in the "
     "upper left!", "cat", BR_TR_TL),
    ("view: top-down | object: bird | start: lower left | next: lower right | end: upper right", "bird",
     BL_BR_TR),
    ("Once upon a time, looking down from far above, a ball sat in the lower left corner. Then it rolled up to "
     "the upper left corner. And at the end, it rolled to the upper right corner.", "ball", BL_TL_TR),
    ("The overhead camera picks up the dog in the lower right, ladies and gentlemen, he walks to the lower "
     "left, and now up to the upper left!", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
