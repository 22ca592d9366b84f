"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Twitch streamer reading chat aloud ("chat, chat, look", "KEKW", "PogChamp", usernames like
  "toasty_mcgee"), where the streamer, the chat, its users, the subs and the stream itself are never in
  the video, and what the streamer shows chat is the clip; the usernames carry no digits, no colour and
  no class noun, and in numeracy prompts the streamer names nobody but "chat";
- software release notes ("## v2.3.1", "### Added", "### Removed", "- Fixed: ..."), where the version,
  the section headings, the software and its users are never in the video, and what each note adds,
  changes or removes is the clip's own content; a version is never set beside a class noun, and the
  notes call nothing a "bug";
- a Yorkshire grandad talking ("nowt", "summat", "owt", "t'" for the, "o'" for of, "reet", "aside" for
  beside), where the grandad, his family, his pension and his tea are never in the video, and what he
  asks for is the clip; he says "reet" only as "very" or "all right", never as a side, and in numeracy
  prompts names nobody but himself.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
streamer, no chat's users, no grandad's family beside the count) and put no other number word beside
it (no "first time chatter", no "single", no "gifted five subs"). No voice gives its own props a colour
(no green screen, no red alert), no idiom hides a class noun or a side (no "catch", "catJAM", "dog days",
"bats an eye", "right across" or "nowt left"), "half" is only said of the clip's halves, "upper",
"lower" and "corner" only of a route (never lowercase), and "still" only of a relation's second object.
A relation names its second object at both ends and says that object stays still; a route is always
seen from above. It takes LVD's attribution pairs 20-49 and its two-object relations 40-49 then 0-19
(in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 176/180 (97.8%) on 6ced5f04 (numeracy 29, visibility 29, sequential 28); held back from every fixer
of its session and scored again on its last code: 176/180. A streamer's sign-off after a route, "..., upper right corner
PogChamp", and "chat it's on patrol KEKW" lose the route; release notes' "- Fixed: extra objects showing up. Nothing
else is shown now." after a count. They wait for the next session. 180/180 after the fixes of its own branch (a
streamer's emote closing a line, "... stays to the end PogChamp", is an interjection, no thing; the routes were lost to
the bare participle, not the emote: "walking dog goes lower left corner, ..." and "view from above, walking dog lower
right corner to ..." tell a walking dog's route, its first corner where it starts; "Fixed: extra objects showing up."
is the objects' own coming, never the counted cat's).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("chat, chat, look, we got one moving car on screen from start to finish and NOTHING else, KEKW I called it",
     "car", 1),
    ("## v2.3.1\n### Added\n- Two moving cars, in view for the whole clip from start to finish.\n### Removed\n- "
     "Everything else. Nothing else is in the clip now.", "car", 2),
    ("Ey up. Three moving cars, that's all I want, there from t' start o' t' clip to t' end, and nowt else in it. "
     "Nowt.", "car", 3),
    ("ok chat here's the plan: four moving cars the whole clip, start to end, nothing else on screen PogChamp "
     "PogChamp", "car", 4),
    ("## v0.9.0\n### Changed\n- The clip shows one lively cat from start to finish.\n- Fixed: extra objects showing "
     "up. Nothing else is shown now.", "cat", 1),
    ("Two lively cats, start to finish, and nowt else. Don't go putting owt else in, I'll know.", "cat", 2),
    ("chat is asking for three lively cats so three lively cats it is, in view start to finish, nothing else, Pog",
     "cat", 3),
    ("## v4.1.2\n### Added\n- Four lively cats, visible for the entire clip, start to finish.\n### Notes\n- No other "
     "objects in the clip.", "cat", 4),
    ("Summat simple for thi grandad: one flying bird, there from t' start to t' finish, and nowt else about.",
     "bird", 1),
    ("CHAT. CHAT. LOOK. two flying birds, whole clip start to finish, nothing else in it OMEGALUL how is this so "
     "calming", "bird", 2),
    ("## v1.8.0\n### Added\n- Three flying birds, in view from the opening of the clip to its close.\n- Nothing else "
     "is rendered.", "bird", 3),
    ("Four flying birds, from t' start o' t' clip to t' end of it, an' nowt else. Reet bonny that'd be.", "bird", 4),
    ("pin this, chat: one moving ball, start to finish, nothing else on screen, that's the whole video KEKW",
     "ball", 1),
    ("## v5.0.0\n### Changed\n- Two moving balls now stay in the clip from start to finish.\n### Removed\n- All "
     "other objects.", "ball", 2),
    ("Three moving balls, start to finish, and nowt else in t' clip. Nowt, I said.", "ball", 3),
    ("chat, chat, four moving balls start to finish and that's IT, nothing else, PogChamp we're so back", "ball", 4),
    ("## v2.0.4\n### Fixed\n- The clip now shows one walking dog from start to finish and nothing else.", "dog", 1),
    ("Two walking dogs from t' start to t' finish, and nowt else. That's all thi grandad's asking.", "dog", 2),
    ("three walking dogs on screen start to finish, nothing else chat, don't even ask KEKW", "dog", 3),
    ("## v3.2.0\n### Added\n- Four walking dogs, present for the whole clip, start to finish.\n- Nothing else in the "
     "clip.", "dog", 4),
    ("Two moving cars, nobbut them, there from t' start o' t' clip to t' end. Nowt else.", "car", 2),
    ("ok chat: one lively cat, whole clip start to finish, nothing else, just vibing", "cat", 1),
    ("## v1.1.0\n### Changed\n- Three flying birds in view for the whole clip, start to end.\n- Nothing else is "
     "drawn.", "bird", 3),
    ("By 'eck, keep it simple: one moving ball from t' start to t' finish, and nowt else in it.", "ball", 1),
    ("two walking dogs start to finish and nothing else, chat say hi to them PogChamp", "dog", 2),
    ("## v6.4.0\n### Added\n- Three moving cars, visible from start to finish.\n### Removed\n- Every other object; "
     "nothing else remains in the clip.", "car", 3),
    ("Four lively cats, start to finish, an' nowt else. Don't want owt else in t' way.", "cat", 4),
    ("LOOK AT THIS chat, two flying birds the entire clip start to finish and nothing else, KEKW so peaceful",
     "bird", 2),
    ("## v2.7.3\n### Changed\n- The clip now contains four moving balls from start to finish, and nothing else.",
     "ball", 4),
    ("Three walking dogs, from t' start to t' finish o' t' clip, and nowt else. Reet, that's me done.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("toasty_mcgee in chat asking for a brown ball next to an orange cat, both on screen the whole clip, say less "
     "PogChamp", "ball", "brown", "cat", "orange"),
    ("## v2.3.1\n### Added\n- A gray dog and an orange ball, side by side, both visible for the whole clip.",
     "dog", "gray", "ball", "orange"),
    ("Nah then, a yellow ball and an orange cat sat aside it, both there from t' start to t' end. Grand.",
     "ball", "yellow", "cat", "orange"),
    ("reading chat: 'purple dog next to a brown car pls' ok jonnyboi, both in frame the whole clip KEKW",
     "dog", "purple", "car", "brown"),
    ("## v1.6.0\n### Changed\n- A gray dog now sits beside a blue car; both stay in view from start to finish.",
     "dog", "gray", "car", "blue"),
    ("A white car wi' an orange bird perched aside it, both of 'em there all through t' clip. Reet champion.",
     "car", "white", "bird", "orange"),
    ("sleepyhollow just resubbed and wants a brown car with a blue bird next to it the whole clip, say no more Pog",
     "car", "brown", "bird", "blue"),
    ("## v0.4.2\n- Fixed: the yellow cat now shows up beside the blue car for the entire clip, start to finish.",
     "car", "blue", "cat", "yellow"),
    ("A gray cat and a yellow bird next to it, side by side, from t' start o' t' clip to t' finish. Nowt fancy.",
     "cat", "gray", "bird", "yellow"),
    ("chat is voting... white dog and a black car, side by side, whole clip. chat has spoken KEKW",
     "dog", "white", "car", "black"),
    ("## v3.3.0\n### Added\n- A red car with a brown bird beside it, both on screen for the whole clip.",
     "car", "red", "bird", "brown"),
    ("Ey up, a purple cat, aye, purple, beside a green car, both of 'em in t' clip from start to finish. Daft, but "
     "there it is.", "cat", "purple", "car", "green"),
    ("pixelpaula says 'gray car + orange dog side by side'. say less, both in the whole clip PogChamp",
     "car", "gray", "dog", "orange"),
    ("## v2.9.1\n### Fixed\n- A red cat and a gray dog now stay side by side for the whole clip, start to end.",
     "cat", "red", "dog", "gray"),
    ("A red dog, lad, sat aside a gray car, t' pair of 'em there all through t' clip.", "dog", "red", "car", "gray"),
    ("mrs_vex wants a purple dog next to a yellow car both there the whole clip... chat why is the dog purple KEKW",
     "dog", "purple", "car", "yellow"),
    ("## v4.0.0\n### Added\n- A red cat beside a gray ball, visible together from start to finish.",
     "cat", "red", "ball", "gray"),
    ("A brown cat an' a blue dog aside it, both in t' clip from start to end. A blue dog! Whatever next.",
     "cat", "brown", "dog", "blue"),
    ("chat, chat, look: white dog and a red cat chilling side by side for the whole clip, PogChamp wholesome",
     "dog", "white", "cat", "red"),
    ("## v1.2.5\n### Changed\n- A yellow bird now rests beside an orange car throughout the clip, start to finish.",
     "bird", "yellow", "car", "orange"),
    ("A green dog, if tha can credit it, next to a blue car, both there from t' start to t' end o' t' clip.",
     "dog", "green", "car", "blue"),
    ("sub goal reward: a black cat next to a brown ball, both on screen the whole clip, chat we did it PogChamp",
     "cat", "black", "ball", "brown"),
    ("## v5.1.0\n### Added\n- A purple car and a red cat side by side, both in view for the whole clip.",
     "car", "purple", "cat", "red"),
    ("A gray dog sat aside a brown cat, an' neither of 'em shifts out o' t' clip from start to finish. Grand.",
     "dog", "gray", "cat", "brown"),
    ("chat asking for a black car with a brown dog next to it, both there the whole clip, ok ok KEKW",
     "car", "black", "dog", "brown"),
    ("## v0.8.0\n### Added\n- A yellow ball beside a pink dog, both visible for the entire clip.",
     "ball", "yellow", "dog", "pink"),
    ("A gray cat an' a white dog side by side, there from t' start to t' finish. Nowt else to it.",
     "cat", "gray", "dog", "white"),
    ("toasty_mcgee again lmao: yellow dog beside an orange car, both in frame the whole clip, PogChamp fine",
     "dog", "yellow", "car", "orange"),
    ("## v2.2.2\n### Fixed\n- A black bird and a brown cat now appear side by side for the whole clip.",
     "bird", "black", "cat", "brown"),
    ("A white ball aside a red car, both of 'em there all through t' clip, start to end. Reet.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("chat, chat, look, first half no car at all, then second half a moving car shows up and stays till the end "
     "PogChamp", "car"),
    ("## v1.9.0\n### Changed\n- No car in the first half of the clip.\n- A moving car appears in the second half and "
     "stays until the end.", "car"),
    ("Nowt in t' first half, no car, nowt. Then in t' second half a moving car turns up an' stays till t' end.",
     "car"),
    ("## v3.1.4\n### Added\n- A lively cat, appearing only in the second half of the clip.\n- Fixed: no cat in the "
     "first half anymore.", "cat"),
    ("No cat in t' first half o' t' clip. Second half, a lively cat comes in an' stays theer till t' end.", "cat"),
    ("no cat first half chat, then BAM lively cat in the second half, stays to the end, PogChamp called it", "cat"),
    ("Not a bird in t' first half. Then in t' second half a flying bird shows up an' stays till t' end.", "bird"),
    ("first half: no bird. second half: flying bird appears and stays to the end. chat, chat, look KEKW", "bird"),
    ("## v2.5.0\n### Added\n- A flying bird in the second half of the clip, staying until the end.\n### Notes\n- "
     "There is no bird in the first half.", "bird"),
    ("ok chat, first half NO ball, second half a moving ball rolls in and stays to the end, Pog", "ball"),
    ("## v0.6.1\n### Fixed\n- The moving ball no longer shows in the first half; it appears in the second half and "
     "stays to the end.", "ball"),
    ("In t' first half there's no ball, nowt. Second half, a moving ball turns up an' stays till t' end.", "ball"),
    ("## v4.2.0\n### Changed\n- A walking dog now appears only in the second half; no dog in the first half.", "dog"),
    ("No dog in t' first half, love. Then t' second half, a walking dog comes along an' stays to t' end.", "dog"),
    ("chat where's the dog? not in the first half... THERE, second half, walking dog shows up and stays to the end "
     "PogChamp", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("## v1.0.3\n### Removed\n- The moving car from the second half. It is in the first half only; no car in the "
     "second half.", "car"),
    ("A moving car in t' first half, then in t' second half it's gone, no car at all.", "car"),
    ("moving car in the first half chat... and second half it's GONE, no car, PepeHands", "car"),
    ("A lively cat's there in t' first half, but by t' second half it's gone, an' there's no cat.", "cat"),
    ("lively cat in the first half, then the second half no cat anywhere?? chat where did it go KEKW", "cat"),
    ("## v2.6.0\n### Changed\n- A lively cat is shown in the first half only.\n- No cat in the second half.", "cat"),
    ("flying bird in the first half, second half no bird, it just dipped chat, Sadge", "bird"),
    ("## v3.0.1\n### Fixed\n- The flying bird is gone after the first half; there is no bird in the second half.",
     "bird"),
    ("A flying bird in t' first half, an' then nowt, no bird in t' second half.", "bird"),
    ("A moving ball in t' first half, then in t' second half no ball. Gone, like me pension.", "ball"),
    ("chat, chat, look: moving ball first half, then second half no ball, vanished KEKW", "ball"),
    ("## v1.4.0\n### Removed\n- The moving ball from the second half: it appears in the first half only, and there "
     "is no ball in the second half.", "ball"),
    ("walking dog in the first half and then in the second half no dog, PepeHands come back", "dog"),
    ("## v5.2.0\n### Changed\n- A walking dog appears in the first half and is gone in the second half; no dog after "
     "that.", "dog"),
    ("A walking dog in t' first half, an' in t' second half no dog. Gone 'ome for 'is tea, happen.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("chat, chat, look: moving car goes from the left side of the frame to the right side, PogChamp",
     "car", RIGHTWARD),
    ("## v2.1.0\n### Changed\n- A moving car now drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A moving car, goin' from t' left side o' t' frame across to t' right side. That's it.", "car", RIGHTWARD),
    ("moving car right side of the frame to the left side, chat it's cruising KEKW", "car", LEFTWARD),
    ("## v0.3.0\n### Added\n- A moving car travelling from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("A moving car comin' from t' right side o' t' frame an' off to t' left side. Steady, mind.", "car", LEFTWARD),
    ("A lively cat runs from t' left side o' t' frame to t' right side. Gerrin' on wi' it.", "cat", RIGHTWARD),
    ("lively cat zooming from the right side of the frame to the left side, chat it has the zoomies OMEGALUL",
     "cat", LEFTWARD),
    ("## v1.5.2\n### Fixed\n- The lively cat now runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat, dashin' from t' right side o' t' frame over to t' left side.", "cat", LEFTWARD),
    ("chat, look, a lively cat running left side of the frame to the right side, Pog", "cat", RIGHTWARD),
    ("## v3.4.0\n### Changed\n- A lively cat runs from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("## v2.8.0\n### Added\n- A flying bird, flying from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird goin' from t' right side o' t' frame to t' left side. Bonny.", "bird", LEFTWARD),
    ("flying bird left side of the frame to the right side, chat it's soaring PogChamp", "bird", RIGHTWARD),
    ("## v0.7.5\n### Changed\n- The flying bird now flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Ey up, a flying bird from t' left side o' t' frame straight across to t' right side.", "bird", RIGHTWARD),
    ("chat, chat, look, flying bird from the right side of the frame to the left side KEKW", "bird", LEFTWARD),
    ("moving ball rolling from the left side of the frame to the right side, chat it's rolling rolling KEKW",
     "ball", RIGHTWARD),
    ("## v4.3.1\n### Fixed\n- The moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("A moving ball rollin' from t' left side o' t' frame to t' right side. Nowt else to it.", "ball", RIGHTWARD),
    ("moving ball right side of the frame over to the left side, chat watch it go Pog", "ball", LEFTWARD),
    ("## v1.3.0\n### Added\n- A moving ball that rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball, rollin' from t' right side o' t' frame to t' left side, nice an' steady like.", "ball", LEFTWARD),
    ("A walking dog, walkin' from t' left side o' t' frame to t' right side, like it owns t' place.",
     "dog", RIGHTWARD),
    ("walking dog from the right side of the frame to the left side chat, good boy PogChamp", "dog", LEFTWARD),
    ("## v2.4.0\n### Changed\n- A walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog goin' from t' right side o' t' frame to t' left side. Grand.", "dog", LEFTWARD),
    ("chat, chat, look: walking dog strolling left side of the frame to the right side KEKW", "dog", RIGHTWARD),
    ("## v5.0.1\n### Fixed\n- The walking dog now walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the
# reference stays still.
_DYNAMIC_TWO = [
    ("chat, chat, look: the dog stays still and a cat runs from the left of the dog to the right of the dog PogChamp",
     "cat", "dog", RIGHTWARD),
    ("## v2.3.1\n### Changed\n- The dog stays still.\n- A ball rolls from the right of the dog to the left of the "
     "dog.", "ball", "dog", LEFTWARD),
    ("T' bird stays still, an' a dog walks from t' left o' t' bird to t' right o' t' bird. Doesn't flinch, t' bird.",
     "dog", "bird", RIGHTWARD),
    ("bird flying from the right of the cat to the left of the cat, and the cat stays still, chat it's not even "
     "looking KEKW", "bird", "cat", LEFTWARD),
    ("## v1.7.0\n### Added\n- A cat running from the left of the bird to the right of the bird.\n- The bird stays "
     "still throughout.", "cat", "bird", RIGHTWARD),
    ("T' cat stays still, an' a bird flies from t' right o' t' cat to t' left o' t' cat.", "bird", "cat", LEFTWARD),
    ("the cat stays still chat, dog walks from the left of the cat to the right of the cat, no drama, Pog",
     "dog", "cat", RIGHTWARD),
    ("## v3.5.2\n### Fixed\n- A bird now flies from the right of the dog to the left of the dog while the dog stays "
     "still.", "bird", "dog", LEFTWARD),
    ("A dog walks from t' left o' t' cat to t' right o' t' cat, an' t' cat stays still, not bothered.",
     "dog", "cat", RIGHTWARD),
    ("car stays still, bird flies from the right of the car to the left of the car, chat, chat, look KEKW",
     "bird", "car", LEFTWARD),
    ("## v0.5.0\n### Added\n- The car stays still while a bird flies from the left of the car to the right of the "
     "car.", "bird", "car", RIGHTWARD),
    ("T' bird stays still, an' a car drives from t' right o' t' bird to t' left o' t' bird. Mind out!",
     "car", "bird", LEFTWARD),
    ("cat stays still and a bird flies from the left of the cat to the right of the cat, chat the cat is unbothered "
     "OMEGALUL", "bird", "cat", RIGHTWARD),
    ("## v4.4.0\n### Changed\n- A car drives from the right of the bird to the left of the bird; the bird stays "
     "still.", "car", "bird", LEFTWARD),
    ("T' dog stays still while a bird flies from t' left o' t' dog over to t' right o' t' dog.",
     "bird", "dog", RIGHTWARD),
    ("dog walking from the right of the cat to the left of the cat while the cat stays still, chat it's a standoff "
     "KEKW", "dog", "cat", LEFTWARD),
    ("## v1.0.0\n### Added\n- A ball rolling from the left of the dog to the right of the dog.\n- The dog stays "
     "still.", "ball", "dog", RIGHTWARD),
    ("T' cat stays still, an' a bird flies from t' right o' t' cat to t' left o' t' cat. Cheeky.",
     "bird", "cat", LEFTWARD),
    ("the ball stays still and a car drives from the left of the ball to the right of the ball, chat it missed "
     "PogChamp", "car", "ball", RIGHTWARD),
    ("## v2.0.0\n### Changed\n- A cat now runs from the right of the bird to the left of the bird; the bird stays "
     "still.", "cat", "bird", LEFTWARD),
    ("T' car stays still, an' a dog walks from t' left o' t' car to t' right o' t' car. Nosy beggar.",
     "dog", "car", RIGHTWARD),
    ("bird stays still chat, ball rolls from the right of the bird to the left of the bird, it didn't even flinch "
     "KEKW", "ball", "bird", LEFTWARD),
    ("## v3.6.0\n### Fixed\n- The dog stays still while a ball rolls from the left of the dog to the right of the "
     "dog.", "ball", "dog", RIGHTWARD),
    ("A ball rolls from t' right o' t' cat to t' left o' t' cat, an' t' cat stays still. Idle thing.",
     "ball", "cat", LEFTWARD),
    ("ball stays still, car drives from the left of the ball to the right of the ball, clean, chat PogChamp",
     "car", "ball", RIGHTWARD),
    ("## v0.2.1\n### Changed\n- A bird flies from the right of the cat to the left of the cat.\n- The cat stays "
     "still.", "bird", "cat", LEFTWARD),
    ("T' bird stays still, an' a dog walks from t' left o' t' bird to t' right o' t' bird.", "dog", "bird", RIGHTWARD),
    ("chat, chat, look: cat stays still and a dog walks from the right of the cat to the left of the cat Pog",
     "dog", "cat", LEFTWARD),
    ("## v4.5.0\n### Added\n- A ball rolling from the left of the car to the right of the car; the car stays still.",
     "ball", "car", RIGHTWARD),
    ("T' cat stays still, an' a dog walks from t' right o' t' cat across to t' left o' t' cat. Nowt happens.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("top-down view chat, seen from above: moving car goes from the lower left corner to the lower right corner, "
     "then to the upper right corner, PogChamp", "car", BL_BR_TR),
    ("## v2.3.1\n### Added\n- Seen from above, a moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.", "car", BL_TL_TR),
    ("Seen from above, like, a moving car goes from t' lower right corner to t' lower left corner, then on to t' "
     "upper left corner.", "car", BR_BL_TL),
    ("view from above chat: moving car starts lower right corner, goes to the upper right corner, then the upper "
     "left corner KEKW", "car", BR_TR_TL),
    ("## v1.1.4\n### Changed\n- Top-down view, seen from above: a moving car drives from the lower left corner to "
     "the lower right corner, then to the upper right corner.", "car", BL_BR_TR),
    ("Lookin' down from above: a moving car from t' lower left corner up to t' upper left corner, then across to t' "
     "upper right corner.", "car", BL_TL_TR),
    ("From above, a lively cat runs from t' lower right corner to t' lower left corner, then to t' upper left "
     "corner. Daft thing.", "cat", BR_BL_TL),
    ("seen from above chat, lively cat runs from the lower right corner to the upper right corner then the upper "
     "left corner, zoomies OMEGALUL", "cat", BR_TR_TL),
    ("## v3.0.0\n### Added\n- Viewed from above: a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.", "cat", BL_BR_TR),
    ("chat, chat, look, from above: lively cat goes lower left corner, then upper left corner, then upper right "
     "corner Pog", "cat", BL_TL_TR),
    ("## v0.9.9\n### Fixed\n- Seen from above, the lively cat now runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.", "cat", BR_BL_TL),
    ("Seen from above: a lively cat from t' lower right corner to t' upper right corner, then off to t' upper left "
     "corner.", "cat", BR_TR_TL),
    ("## v2.2.0\n### Changed\n- Seen from above, a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.", "bird", BL_BR_TR),
    ("Lookin' down on it from above: a flying bird goes from t' lower left corner to t' upper left corner, then t' "
     "upper right corner.", "bird", BL_TL_TR),
    ("top-down view from above chat: flying bird from the lower right corner to the lower left corner then to the "
     "upper left corner KEKW", "bird", BR_BL_TL),
    ("## v1.6.3\n### Added\n- From above: a flying bird flies from the lower right corner to the upper right corner, "
     "then to the upper left corner.", "bird", BR_TR_TL),
    ("From above, a flying bird flies from t' lower left corner to t' lower right corner, an' then to t' upper right "
     "corner.", "bird", BL_BR_TR),
    ("seen from above, flying bird lower left corner to upper left corner to upper right corner, chat that's a nice "
     "flight path PogChamp", "bird", BL_TL_TR),
    ("chat look from above: moving ball rolls from the lower right corner to the lower left corner then up to the "
     "upper left corner Pog", "ball", BR_BL_TL),
    ("## v4.1.0\n### Changed\n- Seen from above, a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.", "ball", BR_TR_TL),
    ("Seen from above, a moving ball rolls from t' lower left corner to t' lower right corner, then to t' upper "
     "right corner.", "ball", BL_BR_TR),
    ("from above chat: moving ball from the lower left corner to the upper left corner and then the upper right "
     "corner, EZ", "ball", BL_TL_TR),
    ("## v0.1.0\n### Added\n- A top-down view from above: a moving ball rolls from the lower right corner to the "
     "lower left corner, then to the upper left corner.", "ball", BR_BL_TL),
    ("From up above: a moving ball rollin' from t' lower right corner to t' upper right corner, then on to t' upper "
     "left corner.", "ball", BR_TR_TL),
    ("Seen from above: a walking dog walks from t' lower left corner to t' lower right corner, then to t' upper "
     "right corner. Good lad.", "dog", BL_BR_TR),
    ("## v3.7.0\n### Fixed\n- Seen from above, the walking dog walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.", "dog", BL_TL_TR),
    ("view from above, walking dog lower right corner to the lower left corner, then the upper left corner, chat "
     "it's on patrol KEKW", "dog", BR_BL_TL),
    ("## v2.6.1\n### Changed\n- From above, a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.", "dog", BR_TR_TL),
    ("seen from above chat, walking dog goes lower left corner, lower right corner, upper right corner PogChamp",
     "dog", BL_BR_TR),
    ("Lookin' from above: a walking dog goes from t' lower left corner to t' upper left corner, then to t' upper "
     "right corner.", "dog", BL_TL_TR),
]



def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
