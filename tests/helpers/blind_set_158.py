"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a TOML configuration file, one key a line ("[scene]", "[[scene.objects]]", "stays_still = true",
  "# comments", arrays like "route = [...]"), where the file, its tables and its keys are never in the
  video, and the scene it configures is the clip; it writes no digits at all (no version, no frame rate),
  a count only as a quoted word, and in numeracy prompts no key or value names a thing beside the
  count's own class;
- a Punch-and-Judy puppeteer working the crowd ("Hello-o-o!", "boys and girls", "Oh yes it is!",
  "That's the way to do it!"), where the puppeteer, Mr Punch, Judy, the booth, the slapstick and the
  crowd are never in the video, and what he shows the crowd is the clip; he has no crocodile and no
  sausages, and in numeracy prompts names nobody at all, not even the boys and girls;
- a press-conference Q and A ("Q (Evening Courier):", "A:", "Next question.", "I won't speculate"),
  where the reporters, their papers, the spokesperson and the podium are never in the video, and what
  the spokesperson confirms is the clip; the papers' names carry no class noun and no colour, and in
  numeracy prompts the questions name no paper.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
reporter, no puppet, no key beside the count but the class) and put no other number word beside it (no
"first question", no "single", no "one more thing"). No voice gives its own props a colour (no white
paper, no red nose), no idiom hides a class noun or a side (no "catch", "carry on", "location", "ballot",
"that's right", "all right" or "nothing left"), "half" is only said of the clip's halves (never "on
behalf of"), "upper", "lower", "corner", "top" and "bottom" only of a route (never "stop", "topic" or
"flower"), and "still" only of a relation's second object (never "still waiting"). A relation names its
second object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 50-79 and its two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 141/180 on 662ec485 (numeracy 27, attribution 26, visibility 20, dynamic_one 24, dynamic_two 24,
sequential 20); 180/180 after the fixes of its own branch (a briefing's papers, yes/no and room talk ("Next question.",
"I'll leave it there.") are nothing, its answers the clip, their "it" and a thingless "Not in the first half." the
thing asked after, a question's view the camera's; a TOML file's tables named by things or halves are those things and
when they are there, "flies_from" a move's start, "still = true" a stillness, a table of stops a route and empty
extras nothing else; the puppeteer's "Here, kitty kitty!" calls the cat the scene then tells, no second one).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ('[clip]\nsubject = "moving car"\ncount = "one"\nduration = "start to finish"\n# nothing else in view\nextras = []',
     "car", 1),
    ("Hello-o-o! Ooh, look what's coming: two moving cars! There from the very start to the very end, and nothing "
     "else, nothing at all! That's the way to do it!",
     "car", 2),
    ("Q: What exactly does the clip show? A: Three moving cars, in view from the start of the clip to the end. "
     "Q: Anything else? A: Nothing else. That's all I have.",
     "car", 3),
    ('# scene definition\n[scene]\nobjects = "moving cars"\nhow_many = "four"\nvisible = "whole clip, beginning to '
     'end"\nothers = "none"',
     "car", 4),
    ("Shh, shh, quiet now... here she comes! One lively cat, all through the clip, start to finish! Nothing else in "
     "it. Oh yes, that's the way to do it!",
     "cat", 1),
    ("Q: Can you describe the clip? A: Two lively cats, visible for the entire clip, start to end. Nothing else is "
     "in it. Q: Nothing? A: Nothing. Moving on.",
     "cat", 2),
    ('[subject]\nkind = "lively cat"\nquantity = "three"\n\n[timing]\npresent = "start of the clip to its end"\n\n'
     '[extras]\nenabled = false  # nothing else',
     "cat", 3),
    ("Are you ready? I can't hear you! Are you READY? Four lively cats, from the start to the end of the clip, and "
     "nothing else! Ooh, aren't they lively!",
     "cat", 4),
    ("Q: What's in the clip? A: One flying bird, start to finish. Q: And beyond that? A: Nothing else. I won't "
     "speculate further.",
     "bird", 1),
    ('[clip.content]\nsubject = "flying birds"\ncount = "two"\nspan = "the whole clip"\n# exclusive: nothing else '
     'appears\nexclusive = true',
     "bird", 2),
    ("Ooh, look! Three flying birds, flap-flap-flap, from the very beginning to the very end! And nothing else, "
     "nothing, not a thing! Whee!",
     "bird", 3),
    ("Q: How many are we talking about? A: Four flying birds, in view from the start of the clip to its end. "
     "Nothing else is in view. Q: Can you confirm that? A: Confirmed.",
     "bird", 4),
    ('[scene]\nsubject = "moving ball"\ncount = "one"\nvisible_from = "start"\nvisible_until = "end"\n# nothing else',
     "ball", 1),
    ("Who wants to see something? Oh yes you do! Two moving balls, bouncing along the whole clip, start to finish, "
     "and nothing else! Bravo!",
     "ball", 2),
    ("Q: Describe the clip, please. A: Three moving balls, throughout, from start to finish. Nothing else is shown. "
     "That's where we are.",
     "ball", 3),
    ('count = "four"\nsubject = "moving balls"\nduration = "entire clip, start to end"\nothers = "nothing else"',
     "ball", 4),
    ("Hello-o-o! Here he comes, trotting along: one walking dog, start to finish, and nothing else in the whole "
     "clip! That's the way to do it!",
     "dog", 1),
    ("Q: What does the footage show? A: Two walking dogs, in view from start to end. Q: Anything else? A: No. "
     "Nothing else.",
     "dog", 2),
    ('[clip]\ncontents = "walking dogs"\ncount = "three"\nin_view = "whole clip"\n\n[clip.extras]\n# intentionally '
     'empty: nothing else',
     "dog", 3),
    ("Ooh, what have we here? Four walking dogs! Walking, walking, from the start of the clip to the end! And "
     "nothing else, oh no, nothing else at all!",
     "dog", 4),
    ("Q: Just to clarify, how many moving cars? A: Two moving cars, visible start to finish. Nothing else.",
     "car", 2),
    ('[scene]\nsubject = "lively cat"\ncount = "one"\nspan = "start to end of the clip"\nadditional = "nothing else"',
     "cat", 1),
    ("Look, look! Four flying birds, flying all through the clip, start to finish! Nothing else. Ooh, aren't they "
     "lovely!",
     "bird", 4),
    ("Q: What can you tell us about the clip? A: One moving ball, visible from the start to the end. Nothing else "
     "appears in it. Next question.",
     "ball", 1),
    ('[subject]\nname = "walking dog"\ncount = "two"\n\n[subject.visibility]\nfrom = "start"\nto = "end"\n# nothing '
     'else in the clip',
     "dog", 2),
    ("Beep beep! Three moving cars, all through the clip, start to finish, and nothing else! Oh yes there are! Oh "
     "yes there are!",
     "car", 3),
    ("Q: Is it true there are four lively cats in the clip? A: It is. Four lively cats, from the start of the clip "
     "to the end, and nothing else. I'll leave it there.",
     "cat", 4),
    ('subject = "flying bird"\ncount = "one"\nvisible = "whole clip, start to finish"\nnothing_else = true',
     "bird", 1),
    ("Oh, what's this trotting along? Three walking dogs, start of the clip to the end, and nothing else! Woof woof! "
     "That's the way to do it!",
     "dog", 3),
    ("Q: Confirm the count for us. A: Four moving balls, in view throughout the clip, start to finish. Nothing else "
     "is in view.",
     "ball", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ('[scene]\nlayout = "side by side"\nduration = "whole clip"\n\n[[scene.objects]]\nkind = "ball"\ncolour = '
     '"white"\n\n[[scene.objects]]\nkind = "cat"\ncolour = "black"',
     "ball", "white", "cat", "black"),
    ("Now then, boys and girls, Mr Punch isn't in this one! Look: a yellow cat sitting beside a pink ball, the "
     "whole clip through! Can you see them? Oh yes you can!",
     "cat", "yellow", "ball", "pink"),
    ("Q (Evening Courier): What's in the clip? A: A black car and an orange bird, side by side, start to finish. "
     "Q: Does either of them go anywhere? A: No. Both in view throughout.",
     "car", "black", "bird", "orange"),
    ('title = "side by side"\n\n[ball]\ncolour = "orange"\n\n[car]\ncolour = "brown"\n\n[timing]\nboth_visible = '
     '"start to finish"',
     "ball", "orange", "car", "brown"),
    ("Quiet, quiet! Here they are: a gray bird perched next to a green cat, there from the start to the end! "
     "Aren't they a funny pair? That's the way to do it!",
     "bird", "gray", "cat", "green"),
    ("Q (Tribune): Can you describe what the clip shows? A: A blue car with a red cat beside it. Both are in view "
     "for the entire clip. I won't go beyond that.",
     "car", "blue", "cat", "red"),
    ('[objects.ball]\ncolour = "white"\n\n[objects.car]\ncolour = "black"\nplacement = "next to the ball"\n\n# both '
     'in view, whole clip',
     "ball", "white", "car", "black"),
    ("Judy! Judy! Come and look! A green bird beside a white ball, from the very beginning to the very end! Ooh, "
     "Judy's missed it. Never mind, you saw it, didn't you?",
     "bird", "green", "ball", "white"),
    ("Q (Morning Herald): What's the content of the clip? A: A blue ball and a yellow dog, side by side, "
     "throughout. Q: Throughout? A: From start to finish.",
     "ball", "blue", "dog", "yellow"),
    ('[clip]\ndescription = "a yellow bird beside a blue ball"\nduration = "whole clip"  # both stay in view',
     "bird", "yellow", "ball", "blue"),
    ("Hello-o-o! Who's this then? A brown bird next to a black ball, sitting there the whole clip, start to "
     "finish! Say hello! HELLO!",
     "bird", "brown", "ball", "black"),
    ("Q (Dispatch): Reports say there's a bird and a cat. Can you confirm? A: I can. A brown bird and a blue cat, "
     "next to each other, in view the whole clip.",
     "bird", "brown", "cat", "blue"),
    ('# scene.toml\n[[subject]]\nkind = "bird"\ncolour = "blue"\n\n[[subject]]\nkind = "car"\ncolour = "red"\n\n'
     '[layout]\narrangement = "side by side"\nspan = "start to end"',
     "bird", "blue", "car", "red"),
    ("Ooh, ooh, what's that? A purple ball! And next to it, a pink cat! There the whole clip, from start to "
     "finish! That's the way to do it!",
     "ball", "purple", "cat", "pink"),
    ("Q (Gazette): What does the clip show? A: A yellow dog with a red cat beside it, both in view from start to "
     "finish. Q: Any other details? A: None I can share.",
     "dog", "yellow", "cat", "red"),
    ('scene = "a green bird and a yellow dog, side by side"\nvisible = "start to finish"\n# both, the whole clip',
     "bird", "green", "dog", "yellow"),
    ("Mr Punch, put that slapstick away, this one's not for you! Look, boys and girls: a gray car with a red cat "
     "next to it, the whole clip through!",
     "car", "gray", "cat", "red"),
    ("Q (Chronicle): Is there a cat in the clip? A: Yes. A red bird and a black cat, together, from the start of "
     "the clip to its end. Next.",
     "bird", "red", "cat", "black"),
    ('[bird]\ncolour = "white"\nposition = "beside the cat"\n\n[cat]\ncolour = "orange"\n\n# both present, start '
     'to end',
     "bird", "white", "cat", "orange"),
    ("Look who's come to see you! A green bird beside a black ball! There at the start, there at the end, there "
     "the whole time! Oh yes it is!",
     "bird", "green", "ball", "black"),
    ("Q (Examiner): What are we looking at? A: A white cat and a purple bird, side by side, in view the entire "
     "clip. That's the statement.",
     "cat", "white", "bird", "purple"),
    ('[[objects]]\nname = "bird"\ncolour = "green"\n\n[[objects]]\nname = "dog"\ncolour = "purple"\n# side by side, '
     'start to finish',
     "bird", "green", "dog", "purple"),
    ("Here's a sight, boys and girls! An orange bird beside a brown car, all through the clip, beginning to end! "
     "Give them a clap!",
     "bird", "orange", "car", "brown"),
    ("Q (Sentinel): Can you walk us through the clip? A: A blue car with a brown bird beside it. Both in view from "
     "start to finish. That's it.",
     "car", "blue", "bird", "brown"),
    ('[scene]\n# both visible, whole clip\ndog = { colour = "red" }\ncat = { colour = "purple" }\narrangement = '
     '"side by side"',
     "dog", "red", "cat", "purple"),
    ("Whoops, wrong puppet! There we are: a purple dog next to a brown cat, from the start to the end of the clip! "
     "Isn't that lovely?",
     "dog", "purple", "cat", "brown"),
    ("Q (Courier): What does the clip contain? A: A black cat and a blue ball, beside each other, throughout. Q: "
     "Can you be more specific? A: From start to finish.",
     "cat", "black", "ball", "blue"),
    ('summary = "a yellow cat beside a black dog"\n\n[timing]\nin_view = "whole clip, start to finish"',
     "cat", "yellow", "dog", "black"),
    ("Oh, oh, who's that? A green cat! And who's next to her? A white bird! Both there the whole clip, start to "
     "finish! Ooh!",
     "cat", "green", "bird", "white"),
    ("Q (Herald): Final thoughts on the clip? A: A purple car with a pink cat beside it, both in view the entire "
     "clip. Thank you, everyone.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ('[first_half]\ncar = "none"\n\n[second_half]\ncar = "moving car appears"\nuntil = "the end"', "car"),
    ("Where's the car? Is there a car? No! No car in the first half of the clip! But then, in the second half, a "
     "moving car appears, and it stays till the end! Beep beep!",
     "car"),
    ("Q (Tribune): Was there a car in the first half of the clip? A: No car in the first half. In the second half a "
     "moving car appears and remains until the end.",
     "car"),
    ("Hmm, no cat here in the first half, boys and girls. Keep watching, keep watching... in the second half a "
     "lively cat comes in and stays to the end! Hooray!",
     "cat"),
    ("Q (Gazette): When does the cat show up? A: Not in the first half of the clip. A lively cat appears in the "
     "second half and stays until the end.",
     "cat"),
    ('[timeline]\nfirst_half = "no cat"\nsecond_half = "a lively cat appears and stays to the end"', "cat"),
    ("Q (Courier): Was a bird visible in the first half? A: No. There is no bird in the first half. A flying bird "
     "appears in the second half and remains to the end.",
     "bird"),
    ('# visibility\n[bird]\nfirst_half = false\nsecond_half = true  # a flying bird appears, stays until the end',
     "bird"),
    ("No bird, no bird, no bird... all through the first half! And now, in the second half, here comes a flying "
     "bird, and it stays to the very end!",
     "bird"),
    ('[clip.first_half]\nball = "absent"\n\n[clip.second_half]\nball = "a moving ball appears"\npersists = "to the '
     'end"',
     "ball"),
    ("Is there a ball? No, no ball in the first half of the clip! Then in the second half, a moving ball pops in "
     "and stays till the end! Ta-da!",
     "ball"),
    ("Q (Examiner): Is there a ball in the first half of the clip? A: There is no ball in the first half. A moving "
     "ball appears in the second half and stays until the end.",
     "ball"),
    ("Q (Dispatch): Walk us through the dog's appearance. A: No dog in the first half of the clip. In the second "
     "half a walking dog appears and stays to the end.",
     "dog"),
    ("No dog yet, no dog in the first half! Where is he? Shout for him! And in the second half, here he is, a "
     "walking dog, and he stays to the end!",
     "dog"),
    ('first_half = "no dog"\nsecond_half = "walking dog appears"\nstays_until = "end of the clip"', "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Q (Herald): What happens to the car? A: A moving car is in view during the first half of the clip. In the "
     "second half there is no car.",
     "car"),
    ('[first_half]\ncar = "moving car, in view"\n\n[second_half]\ncar = "none"  # gone', "car"),
    ("Look, a moving car, beep beep, in the first half of the clip! And in the second half... where's it gone? No "
     "car! Oh no!",
     "car"),
    ('[cat]\nkind = "lively cat"\nfirst_half = "present"\nsecond_half = "absent"', "cat"),
    ("There's a lively cat in the first half, say hello! And in the second half, whoosh, no cat at all! Where did "
     "she go?",
     "cat"),
    ("Q (Sentinel): Is the cat there the whole time? A: No. A lively cat is in the first half of the clip; in the "
     "second half there is no cat.",
     "cat"),
    ("A flying bird in the first half, flap flap! Then in the second half, no bird! Flown away! Oh dear, oh dear!",
     "bird"),
    ("Q (Courier): And the bird? A: A flying bird is visible in the first half of the clip. No bird in the second "
     "half.",
     "bird"),
    ('first_half = "a flying bird is visible"\nsecond_half = "no bird"', "bird"),
    ('[timeline.first_half]\nball = "moving ball"\n\n[timeline.second_half]\nball = false  # no ball', "ball"),
    ("Q (Chronicle): Where does the ball go? A: A moving ball is in view in the first half of the clip. In the "
     "second half there's no ball. I won't speculate on where it went.",
     "ball"),
    ("Ooh, a moving ball in the first half! Bounce, bounce! And in the second half... no ball! Has Mr Punch "
     "pinched it? Oh no he hasn't!",
     "ball"),
    ("Here's a walking dog in the first half, trotting along! And in the second half? No dog! Gone home for his "
     "tea!",
     "dog"),
    ('[dog]\nkind = "walking dog"\nvisible_in = "first half"\nabsent_in = "second half"', "dog"),
    ("Q (Gazette): Is the dog in the second half? A: No dog in the second half. A walking dog is in view in the "
     "first half of the clip only.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ('[motion]\nsubject = "moving car"\nfrom = "left side of the frame"\nto = "right side of the frame"',
     "car", RIGHTWARD),
    ("Beep beep, here it comes! A moving car, driving from the right side of the frame all the way to the left "
     "side! Mind out!",
     "car", LEFTWARD),
    ("Q (Herald): Which way does the car go? A: A moving car goes from the left side of the frame to the right "
     "side.",
     "car", RIGHTWARD),
    ('subject = "moving car"\ndirection = "right to left"  # across the frame', "car", LEFTWARD),
    ("Vroom! A moving car zooms from the left side of the frame over to the right side! Wave bye-bye!",
     "car", RIGHTWARD),
    ("Q (Dispatch): Can you confirm the car's direction? A: Right to left. The moving car travels from the right "
     "side of the frame to the left side.",
     "car", LEFTWARD),
    ("Ooh, a lively cat, scampering from the left side of the frame across to the right side! Miaow! That's the "
     "way to do it!",
     "cat", RIGHTWARD),
    ("Q (Courier): What does the cat do? A: A lively cat runs from the right side of the frame to the left side. "
     "That's all we know.",
     "cat", LEFTWARD),
    ('[cat]\nkind = "lively cat"\nstart = "left side of the frame"\nfinish = "right side of the frame"',
     "cat", RIGHTWARD),
    ("Here, kitty kitty! A lively cat dashes from the right side of the frame to the left side! Quick as anything!",
     "cat", LEFTWARD),
    ("Q (Tribune): The cat, does it cross the frame? A: It does. A lively cat moves from the left side of the "
     "frame to the right side.",
     "cat", RIGHTWARD),
    ('# crossing the frame\n[crossing]\nobject = "lively cat"\ndirection = "right-to-left"', "cat", LEFTWARD),
    ("Q (Sentinel): And the bird? A: A flying bird flies from the left side of the frame to the right side. Next "
     "question.",
     "bird", RIGHTWARD),
    ('[bird]\nmotion = "flying"\nstart_side = "right side of the frame"\nend_side = "left side of the frame"',
     "bird", LEFTWARD),
    ("Look, look! A flying bird, flap flap flap, from the left side of the frame to the right side! Off it goes!",
     "bird", RIGHTWARD),
    ("Q (Examiner): Which direction is the bird flying? A: Right to left. A flying bird crosses from the right side "
     "of the frame to the left side.",
     "bird", LEFTWARD),
    ('subject = "flying bird"\npath = { from = "left", to = "right" }  # across the frame', "bird", RIGHTWARD),
    ("Whee! A flying bird soars from the right side of the frame to the left side! Ooh, isn't it graceful, boys "
     "and girls?",
     "bird", LEFTWARD),
    ('[ball]\nkind = "moving ball"\nfrom_side = "left"\nto_side = "right"\n# rolls across the frame',
     "ball", RIGHTWARD),
    ("Roll, roll, roll! A moving ball rolls from the right side of the frame to the left side! Grab it! No, let "
     "it go!",
     "ball", LEFTWARD),
    ("Q (Chronicle): What does the ball do? A: A moving ball rolls from the left side of the frame to the right "
     "side. That's the extent of it.",
     "ball", RIGHTWARD),
    ('[motion]\nsubject = "moving ball"\ndirection = "right to left"\nacross = "the frame"', "ball", LEFTWARD),
    ("Bounce, bounce! A moving ball bounces from the left side of the frame to the right side! Ooh, where's it "
     "off to?",
     "ball", RIGHTWARD),
    ("Q (Gazette): Could you describe the ball's path? A: A moving ball goes from the right side of the frame to "
     "the left side.",
     "ball", LEFTWARD),
    ("Here's a good boy! A walking dog, trotting from the left side of the frame to the right side! Woof! That's "
     "the way to do it!",
     "dog", RIGHTWARD),
    ("Q (Courier): Does the dog cross the frame? A: Yes. A walking dog walks from the right side of the frame to "
     "the left side.",
     "dog", LEFTWARD),
    ('[dog]\nkind = "walking dog"\nstarts = "left side of the frame"\nends = "right side of the frame"',
     "dog", RIGHTWARD),
    ("Walkies! A walking dog walks from the right side of the frame to the left side, nice and steady! Good dog!",
     "dog", LEFTWARD),
    ("Q (Herald): Which way is the dog walking? A: Left to right. A walking dog goes from the left side of the "
     "frame to the right side.",
     "dog", RIGHTWARD),
    ('subject = "walking dog"\ndirection = "right to left"\n# crosses the whole frame', "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ('[reference]\nobject = "ball"\nmotion = "stays still"\n\n[mover]\nobject = "bird"\nfrom = "left of the ball"\n'
     'to = "right of the ball"',
     "bird", "ball", RIGHTWARD),
    ("Watch the ball, boys and girls, it stays still! And here's a bird flying from the right of the ball to the "
     "left of the ball! Whoosh!",
     "bird", "ball", LEFTWARD),
    ("Q (Tribune): What does the bird do? A: A bird flies from the left of the dog to the right of the dog. The "
     "dog stays still throughout.",
     "bird", "dog", RIGHTWARD),
    ('[car]\nrole = "reference"\nstays_still = true\n\n[bird]\nrole = "mover"\npath = "from the right of the car to '
     'the left of the car"',
     "bird", "car", LEFTWARD),
    ("Here's a cat, and the cat stays still! And a car drives from the left of the cat to the right of the cat! "
     "Beep beep! Good kitty!",
     "car", "cat", RIGHTWARD),
    ("Q (Examiner): Does the ball move? A: No, the ball stays still. A dog walks from the right of the ball to the "
     "left of the ball.",
     "dog", "ball", LEFTWARD),
    ('mover = "cat"\nreference = "ball"  # stays still\nfrom = "left of the ball"\nto = "right of the ball"',
     "cat", "ball", RIGHTWARD),
    ("The ball stays still, doesn't it, boys and girls? Oh yes it does! And a dog trots from the right of the ball "
     "to the left of the ball!",
     "dog", "ball", LEFTWARD),
    ("Q (Sentinel): And the bird, does it move? A: The bird stays still. A cat runs from the left of the bird to "
     "the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ('[scene.car]\nmotion = "none"  # stays still\n\n[scene.dog]\nmotion = "walking"\nfrom = "right of the car"\n'
     'to = "left of the car"',
     "dog", "car", LEFTWARD),
    ("Off goes a bird! It flies from the left of the ball to the right of the ball, and the ball stays still! Ooh, "
     "lovely!",
     "bird", "ball", RIGHTWARD),
    ("Q (Gazette): Describe the motion, please. A: A bird flies from the right of the ball to the left of the ball. "
     "The ball itself stays still.",
     "bird", "ball", LEFTWARD),
    ('[ball]\nstays_still = true\n\n[car]\ndrives_from = "left of the ball"\ndrives_to = "right of the ball"',
     "car", "ball", RIGHTWARD),
    ("The dog stays still, good boy! And a bird flies from the right of the dog to the left of the dog! Flap, "
     "flap!",
     "bird", "dog", LEFTWARD),
    ("Q (Chronicle): What's moving in the clip? A: A dog, walking from the left of the car to the right of the "
     "car. The car stays still.",
     "dog", "car", RIGHTWARD),
    ('# relation\nreference = { object = "ball", state = "stays still" }\nmover = { object = "bird", from = "right '
     'of the ball", to = "left of the ball" }',
     "bird", "ball", LEFTWARD),
    ("Shh, the cat stays still... and here comes a dog, walking from the left of the cat to the right of the cat! "
     "Did the cat move? Oh no she didn't!",
     "dog", "cat", RIGHTWARD),
    ("Q (Courier): Does the car move at all? A: It stays still. A dog walks from the right of the car to the left "
     "of the car.",
     "dog", "car", LEFTWARD),
    ('[dog]\nstays = "still"\n\n[cat]\nruns = "from the left of the dog to the right of the dog"',
     "cat", "dog", RIGHTWARD),
    ("Look at that ball, it stays still! And a cat runs from the right of the ball to the left of the ball! "
     "Miaow!",
     "cat", "ball", LEFTWARD),
    ("Q (Herald): Tell us about the cat. A: A cat runs from the left of the dog to the right of the dog, while the "
     "dog stays still.",
     "cat", "dog", RIGHTWARD),
    ('[dog]\nmotion = "stays still"\n\n[ball]\nmotion = "rolling"\nfrom = "right of the dog"\nto = "left of the '
     'dog"',
     "ball", "dog", LEFTWARD),
    ("The bird stays still, boys and girls! And a dog walks from the left of the bird to the right of the bird! "
     "Woof, woof!",
     "dog", "bird", RIGHTWARD),
    ("Q (Dispatch): What's the bird's path? A: A bird flies from the right of the cat to the left of the cat. The "
     "cat stays still.",
     "bird", "cat", LEFTWARD),
    ('reference = "bird"  # stays still\nmover = "cat"\npath = "from the left of the bird to the right of the bird"',
     "cat", "bird", RIGHTWARD),
    ("Here's a cat, and she stays still, look! A bird flies from the right of the cat to the left of the cat! "
     "Whoosh!",
     "bird", "cat", LEFTWARD),
    ("Q (Tribune): Does the cat react? A: No, the cat stays still. A dog walks from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ('[dog]\nstill = true\n\n[bird]\nflies_from = "right of the dog"\nflies_to = "left of the dog"',
     "bird", "dog", LEFTWARD),
    ("Look at the dog go! A dog walks from the left of the cat to the right of the cat, and the cat stays still! "
     "That's the way to do it!",
     "dog", "cat", RIGHTWARD),
    ("Q (Examiner): Final question, the bird and the car? A: A bird flies from the right of the car to the left "
     "of the car. The car stays still. Thank you all.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ('[camera]\nview = "from above"\n\n[car.route]\nwaypoints = ["lower left corner", "lower right corner", '
     '"upper right corner"]',
     "car", BL_BR_TR),
    ("From above now, boys and girls, we're looking down! A car drives from the lower left corner to the upper "
     "left corner, then to the upper right corner! Beep beep!",
     "car", BL_TL_TR),
    ("Q (Herald): Seen from above, where does the car go? A: A car goes from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ('view = "seen from above"\nsubject = "car"\nroute = ["lower right corner", "upper right corner", "upper left '
     'corner"]',
     "car", BR_TR_TL),
    ("We're up in the sky, looking down from above! A cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner! Miaow!",
     "cat", BL_BR_TR),
    ("Q (Gazette): What's the cat's route, viewed from above? A: A cat starts in the lower left corner, goes to "
     "the upper left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ('[view]\nangle = "from above"\n\n[cat]\npath = ["lower right corner", "lower left corner", "upper left '
     'corner"]',
     "cat", BR_BL_TL),
    ("Seen from above, a cat starts in the lower right corner, scampers to the upper right corner, then to the "
     "upper left corner! Ooh, what a journey!",
     "cat", BR_TR_TL),
    ("Q (Courier): From above, what does the bird do? A: A bird flies from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ('# overhead shot\n[shot]\nview = "from above"\n\n[[shot.bird]]\nat = "lower left corner"\n\n[[shot.bird]]\n'
     'at = "upper left corner"\n\n[[shot.bird]]\nat = "upper right corner"',
     "bird", BL_TL_TR),
    ("Look from above, boys and girls! A bird flies from the lower right corner to the lower left corner and on to "
     "the upper left corner! Tweet tweet!",
     "bird", BR_BL_TL),
    ("Q (Tribune): Seen from above, where does the bird end? A: A bird starts in the lower right corner, goes to "
     "the upper right corner, and ends in the upper left corner.",
     "bird", BR_TR_TL),
    ('view = "from above"\n\n[ball]\nsequence = ["lower left corner", "lower right corner", "upper right corner"]',
     "ball", BL_BR_TR),
    ("From above, watch it go! A ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner! Round and round!",
     "ball", BL_TL_TR),
    ("Q (Sentinel): From above, describe the ball's route. A: A ball rolls from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ('[camera]\nview = "seen from above"\n\n[ball.path]\nstart = "lower right corner"\nmiddle = "upper right '
     'corner"\nend = "upper left corner"',
     "ball", BR_TR_TL),
    ("Seen from above, a dog walks from the lower left corner to the lower right corner, then to the upper right "
     "corner! Walkies! Good boy!",
     "dog", BL_BR_TR),
    ("Q (Examiner): And the dog, seen from above? A: A dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ('[scene]\nview = "from above"\nsubject = "dog"\nroute = ["lower right corner", "lower left corner", "upper '
     'left corner"]',
     "dog", BR_BL_TL),
    ("Looking down from above, boys and girls! A dog trots from the lower right corner to the upper right corner, "
     "then to the upper left corner! Woof!",
     "dog", BR_TR_TL),
    ("Q (Dispatch): From above, what route does the car take? A: A car drives from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ('view = "from above"\nmover = "cat"\n# corners, in order\nroute = ["lower left corner", "upper left corner", '
     '"upper right corner"]',
     "cat", BL_TL_TR),
    ("From above now! A bird flies from the lower right corner to the lower left corner, and then to the upper "
     "left corner! Flap, flap, flap!",
     "bird", BR_BL_TL),
    ("Q (Chronicle): Seen from above, where does the ball go? A: A ball rolls from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ('[overhead]\nview = "seen from above"\n\n[overhead.dog]\nroute = ["lower left corner", "lower right corner", '
     '"upper right corner"]',
     "dog", BL_BR_TR),
    ("Seen from above, here comes a car! From the lower left corner to the upper left corner, then the upper right "
     "corner! Beep beep, that's the way to do it!",
     "car", BL_TL_TR),
    ("Q (Herald): Viewed from above, the cat's movements? A: A cat runs from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ('[view]\nfrom = "above"\n\n[bird.route]\nlegs = ["lower right corner", "upper right corner", "upper left '
     'corner"]',
     "bird", BR_TR_TL),
    ("Look down from above! A ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner! Bounce!",
     "ball", BL_BR_TR),
    ("Q (Gazette): Last question. From above, the dog's route? A: A dog walks from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
