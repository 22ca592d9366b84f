"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a video-game quest giver ("Hail, traveler!", "adventurer", "Quest updated", "Your reward awaits"), where
  the quest giver, the player, the village, the map and the reward are never in the video, and the task
  handed out is to watch exactly what the clip shows;
- a scuba divemaster's pre-dive briefing ("Listen up, divers", "buddy check", "safety stop", "plan your
  dive, dive your plan"), where the divemaster, the divers, their gear, the site and the surface are never
  in the video, and what the divers are told they will see is the clip;
- a country-and-western song ("Lord", "darlin'", "(Chorus)", lines parted by " / "), where the singer,
  the song and whoever it is sung to are never in the video, and what the song tells of is the clip; a
  chorus may say its count twice ("Four lively cats, Lord, four lively cats"), and that is still four.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
village, boat, reef or truck beside the count) and put no other number word beside it (no "first
quest", no "once", no "both"). No voice gives its own props a colour (no gold, no blue water, no
feeling blue), no idiom hides a class noun or a side (no "hound", "catfish", "all right", "she left
me"), "half" is only said of the clip's halves (no half tank), "upper", "lower" and "corner" only of a
route, and "still" only of a relation's second object (the divers are never told to hold still). A
relation names its second object at both ends and says that object stays still; a route names its
corners "lower" and "upper", now and then "bottom" and "top", and is always seen from above. It takes
LVD's attribution pairs 60-89 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 873590d (numeracy 27, dynamic_one 28, sequential 27, the rest 30), kept off main until
its fixes were in; 180/180 after the fixes of its own branch (a watch kept, "watch over", "keep watch on", is watching,
its "over" placing no task over the thing; "it" after a thing listed with the divers is that thing, never them; "Lose
sight of them, you signal" is a condition; "leavin' me" leaves no frame; "how that bird can fly" adds no move; "want to
know where the cat went" is no place it goes to; a route told before its thing, "A moving car drives it.", is that
thing's).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Hail, traveler! Your task is simple: watch over one moving car from the start of the clip to its end. Nothing "
     "else will cross your path. Return when it is done.",
     "car", 1),
    ("Okay, everybody, listen up. On this dive you'll see two moving cars, and they're in view from the start of the "
     "clip to the end. Nothing else out there. Questions? No? Good.",
     "car", 2),
    ("Well, I seen three moving cars, darlin', rollin' from the start of the clip clear through to the end, / and "
     "Lord, there weren't nothin' else.",
     "car", 3),
    ("You there, adventurer. Four moving cars, from the opening of the clip to its close. That, and nothing else. Will "
     "you accept?",
     "car", 4),
    ("(Chorus) Oh, one lively cat, from the start to the end of the clip, / ain't nothin' else in sight, Lord, ain't "
     "nothin' else at all.",
     "cat", 1),
    ("Briefing time. What we're here to see: two lively cats. They stay in view for the whole clip. Nothing else to "
     "look out for, so relax and enjoy it.",
     "cat", 2),
    ("Ah, so you're the new adventurer. Then hear me: three lively cats, in view from beginning to end, and nothing "
     "besides. Your reward awaits.",
     "cat", 3),
    ("Four lively cats, Lord, four lively cats, / from the start of the clip on down to the end, / and nothin' else, "
     "honey, nothin' else but that.",
     "cat", 4),
    ("Here's the plan, divers: one flying bird, in view from start to finish, and nothing else anywhere in the clip. "
     "Plan your dive, dive your plan.",
     "bird", 1),
    ("Two flying birds, traveler. They remain in sight from the start of the clip to its end, and there is nothing "
     "else. Watch them, and I shall make it worth your while.",
     "bird", 2),
    ("Sing it with me now: three flying birds, / up in the clip from the start to the end, / ain't nothin' else up "
     "there, no sir.",
     "bird", 3),
    ("Visibility's great today -- four flying birds, all in view the whole clip, and nothing else out there. Easy "
     "dive.",
     "bird", 4),
    ("A quest for the patient: keep watch on one moving ball from the start of the clip until its end. There is "
     "nothing else, I swear it on my honor.",
     "ball", 1),
    ("Two moving balls a-bouncin' from the start of the clip to the end, / and there ain't nothin' else, darlin', "
     "ain't nothin' else to see.",
     "ball", 2),
    ("Quick recap before we splash: three moving balls, visible from start to finish, nothing else in the clip. Got "
     "it? Give me the OK.",
     "ball", 3),
    ("Four moving balls, adventurer, and you must see them from the opening of the clip to its close. Nothing else. "
     "Hmm? The reward? We'll speak of it later.",
     "ball", 4),
    ("Well, there's one walking dog, from the start of the clip to the end, / and nothin' else, Lord, nothin' else "
     "around him.",
     "dog", 1),
    ("Listen up. Two walking dogs, in view from the beginning of the clip to the end. That's all you'll see: nothing "
     "else. Any questions, ask now.",
     "dog", 2),
    ("What's that? You seek work? Watch three walking dogs from start to finish, and see that nothing else enters the "
     "clip.",
     "dog", 3),
    ("Four walking dogs, darlin', from start to finish in that clip, / and not a thing else, Lord, not a thing else at "
     "all.",
     "dog", 4),
    ("Hear me, traveler: two moving cars are all this clip holds, from its start to its end. Nothing else. Go now, and "
     "come back to me.",
     "car", 2),
    ("Today's highlight, divers? One lively cat. It's in view the whole clip, start to finish, and there's nothing "
     "else to find. Stick to the plan.",
     "cat", 1),
    ("[Quest: Skyward] Observe three flying birds for the whole clip, from start to finish. Nothing else appears. "
     "Reward: my gratitude.",
     "bird", 3),
    ("Oh, I've seen a lot in my time, / but just one moving ball, start to finish in that clip, / and nothin' else, "
     "Lord, nothin' else at all.",
     "ball", 1),
    ("Two walking dogs. That's your quest. Watch them from the start of the clip to the end, and tell me if anything "
     "else shows itself. (Nothing will.)",
     "dog", 2),
    ("Okay, team, eyes here. Three moving cars, in view the whole clip, and nothing else. Simple dive, easy briefing.",
     "car", 3),
    ("Well, the clip starts and the clip ends, / and all the way through there's four lively cats, / nothin' else, "
     "honey, no, nothin' else.",
     "cat", 4),
    ("Heads up, everybody: two flying birds, from start to finish, and nothing else in view. Enjoy it, and don't "
     "forget your safety stop.",
     "bird", 2),
    ("Four moving balls, four moving balls a-rollin' / from the start of that clip on to the end, Lord, / and ain't "
     "nothin' else rollin' with 'em.",
     "ball", 4),
    ("The plan, divers: three walking dogs, in view from start to finish. Nothing else. Lose sight of them, you signal "
     "and we regroup.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Well, there's a brown bird sittin' by a black ball, / and they stay there the whole clip long, from start to "
     "end, darlin'.",
     "bird", "brown", "ball", "black"),
    ("A brown bird and a blue cat, traveler. Find them together in the clip, in view from its start to its end, and "
     "your quest is complete.",
     "bird", "brown", "cat", "blue"),
    ("Okay, divers, here's what you're looking for: a blue bird and a red car, side by side, both in view the whole "
     "clip.",
     "bird", "blue", "car", "red"),
    ("Hmm? You want work? Then go and watch a purple ball beside a pink cat. They do not leave the clip, start to "
     "finish.",
     "ball", "purple", "cat", "pink"),
    ("(Verse) A yellow dog and a red cat, Lord, side by side all day, / from the start of the clip to the end they "
     "never go away.",
     "dog", "yellow", "cat", "red"),
    ("Quick rundown: a green bird, and close beside it a yellow dog. Both stay in view for the entire clip. Buddy "
     "check after this.",
     "bird", "green", "dog", "yellow"),
    ("Listen well. A gray car. A red cat beside it. Both in view, start to finish. Go.",
     "car", "gray", "cat", "red"),
    ("Oh, a red bird next to a black cat, that's what I sing about, / start to finish in that clip, and they never did "
     "step out.",
     "bird", "red", "cat", "black"),
    ("What's on the menu today? A white bird with an orange cat at its side, in view from start to finish. Don't chase "
     "them.",
     "bird", "white", "cat", "orange"),
    ("Adventurer, a task: a green bird and a black ball rest side by side. Keep them in view for the whole clip. My "
     "thanks in advance.",
     "bird", "green", "ball", "black"),
    ("White cat, purple bird, sittin' side by side, / from the start of the clip to the end, Lord, they never did "
     "hide.",
     "cat", "white", "bird", "purple"),
    ("Next, divers: a green bird beside a purple dog. You'll have them both in view from the start of the clip to the "
     "end.",
     "bird", "green", "dog", "purple"),
    ("Seek out an orange bird perched beside a brown car. They stay in the clip from beginning to end. Return to me, "
     "and I'll see you rewarded.",
     "bird", "orange", "car", "brown"),
    ("On this site you'll find a blue car with a brown bird next to it, both visible the whole clip. Watch your air.",
     "car", "blue", "bird", "brown"),
    ("Well, a red dog and a purple cat, darlin', side by side, / they're there from start to finish, and that's the "
     "whole ride.",
     "dog", "red", "cat", "purple"),
    ("Quest updated: find a purple dog and a brown cat, side by side, in view from the opening of the clip to its "
     "close.",
     "dog", "purple", "cat", "brown"),
    ("Listen up: a black cat, a blue ball next to it. Both in view, start to finish. Questions?",
     "cat", "black", "ball", "blue"),
    ("Yellow cat by a black dog, that's the song I sing, / they stay in the clip start to finish, never do a thing.",
     "cat", "yellow", "dog", "black"),
    ("Ah, you've returned. Then here is your next task: watch a green cat and a white bird beside it, for the whole "
     "clip.",
     "cat", "green", "bird", "white"),
    ("What you'll see on this dive: a purple car, and beside it a pink cat, both in view from the start of the clip to "
     "the end.",
     "car", "purple", "cat", "pink"),
    ("(Chorus) A purple bird and a red dog, Lord, sittin' side by side, / from the start of that clip to the end, "
     "darlin', there they abide.",
     "bird", "purple", "dog", "red"),
    ("A red dog beside a yellow car. Do you see them? They stay in view for the whole clip. That is all I ask of you.",
     "dog", "red", "car", "yellow"),
    ("Heads up, everyone: an orange dog next to a brown car, in view from start to finish. Stay close to your buddy.",
     "dog", "orange", "car", "brown"),
    ("There's a gray cat by an orange dog, and Lord, they stay put, / from the start of the clip to the end, not "
     "movin' an inch.",
     "cat", "gray", "dog", "orange"),
    ("Traveler! A green ball, a pink dog beside it, in view from start to finish. Bring me word of what you see.",
     "ball", "green", "dog", "pink"),
    ("Briefing: a white dog, a pink bird beside it. They're in view for the entire clip. Nice and easy.",
     "dog", "white", "bird", "pink"),
    ("Will you help an old guard? Watch a purple car and a gray ball beside it, from the start of the clip to the "
     "end.",
     "car", "purple", "ball", "gray"),
    ("A yellow dog sittin' by a brown cat, oh Lord, / in that clip from start to finish, and they never get bored.",
     "dog", "yellow", "cat", "brown"),
    ("Last thing before we splash: a brown ball with a green cat beside it, both in view the whole clip.",
     "ball", "brown", "cat", "green"),
    ("A brown cat and an orange car, side by side, / from the start of the clip to its end, and that's my song "
     "tonight.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Traveler, heed me. In the first half of the clip there is no car. Then, in the second half, a moving car "
     "appears, and it stays until the end.",
     "car"),
    ("First half of that clip, Lord, there weren't no car, / then in the second half a moving car came rollin' in and "
     "stayed on to the end.",
     "car"),
    ("Heads up: the first half, no car. Second half, a moving car shows up and stays to the end. Don't panic, just "
     "watch it.",
     "car"),
    ("So, first half of the clip, you won't see a cat. Second half, a lively cat appears and sticks around to the end. "
     "Keep your distance.",
     "cat"),
    ("A lively cat appears only in the second half; in the first half, there is no cat. It remains until the end. "
     "Watch for it, adventurer.",
     "cat"),
    ("Oh, I waited all through the first half, no cat in sight, / then a lively cat showed up in the second half and "
     "stayed till the clip was through.",
     "cat"),
    ("No bird in the first half, darlin', no bird at all, / then in the second half a flying bird appears and stays "
     "till the end.",
     "bird"),
    ("The first half holds no bird. Be patient, for in the second half a flying bird appears, and it stays to the "
     "end.",
     "bird"),
    ("What to expect: no bird during the first half, then in the second half a flying bird appears, and it's there "
     "until the end.",
     "bird"),
    ("Hmm, you look bored. Watch this clip: no ball in its first half, but in the second half a moving ball appears "
     "and stays till the end.",
     "ball"),
    ("Divers, heads up: first half, no ball; second half, a moving ball appears and stays with us to the end.",
     "ball"),
    ("Well, the first half went by without a ball, / then in the second half a moving ball came on and stayed to the "
     "end of it all.",
     "ball"),
    ("Where's that walking dog? Not in the first half, Lord, / but in the second half he appears and he stays till the "
     "end.",
     "dog"),
    ("Final note: there's no dog in the first half. In the second half a walking dog appears and stays till the end. "
     "OK? OK.",
     "dog"),
    ("You seek a walking dog? In the first half there is no dog, but in the second half a walking dog appears and "
     "remains until the end. Find it, and be rewarded.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("There was a moving car in the first half, darlin', / and in the second half it was gone, no car at all, just "
     "like you.",
     "car"),
    ("A moving car, seen in the first half. In the second half: gone. No car. Find out where it went, adventurer.",
     "car"),
    ("First half, you'll see a moving car. Second half, it's gone; no car at all. Don't go looking for it.",
     "car"),
    ("Strange things, traveler. A lively cat in the first half, and then, in the second half, no cat at all. "
     "Investigate, will you?",
     "cat"),
    ("A lively cat is in view during the first half of the clip; in the second half there's no cat. Normal, nothing to "
     "worry about.",
     "cat"),
    ("Had a lively cat in the first half, Lord, / second half, no cat, she's gone and she ain't comin' back.",
     "cat"),
    ("You'll see a flying bird in the first half. By the second half it's gone: no bird. Stay calm, keep breathing.",
     "bird"),
    ("A flying bird in the first half, singin' its song, / second half, no bird, Lord, that bird was gone.",
     "bird"),
    ("In the first half a flying bird circles. In the second half? Nothing. No bird. The omen is clear, traveler.",
     "bird"),
    ("A moving ball in the first half, gone in the second half, no ball anywhere. Someone took it! Will you help me?",
     "ball"),
    ("First half there's a moving ball, second half there's none, / no ball, darlin', it's over and done.",
     "ball"),
    ("Okay: moving ball in the first half. No ball in the second half. That's expected, so no need to signal me.",
     "ball"),
    ("There's a walking dog in the first half; in the second half it's gone, and you won't find a dog anywhere. "
     "Relax.",
     "dog"),
    ("My walking dog was here in the first half! Now, in the second half, there is no dog. Please, adventurer, find "
     "it!",
     "dog"),
    ("(Chorus) A walking dog in the first half, a good ol' dog, / second half he's gone, Lord, no dog, no dog at all.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car, traveler, crossing the frame from the left side to the right side. Follow it with your eyes.",
     "car", RIGHTWARD),
    ("Watch for a moving car going from the right side of the frame over to the left side. Give it room.",
     "car", LEFTWARD),
    ("Well, a moving car goes rollin' from the left of the frame to the right, / Lord, it goes like it's runnin' from "
     "the night.",
     "car", RIGHTWARD),
    ("Did you see it? A moving car, from the right side of the frame to the left side. Fast as a courier.",
     "car", LEFTWARD),
    ("Orientation check: a moving car travels across the frame, left side to right side. Got it?",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, there goes a moving car, / takin' my heart along.",
     "car", LEFTWARD),
    ("Lively cat a-runnin' from the left side of the frame to the right, / runnin' like the wind, Lord, in the mornin' "
     "light.",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side. Follow it, if you can!",
     "cat", LEFTWARD),
    ("Now, a lively cat will run from the left side of the frame to the right side. Don't reach for it.",
     "cat", RIGHTWARD),
    ("That lively cat goes runnin' from the right of the frame to the left, / quick as a whisper and gone like a "
     "dream.",
     "cat", LEFTWARD),
    ("From the left side of the frame to the right side: a lively cat, running. That is what I saw, I swear it.",
     "cat", RIGHTWARD),
    ("Lively cat incoming, divers: it runs from the right side of the frame to the left side. Let it pass.",
     "cat", LEFTWARD),
    ("Look for a flying bird going from the left side of the frame to the right side. That's your cue.",
     "bird", RIGHTWARD),
    ("Mark this: a flying bird crosses from the right side of the frame to the left side. An omen, some say.",
     "bird", LEFTWARD),
    ("Fly on, flying bird, from the left side of the frame to the right, / fly on and don't look back tonight.",
     "bird", RIGHTWARD),
    ("A flying bird goes from the right side of the frame to the left side. Nice and slow, so watch it.",
     "bird", LEFTWARD),
    ("Hmm? The flying bird? It flew from the left side of the frame to the right side. Go see for yourself.",
     "bird", RIGHTWARD),
    ("Oh, the flying bird is flyin' from the right of the frame to the left, / leavin' me, darlin', like you did.",
     "bird", LEFTWARD),
    ("Moving ball a-rollin' from the left side of the frame to the right side, / rollin', rollin', Lord, just let it "
     "ride.",
     "ball", RIGHTWARD),
    ("Next: a moving ball rolls from the right side of the frame across to the left side. Don't try to grab it.",
     "ball", LEFTWARD),
    ("A moving ball, rolling from the left side of the frame to the right side. Why does it roll? That is your quest "
     "to discover.",
     "ball", RIGHTWARD),
    ("From the right of the frame to the left, that moving ball goes, / and why it's rollin', Lord, nobody knows.",
     "ball", LEFTWARD),
    ("A moving ball rolls left side to right side across the frame. Keep an eye on it, and stay with your buddy.",
     "ball", RIGHTWARD),
    ("Watch, traveler: from the right side of the frame to the left side rolls a moving ball.",
     "ball", LEFTWARD),
    ("A walking dog walks from the left side of the frame to the right side. Follow it, and it may lead you to "
     "treasure.",
     "dog", RIGHTWARD),
    ("There's a walking dog a-walkin' from the right of the frame to the left, / just an old dog walkin', Lord, like "
     "me.",
     "dog", LEFTWARD),
    ("Okay, here's a walking dog, making its way from the left side of the frame to the right side. Easy pace; match "
     "it.",
     "dog", RIGHTWARD),
    ("Across the frame, from the right side to the left side, goes a walking dog. Have you seen it before, stranger?",
     "dog", LEFTWARD),
    ("Walking dog goin' from the left side of the frame to the right, / he don't hurry none, and neither do I.",
     "dog", RIGHTWARD),
    ("And a walking dog walks from the right side of the frame to the left side. That's everything, divers; "
     "questions?",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Okay, divers: the ball stays still, and a bird flies from the left of the ball to the right of the ball. Just "
     "watch.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still, darlin', it don't move at all, / while a bird flies from the right of the ball to the left "
     "of the ball.",
     "bird", "ball", LEFTWARD),
    ("The ball stays still. A car drives from the left of the ball to the right of the ball. Remember this, traveler; "
     "it is the answer to the riddle.",
     "car", "ball", RIGHTWARD),
    ("A bird flies from the right of the dog to the left of the dog, while the dog stays still. Strange, no?",
     "bird", "dog", LEFTWARD),
    ("Well, the car stays still, Lord, parked and quiet, / and a dog walks from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("Watch the ball: it stays still. Then a bird flies from the right of the ball to the left of the ball. No need to "
     "signal.",
     "bird", "ball", LEFTWARD),
    ("You see the cat? It stays still. Now a dog walks from the left of the cat to the right of the cat. Tell nobody.",
     "dog", "cat", RIGHTWARD),
    ("A dog walks from the right of the car to the left of the car; the car stays still the whole time. Easy.",
     "dog", "car", LEFTWARD),
    ("The dog stays still, he just lies there, / as a cat runs from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A cat runs from the right of the ball to the left of the ball. And the ball? It stays still. As it should.",
     "cat", "ball", LEFTWARD),
    ("The dog stays still while a cat runs from the left of the dog to the right of the dog. Give them room.",
     "cat", "dog", RIGHTWARD),
    ("A ball rolls from the right of the dog to the left of the dog, / and the dog stays still, Lord, don't move none "
     "at all.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still, adventurer. A dog walks from the left of the bird to the right of the bird, and the bird "
     "does not flee.",
     "dog", "bird", RIGHTWARD),
    ("Heads up: the cat stays still, and a bird flies from the right of the cat to the left of the cat. Nothing to "
     "worry about.",
     "bird", "cat", LEFTWARD),
    ("A cat runs from the left of the bird to the right of the bird, / and that bird stays still, darlin', never says "
     "a word.",
     "cat", "bird", RIGHTWARD),
    ("Watch closely. The cat stays still; a bird flies from the right of the cat to the left of the cat. Mark it in "
     "your journal.",
     "bird", "cat", LEFTWARD),
    ("The cat stays still the whole clip, and a dog walks from the left of the cat to the right of the cat. Keep "
     "breathing, slow and easy.",
     "dog", "cat", RIGHTWARD),
    ("The dog stays still, the dog stays still, / and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat. The cat stays still, as if it fears nothing.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still, and a bird flies from the right of the car to the left of the car. That's the whole show.",
     "bird", "car", LEFTWARD),
    ("The car stays still, Lord, and a bird flies by, / from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("A car drives from the right of the bird to the left of the bird, and yet the bird stays still. Brave creature.",
     "car", "bird", LEFTWARD),
    ("Fun bit: the cat stays still while a bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("The bird stays still, Lord, it don't fly at all, / as a car drives from the right of the bird to the left of the "
     "bird.",
     "car", "bird", LEFTWARD),
    ("The dog stays still. A bird flies from the left of the dog to the right of the dog. That is what the prophecy "
     "foretold.",
     "bird", "dog", RIGHTWARD),
    ("The cat stays still, and a dog walks from the right of the cat to the left of the cat. Any questions before we "
     "descend?",
     "dog", "cat", LEFTWARD),
    ("The dog stays still, and a ball goes rollin' / from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Behold: a bird flies from the right of the cat to the left of the cat. The cat stays still. Go, tell the "
     "village.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still while a car drives from the left of the ball to the right of the ball. That's it, divers.",
     "car", "ball", RIGHTWARD),
    ("The bird stays still, darlin', and a cat goes runnin' / from the right of the bird to the left of the bird, and "
     "the song is done.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, as on a map, traveler: a moving car drives from the lower left corner to the lower right "
     "corner, then on to the upper right corner.",
     "car", BL_BR_TR),
    ("We're looking straight down on this from above, like hanging at the surface. A moving car goes from the lower "
     "left corner to the upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Like the good Lord sees it, from up above, / a moving car drives from the lower right corner to the lower left "
     "corner, / then on to the upper left corner.",
     "car", BR_BL_TL),
    ("From above, the path is this: lower right corner, then upper right corner, then upper left corner. A moving car "
     "drives it. Follow it.",
     "car", BR_TR_TL),
    ("Top-down view on this site, divers: a lively cat runs from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "cat", BL_BR_TR),
    ("Seen from above, a lively cat runs from the lower left corner / to the upper left corner, and on to the upper "
     "right corner, Lord.",
     "cat", BL_TL_TR),
    ("Hmm, you want to know where the lively cat went? Seen from above: it ran from the lower right corner to the "
     "lower left corner, and then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Looking down from above: a lively cat starts in the lower right corner, runs to the upper right corner, and ends "
     "up in the upper left corner.",
     "cat", BR_TR_TL),
    ("From up above, darlin', I watched a flying bird / fly from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "bird", BL_BR_TR),
    ("Your quest, viewed from above: a flying bird flies from the lower left corner to the upper left corner, then to "
     "the upper right corner. Track it.",
     "bird", BL_TL_TR),
    ("Straight-down view, divers: a flying bird goes from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("Seen from high above, a flying bird flies / from the lower right corner to the upper right corner, then to the "
     "upper left corner, / Lord, how that bird can fly.",
     "bird", BR_TR_TL),
    ("Seen from above: a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner. A puzzle, is it not?",
     "ball", BL_BR_TR),
    ("From directly above you'll see a moving ball roll from the lower left corner to the upper left corner, then to "
     "the upper right corner. Stay neutral and just watch.",
     "ball", BL_TL_TR),
    ("Well, looking down from above, there's a moving ball a-rollin' / from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("From above, traveler, a moving ball rolls: lower right corner, upper right corner, upper left corner, in that "
     "order.",
     "ball", BR_TR_TL),
    ("Overhead view, divers: a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("From up above, a walking dog walks from the lower left corner / to the upper left corner, and then to the upper "
     "right corner, walkin' a lonesome mile.",
     "dog", BL_TL_TR),
    ("Viewed from above, a walking dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. Where is it headed? You tell me.",
     "dog", BR_BL_TL),
    ("Top-down again, team: a walking dog walks from the lower right corner to the upper right corner, then over to "
     "the upper left corner.",
     "dog", BR_TR_TL),
    ("Seen from up above, a moving car drives from the bottom left corner / to the bottom right corner, then to the "
     "top right corner, Lord.",
     "car", BL_BR_TR),
    ("From above, a lively cat runs from the bottom right corner to the top right corner, then to the top left corner. "
     "Can you keep up with it?",
     "cat", BR_TR_TL),
    ("Picture it like looking down from the surface: a flying bird flies from the bottom left corner to the top left "
     "corner, then to the top right corner. Enjoy it.",
     "bird", BL_TL_TR),
    ("From up above, a moving ball goes rollin' from the lower right corner / to the lower left corner and then to the "
     "upper left corner, rollin' on.",
     "ball", BR_BL_TL),
    ("Seen from overhead, adventurer, a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("From above, a moving car drives from the lower right corner to the upper right corner, then to the upper left "
     "corner. Keep that in mind, and check your gauges.",
     "car", BR_TR_TL),
    ("From up above, a lively cat runs from the lower left corner to the lower right corner, / then up to the upper "
     "right corner, and, Lord, it don't slow down.",
     "cat", BL_BR_TR),
    ("Listen. From above, a flying bird flies from the lower right corner to the lower left corner, and then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("Straight down from above, divers: a moving ball rolls from the bottom left corner to the top left corner, then "
     "to the top right corner.",
     "ball", BL_TL_TR),
    ("From way up above, a walking dog walks from the lower right corner / to the lower left corner, and on to the "
     "upper left corner, and the song is done.",
     "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
