"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-corner
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a GraphQL query with its variables and comments ("query Clip($subject: String!) {", nested selection
  sets, arguments, aliases like "cat: object(...)", enum values like "FROM_ABOVE" or "RIGHT_TO_LEFT",
  default values, "# comments", then "# variables" and a JSON object), where the query, its fields,
  types, arguments and variables are never in the video, and the clip it asks for is the video; it
  writes no digits at all (no pagination, no "first:"), a count only as a quoted word, and in numeracy
  prompts no field, alias or variable names a thing beside the count's own class (no "node", no
  "viewer", no "user");
- a New Zealand (Kiwi) speaker ("Kia ora", "eh", "yeah nah", "sweet as", "chur", "mean as", "choice",
  "ka pai", "tu meke", "hard out", "far out", "legging it", "bro", "cuz"), where the speaker and whoever
  is talked to are never in the video, and what is described is the clip; the speaker never says
  "she'll be right", "box of birds", "carked it" or "kiwi" (a bird), names no ute, jandals or chilly bin,
  and in numeracy prompts calls nobody "bro" or "cuz", says no "heaps" and names nobody at all;
- a piano teacher's lesson notes ("Lesson notes, Tuesday", items under "-", "•" or "~", "Scales: D
  major, legato", "Picture for the piece:", "Imagery:", "Well done!"), where the teacher, the pupil, the
  piano, the score and the pieces are never in the video, and the picture the notes give for the playing
  is the clip; the notes never speak of the left or right hand (no "LH"/"RH"), of half notes, of black or
  white keys, of an upper or lower register or of keeping a wrist still, never write "staccato",
  "toccata", "ballade" or "slower", and in numeracy notes name no pupil, no metronome and no bar.

LVD's class nouns and colour words are kept (LVD's "gray", never "grey"), since its predicates look
objects up by them; counts are always written as words, and numeracy prompts name nothing else a reader
would draw as an object (no pupil, no "bro", no field beside the count but the class) and put no other
number word beside it (no "first", no "both", no "just the one", no "five-finger exercises"). No voice
gives its own props a colour (no black keys, no gold star, no All Blacks, no flat white), no idiom hides a
class noun or a side (no "carry on", "catch", "carpet", "dog box", "bright", "right through", "all right"
or "leftover"), "half" is only said of the clip's halves (never "halfway" or "half note"), "upper",
"lower", "corner", "top" and "bottom" only of a route (never "stops", "top-down", "slower" or "corner
dairy"), and "still" only of a relation's second object (never "still rushing"). A relation names its
second object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 60-89 and its two-object relations 40-49 and 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 148/180 (numeracy 26, attribution 26, visibility 21, one-object 27, two-object 23, sequential 25)
on 89b41f8a; 180/180 after the fixes of its own branch (a GraphQL query's operation, fields, aliases, types and
variables' names are never in the video, its variables are put in where used, each field's arguments are a record of
its thing, enums are words, a half's field is there or not by its comment, a field asked for takes its comment as its
value and its other comments are prose; the Kiwi's "nah" before "no cat" only leads it in; "~" opens a lesson
note's item and "Picture:" over a sentence naming another thing is its label).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-corner routes, named by their corners.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('# the clip, start to finish\nquery ClipContents($subject: String!, $count: String!) {\n  clip {\n'
     '    contents(subject: $subject, count: $count, span: START_TO_END)\n    nothingElse\n  }\n}\n\n'
     '# variables\n{"subject": "moving car", "count": "one"}',
     "car", 1),
    ("Yeah so it's a clip with two moving cars in it, eh. They're there from the start all the way to the end, "
     "and there's nothing else in it. Sweet as.",
     "car", 2),
    ("Lesson notes, Tuesday\n- Scales: D major, legato, nice and even.\n- For the new study, picture this clip as "
     "you play: three moving cars, in view from the start to the end, nothing else in it.\n- Listen for the "
     "pulse. Lovely work today!",
     "car", 3),
    ('query Scene($vars: SceneFilter!) {\n  scene(filter: $vars) {\n    kind\n    count\n'
     '    # present for the whole clip, nothing else\n  }\n}\n\n# Variables\n'
     '{\n  "vars": { "kind": "moving cars", "count": "four", "span": "whole clip" }\n}',
     "car", 4),
    ("Kia ora! Keen for a clip of one lively cat, there the whole time from start to finish, and nothing else in "
     "it. Ka pai.",
     "cat", 1),
    ("Notes for home practice\n• Minuet: hands together now, count aloud.\n• Imagery for the middle section: "
     "two lively cats, in the clip from beginning to end, nothing else.\n• A lovely lesson, well done.",
     "cat", 2),
    ('query Clip($kind: String!, $count: String!) {\n  # whole clip, beginning to end\n  clip {\n'
     '    subjects(kind: $kind, count: $count) {\n      inView\n    }\n'
     '    # no other results expected: nothing else\n  }\n}\n\n# variables\n'
     '{"kind": "lively cats", "count": "three"}',
     "cat", 3),
    ("Far out, four lively cats! They're in the clip from start to end, and that's it, nothing else in there, "
     "eh. Choice.",
     "cat", 4),
    ("Lesson notes, Thursday\nWarm-up: arpeggios in C, smooth and light.\nPiece: picture one flying bird, in view "
     "for the whole clip, start to finish, and nothing else. Let the melody float like that.\nHome practice: a "
     "little every day.",
     "bird", 1),
    ('query Footage($count: String!) {\n  clip(span: WHOLE) {\n    birds(state: "flying", count: $count)\n'
     '  }\n}\n# nothing else in the clip\n\n# variables\n{"count": "two"}',
     "bird", 2),
    ("Sweet as, so picture three flying birds, eh, up there from the start of the clip till the end. Nothing "
     "else. Hard out.",
     "bird", 3),
    ("Lesson notes\n- Scales: F major, slow and even, hands together.\n- Character for the piece: four flying "
     "birds, in the clip start to finish and nothing else. Light, airy touch.\n- Practise daily.",
     "bird", 4),
    ('query ClipSubjects($subject: String!, $count: String!) {\n  clip {\n'
     '    subjects(where: { name: $subject, count: $count }) {\n      span  # start to end\n    }\n  }\n}\n\n'
     '# variables\n{"subject": "moving ball", "count": "one"}\n# nothing else in the clip',
     "ball", 1),
    ("Chur. Two moving balls in the clip, eh, from the get-go till the very end. Nothing else in it, sweet as.",
     "ball", 2),
    ("Lesson notes, Monday\n~ Warm-up: scales in G, legato.\n~ Picture for the rondo: three moving balls, in the "
     "clip from start to end, nothing else. Keep the bounce in the rhythm.\n~ Lovely focus today.",
     "ball", 3),
    ('# Variables\n# {"count": "four", "subject": "moving balls"}\n'
     'query Clip($count: String!, $subject: String!) {\n  clip {\n'
     '    matches(subject: $subject, count: $count, from: START, to: END)\n    others  # => nothing else\n'
     '  }\n}',
     "ball", 4),
    ("Kia ora, so it's just a walking dog, one walking dog, eh, in the clip the whole way through, start to "
     "finish. Nothing else. Tu meke.",
     "dog", 1),
    ("Lesson notes (Fri)\n- Scales: A minor, harmonic, even tone.\n- For the march: picture two walking dogs, "
     "there from the start of the clip to the end, nothing else in it. Steady steps, steady pulse.\n- Good "
     "progress!",
     "dog", 2),
    ('# the whole clip, nothing else\nquery Clip($filter: SubjectFilter) {\n  clip {\n'
     '    subjects(filter: $filter) { count }\n  }\n}\n\n# variables\n'
     '{\n  "filter": {\n    "kind": "walking dogs",\n    "count": "three",\n    "visible": "start to end"\n  }\n}',
     "dog", 3),
    ("Yeah, four walking dogs, eh, in the clip from start to end, and nothing else in it at all. Stoked.",
     "dog", 4),
    ('query Footage($vars: FootageInput!) {\n  footage(input: $vars) {\n    subject\n    count\n  }\n}\n\n'
     '# Variables\n{"vars": {"subject": "moving cars", "count": "two", "span": "whole clip", "nothingElse": true}}',
     "car", 2),
    ("Mean as, three lively cats in the clip, start to finish, eh, and nothing else. Ka pai.",
     "cat", 3),
    ("Lesson notes\nScales: E flat major, gently.\nFor the study: four moving cars, in view from the beginning of "
     "the clip to its end, nothing else. Even, driving rhythm.\nPractise a little each day.",
     "car", 4),
    ('# whole clip, start to finish, nothing else\nquery Clip($subject: String!, $count: String!) {\n'
     '  clip {\n    subjects(name: $subject, count: $count)\n  }\n}\n\n'
     '{\n  "subject": "flying bird",\n  "count": "one"\n}',
     "bird", 1),
    ("Lesson notes, Wed\n* Arpeggios: G major, smooth.\n* Image for the scherzo: two moving balls, in the clip from "
     "start to end, and nothing else. Playful!\n* Keep it light at home.",
     "ball", 2),
    ("Choice, four moving balls, in the clip from the start to the end, eh. Nothing else in there. Sweet.",
     "ball", 4),
    ('query Clip($kind: String!, $count: String!) {\n  clip {\n    # walking dogs, whole clip, nothing else\n'
     '    subjects(kind: $kind, count: $count)\n  }\n}\n\n# variables\n{"kind": "walking dogs", "count": "two"}',
     "dog", 2),
    ("Lesson notes\n- Scales: B flat major, hands together, even.\n- Picture for the nocturne: one lively cat, in "
     "the clip the whole time, start to finish, nothing else.\n- Lovely listening today.",
     "cat", 1),
    ("Yeah so three moving cars, eh, from the start of the clip to the end. Nothing else in it. Sweet as.",
     "car", 3),
    ("Lesson notes, Saturday\n- Warm-up: chromatic scale, slowly.\n- Picture for the waltz: two flying birds, in "
     "view from the start of the clip to its end, nothing else.\n- Great posture today.",
     "bird", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ('query Clip($objects: [ObjectInput!]!) {\n  clip(span: WHOLE) {\n    objects(in: $objects) { kind color }\n'
     '  }\n}\n\n# variables: side by side\n{\n  "objects": [\n    {"kind": "bird", "color": "brown"},\n'
     '    {"kind": "ball", "color": "black"}\n  ]\n}',
     "bird", "brown", "ball", "black"),
    ("Yeah so there's a brown bird and a blue cat, eh, hanging out together in the clip the whole time. Sweet "
     "as, bro.",
     "bird", "brown", "cat", "blue"),
    ("Lesson notes, Tuesday\n- Scales: E major, even.\n- Picture for the duet: a blue bird and a red car, side by "
     "side, there for the whole clip.\n- Listen to each other!",
     "bird", "blue", "car", "red"),
    ('# a purple ball with a pink cat beside it, whole clip\n'
     'query Pair($ball: ObjectInput!, $cat: ObjectInput!) {\n  clip {\n'
     '    ball: object(input: $ball) { color }\n    cat: object(input: $cat) { color }\n  }\n}\n\n'
     '# Variables\n{"ball": {"color": "purple"}, "cat": {"color": "pink"}}',
     "ball", "purple", "cat", "pink"),
    ("Kia ora! Picture a yellow dog and a red cat, eh, next to each other, in the clip from start to finish. "
     "Choice.",
     "dog", "yellow", "cat", "red"),
    ("Lesson notes, Thu\n• Sight-reading: short and steady.\n• Imagery: a green bird next to a yellow dog, in "
     "the clip together from start to end. Bring out the contrast.\n• Good work!",
     "bird", "green", "dog", "yellow"),
    ('query Scene($car: ObjectInput!, $cat: ObjectInput!) {\n  scene {\n'
     '    # in view for the whole clip, side by side\n    car: object(input: $car) { kind color }\n'
     '    cat: object(input: $cat) { kind color }\n  }\n}\n\n# variables\n'
     '{"car": {"kind": "car", "color": "gray"}, "cat": {"kind": "cat", "color": "red"}}',
     "car", "gray", "cat", "red"),
    ("Far out, cuz, a red bird and a black cat, eh, side by side the whole clip, start to end. Mean as.",
     "bird", "red", "cat", "black"),
    ("Lesson notes\n- Scales: A major, legato.\n- For the lullaby, picture a white bird beside an orange cat, the "
     "pair of them in view from start to finish of the clip.\n- Gentle touch at home.",
     "bird", "white", "cat", "orange"),
    ('query Clip($items: [ObjectInput!]!) {\n  clip {\n    items(filter: $items, visible: WHOLE_CLIP) { kind color }\n'
     '  }\n}\n\n# variables (side by side)\n'
     '{"items": [{"kind": "bird", "color": "green"}, {"kind": "ball", "color": "black"}]}',
     "bird", "green", "ball", "black"),
    ("Yeah nah, it's nothing fancy, just a white cat and a purple bird, eh, chilling next to each other for the "
     "whole clip. Sweet.",
     "cat", "white", "bird", "purple"),
    ("Lesson notes, Mon\n~ Scales: G minor, melodic.\n~ Story for the piece: a green bird and a purple dog, side "
     "by side, there the whole clip from start to finish.\n~ Nice phrasing today.",
     "bird", "green", "dog", "purple"),
    ('query Clip(\n  $bird: ObjectInput = {color: "orange"}\n  $car: ObjectInput = {color: "brown"}\n) {\n'
     '  clip {\n    bird: object(kind: "bird", input: $bird)\n    car: object(kind: "car", input: $car)\n'
     '  }\n}\n# in view together, whole clip, side by side',
     "bird", "orange", "car", "brown"),
    ("Chur bro, so there's a blue car and a brown bird next to it, eh, the pair of them there from the start of "
     "the clip to the end. Hard out.",
     "car", "blue", "bird", "brown"),
    ("Lesson notes, Wednesday\n- Technique: loose wrists, relaxed shoulders.\n- Picture: a red dog beside a "
     "purple cat, in view together the whole clip.\n- Well done, Sophie!",
     "dog", "red", "cat", "purple"),
    ('# dog + cat, side by side, the whole clip\nquery Clip($dog: String!, $cat: String!) {\n  clip {\n'
     '    dog: object(kind: "dog", color: $dog) { inView }\n    cat: object(kind: "cat", color: $cat) { inView }\n'
     '  }\n}\n\n# variables\n{"dog": "purple", "cat": "brown"}',
     "dog", "purple", "cat", "brown"),
    ("Mean, a black cat with a blue ball next to it, eh, the whole clip, start to finish. Choice as, cuz.",
     "cat", "black", "ball", "blue"),
    ("Lesson notes\n* Scales: F sharp minor, even and relaxed.\n* Picture for the piece: a yellow cat and a black "
     "dog, next to each other, there from the start of the clip to the end.\n* Keep it up!",
     "cat", "yellow", "dog", "black"),
    ('query Clip($vars: PairInput!) {\n  clip {\n    pair(input: $vars) {\n      kind\n      color\n    }\n'
     '  }\n}\n\n# Variables\n{\n  "vars": {\n    "cat": "green",\n    "bird": "white",\n'
     '    "layout": "side by side",\n    "span": "whole clip"\n  }\n}',
     "cat", "green", "bird", "white"),
    ("Kia ora, so a purple car with a pink cat next to it, eh, in the clip together from start to finish. Sweet "
     "as, chur.",
     "car", "purple", "cat", "pink"),
    ("Lesson notes, Fri\n- Scales: D flat major, hands together.\n- Imagery: a purple bird beside a red dog, in "
     "view for the whole clip.\n- Lovely dynamics!",
     "bird", "purple", "dog", "red"),
    ('query Clip($objects: [ObjectInput!]!) {\n  clip {\n    objects(input: $objects) { kind color }\n  }\n}\n\n'
     '# variables (in view together, start to finish)\n'
     '{"objects": [{"kind": "dog", "color": "red"}, {"kind": "car", "color": "yellow"}]}',
     "dog", "red", "car", "yellow"),
    ("Yeah so an orange dog and a brown car, eh, side by side in the clip the whole way through. Sweet, mate.",
     "dog", "orange", "car", "brown"),
    ("Lesson notes\n- Warm-up: contrary-motion scales.\n- Picture for the sonatina: a gray cat beside an orange "
     "dog, there together from start to finish of the clip.\n- Great effort today.",
     "cat", "gray", "dog", "orange"),
    ('# side by side, whole clip\nquery Clip($ball: Color!, $dog: Color!) {\n  clip {\n    ball(color: $ball)\n'
     '    dog(color: $dog)\n  }\n}\n\n# variables\n{"ball": "GREEN", "dog": "PINK"}',
     "ball", "green", "dog", "pink"),
    ("Far out, a white dog and a pink bird, eh, next to each other for the whole clip. Tu meke.",
     "dog", "white", "bird", "pink"),
    ("Lesson notes, Saturday\n~ Scales: C minor, harmonic.\n~ For the rondo, picture a purple car with a gray ball "
     "beside it, in view together the whole clip.\n~ Good listening!",
     "car", "purple", "ball", "gray"),
    ('query Clip($pair: [ObjectInput!]!) {\n  clip(span: START_TO_END) {\n    objects(input: $pair) { kind color }\n'
     '  }\n}\n\n# Variables (side by side)\n'
     '# {"pair": [{"kind": "dog", "color": "yellow"}, {"kind": "cat", "color": "brown"}]}',
     "dog", "yellow", "cat", "brown"),
    ("Yeah, a brown ball and a green cat, eh, sitting side by side the whole clip from start to finish. Choice, "
     "bro.",
     "ball", "brown", "cat", "green"),
    ("Lesson notes, Tue\n- Scales: B major, even tone.\n- Picture: a brown cat next to an orange car, in the clip "
     "together from start to end.\n- See you next week!",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ('query Timeline($subject: String!) {\n  clip {\n'
     '    firstHalf { present(subject: $subject) }   # false: no car\n'
     '    secondHalf { present(subject: $subject) }  # true: appears, stays to the end\n  }\n}\n\n'
     '# variables\n{"subject": "moving car"}',
     "car"),
    ("Nah, no car in the first half of the clip, eh. Then in the second half a moving car turns up and hangs "
     "round till the end. Sweet as, bro.",
     "car"),
    ("Lesson notes\n- Dynamics: begin soft, then build.\n- Picture for the piece: no car in the first half of "
     "the clip; in the second half a moving car appears and stays to the end.\n- Lovely crescendo!",
     "car"),
    ('# lively cat: only in the second half\nquery Visibility($kind: String!) {\n  clip {\n'
     '    firstHalf: presence(kind: $kind, half: FIRST)    # no cat\n'
     '    secondHalf: presence(kind: $kind, half: SECOND)  # appears, stays to the end\n  }\n}\n\n'
     '# variables\n{"kind": "lively cat"}',
     "cat"),
    ("Yeah nah, there's no cat for the first half, eh. Then in the second half a lively cat wanders in and "
     "sticks around till the end. Choice.",
     "cat"),
    ("Lesson notes, Wed\n• Rests: give them their full value.\n• Imagery: no cat in the first half of the clip, "
     "then a lively cat appears in the second half and stays until the end, like the melody coming in after the "
     "rests.\n• Good work.",
     "cat"),
    ('query Clip($subject: String!) {\n  clip {\n    firstHalf {\n      absent(subject: $subject)  # no bird at all\n'
     '    }\n    secondHalf {\n      appears(subject: $subject)  # flying bird, stays to the end\n    }\n'
     '  }\n}\n\n# variables\n{"subject": "flying bird"}',
     "bird"),
    ("Kia ora! First half of the clip, no bird, eh. Second half, a flying bird shows up and hangs about to the "
     "end. Mean as.",
     "bird"),
    ("Lesson notes, Thursday\n- Scales: E minor, legato.\n- For the nocturne: there's no bird in the first half "
     "of the clip, then a flying bird appears in the second half and stays till the end. Let the entry sing.\n"
     "- Lovely.",
     "bird"),
    ('# no ball in the first half; a moving ball appears in the second half and stays\n'
     'query Clip($subject: String!, $from: Half!) {\n  clip {\n'
     '    appearance(subject: $subject, from: $from) { staysUntilEnd }\n  }\n}\n\n'
     '# variables\n{"subject": "moving ball", "from": "SECOND"}',
     "ball"),
    ("Yeah so no ball in the first half, eh cuz. In the second half a moving ball rolls in and it's there till "
     "the end. Sweet.",
     "ball"),
    ("Lesson notes\n~ Rhythm: clap it through before playing.\n~ Picture: no ball in the first half of the clip; "
     "a moving ball appears in the second half and stays to the end.\n~ Well done.",
     "ball"),
    ('query Timeline($dog: SubjectInput!) {\n  clip {\n    firstHalf { contains(subject: $dog) }   # => false\n'
     '    secondHalf { contains(subject: $dog) }  # => true, until the end\n  }\n}\n\n'
     '# variables\n{"dog": {"kind": "walking dog"}}',
     "dog"),
    ("Eh, so no dog in the first half of the clip. Then in the second half a walking dog comes along and stays "
     "to the end. Chur.",
     "dog"),
    ("Lesson notes, Fri\n- Scales: A flat major, even.\n- Picture for the march: no dog in the first half of the "
     "clip, then a walking dog appears in the second half and keeps going to the end.\n- Great!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ('query Clip($subject: String!) {\n  clip {\n    visibility(subject: $subject) {\n'
     '      firstHalf   # VISIBLE\n      secondHalf  # GONE, no car\n    }\n  }\n}\n\n'
     '# variables\n{"subject": "moving car"}',
     "car"),
    ("Yeah so a moving car's there in the first half of the clip, eh, then in the second half it's gone. No car "
     "at all. Sweet as.",
     "car"),
    ("Lesson notes\n- Dynamics: strong opening, then fade away.\n- Picture: a moving car in the first half of "
     "the clip; in the second half, no car.\n- Good control.",
     "car"),
    ('# lively cat: first half only\nquery Clip($kind: String!) {\n  clip {\n'
     '    firstHalf: presence(kind: $kind, half: FIRST)    # present\n'
     '    secondHalf: presence(kind: $kind, half: SECOND)  # no cat\n  }\n}\n\n# variables\n{"kind": "lively cat"}',
     "cat"),
    ("A lively cat in the first half of the clip, eh, then in the second half, nah, no cat. Gone. Hard out.",
     "cat"),
    ("Lesson notes, Mon\n• Phrasing: let the ending die away.\n• Imagery: a lively cat in the first half of the "
     "clip, then no cat in the second half.\n• Lovely tone.",
     "cat"),
    ('query Clip($subject: String!) {\n  clip {\n    firstHalf { subjects(name: $subject) }   # flying bird\n'
     '    secondHalf { subjects(name: $subject) }  # [] no bird\n  }\n}\n\n# variables\n{"subject": "flying bird"}',
     "bird"),
    ("Kia ora, so a flying bird in the first half, eh, and then in the second half there's no bird. Flown off. "
     "Sweet.",
     "bird"),
    ("Lesson notes, Tuesday\n- Scales: D minor, melodic.\n- For the study: a flying bird in view in the first "
     "half of the clip; no bird in the second half.\n- Keep it flowing.",
     "bird"),
    ('# moving ball in the first half, no ball in the second half\n'
     'query Clip($subject: String!, $until: Half!) {\n  clip {\n    presence(subject: $subject, until: $until)\n'
     '  }\n}\n\n# variables\n{"subject": "moving ball", "until": "FIRST"}',
     "ball"),
    ("Yeah nah, the moving ball's only there in the first half of the clip, eh. Second half, no ball. Gutted.",
     "ball"),
    ("Lesson notes\n~ Articulation: crisp and short.\n~ Picture: a moving ball in the first half of the clip, "
     "then no ball in the second half.\n~ Nice work.",
     "ball"),
    ('# walking dog, first half only\nquery Visibility($input: VisibilityInput!) {\n  clip {\n'
     '    visibility(input: $input) { firstHalf secondHalf }\n  }\n}\n\n# variables\n'
     '{"input": {"subject": "walking dog", "firstHalf": "in view", "secondHalf": "no dog"}}',
     "dog"),
    ("So there's a walking dog in the first half, eh bro, then in the second half, nah, no dog. Gone home. Chur.",
     "dog"),
    ("Lesson notes, Thu\n- Scales: G major, hands together.\n- Picture: a walking dog in view in the first half "
     "of the clip; no dog in the second half.\n- Well done!",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ('query Crossing($subject: String!, $direction: Direction!) {\n  clip {\n'
     '    crossing(subject: $subject, direction: $direction)  # across the frame\n  }\n}\n\n'
     '# variables\n{"subject": "moving car", "direction": "LEFT_TO_RIGHT"}',
     "car", RIGHTWARD),
    ("Yeah so a moving car zooms across the frame, eh, from the right side over to the left side. Sweet as.",
     "car", LEFTWARD),
    ("Lesson notes\n- Scales: D major, even, going up.\n- Picture for the piece: a moving car crossing the frame "
     "from the left side to the right side.\n- Lovely flow.",
     "car", RIGHTWARD),
    ('# right to left, across the frame\nquery Clip($car: MoverInput!) {\n  clip {\n'
     '    mover(input: $car) { from to }\n  }\n}\n\n# variables\n'
     '{"car": {"kind": "moving car", "from": "right", "to": "left"}}',
     "car", LEFTWARD),
    ("Chur, a moving car heading from the left of the frame to the right of the frame, eh. Mean as.",
     "car", RIGHTWARD),
    ("Lesson notes, Tue\n• Glissando practice, gently.\n• Imagery: a moving car going from the right side of the "
     "frame to the left side.\n• Good energy.",
     "car", LEFTWARD),
    ('query Clip($subject: String!) {\n  clip {\n    path(subject: $subject) {\n'
     '      start  # left side of the frame\n      end    # right side of the frame\n    }\n  }\n}\n\n'
     '# variables\n{"subject": "lively cat"}',
     "cat", RIGHTWARD),
    ("Kia ora, a lively cat legging it from the right side of the frame to the left side, eh. Choice.",
     "cat", LEFTWARD),
    ("Lesson notes\n- Scales: A major, light and quick.\n- Picture: a lively cat running from the left side of "
     "the frame to the right side.\n- Great fingerwork.",
     "cat", RIGHTWARD),
    ('query Crossing(\n  $subject: String = "lively cat"\n  $direction: Direction = RIGHT_TO_LEFT\n) {\n'
     '  clip {\n    crossing(subject: $subject, direction: $direction)\n  }\n}\n# crosses the frame',
     "cat", LEFTWARD),
    ("Yeah so a lively cat scoots from the left side of the frame over to the right side, eh cuz. Hard out.",
     "cat", RIGHTWARD),
    ("Lesson notes, Fri\n~ Articulation: short, detached notes.\n~ Picture: a lively cat dashing from the right "
     "side of the frame to the left side.\n~ Lovely.",
     "cat", LEFTWARD),
    ('# flying bird crosses the frame\nquery Clip($subject: String!, $from: Side!, $to: Side!) {\n  clip {\n'
     '    crossing(subject: $subject, from: $from, to: $to)\n  }\n}\n\n'
     '# variables\n{"subject": "flying bird", "from": "LEFT", "to": "RIGHT"}',
     "bird", RIGHTWARD),
    ("Far out, a flying bird flies across from the right side of the frame to the left side, eh. Tu meke.",
     "bird", LEFTWARD),
    ("Lesson notes, Wednesday\n- Arpeggios: smooth, even.\n- For the etude: a flying bird crossing from the left "
     "side of the frame to the right side.\n- Lovely.",
     "bird", RIGHTWARD),
    ('query Clip($subject: String!, $direction: Direction!) {\n  clip {\n'
     '    movement(subject: $subject, direction: $direction) { acrossFrame }\n  }\n}\n\n'
     '# variables\n{"subject": "flying bird", "direction": "RIGHT_TO_LEFT"}',
     "bird", LEFTWARD),
    ("Sweet as, bro, a flying bird goes from the left side of the frame to the right side, eh. Mean.",
     "bird", RIGHTWARD),
    ("Lesson notes, Mon\n- Scales: E flat major.\n- Picture: a flying bird moving from the right side of the frame "
     "to the left side. Let the phrase glide.\n- Good.",
     "bird", LEFTWARD),
    ('query Roll($ball: MoverInput!) {\n  clip {\n    mover(input: $ball) { from to }  # across the frame\n'
     '  }\n}\n\n# variables\n{"ball": {"kind": "moving ball", "from": "left", "to": "right"}}',
     "ball", RIGHTWARD),
    ("Yeah so a moving ball rolls from the right side of the frame to the left side, eh. Sweet.",
     "ball", LEFTWARD),
    ("Lesson notes\n~ Rhythm: keep it bouncy.\n~ Picture: a moving ball rolling from the left side of the frame "
     "to the right side.\n~ Nice!",
     "ball", RIGHTWARD),
    ('# across the frame, right to left\nquery Clip($subject: String!) {\n  clip {\n'
     '    crossing(subject: $subject, direction: RIGHT_TO_LEFT)\n  }\n}\n\n# variables\n{"subject": "moving ball"}',
     "ball", LEFTWARD),
    ("Chur, a moving ball heading from the left side of the frame to the right side, eh. Choice as.",
     "ball", RIGHTWARD),
    ("Lesson notes, Sat\n- Scales: B flat, hands together.\n- Imagery: a moving ball rolling from the right side "
     "of the frame to the left side.\n- Lovely evenness.",
     "ball", LEFTWARD),
    ('query Walk($input: PathInput!) {\n  clip {\n    path(input: $input) { from to }\n  }\n}\n\n# variables\n'
     '{\n  "input": {\n    "subject": "walking dog",\n    "from": "left side of the frame",\n'
     '    "to": "right side of the frame"\n  }\n}',
     "dog", RIGHTWARD),
    ("Kia ora, a walking dog wanders from the right side of the frame across to the left side, eh. Sweet as.",
     "dog", LEFTWARD),
    ("Lesson notes, Thu\n- Scales: F major, steady.\n- Picture for the march: a walking dog going from the left "
     "side of the frame to the right side.\n- Good pulse.",
     "dog", RIGHTWARD),
    ('query Clip($input: CrossingInput!) {\n  clip {\n    crossing(input: $input) { direction }\n  }\n}\n\n'
     '# variables\n{"input": {"subject": "walking dog", "direction": "RIGHT_TO_LEFT"}}',
     "dog", LEFTWARD),
    ("Yeah, a walking dog goes from the left side of the frame to the right side, eh. Mean as, mate.",
     "dog", RIGHTWARD),
    ("Lesson notes\n~ Phrasing: shape each line.\n~ Picture: a walking dog crossing from the right side of the "
     "frame to the left side.\n~ Lovely!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ('query Relation($mover: String!, $reference: String!) {\n  clip {\n'
     '    relation(mover: $mover, reference: $reference) {\n      start  # left of the dog\n'
     '      end    # right of the dog\n    }\n  }\n}\n\n# variables: the dog stays still\n'
     '{"mover": "cat", "reference": "dog"}',
     "cat", "dog", RIGHTWARD),
    ("Yeah so the dog stays still, eh, and a ball rolls from the right of the dog to the left of the dog. Sweet "
     "as.",
     "ball", "dog", LEFTWARD),
    ("Lesson notes\n- Accompaniment: keep it steady under the tune.\n- Picture: a dog walking from the left of "
     "the bird to the right of the bird, while the bird stays still.\n- Lovely shaping.",
     "dog", "bird", RIGHTWARD),
    ('# the cat stays still\nquery Clip($input: RelationInput!) {\n  clip {\n    relation(input: $input) { from to }\n'
     '  }\n}\n\n# variables\n{\n  "input": {\n    "mover": "bird",\n    "from": "right of the cat",\n'
     '    "to": "left of the cat",\n    "reference": "cat"\n  }\n}',
     "bird", "cat", LEFTWARD),
    ("Kia ora, so a cat runs from the left of the bird to the right of the bird, eh, and the bird stays still "
     "the whole time. Choice.",
     "cat", "bird", RIGHTWARD),
    ("Lesson notes, Tue\n• Pedalling: change cleanly.\n• Imagery: the cat stays still while a bird flies from the "
     "right of the cat to the left of the cat.\n• Good listening.",
     "bird", "cat", LEFTWARD),
    ('query Clip(\n  $mover: String = "dog"\n  $reference: String = "cat"  # stays still\n) {\n  clip {\n'
     '    pass(mover: $mover, reference: $reference, from: "left of the cat", to: "right of the cat")\n  }\n}',
     "dog", "cat", RIGHTWARD),
    ("Yeah nah, the dog doesn't budge, eh, the dog stays still. A bird flies from the right of the dog to the "
     "left of the dog. Mean as.",
     "bird", "dog", LEFTWARD),
    ("Lesson notes\n- Scales: C major, even.\n- For the duet: a dog going from the left of the cat to the right "
     "of the cat; the cat stays still.\n- Well done!",
     "dog", "cat", RIGHTWARD),
    ('query Clip($mover: String!, $reference: String!) {\n  clip {\n'
     '    # from the right of the car to the left of the car; the car stays still\n'
     '    relation(mover: $mover, reference: $reference, from: RIGHT_OF, to: LEFT_OF)\n  }\n}\n\n'
     '# variables\n{"mover": "bird", "reference": "car"}',
     "bird", "car", LEFTWARD),
    ("Chur, a bird flies from the left of the car to the right of the car, eh, and the car stays still. Sweet, "
     "cuz.",
     "bird", "car", RIGHTWARD),
    ("Lesson notes, Wed\n~ Scales: G minor.\n~ Picture: the bird stays still, and a car drives from the right of "
     "the bird to the left of the bird.\n~ Nice control.",
     "car", "bird", LEFTWARD),
    ('query Pass($input: PassInput!) {\n  clip {\n    pass(input: $input) { mover reference }\n  }\n}\n\n'
     '# variables\n{\n  "input": {\n    "mover": "bird",\n    "from": "left of the cat",\n'
     '    "to": "right of the cat",\n    "reference": "cat",\n    "reference_state": "stays still"\n  }\n}',
     "bird", "cat", RIGHTWARD),
    ("So the bird stays still, eh, and a car drives past from the right of the bird to the left of the bird. "
     "Hard out.",
     "car", "bird", LEFTWARD),
    ("Lesson notes\n- Melody over a held bass.\n- Imagery: a bird flying from the left of the dog to the right of "
     "the dog; the dog stays still.\n- Lovely.",
     "bird", "dog", RIGHTWARD),
    ('# the cat stays still\nquery Clip($mover: MoverInput!) {\n  clip {\n    mover(input: $mover) { from to }\n'
     '  }\n}\n\n# variables\n{"mover": {"kind": "dog", "from": "right of the cat", "to": "left of the cat"}}',
     "dog", "cat", LEFTWARD),
    ("Kia ora! A ball rolls along from the left of the dog to the right of the dog, eh, and the dog just stays "
     "still. Choice.",
     "ball", "dog", RIGHTWARD),
    ("Lesson notes, Fri\n- Scales: E major, legato.\n- Picture for the piece: a bird flying from the right of the "
     "cat to the left of the cat; the cat stays still.\n- Good phrasing.",
     "bird", "cat", LEFTWARD),
    ('query Clip($mover: String!, $reference: String!) {\n  clip {\n'
     '    relation(mover: $mover, reference: $reference) {\n      from  # left of the ball\n'
     '      to    # right of the ball\n      referenceMotion  # the ball stays still\n    }\n  }\n}\n\n'
     '# variables\n{"mover": "car", "reference": "ball"}',
     "car", "ball", RIGHTWARD),
    ("Far out, a cat runs from the right of the bird to the left of the bird, eh, and the bird stays still. Tu "
     "meke.",
     "cat", "bird", LEFTWARD),
    ("Lesson notes\n~ Bass line: even and steady.\n~ Imagery: a dog walking from the left of the car to the right "
     "of the car, and the car stays still.\n~ Well done.",
     "dog", "car", RIGHTWARD),
    ('# the bird stays still\nquery Clip($input: RelationInput!) {\n  clip {\n    relation(input: $input) { from to }\n'
     '  }\n}\n\n# variables\n'
     '{"input": {"mover": "ball", "from": "right of the bird", "to": "left of the bird", "reference": "bird"}}',
     "ball", "bird", LEFTWARD),
    ("Yeah, the dog stays still, eh bro, while a ball rolls from the left of the dog to the right of the dog. "
     "Sweet.",
     "ball", "dog", RIGHTWARD),
    ("Lesson notes, Mon\n- Scales: B minor.\n- Picture: a ball rolling from the right of the cat to the left of "
     "the cat, while the cat stays still.\n- Good.",
     "ball", "cat", LEFTWARD),
    ('query Clip(\n  $mover: String = "car"\n  $reference: String = "ball"\n) {\n  clip {\n'
     '    # from the left of the ball to the right of the ball; the ball stays still\n'
     '    relation(mover: $mover, reference: $reference)\n  }\n}',
     "car", "ball", RIGHTWARD),
    ("Kia ora, so a bird flies from the right of the cat to the left of the cat, eh, and the cat stays still. "
     "Mean as.",
     "bird", "cat", LEFTWARD),
    ("Lesson notes\n- Scales: F minor, harmonic.\n- For the march: a dog walking from the left of the bird to the "
     "right of the bird; the bird stays still.\n- Lovely.",
     "dog", "bird", RIGHTWARD),
    ('query Relation($input: RelationInput!) {\n  clip {\n    relation(input: $input) { mover reference }\n'
     '  }\n}\n\n# variables: the cat stays still\n{\n  "input": {\n    "mover": "dog",\n    "reference": "cat",\n'
     '    "from": "right of the cat",\n    "to": "left of the cat"\n  }\n}',
     "dog", "cat", LEFTWARD),
    ("Chur, a ball rolls from the left of the car to the right of the car, eh, and the car stays still. Sweet as.",
     "ball", "car", RIGHTWARD),
    ("Lesson notes, Sat\n~ Scales: A minor, melodic.\n~ Picture: the cat stays still while a dog walks from the "
     "right of the cat to the left of the cat.\n~ Great lesson.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ('query Route($subject: String!, $corners: [Corner!]!) {\n  clip(view: FROM_ABOVE) {\n'
     '    route(subject: $subject, corners: $corners)\n  }\n}\n\n# variables\n'
     '{"subject": "car", "corners": ["LOWER_LEFT", "LOWER_RIGHT", "UPPER_RIGHT"]}',
     "car", BL_BR_TR),
    ("Seen from above, eh, a car starts in the lower left corner, goes up to the upper left corner, then over to "
     "the upper right corner. Sweet as.",
     "car", BL_TL_TR),
    ("Lesson notes\n- Scales: D major, contrary motion.\n- Picture, seen from above: a car going from the lower "
     "right corner to the lower left corner, then to the upper left corner.\n- Lovely shape.",
     "car", BR_BL_TL),
    ('# seen from above\nquery Clip($car: RouteInput!) {\n  clip {\n    route(input: $car) { waypoints }\n  }\n}\n\n'
     '# variables\n{"car": {"waypoints": ["lower right corner", "upper right corner", "upper left corner"]}}',
     "car", BR_TR_TL),
    ("From above, eh, a cat runs from the lower left corner to the lower right corner, then on to the upper "
     "right corner. Choice.",
     "cat", BL_BR_TR),
    ("Lesson notes, Tue\n• Arpeggios, even.\n• Imagery, seen from above: a cat starting in the lower left corner, "
     "moving to the upper left corner, then to the upper right corner.\n• Good work.",
     "cat", BL_TL_TR),
    ('query Route(\n  $subject: String = "cat"\n  $view: View = FROM_ABOVE\n) {\n  clip(view: $view) {\n'
     '    route(subject: $subject) {\n      start   # lower right corner\n      middle  # lower left corner\n'
     '      end     # upper left corner\n    }\n  }\n}',
     "cat", BR_BL_TL),
    ("Yeah so from above, a cat starts in the lower right corner, eh, heads up to the upper right corner, then "
     "over to the upper left corner. Mean as.",
     "cat", BR_TR_TL),
    ("Lesson notes\n~ Scales: G major, flowing.\n~ Picture from above: a bird flying from the lower left corner "
     "to the lower right corner, then to the upper right corner.\n~ Lovely.",
     "bird", BL_BR_TR),
    ('query Flight($subject: String!, $path: [String!]!) {\n  clip(view: FROM_ABOVE) {\n'
     '    route(subject: $subject, path: $path)\n  }\n}\n\n# variables\n{\n  "subject": "bird",\n'
     '  "path": ["lower left corner", "upper left corner", "upper right corner"]\n}',
     "bird", BL_TL_TR),
    ("Kia ora! Looking down from above, eh, a bird flies from the lower right corner to the lower left corner, "
     "then up to the upper left corner. Tu meke.",
     "bird", BR_BL_TL),
    ("Lesson notes, Wed\n- Scales: A flat major.\n- Imagery, seen from above: a bird starting in the lower right "
     "corner, flying to the upper right corner, then to the upper left corner.\n- Good.",
     "bird", BR_TR_TL),
    ('# viewed from above\nquery Clip($route: RouteInput!) {\n  clip {\n    route(input: $route) { subject legs }\n'
     '  }\n}\n\n# variables\n'
     '{"route": {"subject": "ball", "legs": ["lower left corner", "lower right corner", "upper right corner"]}}',
     "ball", BL_BR_TR),
    ("From above, eh bro, a ball rolls from the lower left corner up to the upper left corner, then across to "
     "the upper right corner. Sweet.",
     "ball", BL_TL_TR),
    ("Lesson notes\n- Scales: E minor.\n- Picture, from above: a ball rolling from the lower right corner to the "
     "lower left corner, then to the upper left corner.\n- Nice tone.",
     "ball", BR_BL_TL),
    ('query Route($subject: String!) {\n  clip(view: FROM_ABOVE) {\n    route(subject: $subject) {\n'
     '      corners  # lower right corner -> upper right corner -> upper left corner\n    }\n  }\n}\n\n'
     '# variables\n{"subject": "ball"}',
     "ball", BR_TR_TL),
    ("Yeah so seen from above, a dog walks from the lower left corner to the lower right corner, eh, then to "
     "the upper right corner. Chur.",
     "dog", BL_BR_TR),
    ("Lesson notes, Thu\n~ Scales: F major, steady.\n~ Picture from above: a dog walking from the lower left "
     "corner to the upper left corner, then to the upper right corner.\n~ Well done.",
     "dog", BL_TL_TR),
    ('query Clip($dog: RouteInput!) {\n  clip(view: FROM_ABOVE) {\n    route(input: $dog) { corners }\n  }\n}\n\n'
     '# variables\n{"dog": {"corners": ["LOWER_RIGHT_CORNER", "LOWER_LEFT_CORNER", "UPPER_LEFT_CORNER"]}}',
     "dog", BR_BL_TL),
    ("From above, eh, a dog starts in the lower right corner, walks up to the upper right corner, then over to "
     "the upper left corner. Sweet as, cuz.",
     "dog", BR_TR_TL),
    ("Lesson notes\n- Scales: B flat major.\n- Imagery, seen from above: a car driving from the lower left "
     "corner to the lower right corner, then to the upper right corner.\n- Good.",
     "car", BL_BR_TR),
    ('# seen from above\nquery Clip($subject: String!, $corners: [Corner!]!) {\n  clip {\n'
     '    route(subject: $subject, corners: $corners)\n  }\n}\n\n# variables\n'
     '{"subject": "cat", "corners": ["LOWER_LEFT", "UPPER_LEFT", "UPPER_RIGHT"]}',
     "cat", BL_TL_TR),
    ("Far out, from above, eh, a bird goes from the lower right corner to the lower left corner, then up to the "
     "upper left corner. Mean.",
     "bird", BR_BL_TL),
    ("Lesson notes, Fri\n~ Scales: D flat major.\n~ Picture, seen from above: a ball rolling from the lower right "
     "corner to the upper right corner, then to the upper left corner.\n~ Lovely.",
     "ball", BR_TR_TL),
    ('query Route(\n  $subject: String = "dog"\n'
     '  $path: [String!] = ["lower left corner", "lower right corner", "upper right corner"]\n) {\n'
     '  clip(view: FROM_ABOVE) {\n    route(subject: $subject, path: $path)\n  }\n}',
     "dog", BL_BR_TR),
    ("Kia ora, seen from above, eh, a car goes from the lower left corner to the upper left corner, then to the "
     "upper right corner. Choice.",
     "car", BL_TL_TR),
    ("Lesson notes\n- Scales: C sharp minor.\n- Picture from above: a cat running from the lower right corner to "
     "the lower left corner, then to the upper left corner.\n- Great effort.",
     "cat", BR_BL_TL),
    ('# camera: from above\nquery Clip($input: RouteInput!) {\n  clip {\n    route(input: $input) { waypoints }\n'
     '  }\n}\n\n# variables\n'
     '{"input": {"subject": "bird", "waypoints": ["lower right corner", "upper right corner", "upper left corner"]}}',
     "bird", BR_TR_TL),
    ("From above, eh, a ball rolls from the lower left corner to the lower right corner, then up to the upper "
     "right corner. Sweet as, chur.",
     "ball", BL_BR_TR),
    ("Lesson notes, Sat\n- Scales: G major, hands together.\n- Imagery, seen from above: a dog walking from the "
     "lower left corner to the upper left corner, then to the upper right corner.\n- Lovely lesson.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
