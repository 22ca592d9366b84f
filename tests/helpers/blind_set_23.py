"""A held-out set for the layout planner: LVD's stage-1 prompts retold by a describer of long, rich sentences.

Like sets 20 and 21 it keeps LVD's content exactly (its five classes, counts one to four, its colours,
the halves, the two directions, the relations to a second object and the four three-stop routes), but it
takes the next LVD draws (attribution pairs 30-59, two-object relations 20-49) and says each prompt the
way a describer who likes long sentences would: setting details and adverbs that name nothing countable
("in the hush of early morning", "slowly"), passive voice and the present progressive, fronted phrases,
digits for counts, and times given as fractions or moments ("during the opening half", "by the
midpoint", "for the final stretch").

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): scored once, untouched, after the fixes prompted by sets 17–22: 158/180 = 87.8%
(sequential 23, visibility 24, numeracy 27, one-object 27, two-object 27 of 30; attribution 30).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count). Retells "... with <N> <moving cars | lively cats | flying birds | moving balls |
# walking dogs>": exactly `count` objects in view throughout, and nothing else countable named.
_NUMERACY = [
    ("Under a soft evening light, a single car is moving slowly and steadily, and nothing else is shown.", "car", 1),
    ("From the opening moment to the very end, 2 cars are being driven at an unhurried pace through the warm "
     "haze of a summer afternoon.", "car", 2),
    ("Gleaming faintly in the drizzle, 3 cars are moving along in a realistic, lively way, never quite keeping "
     "the same pace.", "car", 3),
    ("Throughout the whole clip, exactly 4 cars are seen moving, each of them driven gently and carefully in the "
     "hush of early morning.", "car", 4),
    ("Curled up lazily at first and then stretching playfully in the slanting afternoon light, 1 lively cat is "
     "the only living thing on view.", "cat", 1),
    ("2 lively cats are being filmed realistically as they pounce and tumble about under a pale, overcast glow.",
     "cat", 2),
    ("In the quiet warmth of a lazy afternoon, 3 lively cats are playing energetically, and no other creature is "
     "present.", "cat", 3),
    ("Realistically and vividly, a scene is captured in which 4 lively cats are prowling around restlessly as "
     "dusk slowly settles.", "cat", 4),
    ("High up in the calm of a pastel dusk, a lone bird is flying gracefully and unhurriedly, wheeling around "
     "and around.", "bird", 1),
    ("2 birds are flying swiftly and freely through the crisp, bright air of a windy morning, shown in lifelike "
     "detail.", "bird", 2),
    ("As the breeze picks up during a cool spring afternoon, 3 birds are seen flying, gliding and flapping in a "
     "vivid, realistic way.", "bird", 3),
    ("Soaring and diving tirelessly through the misty morning air, 4 birds are flying for the entire length of "
     "the video.", "bird", 4),
    ("Bouncing lightly and rolling onward under the even glow of an overcast noon, just 1 ball is kept in motion "
     "from start to finish.", "ball", 1),
    ("2 balls are being rolled briskly back and forth in a lively, realistic scene lit by the cool light of "
     "early evening.", "ball", 2),
    ("Bathed in a gentle late-afternoon glow, 3 balls are moving continuously, bouncing now and then but never "
     "coming to rest.", "ball", 3),
    ("Realistically rendered and full of energy, the clip shows exactly 4 balls moving about the whole time, "
     "with nothing else to see.", "ball", 4),
    ("A solitary dog is walking calmly and contentedly through the fading warmth of a late summer evening.",
     "dog", 1),
    ("Side by side and in no hurry at all, 2 dogs are walking along under a fine, misty drizzle.", "dog", 2),
    ("Ambling cheerfully along in the crisp air of a winter morning, 3 dogs are being filmed in realistic, "
     "lively detail.", "dog", 3),
    ("For as long as the video lasts, 4 dogs are walking steadily onward, lit warmly by the last light of the "
     "day.", "dog", 4),
    ("Slowly, almost silently, 3 moving cars are seen gliding along in the pale glow of dawn, and nothing more "
     "appears at any point.", "car", 3),
    ("Just 1 cat, lively and wide awake, is being filmed realistically as it darts about in the stillness of a "
     "humid afternoon.", "cat", 1),
    ("Flying in loose formation under a bright midday glare, 2 birds are captured realistically and vividly.",
     "bird", 2),
    ("Kept rolling briskly from the first moment to the last, 4 balls are shown in a lively, lifelike way "
     "beneath a cool twilight glow.", "ball", 4),
    ("Only 1 dog is walking briskly and eagerly in the clean, rain-washed air of early morning.", "dog", 1),
    ("Moving along at an easy, steady pace in the hazy heat of midsummer, 2 cars are filmed realistically for "
     "the entire clip.", "car", 2),
    ("In a vivid and lifelike scene, 4 lively cats are seen stretching, yawning and playing in the "
     "mellow light of late afternoon.", "cat", 4),
    ("Drifting upward on the warm breeze, 3 birds are flying steadily and gracefully until the clip ends.",
     "bird", 3),
    ("A single ball is being bounced and rolled energetically in realistic footage shot on a still, humid "
     "evening.", "ball", 1),
    ("3 dogs are walking together contentedly in the cool, breezy shade of late morning, shown realistically "
     "from beginning to end.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in LVD's order
# (LVD names the objects "<colour> <query>").
_ATTRIBUTION = [
    ("Under a soft afternoon light, a red car is parked quietly while a brown bird hops about calmly nearby.",
     "car", "red", "bird", "brown"),
    ("Stretched out lazily in the mellow warmth of late afternoon, a purple cat is resting beside a green car.",
     "cat", "purple", "car", "green"),
    ("A gray car is being driven slowly past an orange dog, which is sitting patiently and watching in the "
     "drizzle.", "car", "gray", "dog", "orange"),
    ("From the left side of the frame, a red cat is creeping forward cautiously toward a gray dog who is dozing "
     "peacefully in the evening calm.", "cat", "red", "dog", "gray"),
    ("In the hush of an early winter morning, a red dog is trotting cheerfully around a gray car that has been "
     "left idling.", "dog", "red", "car", "gray"),
    ("Next to a yellow car that is gleaming after the rain, a purple dog is sitting contentedly and wagging "
     "happily.", "dog", "purple", "car", "yellow"),
    ("A gray ball is being batted playfully back and forth by a red cat, lit warmly by the fading light of "
     "dusk.", "cat", "red", "ball", "gray"),
    ("During a breezy, bright afternoon, 1 brown cat and 1 blue dog are lazing side by side, neither of them in "
     "any hurry.", "cat", "brown", "dog", "blue"),
    ("While a red cat is watching warily from a short distance, a white dog is sniffing about eagerly in the "
     "cool evening air.", "dog", "white", "cat", "red"),
    ("Perched calmly near an orange car, a yellow bird is preening itself under the gentle glow of early "
     "morning.", "bird", "yellow", "car", "orange"),
    ("A green dog is lying peacefully beside a blue car, and the whole scene is bathed in calm midday light.",
     "dog", "green", "car", "blue"),
    ("Pouncing again and again with obvious delight, a black cat is chasing a brown ball in the soft light of a "
     "rainy afternoon.", "cat", "black", "ball", "brown"),
    ("A red cat is curled up sleepily near a purple car, which is parked quietly under a hazy evening glow.",
     "car", "purple", "cat", "red"),
    ("In lifelike detail, a gray dog is being eyed suspiciously by a brown cat as the late light slowly fades.",
     "dog", "gray", "cat", "brown"),
    ("A brown dog is trotting happily alongside a black car that is rolling slowly forward in the crisp morning "
     "air.", "car", "black", "dog", "brown"),
    ("Bounding joyfully after a yellow ball, a pink dog is captured realistically in the warm breeze of a summer "
     "evening.", "ball", "yellow", "dog", "pink"),
    ("A gray cat and a white dog are being shown together, calmly sharing the quiet warmth of a lazy afternoon.",
     "cat", "gray", "dog", "white"),
    ("As the evening slowly cools, a yellow dog is waiting patiently and alertly beside an orange car.",
     "dog", "yellow", "car", "orange"),
    ("A black bird is hopping lightly about while a brown cat is crouching low and watching it intently in the "
     "dim morning light.", "bird", "black", "cat", "brown"),
    ("Rolled gently along, a white ball is slowly coming to rest right beside a red car in the calm of early "
     "evening.", "ball", "white", "car", "red"),
    ("A black cat is swatting lazily at a white ball, both lit softly by the glow of a rainy "
     "afternoon.", "ball", "white", "cat", "black"),
    ("Under a warm, hazy light, a yellow cat is nudging a pink ball along slowly and curiously.",
     "cat", "yellow", "ball", "pink"),
    ("An orange bird is fluttering gracefully above a black car, which is standing perfectly still in the "
     "morning mist.", "car", "black", "bird", "orange"),
    ("A brown car is parked calmly while an orange ball is being bounced lightly next to it, all in realistic, "
     "lively detail.", "ball", "orange", "car", "brown"),
    ("Watched intently by a green cat, a gray bird is pecking busily about in the cool light of dawn.",
     "bird", "gray", "cat", "green"),
    ("A red cat is stretching lazily near a blue car as the heat of the afternoon gradually fades.",
     "car", "blue", "cat", "red"),
    ("A white ball is rolling slowly toward a black car that is parked quietly in the soft evening light.",
     "ball", "white", "car", "black"),
    ("Hovering briefly over a white ball, a green bird is flapping vigorously in the breezy air of a spring "
     "morning.", "bird", "green", "ball", "white"),
    ("A yellow dog is chasing a blue ball with boundless energy, realistically captured in the crisp air of an "
     "autumn morning.", "ball", "blue", "dog", "yellow"),
    ("Resting for a moment right next to a blue ball, a yellow bird is looking around curiously under a pale "
     "winter light.", "bird", "yellow", "ball", "blue"),
]

# (prompt, query). Retells "... in which a <moving car | lively cat | ...> appears only in the second half of
# the video": out of view in the first half, in view in the second.
_APPEARS = [
    ("During the opening half of the video the scene is left completely empty, and only at the midpoint is a "
     "moving car driven slowly into view, where it stays until the end.", "car"),
    ("A car, moving steadily under a soft evening light, is nowhere to be seen for the first half but is "
     "clearly visible throughout the second half.", "car"),
    ("Only after the clip's halfway mark has passed is a moving car seen cruising into the frame, and it "
     "remains in sight for the final stretch.", "car"),
    ("Not until the video is half over does a lively cat come strolling into the picture, and from then on it "
     "is shown playing until the very end.", "cat"),
    ("For the first half of the running time no cat is present at all; in the latter half, a lively cat is "
     "seen pouncing about happily.", "cat"),
    ("A lively cat is being kept out of sight during the first 50 percent of the clip and is revealed only in "
     "the remaining half.", "cat"),
    ("At the midpoint a flying bird is swooping gracefully into view, having been entirely absent during the "
     "opening half, and it is still flying there at the end.", "bird"),
    ("Throughout the first half the air is empty and still, but in the closing half a flying bird is seen "
     "gliding across.", "bird"),
    ("Only in the second half of the video is a flying bird visible, soaring calmly in the cool twilight.",
     "bird"),
    ("A moving ball is absent for the opening half and then, from the midpoint onward, is seen bouncing lightly "
     "through the scene.", "ball"),
    ("Rolled in just as the halfway point is reached, a moving ball is shown for the whole second half and "
     "never before it.", "ball"),
    ("In the latter half of the clip, and only then, a moving ball is rolling briskly along in the warm late "
     "light.", "ball"),
    ("Trotting in from the side once the video is halfway through, a walking dog is seen only in the second "
     "half.", "dog"),
    ("A walking dog does not appear during the first half; during the second half it is walking calmly in "
     "plain view.", "dog"),
    ("For the final half of the video a walking dog is visible, strolling along contentedly, although it was "
     "not there at all earlier on.", "dog"),
]

# (prompt, query). Retells "... in which a <...> appears only in the first half of the video": in view in the
# first half, out of view in the second.
_VANISHES = [
    ("A moving car is seen cruising slowly in the early light during the opening half, but by the midpoint it "
     "has been driven out of view and does not return.", "car"),
    ("Visible only during the first half of the video, a moving car is gone for the whole second half.", "car"),
    ("For the first half of the running time a moving car is rolling steadily along; after the halfway mark, "
     "nothing of it can be seen.", "car"),
    ("A lively cat is playing energetically in plain view throughout the first half, then slips away by the "
     "midpoint and is absent for the rest.", "cat"),
    ("Only in the opening half of the clip is a lively cat shown, stretching and pouncing under a gentle "
     "afternoon glow.", "cat"),
    ("By the time the video is half over, the lively cat that was frolicking at the start has wandered off for "
     "good.", "cat"),
    ("At the start a flying bird is darting back and forth energetically, but it has flown out of view by the "
     "midpoint and is not seen during the second half.", "bird"),
    ("A flying bird is visible throughout the first 50 percent of the video and is missing for the remaining 50 "
     "percent.", "bird"),
    ("During the opening half a flying bird is gliding lazily in the breeze; the closing half shows no bird at "
     "all.", "bird"),
    ("A moving ball is being bounced briskly for the first half of the clip and is then rolled away, out of "
     "sight, before the second half begins.", "ball"),
    ("Seen only during the first half, a moving ball is absent from the halfway point onward.", "ball"),
    ("From the first moment until the midpoint a moving ball is rolling about in view; for the final half it "
     "is nowhere to be found.", "ball"),
    ("A walking dog is strolling calmly in view during the first half of the video, and by the midpoint it has "
     "walked off and stays unseen for the final stretch.", "dog"),
    ("In the opening half, and only then, a walking dog is seen ambling along in the soft morning haze.", "dog"),
    ("Having been visible since the start, a walking dog leaves the frame at the halfway mark and is not shown "
     "again.", "dog"),
]

# (prompt, query, direction). Retells "... with a <car | cat | bird | ball | dog> moving from the left to the
# right" (or right to left): in view at the start and the end, having moved that way.
_DYNAMIC_ONE = [
    ("From the left side of the frame, a car is being driven slowly and steadily all the way across to the "
     "right side under a soft evening light.", "car", RIGHTWARD),
    ("A car is moving at an easy pace from the right toward the left, gleaming in the drizzle as it goes, and "
     "it is still in view at the end.", "car", LEFTWARD),
    ("Starting out on the left at the opening moment, a car is cruising calmly rightward and by the final "
     "moment is sitting on the right.", "car", RIGHTWARD),
    ("By the end of the clip, a car that began on the right has been driven over to the left in the hazy "
     "warmth of late afternoon.", "car", LEFTWARD),
    ("Gently and without stopping, a car is rolling from left to right through the cool morning mist.",
     "car", RIGHTWARD),
    ("Leftward the whole time, a car is travelling from the right-hand side of the picture to the left-hand "
     "side, lit by the last light of day.", "car", LEFTWARD),
    ("A cat is padding lazily from the left to the right in the warm, dusty afternoon light.", "cat", RIGHTWARD),
    ("From the right side of the frame, a cat is creeping cautiously over to the left side, slowly and "
     "deliberately.", "cat", LEFTWARD),
    ("During the whole clip a cat is being shown as it strolls rightward, beginning at the left and finishing "
     "at the right.", "cat", RIGHTWARD),
    ("Stepping softly and gracefully, a cat is making its way from the right over to the left while a light "
     "breeze blows.", "cat", LEFTWARD),
    ("At the opening moment a cat is sitting on the left; by the final moment it has wandered over to the "
     "right, playfully and unhurriedly.", "cat", RIGHTWARD),
    ("A cat is trotting briskly right to left in lifelike detail, in view from the first moment to the last.",
     "cat", LEFTWARD),
    ("Smoothly and effortlessly, a bird is flying from the left toward the right through the crisp morning "
     "air.", "bird", RIGHTWARD),
    ("A bird is gliding leftward, beginning at the right and ending at the left, under a pale, overcast glow.",
     "bird", LEFTWARD),
    ("By the midpoint a bird that started on the left is halfway across, and by the end it has flown all the "
     "way to the right.", "bird", RIGHTWARD),
    ("Wheeling gracefully through the cool dusk, a bird is flying from the right side to the left side of the "
     "picture.", "bird", LEFTWARD),
    ("A bird, seen flapping steadily in the warm breeze, is travelling from left to right for the entire "
     "length of the video.", "bird", RIGHTWARD),
    ("From the right toward the left, a bird is soaring calmly, still clearly in view when the clip ends.",
     "bird", LEFTWARD),
    ("A ball is being rolled briskly from the left to the right under the even light of an overcast noon.",
     "ball", RIGHTWARD),
    ("Bouncing lightly as it goes, a ball is moving from the right over to the left in the soft glow of early "
     "evening.", "ball", LEFTWARD),
    ("At the start a ball is resting on the left, then it is nudged gently and keeps rolling until it reaches "
     "the right by the end.", "ball", RIGHTWARD),
    ("A ball is rolling steadily leftward from the right-hand side, slowing gradually but never leaving the "
     "frame.", "ball", LEFTWARD),
    ("Carried along by its own momentum, a ball is travelling left to right across the picture in lifelike "
     "detail.", "ball", RIGHTWARD),
    ("From the right edge of the picture, a ball is being bounced over to the left edge during a warm, breezy "
     "afternoon.", "ball", LEFTWARD),
    ("A dog is walking contentedly from the left toward the right in the fading warmth of a summer evening.",
     "dog", RIGHTWARD),
    ("Slowly and calmly, a dog is ambling from the right to the left, in view from the opening moment to the "
     "final one.", "dog", LEFTWARD),
    ("Having started at the left, a dog is trotting rightward and for the final stretch is walking along the "
     "right side.", "dog", RIGHTWARD),
    ("In the crisp air of a winter morning, a dog is padding from the right-hand side across to the left-hand "
     "side.", "dog", LEFTWARD),
    ("Left to right, at an easy, steady pace, a dog is strolling under a fine, misty drizzle.", "dog", RIGHTWARD),
    ("A dog that begins on the right is heading leftward the whole time and finishes on the left, moving "
     "cheerfully in realistic detail.", "dog", LEFTWARD),
]

# (prompt, mover, reference, direction): LVD's two-object relations 20-49, in LVD's order; the mover starts on
# one side of the reference and ends on the other.
_DYNAMIC_TWO = [
    ("A bird is flying from the left of a ball over to its right, while the ball stays still in the soft "
     "afternoon light.", "bird", "ball", RIGHTWARD),
    ("Starting to the right of a ball, a bird is gliding slowly past it until, by the end, it is to the ball's "
     "left.", "bird", "ball", LEFTWARD),
    ("From the dog's left side to the dog's right side, a bird is swooping gracefully in the cool breeze of "
     "early morning, while the dog remains where it is.", "bird", "dog", RIGHTWARD),
    ("A bird is passing a parked car, beginning on the car's right and ending on its left, under a hazy "
     "evening glow.", "bird", "car", LEFTWARD),
    ("A car is being driven slowly from the left of a cat to the right of it, while the cat sits perfectly "
     "still in the drizzle.", "car", "cat", RIGHTWARD),
    ("At the opening moment a dog is standing to the right of a ball; by the final moment it has walked over "
     "to the ball's left.", "dog", "ball", LEFTWARD),
    ("Stepping lightly past a motionless ball, a cat is moving from the ball's left to the ball's right in the "
     "warm afternoon light.", "cat", "ball", RIGHTWARD),
    ("From the right of a ball to the left of it, a dog is trotting cheerfully, the ball staying put the whole "
     "time.", "dog", "ball", LEFTWARD),
    ("A cat is creeping from the left of a bird to the bird's right, slowly and carefully, while the bird stays "
     "where it is.", "cat", "bird", RIGHTWARD),
    ("A dog, which starts on the right of a car, is walking past it and ends up on the car's left as the light "
     "softly fades.", "dog", "car", LEFTWARD),
    ("In the crisp air of a spring morning, a bird is flying from a ball's left to that ball's right, with the "
     "ball not moving at all.", "bird", "ball", RIGHTWARD),
    ("By the end of the clip, a bird that began to the right of a still ball has flown over to the ball's "
     "left.", "bird", "ball", LEFTWARD),
    ("A car is rolling gently from the left of a stationary ball to its right under the even light of an "
     "overcast noon.", "car", "ball", RIGHTWARD),
    ("A bird is fluttering past a dog, moving from the dog's right over to the dog's left, while the dog stays "
     "put in the evening calm.", "bird", "dog", LEFTWARD),
    ("From the left of a parked car, a dog is walking calmly past it and for the final stretch is on the right "
     "of the car.", "dog", "car", RIGHTWARD),
    ("A bird is being carried by the breeze from the right of a ball to the left of the ball, gliding slowly "
     "and smoothly.", "bird", "ball", LEFTWARD),
    ("A dog is trotting from the left of a cat to the cat's right, the cat sitting motionless and watching in "
     "the mellow dusk.", "dog", "cat", RIGHTWARD),
    ("Beginning on the right of a car and finishing on its left, a dog is strolling past at an easy pace while "
     "the car stays parked.", "dog", "car", LEFTWARD),
    ("A cat is slinking from the left of a sleeping dog over to the dog's right, quietly and cautiously.",
     "cat", "dog", RIGHTWARD),
    ("At the start a cat is crouched to the right of a ball; slowly it is creeping past until, at the end, it "
     "is to the ball's left.", "cat", "ball", LEFTWARD),
    ("From the dog's left to the dog's right, a cat is darting quickly, while the dog stays where it lies in "
     "the warm afternoon.", "cat", "dog", RIGHTWARD),
    ("A ball is being rolled from the right of a dog to the left of it, while the dog sits still and watches "
     "patiently.", "ball", "dog", LEFTWARD),
    ("A dog is walking from the left of a bird to its right, the bird pecking calmly in place throughout.",
     "dog", "bird", RIGHTWARD),
    ("Starting to the right of a cat, a bird is flying leftward past it and finishes to the cat's left in the "
     "soft morning haze.", "bird", "cat", LEFTWARD),
    ("During the whole clip a cat is moving from a position left of a bird to a position right of that bird, "
     "which remains still.", "cat", "bird", RIGHTWARD),
    ("A bird is swooping from the right of a cat over to the left of the cat, while the cat stays lazily in "
     "place under a pale twilight.", "bird", "cat", LEFTWARD),
    ("At the opening moment a dog is on a cat's left, and by the final moment it has trotted over to the cat's "
     "right, the cat not moving at all.", "dog", "cat", RIGHTWARD),
    ("From the right of a dog to the left of the dog, a bird is gliding calmly through the breezy evening air.",
     "bird", "dog", LEFTWARD),
    ("A dog is ambling past a resting cat, going from the cat's left side over to the cat's right side in the "
     "crisp air of an autumn morning.", "dog", "cat", RIGHTWARD),
    ("A bird is flying leftward past a motionless car, beginning on the car's right and ending on the car's "
     "left as dusk settles.", "bird", "car", LEFTWARD),
]

# (prompt, query, route). Retells "... of a top-down viewed scene in which a <bare> initially on the <r0> of
# the scene. It first moves to the <r1> of the scene and then moves to the <r2> of the scene": at the route's
# three stops at the start, the middle and the end.
_SEQUENTIAL = [
    ("Viewed straight down from high above, a car is parked in the lower left at the opening moment, is driven "
     "to the lower right by the midpoint, and by the end has been moved up to the upper right.", "car", BL_BR_TR),
    ("In a top-down view under a soft evening light, a car starts in the lower left, has reached the upper left "
     "by the midpoint, and for the final stretch continues over to the upper right.", "car", BL_TL_TR),
    ("Seen from directly overhead, a car is waiting in the lower right at the start; during the opening half "
     "it is driven across to the lower left, and during the closing half it is driven up to the upper left.",
     "car", BR_BL_TL),
    ("Looking straight down on the scene, we see a car that starts in the lower right, climbs to the upper "
     "right by the halfway mark, and ends the clip in the upper left.", "car", BR_TR_TL),
    ("From high above, a cat is seen starting in the lower left, padding over to the lower right by the "
     "midpoint, and then trotting up to the upper right for the final stretch.", "cat", BL_BR_TR),
    ("Filmed top-down, a cat that is curled up in the lower left at first is walking up to the upper left "
     "during the opening half, then across to the upper right during the closing half.", "cat", BL_TL_TR),
    ("In an overhead shot lit by the mellow afternoon light, a cat begins in the lower right, has crept across "
     "to the lower left by the midpoint, and is in the upper left at the end.", "cat", BR_BL_TL),
    ("Viewed from directly above, a cat in the lower right is first strolling up to the upper right and then "
     "wandering over to the upper left, arriving there at the very end.", "cat", BR_TR_TL),
    ("From straight overhead, a bird is perched in the lower left at the start, flies to the lower right by "
     "the midpoint, and then flies up to the upper right to finish.", "bird", BL_BR_TR),
    ("Seen top-down in the crisp morning air, a bird starting in the lower left is flying up to the upper left, "
     "which it reaches at the midpoint, and then over to the upper right for the closing half.",
     "bird", BL_TL_TR),
    ("A top-down view: a bird is resting in the lower right at the opening moment, has crossed to the "
     "lower left by the midpoint, and has flown up to the upper left by the end.", "bird", BR_BL_TL),
    ("Looking down from above on a breezy afternoon, a bird is gliding from the lower right up to the upper "
     "right, reaching it halfway through, and then on to the upper left for the final stretch.",
     "bird", BR_TR_TL),
    ("From directly above, a ball is rolled from the lower left to the lower right during the first half and "
     "from there up to the upper right during the second half.", "ball", BL_BR_TR),
    ("In a top-down shot, a ball is resting in the lower left at the start, has rolled up to the upper left by "
     "the midpoint, and then rolls over to the upper right, where it stops at the end.", "ball", BL_TL_TR),
    ("Viewed overhead under an even, overcast light, a ball begins in the lower right, is pushed across to the "
     "lower left by the halfway mark, and finishes in the upper left.", "ball", BR_BL_TL),
    ("Seen from high above, a ball is rolling from the lower right to the upper right and then to the upper "
     "left, being at the upper right exactly at the midpoint.", "ball", BR_TR_TL),
    ("Filmed straight down, a dog is walking from the lower left, where it stands at first, to the lower right "
     "by the midpoint, and then up to the upper right by the end.", "dog", BL_BR_TR),
    ("From overhead on a cool, misty morning, a dog begins in the lower left, has trotted up to the upper left "
     "by the halfway mark, and has ambled across to the upper right when the clip ends.", "dog", BL_TL_TR),
    ("In a top-down view, a dog is sitting in the lower right at the opening moment, is trotting across to the "
     "lower left during the opening half, and is walking up to the upper left during the closing half.",
     "dog", BR_BL_TL),
    ("Looking straight down, a dog is seen strolling from the lower right up to the upper right, which it "
     "reaches at the midpoint, and then over to the upper left for the final stretch.", "dog", BR_TR_TL),
    ("Seen from directly overhead in the hazy warmth of late afternoon, a car that starts in the lower right is "
     "driven first up to the upper right and then across to the upper left.", "car", BR_TR_TL),
    ("A top-down shot shows a cat slowly moving from the lower left to the lower right and, after the midpoint, "
     "on to the upper right.", "cat", BL_BR_TR),
    ("Viewed from far above, a bird is first flying from the lower right to the lower left and then flying up "
     "to the upper left, reaching the one by the midpoint and the other by the end.", "bird", BR_BL_TL),
    ("From straight above, a ball sits in the lower left at the start; by the midpoint it has been rolled up to "
     "the upper left, and by the end it has been rolled across to the upper right.", "ball", BL_TL_TR),
    ("In an overhead view under a pale winter light, a dog is walking first from the lower right up to the "
     "upper right and then from there over to the upper left.", "dog", BR_TR_TL),
    ("Looking down from high above, a car is being driven steadily from the lower left across to the lower "
     "right, and then, during the closing half, up to the upper right.", "car", BL_BR_TR),
    ("Seen top-down, a cat starts in the lower right, is creeping over to the lower left for the opening half, "
     "and is climbing up to the upper left for the closing half.", "cat", BR_BL_TL),
    ("From directly overhead, a bird is at the lower left when the clip opens, at the upper left at the "
     "midpoint, and at the upper right when the clip closes.", "bird", BL_TL_TR),
    ("Filmed top-down in the cool evening light, a ball is rolling from the lower right over to the lower left "
     "and then up to the upper left, gradually slowing as it goes.", "ball", BR_BL_TL),
    ("Viewed straight down, a dog that stands in the lower left at first has trotted to the lower right by the "
     "halfway mark and then goes up to the upper right by the end.", "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-retold LVD prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
