"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like sets 20-25 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at a third each:

- an LLM "prompt enhancer" turning the request cinematic: long and lush, with camera and lighting words
  ("golden hour", "shallow depth of field", "locked-off wide shot", "35mm"), where the scenery is
  uncountable (light, haze, an empty road) so the objects and their layout stay exactly LVD's; moving
  objects are filmed by a fixed camera, so left and right stay the frame's;
- a lab protocol or experiment log: "Trial 3. Specimen: one ball. Procedure: ... Expected observation:
  ...", "t = 0 s", "first 50% of the recording", reference objects held stationary;
- texting shorthand: lowercase, "u", "pls", "w/", "n", dropped apostrophes and g's, a few emoji, and "2"
  for "to" only in routes and directions; a count is always a word, never a bare digit.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; 6 to 45 words each. It takes LVD's next draws:
attribution pairs 20-49 and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day, 123/180 = 68.3% (numeracy 2, attribution 29, visibility 19,
one-object 24, two-object 26, sequential 23 of 30): drawn request words ("pls", "vid", "specimens") break
LVD's count of every box; read fixes followed, so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Cinematic wide shot at golden hour: a single moving car glides down an empty desert highway, warm "
     "backlight, shallow depth of field, 35mm film grain, no other vehicles anywhere in frame.", "car", 1),
    ("Trial 6. Specimens: two moving cars, nothing else in the field of view. Procedure: record both in motion "
     "for the full clip. Expected observation: exactly two cars, realistic and lively.", "car", 2),
    ("ok so pls make a realistic vid w/ three cars driving around, just those three, nothin else 🙏", "car", 3),
    ("Four moving cars sweep through a rain-slick city intersection at dusk, reflections shimmering on wet "
     "asphalt, low-angle 35mm lens, anamorphic flares, moody grade, realistic and alive, no other vehicles.",
     "car", 4),
    ("Observation log, session two. Subject: one lively cat, alone in the enclosure. Procedure: record its "
     "natural activity. Expected observation: a single cat visible throughout, realistic.", "cat", 1),
    ("can u make a vid of two lively cats just doin their thing? realistic pls, no other animals", "cat", 2),
    ("Soft window light spills across a wooden floor as three lively cats play and tumble, shallow depth of "
     "field, slow push-in, warm tones, 35mm, intimate and realistic, nothing else in the room.", "cat", 3),
    ("Trial 11. Specimens: four cats (lively). Procedure: observe all four together for the whole recording. "
     "Expected observation: four cats in view, no other animals.", "cat", 4),
    ("just one bird flying pls, make it look real, nothing else in the sky thx", "bird", 1),
    ("Two birds in flight trace lazy arcs across a pale dawn sky, backlit by golden hour sun, long lens "
     "compression, shallow depth of field, soft motion blur on the wingtips, realistic, lively and serene.",
     "bird", 2),
    ("Experiment 9, aviary protocol. Specimens: three flying birds; no other animals present. Expected "
     "observation: three birds airborne throughout the recording, realistic footage.", "bird", 3),
    ("yo can u do four birds flyin around, realistic + lively, no other stuff in the vid", "bird", 4),
    ("A single moving ball rolls across a sunlit gymnasium floor, dust motes floating in shafts of golden "
     "light, low-angle 35mm lens, shallow depth of field, the empty hall utterly still around it, realistic.",
     "ball", 1),
    ("Trial 5. Apparatus: two balls, both in motion, on a flat surface; nothing else on the surface. Expected "
     "observation: two moving balls for the full recording.", "ball", 2),
    ("three balls bouncin around pls 🙏 realistic n lively, nothin else in the shot", "ball", 3),
    ("Four moving balls bounce and skitter across a polished concrete courtyard under crisp midday light, "
     "slow-motion feel, low angle, shallow depth of field, realistic texture, lively energy, nothing else in "
     "frame.", "ball", 4),
    ("Field log, trial 7. Subject: one walking dog, no other animals in range. Duration: full recording. "
     "Expected observation: a single dog walking, realistic.", "dog", 1),
    ("hey can u make two dogs walkin together, realistic n lively, just them pls", "dog", 2),
    ("Three walking dogs amble along a misty forest path at golden hour, dappled light through the canopy, low "
     "tracking shot at eye level, shallow depth of field, 35mm film look, lively and realistic, no people.",
     "dog", 3),
    ("Trial 12. Specimens: four dogs, walking. Procedure: film the group on open ground. Expected observation: "
     "exactly four walking dogs, nothing else, realistic and lively.", "dog", 4),
    ("pls make a vid w/ two moving cars, realistic, no other cars or anything", "car", 2),
    ("Close-up portrait of one lively cat on a sunlit windowsill, whiskers catching rim light, shallow depth of "
     "field, gentle handheld drift, 35mm, soft golden hour warmth, realistic and alone in the frame.", "cat", 1),
    ("Trial 2. Specimen: one flying bird. Procedure: record its flight against open sky. Expected observation: "
     "a single bird in frame, nothing else, realistic.", "bird", 1),
    ("four balls movin around, realistic + lively pls, nothin else in there", "ball", 4),
    ("Two walking dogs trot side by side down a quiet cobblestone lane at dusk, warm glow, slow tracking shot "
     "at eye level, shallow depth of field, 35mm grain, realistic, lively, no other animals.", "dog", 2),
    ("Run 8. Specimens: four moving cars on a closed test track; no other objects. Expected observation: four "
     "cars in motion from t = 0 s to the end.", "car", 4),
    ("three lively cats pls, realistic, no other animals, thx!!", "cat", 3),
    ("Four flying birds wheel over a glassy lake at golden hour, mist rising off the water, wide 35mm frame, "
     "gentle slow motion, shallow depth of field, realistic and lively, the sky otherwise empty.", "bird", 4),
    ("Trial 3. Specimen: one ball. Procedure: set it moving and record. Expected observation: a single moving "
     "ball, no other objects, realistic.", "ball", 1),
    ("can u do three dogs walkin, realistic n lively? no other animals pls", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Golden-hour light rakes across a wooden porch where an orange cat bats at a brown ball, shallow depth of "
     "field, slow dolly-in, 35mm film texture, warm and realistic.", "ball", "brown", "cat", "orange"),
    ("Trial 4. Specimens: one gray dog, one orange ball. Procedure: place both in the arena and record. "
     "Expected observation: the dog is gray and the ball is orange throughout.", "dog", "gray", "ball", "orange"),
    ("pls make a vid w/ an orange cat n a yellow ball, realistic 🙂", "ball", "yellow", "cat", "orange"),
    ("A purple dog sits beside a brown car on a dusty country road at golden hour, lens flare, shallow depth of "
     "field, 35mm, slow push-in, surreal yet realistic.", "dog", "purple", "car", "brown"),
    ("Observation 6. Subject A: gray dog. Subject B: blue car, parked. Expected observation: both visible for "
     "the whole recording, colours as listed.", "dog", "gray", "car", "blue"),
    ("can u do a white car w/ an orange bird sittin on the roof? realistic pls", "car", "white", "bird", "orange"),
    ("Dramatic low-angle shot of a brown car idling in fog as a blue bird lands on its side mirror, cool "
     "backlight, shallow depth of field, 35mm anamorphic, cinematic realism.", "car", "brown", "bird", "blue"),
    ("Trial 9. Specimens: one yellow cat and one blue car. Procedure: record the cat resting near the car. "
     "Expected observation: yellow cat, blue car, both in frame.", "car", "blue", "cat", "yellow"),
    ("gray cat watchin a yellow bird, make it look real pls thx", "cat", "gray", "bird", "yellow"),
    ("Under moody overcast light, a white dog waits patiently beside a black car on a wet street, reflections "
     "glistening, shallow depth of field, slow tracking shot, 35mm film grain, realistic and quiet.",
     "dog", "white", "car", "black"),
    ("Trial 1. Specimens: red car (stationary), brown bird (perched on the hood). Expected observation: both "
     "present for the full recording, colours unchanged.", "car", "red", "bird", "brown"),
    ("ok so a purple cat chillin on top of a green car, realistic pls 😎", "cat", "purple", "car", "green"),
    ("Golden hour on an empty coastal road: an orange dog trots up to a gray car, sea haze glowing behind them, "
     "handheld 35mm, shallow depth of field, warm lens flare, realistic.", "car", "gray", "dog", "orange"),
    ("Trial 14. Subject A: red cat. Subject B: gray dog. Procedure: record both side by side. Expected "
     "observation: cat red, dog gray, whole recording.", "cat", "red", "dog", "gray"),
    ("a red dog chillin next to a gray car, make it realistic pls", "dog", "red", "car", "gray"),
    ("A purple dog leaps from the open door of a yellow car in slow motion, sun-drenched suburban driveway, "
     "golden hour glow, shallow depth of field, 35mm, playful and realistic.", "dog", "purple", "car", "yellow"),
    ("Trial 5. Specimens: one red cat, one gray ball. Procedure: introduce the ball to the cat. Expected "
     "observation: red cat and gray ball both in view throughout.", "cat", "red", "ball", "gray"),
    ("brown cat n blue dog hangin out, realistic pls, nothin fancy", "cat", "brown", "dog", "blue"),
    ("Shot on 35mm at golden hour, a white dog and a red cat share a sunlit garden bench, shallow depth of "
     "field, soft bokeh, gentle handheld sway, realistic and tender.", "dog", "white", "cat", "red"),
    ("Log entry 3. Specimen A: yellow bird. Specimen B: orange car. Expected observation: the bird perches on "
     "the car for the full recording; colours as recorded.", "bird", "yellow", "car", "orange"),
    ("can u make a green dog sittin by a blue car? realistic lol", "dog", "green", "car", "blue"),
    ("Moody chiaroscuro interior: a black cat crouches, eyeing a brown ball on the floorboards in a shaft of "
     "window light, shallow depth of field, 35mm, slow creeping dolly, realistic.", "cat", "black", "ball", "brown"),
    ("Trial 10. Specimens: one purple car, one red cat. Procedure: the cat sits on the car's bonnet. Expected "
     "observation: purple car and red cat, both visible throughout.", "car", "purple", "cat", "red"),
    ("a gray dog n a brown cat bein friends, realistic + lively pls", "dog", "gray", "cat", "brown"),
    ("Rain-soaked night street: a brown dog sits by a black car, reflections rippling in puddles, shallow depth "
     "of field, anamorphic 35mm, slow tracking shot, gritty realism.", "car", "black", "dog", "brown"),
    ("Trial 8. Subject: pink dog. Object: yellow ball. Procedure: the dog plays with the ball. Expected "
     "observation: dog pink, ball yellow, both in frame throughout.", "ball", "yellow", "dog", "pink"),
    ("gray cat + white dog together, pls make it realistic 🙏", "cat", "gray", "dog", "white"),
    ("A yellow dog bounds past an orange car parked on a sun-bleached roadside at golden hour, dust glittering "
     "in the backlight, shallow depth of field, 35mm, handheld energy, realistic.", "dog", "yellow", "car", "orange"),
    ("Trial 13. Specimens: a black bird and a brown cat at a safe distance. Expected observation: both in view "
     "for the whole recording; bird black, cat brown.", "bird", "black", "cat", "brown"),
    ("white ball rollin near a red car, realistic pls thx", "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("The first half of the clip holds on an empty rain-washed street at dusk; only in the second half does a "
     "moving car glide into frame, locked-off wide shot, 35mm, shallow depth of field.", "car"),
    ("Trial 2. Specimen: moving car. Procedure: first 50% of the recording, no car in the field of view; second "
     "50%, the car enters and remains. Expected observation: car present only in the second half.", "car"),
    ("pls no car in the first half of the vid, then a car drives in for the second half", "car"),
    ("Observation log. From t = 0 s to the midpoint: enclosure empty, no cat. Midpoint to end: a lively cat "
     "appears. Expected observation: cat visible only in the second half.", "cat"),
    ("ok so the cat only shows up in the second half, nowhere in the first half pls", "cat"),
    ("Soft morning light fills an empty sunroom for the first half of the shot; then, in the second half, a "
     "lively cat pads into view, shallow depth of field, 35mm film grain, static camera, realistic.", "cat"),
    ("empty sky for the first half, then a bird flies in for the second half, realistic pls", "bird"),
    ("A vast, empty dawn sky fills the first half of the shot, haze on the horizon; only in the second half "
     "does a flying bird sweep into frame, locked-off wide, 35mm, realistic.", "bird"),
    ("Trial 6. Specimen: one flying bird. First 50% of the recording: no bird in view. Second 50%: the bird "
     "enters and stays in view. Expected observation: appearance at the halfway point.", "bird"),
    ("Procedure: hold the ball out of frame for the first half of the recording, then roll it in. Expected "
     "observation: no ball in the first half; moving ball in the second half.", "ball"),
    ("Static low-angle 35mm shot of a sunlit, empty court for the first half; in the second half a moving ball "
     "rolls into the frame, long golden-hour shadows, shallow depth of field, realistic.", "ball"),
    ("no ball at all in the first half pls, then a ball rolls in n stays for the second half", "ball"),
    ("Golden-hour meadow, grasses swaying, empty of life for the first half of the clip; in the second half a "
     "walking dog emerges into frame, static wide 35mm shot, shallow depth of field, serene.", "dog"),
    ("Trial 9. Subject: walking dog. Interval A (first half of the recording): dog absent. Interval B (second "
     "half): dog walks in and remains. Expected observation: dog visible only in interval B.", "dog"),
    ("can the dog only come in halfway thru? like no dog in the first half, then it walks in n stays", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Trial 3. Specimen: moving car. First half of the recording: car in view. Second half: car has left the "
     "field of view. Expected observation: no car after the midpoint.", "car"),
    ("car drivin around in the first half, then its gone for the whole second half pls", "car"),
    ("A moving car cuts through golden-hour haze on a desert road for the first half of the shot, then leaves; "
     "the second half lingers on the empty road, locked-off wide, 35mm, dust settling.", "car"),
    ("lively cat there in the first half only, then no cat in the second half ok?", "cat"),
    ("A lively cat lounges in a pool of warm window light for the first half of the clip, then slips away; the "
     "second half holds on the empty room, static 35mm frame, shallow depth of field.", "cat"),
    ("Observation 4. From t = 0 s to the midpoint: lively cat present. Midpoint to end: cat absent. Expected "
     "observation: cat visible in the first half only.", "cat"),
    ("A flying bird glides across a pastel dawn sky during the first half of the shot, then vanishes; the "
     "second half holds the empty sky, locked-off wide, 35mm, soft haze, realistic.", "bird"),
    ("Trial 7. Specimen: flying bird. Expected observation: bird in frame for the first 50% of the recording; "
     "from the midpoint to the end, no bird in view.", "bird"),
    ("bird flyin around in the first half, then byeee, no bird in the second half", "bird"),
    ("Run 5. Specimen: moving ball. First half of the recording: ball in view. Second half: ball removed. "
     "Expected observation: no ball after the midpoint.", "ball"),
    ("a ball movin in the first half, then no ball at all in the second half pls", "ball"),
    ("A moving ball skitters across a sun-dappled gymnasium floor for the first half of the clip, then rolls "
     "out of frame; the second half lingers on the empty hall, static low-angle 35mm.", "ball"),
    ("A walking dog crosses a misty golden-hour field for the first half of the shot, then is gone; the second "
     "half holds on the empty field, static wide 35mm, soft backlight, realistic.", "dog"),
    ("Trial 11. Subject: walking dog. Interval A (first half): dog present. Interval B (second half): dog "
     "absent. Expected observation: dog visible only in interval A.", "dog"),
    ("dog walkin in the first half, then it leaves n theres no dog in the second half", "dog"),
]

# (prompt, query, leftward): one object crosses the frame, filmed by a fixed camera.
_DYNAMIC_ONE = [
    ("Locked-off wide shot at golden hour: a car sweeps across the frame from left to right along an empty "
     "coastal highway, sun flare, heat shimmer, 35mm, shallow depth of field, realistic.", "car", RIGHTWARD),
    ("Trial 1. Specimen: car. Procedure: static camera; the car enters at the left edge of the frame. Expected "
     "observation: car moves from the left side to the right side.", "car", RIGHTWARD),
    ("car drivin from the left side of the screen 2 the right side pls", "car", RIGHTWARD),
    ("Static wide shot at dusk: a car glides across a rain-slick boulevard from right to left, headlights "
     "streaking, reflections on the asphalt, 35mm anamorphic, shallow depth of field, realistic.", "car", LEFTWARD),
    ("Trial 2. Specimen: car. Start position: right side of the frame. End position: left side. Expected "
     "observation: steady leftward travel, camera fixed.", "car", LEFTWARD),
    ("car goes right → left across the screen pls (starts on the right, ends on the left)", "car", LEFTWARD),
    ("Observation 3. Subject: lively cat. At t = 0 s the cat is at the left side of the frame; at the end of "
     "the recording it is at the right side. Camera fixed.", "cat", RIGHTWARD),
    ("lively cat walkin from the left side to the right side, realistic pls 🐾", "cat", RIGHTWARD),
    ("A lively cat pads across a sunlit kitchen floor from left to right, locked-off low-angle 35mm, warm "
     "golden light, shallow depth of field, dust motes drifting, realistic.", "cat", RIGHTWARD),
    ("Trial 4. Specimen: cat. Procedure: fixed camera; release the cat at the right side. Expected observation: "
     "the cat crosses to the left side by the end.", "cat", LEFTWARD),
    ("cat goin from the right side of the screen over to the left side ok", "cat", LEFTWARD),
    ("Static wide shot, golden hour through sheer curtains: a lively cat strolls across the frame from right to "
     "left, soft bokeh, shallow depth of field, 35mm, intimate realism.", "cat", LEFTWARD),
    ("bird flyin left to right across the sky pls, starts on the left side n ends on the right", "bird", RIGHTWARD),
    ("Locked-off wide shot of an open dawn sky: a bird flies across the frame from left to right, golden rim "
     "light on its wings, 35mm, soft haze, shallow depth of field, realistic.", "bird", RIGHTWARD),
    ("Trial 5. Specimen: flying bird. Expected observation: the bird is on the left side of the frame at t = 0 s "
     "and on the right side at the end; camera static.", "bird", RIGHTWARD),
    ("a bird flyin from the right side to the left side, realistic pls", "bird", LEFTWARD),
    ("Static camera on a stormy sky at dusk: a bird beats its wings across the frame from right to left, moody "
     "backlight, 35mm, shallow depth of field, cinematic realism.", "bird", LEFTWARD),
    ("Trial 6. Specimen: bird in flight. Start: right side of the frame. Finish: left side of the frame. "
     "Camera fixed throughout.", "bird", LEFTWARD),
    ("Low-angle locked-off 35mm shot on a sun-drenched court: a ball rolls across the frame from left to right, "
     "long golden-hour shadows, shallow depth of field, realistic.", "ball", RIGHTWARD),
    ("Trial 7. Apparatus: ball on a level floor. Procedure: roll it from the left side of the frame to the right "
     "side. Expected observation: rightward travel; camera fixed.", "ball", RIGHTWARD),
    ("ball rollin from left to right pls (left side of the screen over to the right side)", "ball", RIGHTWARD),
    ("Static wide shot of an empty warehouse floor, shafts of golden light: a ball rolls across the frame from "
     "right to left, dust rising, 35mm, shallow depth of field, realistic.", "ball", LEFTWARD),
    ("Trial 8. Apparatus: one ball. Start position: right side of the frame. End position: left side. Expected "
     "observation: leftward roll.", "ball", LEFTWARD),
    ("ball goes from the right side of the screen to the left side, thx", "ball", LEFTWARD),
    ("Trial 9. Subject: walking dog. Procedure: the dog walks from the left side of the frame to the right side. "
     "Camera: fixed. Expected observation: rightward walk.", "dog", RIGHTWARD),
    ("dog walkin left to right across the screen pls, starts left ends right", "dog", RIGHTWARD),
    ("Locked-off wide shot of a golden-hour meadow: a dog walks across the frame from left to right, grasses "
     "glowing in the backlight, 35mm, shallow depth of field, realistic and calm.", "dog", RIGHTWARD),
    ("Trial 10. Subject: walking dog. Start: right side of the frame. End: left side. Expected observation: the "
     "dog walks leftward across the frame.", "dog", LEFTWARD),
    ("dog walks from the right side to the left side of the screen, realistic pls 🐕", "dog", LEFTWARD),
    ("Static camera, misty dawn on a quiet village lane: a dog walks across the frame from right to left, soft "
     "diffused light, 35mm film grain, shallow depth of field, realistic.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; left and right are the frame's.
_DYNAMIC_TWO = [
    ("Golden-hour street, camera fixed: a dog walks past a parked car, starting to the left of the car and "
     "ending to the right of it, warm flare, shallow depth of field, 35mm, realistic.", "dog", "car", RIGHTWARD),
    ("Trial 2. Reference: bird, stationary on the ground. Specimen: ball. Procedure: the ball starts to the "
     "right of the bird and rolls to the left of it. Expected observation: ball finishes left of the bird.",
     "ball", "bird", LEFTWARD),
    ("ball rollin from the left of the dog over to the right of the dog, dog stays put", "ball", "dog", RIGHTWARD),
    ("Warm golden light fills a sunlit living room as a ball rolls past a seated cat, from the right of the cat "
     "to the left of it, static low-angle 35mm, shallow depth of field, playful realism.", "ball", "cat", LEFTWARD),
    ("Trial 5. Reference: ball, stationary on the track. Specimen: car. Start: left of the ball. End: right of "
     "the ball. Expected observation: the car passes the ball left to right.", "car", "ball", RIGHTWARD),
    ("bird flies from the right of the cat over to the left of the cat, cat just sits there", "bird", "cat", LEFTWARD),
    ("Misty morning on a dewy lawn: a dog walks past a bird perched on the grass, moving from the left of the "
     "bird to the right of it, locked-off 35mm, soft backlight, shallow depth of field.", "dog", "bird", RIGHTWARD),
    ("Trial 8. Reference: cat, seated, motionless. Subject: walking dog. Start: right of the cat. End: left of "
     "the cat. Expected observation: the dog passes the cat right to left.", "dog", "cat", LEFTWARD),
    ("ball rolls from the left of a parked car to the right of it pls", "ball", "car", RIGHTWARD),
    ("Golden-hour backyard, dust glittering in the air: a dog trots from the right of a resting cat to the left "
     "of it, static wide 35mm, shallow depth of field, warm and realistic.", "dog", "cat", LEFTWARD),
    ("Trial 11. Reference: ball, resting on the ground. Specimen: bird. Procedure: the bird flies from the left "
     "of the ball to the right of it. Expected observation: bird ends right of the ball.", "bird", "ball", RIGHTWARD),
    ("bird flyin from the right of a ball to the left of it, ball dont move", "bird", "ball", LEFTWARD),
    ("Wide locked-off 35mm shot of a sunlit field: a bird flits from the left of a sitting dog to the right of "
     "it, golden haze, shallow depth of field, realistic and gentle.", "bird", "dog", RIGHTWARD),
    ("Trial 13. Reference: car, parked. Specimen: bird in flight. Start: right of the car. End: left of the car. "
     "Expected observation: a leftward pass by the car.", "bird", "car", LEFTWARD),
    ("car drivin slowly from the left of a cat to the right of it, cat sits still pls", "car", "cat", RIGHTWARD),
    ("A dog ambles past a ball lying on golden-hour grass, from the right of the ball to the left of it, static "
     "low-angle 35mm, shallow depth of field, warm backlight, realistic.", "dog", "ball", LEFTWARD),
    ("Trial 15. Reference: ball, stationary. Subject: lively cat. Start: left of the ball. End: right of the "
     "ball. Expected observation: the cat passes the ball left to right.", "cat", "ball", RIGHTWARD),
    ("dog walks from the right of the ball to the left of it, ball stays still", "dog", "ball", LEFTWARD),
    ("In soft dawn light a cat stalks past a bird on a garden path, moving from the left of the bird to the "
     "right of it, static 35mm frame, shallow depth of field, misty and realistic.", "cat", "bird", RIGHTWARD),
    ("Trial 17. Reference: car, stationary. Subject: walking dog. Start: right of the car. End: left of the car. "
     "Expected observation: the dog finishes left of the car.", "dog", "car", LEFTWARD),
    ("a bird goin from the left of a ball over to the right of the ball, realistic pls", "bird", "ball", RIGHTWARD),
    ("Golden-hour beach, waves hushing: a bird hops from the right of a ball half-buried in sand to the left of "
     "it, static low 35mm, shallow depth of field, realistic.", "bird", "ball", LEFTWARD),
    ("Trial 20. Reference: ball on the road, stationary. Specimen: car. Start: left of the ball. End: right of "
     "the ball. Expected observation: the car drives past the ball.", "car", "ball", RIGHTWARD),
    ("bird flies from the right of the dog to the left of the dog, dog just chillin", "bird", "dog", LEFTWARD),
    ("Rain-slick city street at night, reflections everywhere: a dog walks from the left of a parked car to the "
     "right of it, static wide 35mm anamorphic, shallow depth of field, moody realism.", "dog", "car", RIGHTWARD),
    ("Trial 22. Reference: ball, resting. Specimen: bird. Start: right of the ball. End: left of the ball. "
     "Expected observation: the bird lands left of the ball.", "bird", "ball", LEFTWARD),
    ("dog walks past a cat, from the left of the cat to the right of it, cat stays put", "dog", "cat", RIGHTWARD),
    ("Dusty golden-hour roadside: a dog pads from the right of a parked car to the left of it, heat shimmer, "
     "lens flare, static 35mm, shallow depth of field, realistic.", "dog", "car", LEFTWARD),
    ("Trial 24. Reference: dog, lying still. Subject: cat. Start: left of the dog. End: right of the dog. "
     "Expected observation: the cat passes the dog left to right.", "cat", "dog", RIGHTWARD),
    ("cat walkin from the right of a ball to the left of it, ball doesnt move", "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Locked-off overhead drone shot of an empty parking lot at golden hour: a car starts in the bottom left "
     "corner, drives to the bottom right corner, then up to the top right corner, long shadows, 35mm.",
     "car", BL_BR_TR),
    ("Trial 1, top-down camera. Specimen: car. Waypoints in order: lower left, upper left, upper right of the "
     "frame. Expected observation: the car visits the three corners in that order.", "car", BL_TL_TR),
    ("top down view pls: car starts bottom right, goes 2 bottom left, then 2 top left", "car", BR_BL_TL),
    ("Overhead drone shot, camera fixed, soft dusk light: a car begins in the lower right corner, drives up to "
     "the upper right corner, then across to the upper left corner, 35mm, realistic.", "car", BR_TR_TL),
    ("Trial 2, overhead camera. Subject: lively cat. Position at t = 0 s: lower left. Midpoint: lower right. "
     "End: upper right. Expected observation: corners visited in that order.", "cat", BL_BR_TR),
    ("view from above: cat starts bottom left, walks up 2 top left, then over 2 top right", "cat", BL_TL_TR),
    ("Top-down locked-off shot of a sunlit tiled courtyard: a lively cat starts in the lower right corner, pads "
     "to the lower left corner, then up to the upper left corner, warm golden light, 35mm.", "cat", BR_BL_TL),
    ("Trial 3, camera directly overhead. Subject: cat. Route: lower right → upper right → upper left. Expected "
     "observation: the cat ends in the upper left corner of the frame.", "cat", BR_TR_TL),
    ("from above pls: bird starts in the bottom left, flies 2 the bottom right, then 2 the top right",
     "bird", BL_BR_TR),
    ("Overhead drone view, camera fixed, misty dawn over a still pond: a bird begins in the lower left corner, "
     "flies up to the upper left corner, then across to the upper right corner, soft haze, 35mm.",
     "bird", BL_TL_TR),
    ("Trial 4, top-down recording. Specimen: flying bird. Waypoints: lower right (start), lower left, upper left "
     "(end). Expected observation: waypoints reached in order.", "bird", BR_BL_TL),
    ("top down: bird in the bottom right, then flies up 2 the top right, then 2 the top left ok", "bird", BR_TR_TL),
    ("Locked-off overhead shot of a polished gym floor, golden shafts of light: a ball rolls from the bottom left "
     "corner to the bottom right corner, then up to the top right corner, 35mm, realistic.", "ball", BL_BR_TR),
    ("Trial 5, overhead camera. Apparatus: ball on a flat floor. Route: lower left, then upper left, then upper "
     "right. Expected observation: the ball visits those corners in that order.", "ball", BL_TL_TR),
    ("view from above: ball rolls bottom right → bottom left → top left pls", "ball", BR_BL_TL),
    ("Top-down static shot of a sunlit court at golden hour: a ball starts in the lower right corner, rolls up "
     "to the upper right corner, then across to the upper left corner, long shadows, 35mm.", "ball", BR_TR_TL),
    ("Trial 6, drone camera fixed overhead. Subject: walking dog. Positions in order: lower left, lower right, "
     "upper right. Expected observation: the dog ends in the upper right corner.", "dog", BL_BR_TR),
    ("from above: dog walks from bottom left up 2 top left, then across 2 top right", "dog", BL_TL_TR),
    ("Overhead locked-off drone shot of a snowy park at dawn: a dog walks from the lower right corner to the "
     "lower left corner, then up to the upper left corner, pawprints trailing, soft light, 35mm.",
     "dog", BR_BL_TL),
    ("Trial 7, overhead camera. Subject: dog. Start: lower right. Then: upper right. Finish: upper left. "
     "Expected observation: three corners visited in that order.", "dog", BR_TR_TL),
    ("top down pls: car goes bottom left → top left → top right", "car", BL_TL_TR),
    ("Static overhead shot of a sun-warmed rooftop terrace at golden hour: a lively cat starts in the bottom "
     "right corner, strolls up to the top right corner, then over to the top left corner, 35mm.", "cat", BR_TR_TL),
    ("Trial 8, top-down camera. Specimen: bird. At t = 0 s: lower left corner. Midpoint: lower right corner. "
     "End: upper right corner. Expected observation: route followed in order.", "bird", BL_BR_TR),
    ("from above: ball starts bottom right, rolls up 2 top right, then over 2 top left", "ball", BR_TR_TL),
    ("Locked-off overhead drone shot, golden-hour beach: a dog walks from the lower left corner up to the upper "
     "left corner, then across to the upper right corner, long shadows on the sand, 35mm.", "dog", BL_TL_TR),
    ("Trial 9, overhead camera. Specimen: car. Route: lower right → lower left → upper left. Expected "
     "observation: the car finishes in the upper left corner.", "car", BR_BL_TL),
    ("view from above pls: cat goes bottom left, then bottom right, then top right", "cat", BL_BR_TR),
    ("Top-down fixed drone view over a glassy lake at dawn: a bird flies from the lower right corner to the "
     "upper right corner, then across to the upper left corner, mist curling, 35mm, realistic.", "bird", BR_TR_TL),
    ("Trial 10, top-down camera. Apparatus: ball. Start: lower right. Then: lower left. End: upper left. "
     "Expected observation: corners reached in that order.", "ball", BR_BL_TL),
    ("top down: dog starts bottom right, walks up 2 top right, then 2 top left thx", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
