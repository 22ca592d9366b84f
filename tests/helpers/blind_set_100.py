"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a ghost hunter's EVP session log ("Log entry", "Is anybody here?", "give us a sign", the meter and the
  ceiling camera), where the hunters, their recorder, their meter and the spirits they call to are never in
  the video, and what the footage caught is the clip;
- a dating-show host ("Welcome back", "our mystery date", "sparks are flying", "who gets the rose?"), where
  the host, the audience, the studio and the rose are never in the video, and the match being shown off is
  the clip itself; the host never says "single", "couple" or "lovebirds";
- a skateboard trick caller ("Drop in!", "stomped it", "sick line", "butter"), where the skater, the board,
  the ramp and the drone are never in the video, and the line being called is what the clip shows; no trick
  is named by a number (no "three-sixty", no "tre flip", no "fifty-fifty") and no side by a stance (no
  "frontside", "backside" or "halfpipe").

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
recorder, curtain, rose or ramp beside the count) and put no other number word beside it (no "first", no
"both", no "anyone", no "one more time"). No voice gives its own props a colour (no noise, lights or roses
with a colour), no idiom hides a class noun or a side (no "hot dog", "catch", "carve", "right next to",
"nothing left"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route,
and "still" only of a relation's second object. A relation names its second object at both ends and says
that object stays still; a route names its corners "lower" and "upper", now and then "bottom" and "top",
and is always seen from above. It takes LVD's attribution pairs 80-99 and 0-9 and its two-object
relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 6b7fb3e (dynamic_one 27, numeracy 28, visibility 28, dynamic_two 29, the rest 30),
kept off main until its fixes were in; 180/180 after the fixes of its own branch (an opening question or denial
teasing the thing the next sentence brings in, "Did the cat do it? A cat runs ...", tells it once; a record's two-word
heading and "Log continues." are the writer's; "no dog on screen" is a plain no; "It just went." after the absence
tells that going again; leaving a side of the frame for another sets off from it).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("EVP session log, tape rolling. Visual on one moving car, in frame from the start of the clip to the end. "
     "Nothing else shows. Is anybody there? No answer.",
     "car", 1),
    ("Welcome back, everybody! Tonight's hopefuls are two moving cars, on screen from the opening of the clip to "
     "its finish, and nothing else. Let's meet them!",
     "car", 2),
    ("Three moving cars, start to finish, rolling the whole clip and not a thing else in there. Smooth, "
     "no bails!",
     "car", 3),
    ("Did you hear that? Playing it back: four moving cars, there from the clip's opening to its close, and "
     "nothing else in the frame. Creepy quiet.",
     "car", 4),
    ("Who's our mystery date tonight? It's one lively cat, in view for the entire clip, with nothing else in "
     "sight. Give it up for our lively cat!",
     "cat", 1),
    ("Two lively cats, dropping in at the start and holding it till the end of the clip. Nothing else in frame. "
     "Clean. So clean.",
     "cat", 2),
    ("Log entry. Three lively cats, visible from start to finish, and nothing else registering. We ask if they're "
     "alone. No reply.",
     "cat", 3),
    ("Four lively cats, ladies and gentlemen! On screen from the opening of the clip to its end, and nothing else "
     "in the clip. Who will it be?",
     "cat", 4),
    ("Yo, one flying bird! Floating through the clip start to finish, nothing else out there. That's air, that's "
     "pure air.",
     "bird", 1),
    ("Something's moving up there... two flying birds, present from the opening of the clip to its close. Nothing "
     "else. We keep listening.",
     "bird", 2),
    ("Are you ready for a twist? Three flying birds, in view the whole clip long, with nothing else to steal the "
     "spotlight!",
     "bird", 3),
    ("Four flying birds, in the air from start to finish, and nothing else in the clip. Stomped it, all day long.",
     "bird", 4),
    ("Then we see it: one moving ball, there from the start of the clip to the end, and nothing else. Who's "
     "rolling it? Show yourself.",
     "ball", 1),
    ("Sparks are flying! Two moving balls, on screen from the start of the clip to its last moment, and nothing "
     "else getting in the way of this romance.",
     "ball", 2),
    ("Check the roll on these: three moving balls, start to finish, nothing else in frame. Butter smooth.",
     "ball", 3),
    ("Log continues. Four moving balls, visible for the entire clip, and nothing else at all. Nobody answers when "
     "we ask who sent them.",
     "ball", 4),
    ("Say hello to our next contestant: one walking dog, in view from the start of the clip to its end! Nothing "
     "else, just charm.",
     "dog", 1),
    ("Two walking dogs cruising the clip from start to finish, and nothing else. Mellow line, no tricks, all "
     "style.",
     "dog", 2),
    ("We hear footsteps. Three walking dogs, present from the clip's opening to its close, and nothing else in "
     "view. Are they what we heard?",
     "dog", 3),
    ("What a lineup tonight! Four walking dogs, all on screen from start to finish, and nothing else in the clip. "
     "Who will find love?",
     "dog", 4),
    ("Two moving cars, rolling through from start to finish with nothing else in the clip. Let's go!",
     "car", 2),
    ("The air turns cold. One lively cat, visible from start to finish, and nothing else. Nothing else answers "
     "us, either.",
     "cat", 1),
    ("Hold on to your hearts: four flying birds, on screen from the opening of the clip to the end, nothing else "
     "in sight. Swoon!",
     "bird", 4),
    ("Check it: one moving ball, start of the clip to the end, nothing else in frame. Smooth as glass.",
     "ball", 1),
    ("Session notes. Three walking dogs, in view from start to finish. Nothing else shows up, no matter how long "
     "we wait.",
     "dog", 3),
    ("Our mystery guest tonight: one moving car! It's on screen the whole clip, and nothing else shares the "
     "spotlight.",
     "car", 1),
    ("Four lively cats, whole clip, nothing else. Start to finish. Sick.",
     "cat", 4),
    ("Now that's a line: three moving balls, in frame from the start of the clip to its end, with nothing else "
     "anywhere. Stomped.",
     "ball", 3),
    ("Was that a whisper? Two flying birds, there from the opening of the clip to its close, and nothing else in "
     "view. We stop talking and listen.",
     "bird", 2),
    ("Ready for the big reveal? Two walking dogs, in view for the entire clip, and nothing else. Chemistry!",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 and 0-9, in order.
_ATTRIBUTION = [
    ("Welcome to the date of the season: a purple bird and a red dog, side by side from the start of the clip to "
     "its end. Is it love?",
     "bird", "purple", "dog", "red"),
    ("A red dog posted up next to a yellow car, both of them hanging out for the whole clip. Sick spot.",
     "dog", "red", "car", "yellow"),
    ("EVP log: we ask who's out there, and the camera shows an orange dog beside a brown car, in view from start "
     "to finish.",
     "dog", "orange", "car", "brown"),
    ("Let's meet tonight's match: a gray cat, and next to it an orange dog. They stay together the whole clip. "
     "Adorable!",
     "cat", "gray", "dog", "orange"),
    ("Peep this: a green ball sitting beside a pink dog, both in the clip start to finish. Totally steezy.",
     "ball", "green", "dog", "pink"),
    ("Is somebody here with us? We see a white dog, and next to it a pink bird, both there from the clip's "
     "opening to its close.",
     "dog", "white", "bird", "pink"),
    ("Will sparks fly between a purple car and a gray ball? They sit side by side the whole clip, so we'll find "
     "out!",
     "car", "purple", "ball", "gray"),
    ("Yellow dog, brown cat beside it, the whole clip long. Both holding their spot like pros.",
     "dog", "yellow", "cat", "brown"),
    ("The meter spikes. A brown ball, and beside it a green cat, in view from beginning to end. Nobody moved "
     "them.",
     "ball", "brown", "cat", "green"),
    ("Ooh, chemistry! A brown cat cozied up beside an orange car, both on screen from start to finish.",
     "cat", "brown", "car", "orange"),
    ("Landed it: a white cat posted beside an orange dog, in frame from the start of the clip to the end.",
     "cat", "white", "dog", "orange"),
    ("Playback check: a green bird perched beside an orange car, and both stay in view the entire clip. Did it "
     "speak?",
     "bird", "green", "car", "orange"),
    ("Our next contestants: a brown dog and a red ball, sitting together from the start of the clip to the end. "
     "Let's see if they match!",
     "dog", "brown", "ball", "red"),
    ("A yellow car, a white bird next to it, the entire clip. No bails, just vibes.",
     "car", "yellow", "bird", "white"),
    ("Something touched my shoulder. On the monitor: a blue cat beside a brown bird, both present for the whole "
     "clip.",
     "cat", "blue", "bird", "brown"),
    ("Who gets the rose tonight, a black bird or the orange cat beside it? They're both on screen the whole clip.",
     "bird", "black", "cat", "orange"),
    ("Black ball, red dog, side by side, start to finish. Sketchy combo, but they land it.",
     "ball", "black", "dog", "red"),
    ("Hello? We see a brown bird next to an orange dog, there from the clip's opening to its close. Whoever you "
     "are, thank you.",
     "bird", "brown", "dog", "orange"),
    ("And here's tonight's unlikely match: a red ball snuggled beside a purple car, together for the entire clip.",
     "ball", "red", "car", "purple"),
    ("Purple car with a white bird chilling beside it the whole clip. That's the spot, dude.",
     "car", "purple", "bird", "white"),
    ("EVP session, quiet now. A blue cat and a white bird, side by side, visible from start to finish. Give us a "
     "sign.",
     "cat", "blue", "bird", "white"),
    ("Is this true love? A yellow dog sitting beside a green ball, and neither leaves the clip from start to "
     "finish!",
     "dog", "yellow", "ball", "green"),
    ("Yo, blue dog next to an orange car, both there the whole clip. Clean as it gets.",
     "dog", "blue", "car", "orange"),
    ("We heard it again. The footage shows a purple ball beside a blue car, in view from the start of the clip to "
     "its end.",
     "ball", "purple", "car", "blue"),
    ("Let's bring them out: a green dog and, at its side, a black bird! Together from the start of the clip to the "
     "end.",
     "dog", "green", "bird", "black"),
    ("Purple ball with a black cat sitting beside it, start to finish. Buttery.",
     "ball", "purple", "cat", "black"),
    ("Did you feel that? A black car, an orange bird perched next to it, both in the clip from beginning to end.",
     "car", "black", "bird", "orange"),
    ("Audience, what do you think? A black ball with a purple cat beside it, on screen the entire clip. I see a "
     "spark!",
     "ball", "black", "cat", "purple"),
    ("Pink bird next to a brown dog, all clip long. Stoked on that combo.",
     "bird", "pink", "dog", "brown"),
    ("Closing the session: a brown ball beside a blue dog, both visible from start to finish. We thank whoever "
     "showed us.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Wait for it... first half, no car. Second half, boom, a moving car rolls in and rides it out to the end.",
     "car"),
    ("For the first half of the clip the frame stays empty, no car at all. Then, in the second half, a moving car "
     "appears and stays until the end. We didn't hear it coming.",
     "car"),
    ("Our mystery date is fashionably late: no car in the first half, but in the second half a moving car arrives "
     "and stays to the very end!",
     "car"),
    ("No cat through the first half. Then a lively cat shows up in the second half and stays till the clip ends. "
     "Sick entrance.",
     "cat"),
    ("Is there a cat in here? Not in the first half. In the second half a lively cat appears, and it doesn't "
     "leave before the end.",
     "cat"),
    ("Where is our contestant? Nowhere in the first half, no cat at all! But in the second half a lively cat makes "
     "its entrance and stays to the end.",
     "cat"),
    ("First half: empty sky, no bird. Second half: a flying bird comes in and hangs there to the end.",
     "bird"),
    ("No bird during the first half. In the second half a flying bird appears, and it stays to the end. Did we "
     "call it?",
     "bird"),
    ("Drumroll, please! The first half has no bird, and then in the second half a flying bird swoops in and stays "
     "until the end.",
     "bird"),
    ("Nothing in the first half, no ball. Second half, a moving ball rolls in and stays the rest of the clip. "
     "Let's go!",
     "ball"),
    ("We asked for a sign. The first half gave us no ball; in the second half a moving ball appears and remains "
     "through the end.",
     "ball"),
    ("Patience pays off, viewers: the first half, no ball; the second half, a moving ball appears and sticks "
     "around to the end.",
     "ball"),
    ("In the first half there's no dog. Second half? A walking dog cruises in and stays till the end.",
     "dog"),
    ("Log note: no dog in the first half. In the second half a walking dog appears, and stays with us to the end. "
     "We heard footsteps.",
     "dog"),
    ("And now, the late arrival! No dog in the first half, but in the second half a walking dog strolls on and "
     "stays to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half. Then, in the second half, nothing: no car. Where did it go?",
     "car"),
    ("Heartbreak! A moving car in the first half, and in the second half it's gone, no car anywhere.",
     "car"),
    ("Moving car in the first half, and by the second half it's gone. No car. Total disappearing act.",
     "car"),
    ("We see a lively cat on camera in the first half. In the second half there's no cat. It just... went.",
     "cat"),
    ("Oh no, she's walked off the show! A lively cat in the first half, and in the second half no cat at all.",
     "cat"),
    ("Lively cat in the first half, then gone in the second half. No cat. Whoa.",
     "cat"),
    ("A flying bird in the first half. Second half: no bird. The recorder picks up a sigh.",
     "bird"),
    ("Not every date ends happily: a flying bird in the first half, and in the second half no bird anywhere.",
     "bird"),
    ("A flying bird in the first half, and in the second half it's out of here, no bird anywhere. Peace.",
     "bird"),
    ("There's a moving ball in the first half of the clip. In the second half there is no ball. We didn't touch "
     "it.",
     "ball"),
    ("Now you see it: a moving ball in the first half. Now you don't: no ball in the second half!",
     "ball"),
    ("Moving ball rolling in the first half, and then the second half has no ball at all. Gone.",
     "ball"),
    ("A walking dog in the first half. In the second half it is gone; no dog. Was it ever here?",
     "dog"),
    ("Our contestant leaves early! A walking dog in the first half, and in the second half no dog on screen.",
     "dog"),
    ("A walking dog in the first half, then it's gone: no dog in the second half. Later, dude.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Making its grand entrance, a moving car glides from the left side of the frame to the right side. Swoon!",
     "car", RIGHTWARD),
    ("Moving car, coming in from the right side of the frame and rolling all the way to the left side. Smooth.",
     "car", LEFTWARD),
    ("Something passes the camera: a moving car, going from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Will it stay or will it go? A moving car drives from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("Here we go, a moving car bombing from the left side of the frame to the right side!",
     "car", RIGHTWARD),
    ("From the right side of the frame a moving car drives across to the left side. We hear nothing.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side, straight into our hearts!",
     "cat", RIGHTWARD),
    ("Lively cat, from the right side of the frame to the left side, full speed. Sick!",
     "cat", LEFTWARD),
    ("A shape darts past... it's a lively cat, running from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Playing hard to get: a lively cat dashes from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Lively cat sprinting from the left side of the frame to the right side. Can't stop it!",
     "cat", RIGHTWARD),
    ("Did the cat do it? A lively cat runs from the right side of the frame to the left side, and the room goes "
     "cold.",
     "cat", LEFTWARD),
    ("Love is in the air: a flying bird flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Big air! A flying bird, sailing from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Up near the ceiling, a flying bird moves from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Say goodbye to our flier: a flying bird, leaving the right side of the frame and crossing to the left side.",
     "bird", LEFTWARD),
    ("Flying bird straight across, from the left side of the frame to the right side. Sends it!",
     "bird", RIGHTWARD),
    ("We ask it to show itself. A flying bird crosses from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Rolling into romance: a moving ball rolls from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Moving ball on a roll from the right side of the frame to the left side. Butter.",
     "ball", LEFTWARD),
    ("Nobody pushed it. A moving ball rolls from the left side of the frame to the right side by itself.",
     "ball", RIGHTWARD),
    ("Where's it headed? A moving ball rolls from the right side of the frame to the left side!",
     "ball", LEFTWARD),
    ("Watch this roll: a moving ball, the left side of the frame to the right side, no wobble.",
     "ball", RIGHTWARD),
    ("EVP session: a moving ball rolling from the right side of the frame to the left side, on its own.",
     "ball", LEFTWARD),
    ("Strutting like a star, a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Walking dog cruising from the right side of the frame to the left side. Chill line.",
     "dog", LEFTWARD),
    ("Footsteps again. A walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("There goes our heartthrob: a walking dog strolling from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Walking dog, left side of the frame to the right side, no stops. Clean run!",
     "dog", RIGHTWARD),
    ("The dog won't look at the camera. A walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still, dead still, and a bird flies from the left of the car to the right of the car. Then "
     "it's quiet again.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still, playing it cool, while a car drives from the right of the bird to the left of the "
     "bird. Smooth move!",
     "car", "bird", LEFTWARD),
    ("Cat stays still while a bird flies from the left of the cat to the right of the cat. Sends it!",
     "bird", "cat", RIGHTWARD),
    ("A car drives from the right of the bird to the left of the bird. The bird stays still. It doesn't even "
     "flinch.",
     "car", "bird", LEFTWARD),
    ("The dog stays still, waiting, as a bird flies from the left of the dog to the right of the dog. Is this "
     "love?",
     "bird", "dog", RIGHTWARD),
    ("A dog walks from the right of the cat to the left of the cat, and the cat stays still. Mellow.",
     "dog", "cat", LEFTWARD),
    ("Did it move by itself? A ball rolls from the left of the dog to the right of the dog, and the dog stays "
     "still.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, and a bird flies from the right of the cat to the left of the cat. Will she notice?",
     "bird", "cat", LEFTWARD),
    ("Ball stays still. Car drives from the left of the ball to the right of the ball. Textbook line.",
     "car", "ball", RIGHTWARD),
    ("The bird stays still. A cat runs from the right of the bird to the left of the bird. Something's with us.",
     "cat", "bird", LEFTWARD),
    ("The car stays still while a dog walks from the left of the car to the right of the car. What a move!",
     "dog", "car", RIGHTWARD),
    ("A ball rolls from the right of the bird to the left of the bird, the bird staying still the whole time. "
     "Stomped.",
     "ball", "bird", LEFTWARD),
    ("With the dog staying still, a ball rolls from the left of the dog to the right of the dog. Nobody touched "
     "it.",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still, and a ball rolls from the right of the cat to the left of the cat. Playful!",
     "ball", "cat", LEFTWARD),
    ("The ball stays still; a car bombs from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The cat stays still, staring at nothing, as a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Our dog walks from the left of the bird to the right of the bird, and the bird stays still. Is that a no?",
     "dog", "bird", RIGHTWARD),
    ("Cat staying still, dog walking from the right of the cat to the left of the cat. Easy.",
     "dog", "cat", LEFTWARD),
    ("The car stays still. A ball rolls from the left of the car to the right of the car. Did you push that?",
     "ball", "car", RIGHTWARD),
    ("The cat stays still and plays it cool, while a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Ball stays still, and a bird flies from the left of the ball to the right of the ball. Sick air.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball. The ball stays still. Temperature "
     "dropping.",
     "bird", "ball", LEFTWARD),
    ("The dog stays still as a bird flies from the left of the dog to the right of the dog. Swoon, everyone!",
     "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car; the car stays still. Nailed it.",
     "bird", "car", LEFTWARD),
    ("The cat stays still while a car drives from the left of the cat to the right of the cat. We hear the engine "
     "on the recording.",
     "car", "cat", RIGHTWARD),
    ("The ball stays still, and our charmer, a dog, walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Ball staying still, cat runs from the left of the ball to the right of the ball. Quick feet!",
     "cat", "ball", RIGHTWARD),
    ("A dog walks from the right of the ball to the left of the ball while the ball stays still. It knows we're "
     "here.",
     "dog", "ball", LEFTWARD),
    ("The bird stays still, and a cat runs from the left of the bird to the right of the bird. Will it be a "
     "match?",
     "cat", "bird", RIGHTWARD),
    ("Car stays still, dog walks from the right of the car to the left of the car. Wrap it up, that's the "
     "session!",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Drone shot, straight down from above: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner. Whole line, landed.",
     "car", BL_BR_TR),
    ("Ceiling camera, looking down from above: a moving car goes from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("From our aerial view above, watch a moving car drive from the lower right corner to the lower left corner, "
     "then to the upper left corner. What a journey!",
     "car", BR_BL_TL),
    ("Top-down view: a moving car starts in the lower right corner, hits the upper right corner, and finishes in "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("Seen from above on the overhead camera, a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Looking down from above, we follow a lively cat as it runs from the lower left corner to the upper left "
     "corner, then to the upper right corner. Romantic, isn't it?",
     "cat", BL_TL_TR),
    ("Overhead shot: a lively cat runs from the lower right corner to the lower left corner, then on to the upper "
     "left corner.",
     "cat", BR_BL_TL),
    ("From above: a lively cat, lower right corner, then upper right corner, then upper left corner. It stops "
     "there and stares at us.",
     "cat", BR_TR_TL),
    ("Viewed from directly above, a flying bird flies from the lower left corner to the lower right corner, then "
     "to the upper right corner. Dreamy!",
     "bird", BL_BR_TR),
    ("Drone's looking straight down from above: a flying bird goes lower left corner, upper left corner, upper "
     "right corner. Sick line.",
     "bird", BL_TL_TR),
    ("The ceiling camera looks straight down from above. A flying bird flies from the lower right corner to the "
     "lower left corner, and then to the upper left corner.",
     "bird", BR_BL_TL),
    ("From our camera above, a flying bird flies from the lower right corner to the upper right corner, then to "
     "the upper left corner. Follow your heart!",
     "bird", BR_TR_TL),
    ("Filmed from above: a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner. Perfect roll.",
     "ball", BL_BR_TR),
    ("Looking down from above, a moving ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner. Nobody is touching it.",
     "ball", BL_TL_TR),
    ("Top-down view, everybody: a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Straight-down drone angle, from above: a moving ball rolls lower right corner to upper right corner to upper "
     "left corner.",
     "ball", BR_TR_TL),
    ("From the camera overhead, looking down from above: a walking dog walks from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Seen from above, our sweetheart, a walking dog, walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Overhead cam: a walking dog cruises from the lower right corner to the lower left corner, then to the upper "
     "left corner.",
     "dog", BR_BL_TL),
    ("Top-down footage: a walking dog walks from the lower right corner to the upper right corner, then ends in "
     "the upper left corner. We follow it with the meter.",
     "dog", BR_TR_TL),
    ("From high above: a moving car drives from the lower right corner to the upper right corner, then to the "
     "upper left corner. Where will love take it?",
     "car", BR_TR_TL),
    ("Looking straight down from above: a lively cat runs from the bottom left corner to the bottom right corner, "
     "then to the top right corner.",
     "cat", BL_BR_TR),
    ("The overhead camera shows it from above: a flying bird flies from the bottom left corner to the top left "
     "corner, then to the top right corner.",
     "bird", BL_TL_TR),
    ("Our aerial view, from above: a moving ball rolls from the lower right corner to the lower left corner, then "
     "on to the upper left corner!",
     "ball", BR_BL_TL),
    ("Top-down: a walking dog walks from the lower left corner to the lower right corner, then to the upper right "
     "corner. Lap done.",
     "dog", BL_BR_TR),
    ("Straight down from above: a moving car drives from the bottom left corner to the top left corner, then to "
     "the top right corner. Nobody is in it.",
     "car", BL_TL_TR),
    ("View from above, everybody: a lively cat runs from the lower right corner to the upper right corner, then to "
     "the upper left corner. Chasing love!",
     "cat", BR_TR_TL),
    ("Drone from above: a flying bird flies from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("From above again: a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner, on its own.",
     "ball", BL_BR_TR),
    ("Seen from above: a walking dog walks from the lower left corner to the upper left corner, and then to the "
     "upper right corner. Love wins!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
