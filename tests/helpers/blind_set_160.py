"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Jupyter notebook pasted as text, its cells one after another (markdown cells with "##" headings,
  "**Note:**", "-" bullets and "|" tables; code cells under "In [ ]:" with Python dicts, loops, asserts and
  print calls; what they print, or an "Out[ ]:" value, right under them), where the notebook, its cells,
  its code, its variables and its outputs are never in the video, and the clip they set out is the clip;
  it writes no digits at all (the cells are never numbered, no list is numbered, nothing prints a
  length), a count only as a word, and in numeracy prompts no name or key stands for a thing beside the
  count's own class;
- a South African English speaker ("Howzit", "ja", "ja-nee", "eish", "yoh", "ag", "hey" and "né" at the
  end, "lekker", "shame" for sweet, "check" for look, "pitches up" for turns up, "boet", "jislaaik",
  "sharp sharp"), where the speaker and whoever he talks to are never in the video, and what he tells of
  is the clip; he never says "robot", "bakkie", "braai" or "sho't left", and in numeracy prompts calls
  nobody "boet" or "man" and names nobody at all;
- a tennis chair umpire calling the points ("Quiet, please.", "Thank you.", "Time.", "Ready, play.",
  "Players ready.", "The call stands.", "Overrule.", "Fifteen-love", "Deuce.", "Advantage Ito.", "Game,
  Moreau.", "Game, set and match."), where the umpire, the players, the crowd, the net and the court are
  never in the video, and what the umpire calls is the clip; the players' names carry no class noun and
  no colour, he never asks for new balls or speaks of a tennis ball (his only ball is LVD's), and in
  numeracy prompts he names no player, calls no score and says nothing but the clip and his calls.

LVD's class nouns and colour words are kept (LVD's "gray", never "grey"), since its predicates look
objects up by them; counts are always written as words, and numeracy prompts name nothing else a reader
would draw as an object (no player, no net, no "boet", no notebook name beside the count) and put no
other number word beside it (no score, no "first", no "both", no "deuce", no "love", no numbered cell).
No voice gives its own props a colour (no yellow tennis ball, no red clay, no green tick in a cell), no
idiom hides a class noun or a side (no "carry on", "scatter", "locate", "football", "Hawk-Eye", "all
right", "alright", "right now" or "leftover", and no variable name like "cat_by_half"), "half" is only
said of the clip's halves (never "half-volley" or "on behalf of"), "upper", "lower", "corner", "top" and
"bottom" only of a route (never "top seed", "stop" or "laptop"), and "still" only of a relation's second
object (never "still running"). A relation names its second object at both ends and says that object
stays still; a route is always seen from above (never "top-down", never "bird's-eye"). It takes LVD's
attribution pairs 10-39 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 158/180 (87.8%) on 89b41f8a (numeracy 21, attribution 28, visibility 25, dynamic_one 28,
dynamic_two 29, sequential 27); held back from every fixer of its session and scored again on its last code:
158/180. Its misses: a notebook's code cells read as words and their printed output read as the things again
("print(spec['count'], spec['subject'])" over "one moving car"), dictionaries of halves and colours ('{"first
half": False, "second half": True}', '{"ball": "yellow", "bird": "pink"}'), a route in a list a loop prints, a
markdown heading over "- starts: / - then: / - ends:" bullets; a South African "Check this cat, hey: a lively
cat running ...". They wait for the next session.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('## Clip spec\nIn [ ]:\nspec = {"subject": "moving car", "count": "one", "span": "start to finish"}\n'
     'print(spec["count"], spec["subject"], "-", spec["span"], "- nothing else")\n'
     'one moving car - start to finish - nothing else',
     "car", 1),
    ("Howzit! Ja, so in the clip you get two moving cars, from the start to the end, and nothing else, hey. Lekker.",
     "car", 2),
    ("Quiet, please. Thank you. Three moving cars, in view from the start of the clip to the end. Nothing else. "
     "Ready... play.",
     "car", 3),
    ('### What the clip shows\nFour moving cars, the whole clip, start to end.\n\nIn [ ]:\n'
     'print("four moving cars, start to end; nothing else")\nfour moving cars, start to end; nothing else',
     "car", 4),
    ("Eish, just one lively cat in the clip, from the very start to the very end. Nothing else, hey, just the cat. "
     "Shame, she's so lekker.",
     "cat", 1),
    ("Time. Two lively cats, from the start of the clip to the end. Nothing else in view. Thank you.", "cat", 2),
    ('In [ ]:\nclip = describe(subject="lively cat", count="three", visible="start to end")\nprint(clip)\n'
     'three lively cats, visible from start to end, nothing else',
     "cat", 3),
    ("Ag, you must see this, hey: four lively cats, from start to finish of the clip. Nothing else in it, ja. "
     "Jislaaik, they're lively!",
     "cat", 4),
    ("Quiet, please. One flying bird, in view from start to finish. Nothing else. The call stands.", "bird", 1),
    ('**Note:** this is the whole clip, start to finish.\n\nIn [ ]:\nprint("two flying birds")\n'
     'print("nothing else")\ntwo flying birds\nnothing else',
     "bird", 2),
    ("Yoh, three flying birds, flapping the whole clip, start to end, né? Nothing else, nothing at all. Lekker.",
     "bird", 3),
    ("Thank you. Four flying birds, from the start of the clip to the end. Nothing else in the clip. Play.", "bird", 4),
    ('In [ ]:\nsubject, count = "moving ball", "one"\nprint(f"{count} {subject}, start to finish, nothing else")\n'
     'one moving ball, start to finish, nothing else',
     "ball", 1),
    ("Howzit. The clip is just two moving balls, rolling from start to finish, hey. Nothing else. Ja-nee, that's it.",
     "ball", 2),
    ("Quiet, please. Three moving balls, in play from the start of the clip to the end. Nothing else. Thank you.",
     "ball", 3),
    ('## Expected\nWhole clip, start to finish.\n\nIn [ ]:\n'
     'expected = {"moving balls": "four", "anything else": "nothing"}\nfor thing, how_many in expected.items():\n'
     '    print(thing, "->", how_many)\nmoving balls -> four\nanything else -> nothing',
     "ball", 4),
    ("Ja, so it's one walking dog, hey, from the start of the clip to the end. Nothing else in there, just the dog. "
     "Sharp sharp.",
     "dog", 1),
    ("Time. Two walking dogs, in view from start to finish. Nothing else. Ready, play.", "dog", 2),
    ('In [ ]:\ndogs = "three walking dogs"\nprint(dogs, "| start to end | nothing else")\n'
     'three walking dogs | start to end | nothing else',
     "dog", 3),
    ("Ag, four walking dogs in the clip, from the very start to the very end, and nothing else. Too lekker!", "dog", 4),
    ("Ready. Two moving cars, start of the clip to the end. Nothing else. Play.", "car", 2),
    ('In [ ]:\nprint("subject: lively cats")\nprint("count: three")\nprint("span: whole clip")\n'
     'print("extras: nothing")\nsubject: lively cats\ncount: three\nspan: whole clip\nextras: nothing',
     "cat", 3),
    ("Howzit! Just one flying bird, hey, from the start of the clip to the end. Nothing else at all, is it? Ja, "
     "nothing else.",
     "bird", 1),
    ("Quiet, please. Four moving balls, in play from start to finish. Nothing else in the clip. Thank you.", "ball", 4),
    ('### Clip\n- two walking dogs\n- in view from start to finish\n- nothing else\n\nIn [ ]:\n'
     'assert spec == {"walking dogs": "two", "span": "start to finish", "extras": "nothing"}\nprint("spec ok")\n'
     'spec ok',
     "dog", 2),
    ("Check, four moving cars in the clip, start to finish, hey. Nothing else. Hectic, né?", "car", 4),
    ("Quiet, please. One lively cat, from the start of the clip to the end, and nothing else. The call stands. Thank "
     "you.",
     "cat", 1),
    ('## Summary\nIn [ ]:\nsummary = "three flying birds, whole clip, start to finish; nothing else"\nsummary\n'
     'Out[ ]:\n\'three flying birds, whole clip, start to finish; nothing else\'',
     "bird", 3),
    ("Eish, two moving balls, bouncing from the start of the clip to the end, ja. Nothing else in the clip, hey.",
     "ball", 2),
    ("Ready. Four walking dogs, start to finish. Nothing else in view. Play. Thank you.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Howzit! So there's a yellow ball and a pink dog, hey, next to each other for the whole clip. Lekker.",
     "ball", "yellow", "dog", "pink"),
    ("Quiet, please. A pink bird beside a gray ball, both in view from start to finish. Thank you.",
     "bird", "pink", "ball", "gray"),
    ('## Side by side, whole clip\nIn [ ]:\nscene = [("gray", "dog"), ("purple", "car")]\n'
     'for colour, thing in scene:\n    print(colour, thing)\ngray dog\npurple car',
     "dog", "gray", "car", "purple"),
    ("Ladies and gentlemen, quiet please. A green cat next to a purple ball, side by side, the whole clip. Players "
     "ready.",
     "cat", "green", "ball", "purple"),
    ("Ja, check: a green dog with a gray ball next to it, start to finish. Shame, he looks so proud, hey.",
     "dog", "green", "ball", "gray"),
    ('Both side by side for the whole clip.\n\nIn [ ]:\nobjects = {"ball": "yellow", "bird": "pink"}\nprint(objects)\n'
     '{\'ball\': \'yellow\', \'bird\': \'pink\'}',
     "ball", "yellow", "bird", "pink"),
    ("Time. A pink cat and a yellow dog, side by side, in view from start to finish. Ready, play.",
     "cat", "pink", "dog", "yellow"),
    ("Eish, a brown car and a yellow ball, side by side, the whole clip, hey. Ja, that's all.",
     "car", "brown", "ball", "yellow"),
    ("### Objects\n| thing | colour |\n|---|---|\n| car | brown |\n| dog | white |\n\n"
     "Beside each other, start to finish.",
     "car", "brown", "dog", "white"),
    ("Quiet, please. An orange dog beside a brown car, both in view the whole clip. Thank you.",
     "dog", "orange", "car", "brown"),
    ("Ag, you'll love this: a brown ball with an orange cat next to it, start to finish of the clip. Too lekker, boet.",
     "ball", "brown", "cat", "orange"),
    ('In [ ]:\nprint("gray dog", "orange ball", sep=" | ")\ngray dog | orange ball\n\n'
     '**Note:** side by side, whole clip.',
     "dog", "gray", "ball", "orange"),
    ("Fifteen-love. A yellow ball and an orange cat, side by side, from start to finish of the clip. Quiet, please.",
     "ball", "yellow", "cat", "orange"),
    ("Ja, so in the clip there's a purple dog next to a brown car, the whole time, né? Sharp.",
     "dog", "purple", "car", "brown"),
    ('## Scene: side by side\nIn [ ]:\nfor thing in ["gray dog", "blue car"]:\n'
     '    print(thing, "- in view, whole clip")\ngray dog - in view, whole clip\nblue car - in view, whole clip',
     "dog", "gray", "car", "blue"),
    ("Thirty-fifteen. A white car with an orange bird beside it, both in view the whole clip. Thank you.",
     "car", "white", "bird", "orange"),
    ("Howzit. A brown car and a blue bird next to it, from start to finish, hey. Eish, what a combo.",
     "car", "brown", "bird", "blue"),
    ('In [ ]:\ncar = {"colour": "blue"}\ncat = {"colour": "yellow", "next_to": "car"}\n'
     'print("car:", car["colour"], "| cat:", cat["colour"])\ncar: blue | cat: yellow\n\n'
     'Both in view for the whole clip.',
     "car", "blue", "cat", "yellow"),
    ("Deuce. A gray cat beside a yellow bird, side by side from start to finish. Quiet, please.",
     "cat", "gray", "bird", "yellow"),
    ("Yoh, a white dog next to a black car, the whole clip long, hey. Ja-nee, that's the clip.",
     "dog", "white", "car", "black"),
    ('### Side by side, the whole clip\nIn [ ]:\nprint(" + ".join(["red car", "brown bird"]))\nred car + brown bird',
     "car", "red", "bird", "brown"),
    ("Advantage Moreau. A purple cat next to a green car, both in view the whole clip. Thank you.",
     "cat", "purple", "car", "green"),
    ("Ja, check the clip: a gray car with an orange dog beside it, start to end. Lekker, boet.",
     "car", "gray", "dog", "orange"),
    ('### Colours\nIn [ ]:\nprint("cat ->", "red")\nprint("dog ->", "gray")\ncat -> red\ndog -> gray\n\n'
     'Side by side for the whole clip.',
     "cat", "red", "dog", "gray"),
    ("Game, Moreau. A red dog and a gray car, side by side, from start to finish. Quiet, please.",
     "dog", "red", "car", "gray"),
    ("Eish, a purple dog next to a yellow car, the whole clip, hey. Hectic colours, né?",
     "dog", "purple", "car", "yellow"),
    ('In [ ]:\nclip = {"cat": "red", "ball": "gray"}  # side by side, start to finish\nclip\nOut[ ]:\n'
     '{\'cat\': \'red\', \'ball\': \'gray\'}',
     "cat", "red", "ball", "gray"),
    ("Quiet, please. A brown cat beside a blue dog, both in view from the start of the clip to the end. Players ready.",
     "cat", "brown", "dog", "blue"),
    ("Shame, man, a white dog with a red cat next to it, from start to finish. Cute, hey.",
     "dog", "white", "cat", "red"),
    ('## Clip\nA yellow bird beside an orange car, whole clip.\n\nIn [ ]:\n'
     'print("yellow bird", "orange car", sep=" and ")\nyellow bird and orange car',
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Quiet, please. No car in the first half of the clip. In the second half, a moving car comes into view. Thank "
     "you.",
     "car"),
    ('In [ ]:\nfor half in ["first half", "second half"]:\n'
     '    print(half, "->", "moving car" if half == "second half" else "no car")\nfirst half -> no car\n'
     'second half -> moving car',
     "car"),
    ("Eish, no car in the first half, hey. Then in the second half a moving car pitches up. Ja, only then.", "car"),
    ('### Timeline\n- first half: no cat\n- second half: a lively cat appears\n\nIn [ ]:\n'
     'print(timeline["first half"])\nno cat',
     "cat"),
    ("Check, there's no cat in the first half of the clip. Second half, a lively cat pitches up, hey. Lekker.", "cat"),
    ("Time. First half of the clip: no cat. Second half: a lively cat appears. Thank you.", "cat"),
    ("Ja, the first half is empty, no bird, nothing. Then in the second half a flying bird comes in, hey. Eish, "
     "finally.",
     "bird"),
    ("Quiet, please. A flying bird appears only in the second half of the clip; in the first half, no bird. Play.",
     "bird"),
    ('In [ ]:\nvisible = {"first half": False, "second half": True}\nprint("flying bird:", visible)\n'
     'flying bird: {\'first half\': False, \'second half\': True}',
     "bird"),
    ("Ladies and gentlemen, quiet please. No ball in the first half of the clip. In the second half, a moving ball "
     "appears.",
     "ball"),
    ("Howzit. In the first half there's no ball, hey. Second half, a moving ball rolls in, ja.", "ball"),
    ('## When does the ball appear?\nIn [ ]:\nprint(appears_in("moving ball"))\nsecond half\n\n'
     '**Note:** no ball in the first half.',
     "ball"),
    ('In [ ]:\nframes = {"first half": [], "second half": ["walking dog"]}\nframes\nOut[ ]:\n'
     '{\'first half\': [], \'second half\': [\'walking dog\']}',
     "dog"),
    ("Overrule. There is no dog in the first half; a walking dog appears in the second half of the clip. Thank you.",
     "dog"),
    ("Ja, no dog for the whole first half, hey. Then in the second half a walking dog pitches up, tail going. Lekker.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ('In [ ]:\nprint("first half:", "moving car")\nprint("second half:", "no car")\nfirst half: moving car\n'
     'second half: no car',
     "car"),
    ("Eish, there's a moving car in the first half, hey, and then in the second half, gone. No car. Just like that.",
     "car"),
    ("Quiet, please. A moving car in the first half of the clip. In the second half, no car. Thank you.", "car"),
    ("Time. A lively cat is in view in the first half; in the second half, no cat. Ready, play.", "cat"),
    ('### Cat, by half\n- first half: a lively cat, in view\n- second half: no cat\n\nIn [ ]:\n'
     'print(by_half["second half"])\nno cat',
     "cat"),
    ("Ja, a lively cat in the first half of the clip, hey. Second half, no cat, she's gone. Shame.", "cat"),
    ("Check, a flying bird in the first half, ja. In the second half, no bird, it's gone, hey.", "bird"),
    ("Ladies and gentlemen, a flying bird in the first half of the clip. No bird in the second half. Thank you.",
     "bird"),
    ('In [ ]:\nassert in_first_half("flying bird") and not in_second_half("bird")\n'
     'print("flying bird: first half only")\nflying bird: first half only',
     "bird"),
    ('## Ball\nIn [ ]:\nprint({"first half": "moving ball", "second half": "no ball"})\n'
     '{\'first half\': \'moving ball\', \'second half\': \'no ball\'}',
     "ball"),
    ("Quiet, please. A moving ball in play in the first half of the clip. Second half: no ball. Thank you.", "ball"),
    ("Yoh, a moving ball in the first half, hey, and then in the second half, no ball. Eish, where did it go?", "ball"),
    ("Ja, a walking dog in the first half of the clip, né. Second half, no dog. Gone home, hey.", "dog"),
    ('In [ ]:\nhalves = ["walking dog", "no dog"]\nfor name, seen in zip(["first half", "second half"], halves):\n'
     '    print(name, "|", seen)\nfirst half | walking dog\nsecond half | no dog',
     "dog"),
    ("Time. A walking dog in the first half of the clip; in the second half, no dog. The call stands.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ('## Across the frame\nIn [ ]:\nmove = {"subject": "moving car", "from": "left", "to": "right"}\n'
     'print(move["subject"], move["from"], "->", move["to"])\nmoving car left -> right',
     "car", RIGHTWARD),
    ("Yoh, a moving car zooms from the right of the frame to the left, hey. Hectic.", "car", LEFTWARD),
    ("Quiet, please. A moving car, from the left side of the frame to the right side. Thank you.", "car", RIGHTWARD),
    ('### Direction\nThe car crosses the frame from the right to the left.\n\nIn [ ]:\nprint(direction("car"))\n'
     'right -> left',
     "car", LEFTWARD),
    ("Ja, a car driving from the left side of the frame over to the right side, hey. Lekker.", "car", RIGHTWARD),
    ("Fifteen-all. A car crosses the frame from the right side to the left side. Quiet, please.", "car", LEFTWARD),
    ("Quiet, please. A lively cat runs from the left side of the frame to the right side. Thank you.",
     "cat", RIGHTWARD),
    ('## Across the frame\nIn [ ]:\npath = ("right", "left")\nprint("lively cat:", " -> ".join(path))\n'
     'lively cat: right -> left',
     "cat", LEFTWARD),
    ("Check this cat, hey: a lively cat running from the left of the frame to the right. Ja, just like that.",
     "cat", RIGHTWARD),
    ("Time. A cat moves from the right side of the frame to the left side. Ready, play.", "cat", LEFTWARD),
    ("## Cat\nMoves across the frame, left to right.\n\nIn [ ]:\ncat.start, cat.end\nOut[ ]:\n('left', 'right')",
     "cat", RIGHTWARD),
    ("Eish, a lively cat dashes from the right side of the frame to the left side, hey. Too quick!", "cat", LEFTWARD),
    ("Yoh, check, a flying bird from the left of the frame to the right, hey. Lekker.", "bird", RIGHTWARD),
    ("Quiet, please. A flying bird crosses from the right side of the frame to the left side. Thank you.",
     "bird", LEFTWARD),
    ('Across the frame, in this order:\n\nIn [ ]:\nfor side in ["left", "right"]:\n'
     '    print("flying bird on the", side)\nflying bird on the left\nflying bird on the right',
     "bird", RIGHTWARD),
    ("Ja, a bird flying from the right side of the frame over to the left side, né. Shame, so pretty.",
     "bird", LEFTWARD),
    ("Thirty-love. A bird flies from the left side of the frame to the right side. Quiet, please.", "bird", RIGHTWARD),
    ("### Bird\nIn [ ]:\nprint(bird.direction)\nright to left\n\n**Note:** across the whole frame.", "bird", LEFTWARD),
    ('In [ ]:\nball = {"kind": "moving ball", "start": "left side", "end": "right side"}\n'
     'print(ball["start"], "->", ball["end"])\nleft side -> right side',
     "ball", RIGHTWARD),
    ("Ball, from the right side of the frame to the left side, in play the whole way. Thank you.", "ball", LEFTWARD),
    ("Howzit. A ball rolling from the left side of the frame to the right side, hey. Ja, that's it.",
     "ball", RIGHTWARD),
    ('## Ball path\nIn [ ]:\nprint("right", "left", sep=" -> ")\nright -> left\n\n'
     'The moving ball crosses the frame that way.',
     "ball", LEFTWARD),
    ("Deuce. A moving ball travels from the left of the frame to the right. Ready, play.", "ball", RIGHTWARD),
    ("Eish, a moving ball rolls from the right side of the frame to the left side, hey.", "ball", LEFTWARD),
    ("Ja, a walking dog, from the left side of the frame to the right side, né. Lekker walk.", "dog", RIGHTWARD),
    ('In [ ]:\ndog = Walker("walking dog", start="right", end="left")\nprint(dog)\nwalking dog: right -> left',
     "dog", LEFTWARD),
    ("Quiet, please. A walking dog walks from the left side of the frame to the right side. Thank you.",
     "dog", RIGHTWARD),
    ("Check, a dog walking from the right of the frame over to the left, hey. Shame, so chilled.", "dog", LEFTWARD),
    ("### Dog\nCrosses the frame left to right.\n\nIn [ ]:\nprint(dog.start, dog.end)\nleft right", "dog", RIGHTWARD),
    ("Game, Ito. A walking dog from the right side of the frame to the left side. Quiet, please.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stays still.\n\nIn [ ]:\nprint(bird.path)\nleft of the ball -> right of the ball",
     "bird", "ball", RIGHTWARD),
    ("Ja, the ball stays still, hey, and a bird flies from the right of the ball to the left of the ball. Lekker.",
     "bird", "ball", LEFTWARD),
    ("Quiet, please. A bird flies from the left of the dog to the right of the dog. The dog stays still. Thank you.",
     "bird", "dog", RIGHTWARD),
    ("## Relation\n- reference: car (stays still)\n- mover: bird, from the right of the car to the left of the car",
     "bird", "car", LEFTWARD),
    ("Eish, a car drives from the left of the cat to the right of the cat, and the cat stays still, hey. Brave cat.",
     "car", "cat", RIGHTWARD),
    ("Time. The ball stays still. A dog walks from the right of the ball to the left of the ball. Ready, play.",
     "dog", "ball", LEFTWARD),
    ('In [ ]:\nprint("cat: left of the ball -> right of the ball")\nprint("ball: stays still")\n'
     'cat: left of the ball -> right of the ball\nball: stays still',
     "cat", "ball", RIGHTWARD),
    ("Check, the ball stays still, ja, and a dog walks from the right of the ball over to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Fifteen-love. A cat runs from the left of the bird to the right of the bird; the bird stays still. Quiet, "
     "please.",
     "cat", "bird", RIGHTWARD),
    ('### Dog and car\nThe car stays still.\n\nIn [ ]:\nprint(dog.start, "->", dog.end)\n'
     'right of the car -> left of the car',
     "dog", "car", LEFTWARD),
    ("Yoh, a bird flying from the left of the ball to the right of the ball, hey, and the ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("Quiet, please. The ball stays still. A bird flies from the right of the ball to the left of the ball. Thank you.",
     "bird", "ball", LEFTWARD),
    ('In [ ]:\n'
     'relation = {"mover": "car", "from": "left of the ball", "to": "right of the ball", "ball": "stays still"}\n'
     'for key, value in relation.items():\n    print(key, "=", value)\nmover = car\nfrom = left of the ball\n'
     'to = right of the ball\nball = stays still',
     "car", "ball", RIGHTWARD),
    ("Ja, the dog stays still, né, and a bird flies from the right of the dog to the left of the dog. Lekker.",
     "bird", "dog", LEFTWARD),
    ("Deuce. A dog walks from the left of the car to the right of the car. The car stays still. Thank you.",
     "dog", "car", RIGHTWARD),
    ("## Bird passes the ball\nThe ball stays still.\n\nIn [ ]:\nbird.path\nOut[ ]:\n"
     "('right of the ball', 'left of the ball')",
     "bird", "ball", LEFTWARD),
    ("Eish, a dog walking from the left of the cat to the right of the cat, and the cat stays still, hey. Shame, so "
     "calm.",
     "dog", "cat", RIGHTWARD),
    ("Quiet, please. The car stays still; a dog walks from the right of the car to the left of the car. Ready, play.",
     "dog", "car", LEFTWARD),
    ('The dog stays still.\n\nIn [ ]:\nprint("cat runs from the left of the dog to the right of the dog")\n'
     'cat runs from the left of the dog to the right of the dog',
     "cat", "dog", RIGHTWARD),
    ("Howzit. A cat runs from the right of the ball to the left of the ball, hey, and the ball stays still.",
     "cat", "ball", LEFTWARD),
    ("Advantage Ito. A cat runs from the left of the dog to the right of the dog; the dog stays still. Quiet, please.",
     "cat", "dog", RIGHTWARD),
    ("### Ball and dog\n- the dog stays still\n- the ball rolls from the right of the dog to the left of the dog",
     "ball", "dog", LEFTWARD),
    ("Ja, the bird stays still, hey, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Time. A bird flies from the right of the cat to the left of the cat. The cat stays still. Thank you.",
     "bird", "cat", LEFTWARD),
    ('In [ ]:\nprint("bird:", "stays still")\nprint("cat:", "left of the bird", "->", "right of the bird")\n'
     'bird: stays still\ncat: left of the bird -> right of the bird',
     "cat", "bird", RIGHTWARD),
    ("Check, the cat stays still, ja, and a bird flies from the right of the cat to the left of the cat, hey.",
     "bird", "cat", LEFTWARD),
    ("Quiet, please. A dog walks from the left of the cat to the right of the cat, and the cat stays still. Game.",
     "dog", "cat", RIGHTWARD),
    ('## Last relation\nThe dog stays still.\n\nIn [ ]:\nprint(bird.start, "->", bird.end)\n'
     'right of the dog -> left of the dog',
     "bird", "dog", LEFTWARD),
    ("Yoh, a dog walks from the left of the cat to the right of the cat, and the cat stays still, né. Lekker.",
     "dog", "cat", RIGHTWARD),
    ("Game, set and match. A bird flies from the right of the car to the left of the car; the car stays still. Thank "
     "you.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Quiet, please. Seen from above: a car, lower left corner, then lower right corner, then upper right corner. "
     "Thank you.",
     "car", BL_BR_TR),
    ('In [ ]:\nroute = ["lower left corner", "upper left corner", "upper right corner"]  # seen from above\n'
     'for corner in route:\n    print("car ->", corner)\ncar -> lower left corner\ncar -> upper left corner\n'
     'car -> upper right corner',
     "car", BL_TL_TR),
    ("Ja, seen from above, a car drives from the lower right corner to the lower left corner, then on to the upper "
     "left corner, hey.",
     "car", BR_BL_TL),
    ("Time. From above: a car goes from the lower right corner to the upper right corner, then to the upper left "
     "corner. Ready, play.",
     "car", BR_TR_TL),
    ("## Cat route (seen from above)\n- lower left corner\n- lower right corner\n- upper right corner",
     "cat", BL_BR_TR),
    ("Check, from above: a cat runs from the lower left corner to the upper left corner, and then to the upper right "
     "corner, hey. Lekker.",
     "cat", BL_TL_TR),
    ("Quiet, please. Seen from above, a cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner. Thank you.",
     "cat", BR_BL_TL),
    ("In [ ]:\ncat.route  # seen from above\nOut[ ]:\n"
     "['lower right corner', 'upper right corner', 'upper left corner']",
     "cat", BR_TR_TL),
    ("Yoh, looking down from above, a bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner, né.",
     "bird", BL_BR_TR),
    ("Deuce. From above: a bird, lower left corner to upper left corner, then upper right corner. Quiet, please.",
     "bird", BL_TL_TR),
    ('In [ ]:\nprint(" -> ".join(bird.path))\nlower right corner -> lower left corner -> upper left corner\n\n'
     '**Note:** the view is from above.',
     "bird", BR_BL_TL),
    ("Ja, seen from above, hey: a bird starts in the lower right corner, flies to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Quiet, please. Seen from above, a ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner. Thank you.",
     "ball", BL_BR_TR),
    ("### Ball (view from above)\nIn [ ]:\nfor corner in ball.route:\n    print(corner)\nlower left corner\n"
     "upper left corner\nupper right corner",
     "ball", BL_TL_TR),
    ("Eish, from above, a ball rolling from the lower right corner to the lower left corner, and then up to the upper "
     "left corner, hey.",
     "ball", BR_BL_TL),
    ("Time. From above: a ball from the lower right corner to the upper right corner, then the upper left corner. "
     "Ready, play.",
     "ball", BR_TR_TL),
    ('## Dog\nIn [ ]:\nview, route = "from above", ["lower left corner", "lower right corner", "upper right corner"]\n'
     'print(view, "|", route)\nfrom above | [\'lower left corner\', \'lower right corner\', \'upper right corner\']',
     "dog", BL_BR_TR),
    ("Ja, from above, a dog walks from the lower left corner to the upper left corner, then to the upper right "
     "corner, né. Good boy.",
     "dog", BL_TL_TR),
    ("Quiet, please. From above, a dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. Thank you.",
     "dog", BR_BL_TL),
    ("## Dog, seen from above\n- starts: lower right corner\n- then: upper right corner\n- ends: upper left corner",
     "dog", BR_TR_TL),
    ("Howzit. Seen from above, a car drives from the lower left corner to the lower right corner, then to the upper "
     "right corner, hey.",
     "car", BL_BR_TR),
    ("Fifteen-thirty. From above, a cat runs from the lower left corner to the upper left corner, then to the upper "
     "right corner. Thank you.",
     "cat", BL_TL_TR),
    ('Seen from above.\n\nIn [ ]:\nprint(route_from_above("bird"))\n'
     'lower right corner, lower left corner, upper left corner',
     "bird", BR_BL_TL),
    ("Check, from above, a ball rolls from the lower right corner to the upper right corner, then to the upper left "
     "corner, ja.",
     "ball", BR_TR_TL),
    ("Quiet, please. Seen from above: a dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Game.",
     "dog", BL_BR_TR),
    ("### Car route\nSeen from above.\n\nIn [ ]:\ncar.route\nOut[ ]:\n"
     "('lower right corner', 'upper right corner', 'upper left corner')",
     "car", BR_TR_TL),
    ("Eish, looking down from above, a cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner, hey.",
     "cat", BR_BL_TL),
    ("Time. From above: a bird flies from the lower left corner to the lower right corner, then on to the upper right "
     "corner. Thank you.",
     "bird", BL_BR_TR),
    ('## Seen from above\nIn [ ]:\nfor corner in ["lower left corner", "upper left corner", "upper right corner"]:\n'
     '    print("ball at the", corner)\nball at the lower left corner\nball at the upper left corner\n'
     'ball at the upper right corner',
     "ball", BL_TL_TR),
    ("Ja, seen from above, a dog walks from the lower right corner to the upper right corner, then to the upper left "
     "corner. Lekker, boet.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
