"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a live captioner's real-time transcript (">> SPEAKER 1:", ">> MODERATOR:", "[inaudible]", "[laughter]",
  "[crosstalk]", "[applause]", "--" for a line cut off or picked up), some in broadcast capitals, some in
  mixed case, where the captioner, the speakers, the audience, the room and the caption screen are never in
  the video, and the clip the speakers talk through is the video; numeracy transcripts carry no speaker
  label (only the bare ">>" of a change of speaker) and no digit;
- a New York cab driver's monologue to his passenger ("ya", "lemme tell ya", "fuggedaboudit", "pal",
  "boss", the FDR, the BQE, the Van Wyck, Queens), where the driver, his passenger, his family, the meter,
  the streets and the traffic are never in the video, and what he tells the passenger about is the clip;
  he never names his own vehicle (no "cab", no "taxi"), never asks "right?" or makes a turn, and in
  numeracy names nobody and no place;
- a birdwatcher's field checklist, one entry a line ("FIELD CHECKLIST", "Site: the clip", "Obs.:",
  "Tally:", "Behaviour:", "Confidence:", "Notes:", "dipped", "not refound", "no flush", "good views"), where
  the birdwatcher, the hide, the optics and the checklist itself are never in the video, and the site
  logged is the clip; every tally is written as a word (no "||", no "x1"), the checklist names no species
  and never says "birding" or "birder", and in numeracy carries no observer, site, time or weather.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
speaker, no passenger, no observer beside the count) and put no other number word beside it (no
"SPEAKER 2", no "first", no "both", no "no one"). No voice gives its own props a colour (no yellow cab,
no red light, no species named for its plumage), no idiom hides a class noun or a side (no "catch",
"location", "identification", "stickball", "lucky dog", "free as a bird", "hang a left", "all right" or
"right away"), "half" is only said of the clip's halves (never "half my passengers"), "upper", "lower",
"corner", "top" and "bottom" only of a route (never the Upper East Side), and "still" only of a relation's
second object (never "still waiting"). A relation names its second object at both ends and says that
object stays still; a route is always seen from above. It takes LVD's attribution pairs 60-89 and its
two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 167/180 (92.8%) on 02453486 (numeracy 25, visibility 29, dynamic_one 29, dynamic_two 26, sequential
28); held back from every fixer of its session and scored again on its last code: 167/180. 180/180 after the fixes
of its own branch in the next session (fix148: a checklist's entry line is a sentence about the thing at its head, so
a tally after it, "lively cat | tally: two |", or on the line under an "Entry:", counts it, and an entry saying what
its thing did, "dog: walked from ...", whether it was there, "-- not present first half", or the corners it went
through, "car: A to B, then C", "-- route: A, then B, then C", is that thing's deed, presence or route, never a spec's
words describing it; a "Direction of travel:" line of sides under an entry is that thing's move; and a count said
again after a listener asks to hear it again, ">> SAY AGAIN?", is the same things).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    (">> OKAY, WE'RE BACK. [inaudible] SO THE CLIP IS ONE MOVING CAR, IN VIEW FROM THE START TO THE END.\n>> AND "
     "NOTHING ELSE IN IT?\n>> NOTHING ELSE. [laughter]",
     "car", 1),
    ("Lemme tell ya somethin', I been waitin' my whole life for a clip like this. Two moving cars, there from the "
     "start to the finish, and nothin' else. Nothin'! Fuggedaboudit.",
     "car", 2),
    ("FIELD CHECKLIST\nEntry: moving car\nTally: three\nNotes: in view from start of clip to end. Nothing else seen.",
     "car", 3),
    (">> SO THE BRIEF FOR THIS CLIP -- FOUR MOVING CARS, START TO FINISH, NOTHING ELSE IN FRAME.\n>> [crosstalk]\n>> "
     "NOTHING ELSE. THAT'S IT.",
     "car", 4),
    ("Ya know what I'd pay to see? A clip with a lively cat in it, just one lively cat, start to finish, and nothin' "
     "else. I'm tellin' ya, that's entertainment.",
     "cat", 1),
    ("Checklist (clip, start to finish)\nlively cat | tally: two | in view the whole way through\nNo other entries. "
     "Nothing else noted.",
     "cat", 2),
    (">> WHAT WE'VE GOT HERE [inaudible] THREE LIVELY CATS, AND THEY'RE IN IT FROM THE VERY START OF THE CLIP TO THE "
     "VERY END.\n>> [laughter]\n>> AND NOTHING ELSE SHOWS UP.",
     "cat", 3),
    ("Four lively cats. Start of the clip, end of the clip, the whole way, nothin' else in there. Ya believe that? "
     "I'm not makin' this up.",
     "cat", 4),
    ("FIELD NOTES\nflying bird -- tally: one\nIn view from the start of the clip to its end, good looks "
     "throughout.\nNothing else on the list.",
     "bird", 1),
    (">> HERE IT IS. TWO FLYING BIRDS FROM START TO FINISH OF THE CLIP --\n>> [inaudible]\n>> -- AND NOTHING ELSE. "
     "THAT IS THE WHOLE THING.",
     "bird", 2),
    ("Three flying birds, beginning to end of the clip. Nothin' else, not a thing. Ya gotta see it, I'm tellin' ya, "
     "it's gorgeous.",
     "bird", 3),
    ("Checklist -- clip, start to end\nflying bird -- tally: four\nBehaviour: in flight throughout.\nNothing else "
     "recorded.",
     "bird", 4),
    (">> Okay, rolling the clip now. [inaudible] It's one moving ball, start to end, and nothing else in it.\n>> "
     "[laughter]",
     "ball", 1),
    ("Two moving balls, start to finish, nothin' else in the whole clip. I seen a lotta things, believe me, but this? "
     "This I like.",
     "ball", 2),
    ("CHECKLIST\nmoving ball -- tally: three\nPresent from the start of the clip to the end. Nothing else "
     "seen.\nViews: excellent.",
     "ball", 3),
    (">> THE CLIP SHOWS FOUR MOVING BALLS [crosstalk] FROM BEGINNING TO END.\n>> NOTHING ELSE?\n>> NOTHING ELSE AT "
     "ALL.",
     "ball", 4),
    ("A walking dog, the whole clip, start to finish, and nothin' else. Just the one walking dog. That's the whole "
     "show, whaddaya want from me?",
     "dog", 1),
    ("Field checklist\nTally -- walking dog: two\nIn view start to finish of the clip.\nNotes: nothing else present.",
     "dog", 2),
    (">> [inaudible] -- THREE WALKING DOGS. START TO FINISH. NOTHING ELSE IN THE CLIP.\n>> SAY AGAIN?\n>> THREE "
     "WALKING DOGS, WHOLE CLIP, NOTHING ELSE.",
     "dog", 3),
    ("Four walking dogs from the start of the clip to the end, and I'm tellin' ya, nothin' else. Nothin'. "
     "Fuggedaboudit.",
     "dog", 4),
    ("Tally sheet, clip start to finish\nmoving car: one\nNothing else recorded. Long, steady views.", "car", 1),
    (">> So this is four lively cats, in view from the start of the clip to the end. Nothing else.\n>> [laughter] "
     "Nothing else?\n>> Nothing.",
     "cat", 4),
    ("Two flying birds, start of the clip to the end. Nothin' else. Ya believe it? Gorgeous, just gorgeous.",
     "bird", 2),
    ("CHECKLIST\nmoving ball -- tally: one\nThroughout the clip, start to finish.\nNothing else noted.", "ball", 1),
    (">> [crosstalk]\n>> Sorry -- the clip. It's one flying bird, there from start to finish, and nothing else in it.",
     "bird", 1),
    ("Three moving cars in the clip, beginning to end, and nothin' else, I swear. Ya know what that is? That's poetry.",
     "car", 3),
    ("Field checklist\nlively cat -- tally: three\nNotes: in view from the start of the clip to its end; nothing else "
     "seen.",
     "cat", 3),
    (">> AND NOW THE CLIP. [inaudible] TWO MOVING BALLS, START TO FINISH, AND NOTHING ELSE IN FRAME.", "ball", 2),
    ("Four moving balls, start to finish. Nothin' else in the whole clip. I'm tellin' ya, I could watch that all day.",
     "ball", 4),
    ("Checklist, clip (start to end)\nwalking dog -- tally: four\nNotes: nothing else noted. Good views throughout.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Site: the clip\nbrown bird -- tally: one. Perched beside a black ball the whole time.\nblack ball -- present "
     "start to finish.\nNotes: good, steady views.",
     "bird", "brown", "ball", "black"),
    (">> SPEAKER 1: SO IN THIS CLIP YOU'VE GOT A BROWN BIRD AND A BLUE CAT, SIDE BY SIDE.\n>> SPEAKER 2: THE WHOLE "
     "TIME?\n>> SPEAKER 1: THE WHOLE TIME. START TO FINISH. [laughter]",
     "bird", "brown", "cat", "blue"),
    ("Where ya headed, Penn Station? Okay. So my nephew shows me this clip: a blue bird and a red car, side by side, "
     "there the whole time, start to finish. Ya kiddin' me? That's what they call art now?",
     "bird", "blue", "car", "red"),
    ("Obs.: M.R.\nSite: clip, start to finish\npurple ball -- one, with a pink cat next to it throughout\npink cat -- "
     "one, settled, never leaves\nConfidence: certain",
     "ball", "purple", "cat", "pink"),
    (">> MODERATOR: NEXT CLIP, PLEASE. [inaudible]\n>> SPEAKER 2: THIS IS A YELLOW DOG WITH A RED CAT BESIDE IT -- "
     "BOTH IN VIEW FROM START TO FINISH.",
     "dog", "yellow", "cat", "red"),
    ("Okay, so picture this, boss: a green bird and a yellow dog, together, the whole clip, beginnin' to end. My "
     "wife, she loves this stuff. Me? I just drive.",
     "bird", "green", "dog", "yellow"),
    ("FIELD CHECKLIST\nSite: the clip\ngray car -- present throughout, with a red cat alongside it\nred cat -- "
     "present throughout\nNotes: both in view start to finish. Lifer for the cat, ha.",
     "car", "gray", "cat", "red"),
    (">> SPEAKER 3: [crosstalk] -- NO, NO, IT'S A RED BIRD AND A BLACK CAT. TOGETHER. THE ENTIRE CLIP.\n>> SPEAKER 1: "
     "OKAY. [laughter]",
     "bird", "red", "cat", "black"),
    ("Ay, ya wanna see somethin'? Hold on, I'll tell ya: a white bird next to an orange cat, just sittin' there "
     "together, start to finish. Thirty years in this town, never seen nothin' like it.",
     "bird", "white", "cat", "orange"),
    ("Time: 06:40\nSite: the clip\ngreen bird -- with a black ball beside it, whole clip\nblack ball -- in view start "
     "to finish\nBehaviour: loafing. Good views.",
     "bird", "green", "ball", "black"),
    (">> SPEAKER 2: So the clip -- a white cat and a purple bird, side by side.\n>> SPEAKER 1: [inaudible]\n>> "
     "SPEAKER 2: From start to finish, yeah.",
     "cat", "white", "bird", "purple"),
    ("A green bird and a purple dog, hangin' out together, start of the clip to the end. A purple dog! In Queens I "
     "seen everything, but a purple dog? Gimme a break.",
     "bird", "green", "dog", "purple"),
    ("Checklist -- clip\norange bird -- one, beside a brown car\nbrown car -- one\nBoth present start to finish. "
     "Flushed? No.",
     "bird", "orange", "car", "brown"),
    (">> SPEAKER 1: THIS NEXT CLIP IS A BLUE CAR WITH A BROWN BIRD NEXT TO IT.\n>> SPEAKER 2: FOR HOW LONG?\n>> "
     "SPEAKER 1: THE WHOLE CLIP. [laughter]",
     "car", "blue", "bird", "brown"),
    ("So my cousin makes these videos, ya know? Latest: a red dog and a purple cat, side by side, the whole clip, "
     "start to finish. Where does he come up with it?",
     "dog", "red", "cat", "purple"),
    ("Site: clip\nObs.: J.T.\npurple dog -- one\nbrown cat -- one, beside the dog\nNotes: both in view the whole "
     "clip. Odd record; submit with photos.",
     "dog", "purple", "cat", "brown"),
    (">> AUDIENCE MEMBER: [inaudible]\n>> SPEAKER 1: IT'S A BLACK CAT AND A BLUE BALL, NEXT TO EACH OTHER, START TO "
     "FINISH OF THE CLIP.",
     "cat", "black", "ball", "blue"),
    ("Ya know what my kid sends me? A yellow cat beside a black dog, the whole clip, start to finish. That's it. And "
     "I gotta watch it at every light on Lex.",
     "cat", "yellow", "dog", "black"),
    ("FIELD CHECKLIST\ngreen cat -- tally: one. Sitting with a white bird beside it.\nwhite bird -- tally: one. "
     "Perched, whole clip.\nBoth seen start to finish.",
     "cat", "green", "bird", "white"),
    (">> SPEAKER 2: Purple car, pink cat, side by side. [laughter]\n>> SPEAKER 1: For the whole clip?\n>> SPEAKER 2: "
     "Start to finish.",
     "car", "purple", "cat", "pink"),
    ("Ay, buddy, look at this while we're sittin' on the FDR: a purple bird and a red dog, together in the clip, "
     "start to finish. My daughter made it. Talented, huh?",
     "bird", "purple", "dog", "red"),
    ("Site: the clip\nred dog -- one, with a yellow car alongside\nyellow car -- one\nPresent throughout, start to "
     "finish.\nConfidence: high.",
     "dog", "red", "car", "yellow"),
    (">> SPEAKER 1: [crosstalk]\n>> SPEAKER 3: SORRY -- IT'S AN ORANGE DOG NEXT TO A BROWN CAR, THE WHOLE CLIP, "
     "BEGINNING TO END.",
     "dog", "orange", "car", "brown"),
    ("Listen, pal: a gray cat and an orange dog, side by side, start to finish, the whole clip. Beautiful. Reminds me "
     "of my mother's place in Bensonhurst.",
     "cat", "gray", "dog", "orange"),
    ("Checklist\ngreen ball: one\npink dog: one, lying beside the ball\nBoth in view start to finish of the "
     "clip.\nNotes: dog very settled.",
     "ball", "green", "dog", "pink"),
    (">> SPEAKER 2: THE CLIP HAS A WHITE DOG AND A PINK BIRD.\n>> SPEAKER 1: TOGETHER?\n>> SPEAKER 2: TOGETHER, START "
     "TO FINISH. [laughter]",
     "dog", "white", "bird", "pink"),
    ("You seen this? A purple car next to a gray ball, the whole clip, start to finish, that's it. My brother-in-law "
     "paid money for this. Money!",
     "car", "purple", "ball", "gray"),
    ("Obs.: A.K.\nyellow dog -- one, resting beside a brown cat\nbrown cat -- one\nBoth present from start of clip to "
     "end.\nGood views, no flush.",
     "dog", "yellow", "cat", "brown"),
    (">> SPEAKER 1: -- A BROWN BALL AND A GREEN CAT. [inaudible] THEY'RE BOTH THERE FOR THE WHOLE CLIP.\n>> SPEAKER "
     "2: OKAY, THANK YOU.",
     "ball", "brown", "cat", "green"),
    ("Last thing, then I'll shut up: a brown cat and an orange car, side by side, start to finish of the clip. "
     "Thanks, pal. God bless.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half of the clip, no car. Nothin'. Then the second half, a moving car shows up and stays till the end. "
     "Like waitin' for a fare on a Sunday night in Astoria.",
     "car"),
    ("Site: the clip\nFirst half: moving car not present.\nSecond half: moving car arrives, stays to the end.\nNotes: "
     "worth the wait.",
     "car"),
    (">> SPEAKER 1: FOR THE FIRST HALF OF THE CLIP THERE'S NO CAR.\n>> SPEAKER 2: [inaudible]\n>> SPEAKER 1: THEN IN "
     "THE SECOND HALF A MOVING CAR APPEARS, AND IT STAYS TILL THE END.",
     "car"),
    ("Checklist\nlively cat -- absent first half of clip; appeared second half and remained until the "
     "end.\nConfidence: certain.",
     "cat"),
    (">> SPEAKER 2: No cat in the first half. [laughter] Not at all.\n>> SPEAKER 1: And then?\n>> SPEAKER 2: Second "
     "half, a lively cat shows up and stays to the end.",
     "cat"),
    ("So the first half of this clip, no cat, zip. Second half, boom, in comes a lively cat, and it stays till the "
     "end like it owns the joint.",
     "cat"),
    (">> SPEAKER 3: IN THE FIRST HALF, NO BIRD. IN THE SECOND HALF A FLYING BIRD COMES IN AND STAYS UNTIL THE END. "
     "[crosstalk]",
     "bird"),
    ("First half, no bird. I'm lookin', I'm lookin', nothin'. Second half, here comes a flying bird, and it sticks "
     "around to the end. Patience, my friend.",
     "bird"),
    ("Site: clip\nEffort: full clip\nflying bird -- not seen first half; arrived second half, present to end.\nNearly "
     "dipped, but worth the wait.",
     "bird"),
    ("Checklist -- clip\nFirst half: no ball seen.\nSecond half: moving ball appears, present until the end.\nNotes: "
     "nothing further.",
     "ball"),
    (">> SPEAKER 1: THERE'S NO BALL FOR THE FIRST HALF OF THE CLIP. AND THEN -- [inaudible] -- IN THE SECOND HALF, A "
     "MOVING BALL APPEARS AND STAYS THERE TO THE END.",
     "ball"),
    ("No ball in the first half. Zilch. Second half, a moving ball comes in and stays to the end. Like rootin' for "
     "the Mets, ya wait and ya wait.",
     "ball"),
    ("First half of the clip, no dog anywhere. Second half, a walking dog shows up and hangs around to the end. Like "
     "my brother-in-law at Thanksgiving.",
     "dog"),
    (">> SPEAKER 2: First half, no dog.\n>> SPEAKER 1: Okay.\n>> SPEAKER 2: Second half, a walking dog appears and "
     "stays until the end of the clip. [laughter]",
     "dog"),
    ("FIELD CHECKLIST\nwalking dog -- not present first half of the clip. Appeared second half, stayed to the "
     "end.\nBehaviour: walking, unhurried.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    (">> SPEAKER 1: A MOVING CAR IS THERE IN THE FIRST HALF OF THE CLIP. IN THE SECOND HALF, NO CAR. [inaudible]\n>> "
     "SPEAKER 2: GONE?\n>> SPEAKER 1: GONE.",
     "car"),
    ("A moving car, first half of the clip. Second half? No car. Gone, just like that. Story of my life, pal.", "car"),
    ("Site: clip\nmoving car -- present first half only; second half, no car.\nNotes: searched, not refound.", "car"),
    ("There's a lively cat in the first half. Second half, no cat. Poof. Where'd it go? Don't ask me, I just drive.",
     "cat"),
    ("Checklist\nlively cat -- first half of clip: present. Second half: no cat.\nConfidence: certain.", "cat"),
    (">> SPEAKER 3: So for the first half there's a lively cat --\n>> SPEAKER 1: [crosstalk]\n>> SPEAKER 3: -- and in "
     "the second half of the clip, no cat. It's gone.",
     "cat"),
    ("FIELD NOTES\nflying bird -- seen first half of the clip; no bird second half.\nFlew off, not refound.", "bird"),
    (">> SPEAKER 2: A FLYING BIRD IN THE FIRST HALF OF THE CLIP. SECOND HALF, NO BIRD. [laughter]", "bird"),
    ("First half, a flying bird, beautiful. Second half, no bird. Gone, just like that. Like my Knicks tickets.",
     "bird"),
    ("Moving ball in the first half. Second half, no ball, nowhere. Where'd it go? I dunno, pal, I dunno.", "ball"),
    ("Checklist\nmoving ball: present first half of the clip.\nSecond half: no ball.\nNotes: not refound.", "ball"),
    (">> SPEAKER 1: First half -- a moving ball. [inaudible] Second half, no ball at all.", "ball"),
    (">> SPEAKER 2: THERE'S A WALKING DOG IN THE FIRST HALF. THEN IN THE SECOND HALF OF THE CLIP, NO DOG.\n>> SPEAKER "
     "1: [inaudible]\n>> SPEAKER 2: NO DOG.",
     "dog"),
    ("A walking dog in the first half of the clip, then in the second half, no dog. Gone. My ex-wife, same thing.",
     "dog"),
    ("Site: the clip\nwalking dog -- first half only. Second half: no dog.\nNotes: nothing further.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    (">> SPEAKER 1: A MOVING CAR GOES FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE. [inaudible]",
     "car", RIGHTWARD),
    ("So this moving car, it goes from the right side of the frame all the way to the left side. No signal, nothin'. "
     "Typical.",
     "car", LEFTWARD),
    ("Site: clip\nmoving car -- crossed the frame, left side to right side.\nGood views.", "car", RIGHTWARD),
    (">> SPEAKER 2: And the moving car -- it travels from the right of the frame to the left. [crosstalk]",
     "car", LEFTWARD),
    ("A moving car, left side of the frame to the right side, smooth as anything. Me, I never get that kinda run on "
     "Broadway.",
     "car", RIGHTWARD),
    ("Checklist\nmoving car -- one. Direction: right side of the frame to left side.", "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame over to the right side. Fast, too. Faster than the crosstown "
     "bus, I'll tell ya that.",
     "cat", RIGHTWARD),
    ("FIELD CHECKLIST\nlively cat -- ran from the right side of the frame to the left side.\nBehaviour: running.",
     "cat", LEFTWARD),
    (">> SPEAKER 3: [laughter] THE LIVELY CAT RUNS FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE.",
     "cat", RIGHTWARD),
    ("Lively cat, right side of the frame to the left side, zoom, across. Like a guy on Lex against the light.",
     "cat", LEFTWARD),
    ("Site: clip\nlively cat: one\nMovement: left side of frame to right side.", "cat", RIGHTWARD),
    (">> SPEAKER 1: This one -- a lively cat crossing from the right side of the frame to the left side.\n>> SPEAKER "
     "2: [inaudible]",
     "cat", LEFTWARD),
    ("FIELD NOTES\nflying bird -- flew across, left side of the frame to the right side.\nFlight: direct.",
     "bird", RIGHTWARD),
    (">> SPEAKER 2: A FLYING BIRD, RIGHT SIDE OF THE FRAME TO THE LEFT SIDE. [laughter] THAT'S THE CLIP.",
     "bird", LEFTWARD),
    ("Flying bird, left side of the frame to the right side. Just like that, no traffic. Must be nice, huh?",
     "bird", RIGHTWARD),
    ("Checklist\nflying bird: one. Flight line: right side of frame to left side.\nConfidence: high.",
     "bird", LEFTWARD),
    (">> SPEAKER 1: AND WE SEE A FLYING BIRD GO FROM THE LEFT SIDE OF THE FRAME OVER TO THE RIGHT SIDE.",
     "bird", RIGHTWARD),
    ("A flying bird goes from the right side of the frame to the left side. Beautiful. Thirty years I'm lookin' at "
     "brake lights, and this guy's just flyin'.",
     "bird", LEFTWARD),
    ("Moving ball, rollin' from the left side of the frame to the right side. Reminds me of my block growin' up.",
     "ball", RIGHTWARD),
    (">> SPEAKER 3: So a moving ball -- [inaudible] -- rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Site: clip\nmoving ball -- rolling, left side of the frame to the right side.\nNotes: no other movement.",
     "ball", RIGHTWARD),
    ("A moving ball, right side of the frame to the left side, nobody chasin' it. Where's it goin'? Same place I'm "
     "goin', nowhere fast.",
     "ball", LEFTWARD),
    (">> SPEAKER 1: A MOVING BALL ROLLS FROM THE LEFT OF THE FRAME TO THE RIGHT.\n>> SPEAKER 2: [crosstalk]",
     "ball", RIGHTWARD),
    ("Checklist\nmoving ball: one\nDirection of travel: right side of the frame to the left side.", "ball", LEFTWARD),
    (">> SPEAKER 2: A walking dog strolls from the left side of the frame to the right side. [laughter]",
     "dog", RIGHTWARD),
    ("FIELD CHECKLIST\nwalking dog -- walked right side of the frame to left side.\nDisturbance: none.",
     "dog", LEFTWARD),
    ("A walking dog, left side of the frame to the right side, takin' his sweet time. Like every fare I get out of "
     "LaGuardia.",
     "dog", RIGHTWARD),
    (">> SPEAKER 1: THE WALKING DOG GOES FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE. [inaudible]",
     "dog", LEFTWARD),
    ("Site: the clip\nwalking dog: one. Moved left side of the frame to right side.", "dog", RIGHTWARD),
    ("Walking dog goes from the right side of the frame to the left side, slow, like he's got nowhere to be. Lucky "
     "him.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("So the ball, it stays still, don't move an inch. And a bird flies from the left of the ball to the right of the "
     "ball. That's it. That's the clip, pal.",
     "bird", "ball", RIGHTWARD),
    ("Site: clip\nball -- stayed still throughout.\nbird -- flew from the right of the ball to the left of the "
     "ball.\nGood views of both.",
     "bird", "ball", LEFTWARD),
    (">> SPEAKER 1: THE DOG STAYS STILL, AND A BIRD FLIES FROM THE LEFT OF THE DOG TO THE RIGHT OF THE DOG.\n>> "
     "SPEAKER 2: [inaudible]",
     "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car, and the car stays still. Don't move, not an "
     "inch. Sounds like the BQE.",
     "bird", "car", LEFTWARD),
    ("Checklist\ncat -- stayed still, whole clip.\ncar -- drove from the left of the cat to the right of the "
     "cat.\nCat unbothered.",
     "car", "cat", RIGHTWARD),
    (">> SPEAKER 2: So the ball stays still -- [crosstalk] -- and a dog walks from the right of the ball to the left "
     "of the ball.",
     "dog", "ball", LEFTWARD),
    ("The ball stays still, see, and a cat runs from the left of the ball to the right of the ball. That cat, she "
     "does whatever she wants. Like my passengers.",
     "cat", "ball", RIGHTWARD),
    ("FIELD NOTES\nball: stayed still.\ndog: walked from the right of the ball to the left of the ball.\nNo flush, no "
     "fuss.",
     "dog", "ball", LEFTWARD),
    (">> SPEAKER 3: THE BIRD STAYS STILL. A CAT RUNS FROM THE LEFT OF THE BIRD TO THE RIGHT OF THE BIRD. [laughter]",
     "cat", "bird", RIGHTWARD),
    ("Car stays still, and a dog walks from the right of the car to the left of the car. That dog's got places to be, "
     "huh? Join the club.",
     "dog", "car", LEFTWARD),
    ("Site: clip\nbird: one, flew from the left of the ball to the right of the ball\nball: one, still "
     "throughout\nConfidence: certain.",
     "bird", "ball", RIGHTWARD),
    (">> SPEAKER 1: And here the ball stays still while a bird flies from the right of the ball to the left of the "
     "ball.\n>> SPEAKER 2: [inaudible]",
     "bird", "ball", LEFTWARD),
    ("So a car drives from the left of the ball to the right of the ball, and the ball, it stays still the whole "
     "time. No honkin', nothin'. Beautiful.",
     "car", "ball", RIGHTWARD),
    ("Checklist\ndog -- stayed still.\nbird -- flew from the right of the dog to the left of the dog.\nDog showed no "
     "interest.",
     "bird", "dog", LEFTWARD),
    (">> SPEAKER 2: THE CAR STAYS STILL. THE DOG WALKS FROM THE LEFT OF THE CAR TO THE RIGHT OF THE CAR. [inaudible]",
     "dog", "car", RIGHTWARD),
    ("Ball stays still. Bird flies from the right of the ball to the left of the ball. Easy. I wish my fares were "
     "that easy, lemme tell ya.",
     "bird", "ball", LEFTWARD),
    ("FIELD CHECKLIST\ncat: stayed still throughout\ndog: walked from the left of the cat to the right of the "
     "cat\nNotes: no interaction.",
     "dog", "cat", RIGHTWARD),
    (">> SPEAKER 1: A DOG WALKS FROM THE RIGHT OF THE CAR TO THE LEFT OF THE CAR, AND THE CAR STAYS STILL. [crosstalk]",
     "dog", "car", LEFTWARD),
    ("The dog stays still, and a cat runs from the left of the dog to the right of the dog. Dog don't even look up. "
     "That's a New York dog, buddy.",
     "cat", "dog", RIGHTWARD),
    ("Site: the clip\nball -- still throughout.\ncat -- ran from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    (">> SPEAKER 3: So the dog stays still --\n>> SPEAKER 1: [inaudible]\n>> SPEAKER 3: -- and a cat runs from the "
     "left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("A ball rolls from the right of the dog to the left of the dog. The dog stays still, don't even chase it. Smart "
     "dog.",
     "ball", "dog", LEFTWARD),
    ("Checklist\nbird -- stayed still, perched.\ndog -- walked from the left of the bird to the right of the "
     "bird.\nBird did not flush.",
     "dog", "bird", RIGHTWARD),
    (">> SPEAKER 2: THE CAT STAYS STILL AND A BIRD FLIES FROM THE RIGHT OF THE CAT TO THE LEFT OF THE CAT. [laughter]",
     "bird", "cat", LEFTWARD),
    ("The bird stays still, and a cat runs from the left of the bird to the right of the bird. Don't even touch it. "
     "Go figure.",
     "cat", "bird", RIGHTWARD),
    ("FIELD NOTES\ncat: stayed still.\nbird: flew from the right of the cat to the left of the cat.\nClose call? No.",
     "bird", "cat", LEFTWARD),
    (">> SPEAKER 1: A dog walks from the left of the cat to the right of the cat. The cat stays still. [inaudible]",
     "dog", "cat", RIGHTWARD),
    ("So the dog, he stays still. A bird flies from the right of the dog to the left of the dog. Dog's like, "
     "whatever. I know the feelin'.",
     "bird", "dog", LEFTWARD),
    ("Site: clip\ncat -- stayed still the whole time\ndog -- walked from the left of the cat to the right of the "
     "cat\nConfidence: high.",
     "dog", "cat", RIGHTWARD),
    (">> SPEAKER 2: AND FINALLY -- THE CAR STAYS STILL, AND A BIRD FLIES FROM THE RIGHT OF THE CAR TO THE LEFT OF THE "
     "CAR. [applause]",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Site: the clip, viewed from above\nmoving car -- route: lower left corner, then lower right corner, then upper "
     "right corner.",
     "car", BL_BR_TR),
    ("Seen from above, okay? A car starts in the lower left corner, goes to the upper left corner, then the upper "
     "right corner. Like a tourist who don't know where he's goin'.",
     "car", BL_TL_TR),
    (">> SPEAKER 1: FROM ABOVE -- A CAR STARTS IN THE LOWER RIGHT CORNER, MOVES TO THE LOWER LEFT CORNER, THEN TO THE "
     "UPPER LEFT CORNER. [inaudible]",
     "car", BR_BL_TL),
    ("Checklist (overhead view, from above)\ncar: lower right corner to upper right corner, then upper left corner.",
     "car", BR_TR_TL),
    ("From above, ya see a cat in the lower left corner. It runs to the lower right corner, then up to the upper "
     "right corner. Go figure.",
     "cat", BL_BR_TR),
    (">> SPEAKER 2: Seen from above, a cat goes from the lower left corner to the upper left corner, and then the "
     "upper right corner.\n>> SPEAKER 1: [crosstalk]",
     "cat", BL_TL_TR),
    ("FIELD NOTES (viewed from above)\ncat -- started lower right corner; moved to lower left corner; ended upper "
     "left corner.",
     "cat", BR_BL_TL),
    ("Lookin' down from above: a cat starts in the lower right corner, runs to the upper right corner, then over to "
     "the upper left corner. Faster than me on the Van Wyck.",
     "cat", BR_TR_TL),
    (">> SPEAKER 3: THIS IS FROM ABOVE. A BIRD FLIES FROM THE LOWER LEFT CORNER TO THE LOWER RIGHT CORNER, THEN THE "
     "UPPER RIGHT CORNER.",
     "bird", BL_BR_TR),
    ("Site: clip, seen from above\nbird -- flight path: lower left corner, upper left corner, upper right "
     "corner.\nFlight: steady.",
     "bird", BL_TL_TR),
    ("From up above, a bird goes from the lower right corner to the lower left corner, then to the upper left corner. "
     "Must be nice, no tolls.",
     "bird", BR_BL_TL),
    (">> SPEAKER 1: Viewed from above, a bird flies from the lower right corner to the upper right corner, then on to "
     "the upper left corner. [laughter]",
     "bird", BR_TR_TL),
    ("Checklist, viewed from above\nball -- rolled lower left corner to lower right corner, then upper right corner.",
     "ball", BL_BR_TR),
    ("Seen from above, a ball rolls from the lower left corner to the upper left corner, then over to the upper right "
     "corner. Like it knows the way better than my GPS.",
     "ball", BL_TL_TR),
    (">> SPEAKER 2: FROM ABOVE, A BALL ROLLS FROM THE LOWER RIGHT CORNER TO THE LOWER LEFT CORNER, THEN TO THE UPPER "
     "LEFT CORNER. [inaudible]",
     "ball", BR_BL_TL),
    ("FIELD CHECKLIST (from above)\nball: lower right corner, then upper right corner, then upper left corner.",
     "ball", BR_TR_TL),
    ("From above, a dog walks from the lower left corner to the lower right corner, then to the upper right corner. "
     "Sniffin' around, ya know how they are.",
     "dog", BL_BR_TR),
    (">> SPEAKER 1: SEEN FROM ABOVE, A DOG WALKS FROM THE LOWER LEFT CORNER TO THE UPPER LEFT CORNER, THEN THE UPPER "
     "RIGHT CORNER.\n>> SPEAKER 3: [crosstalk]",
     "dog", BL_TL_TR),
    ("Site: the clip, viewed from above\ndog -- walked lower right corner to lower left corner, then upper left "
     "corner.\nBehaviour: sniffing.",
     "dog", BR_BL_TL),
    ("Okay, from above: a dog goes from the lower right corner to the upper right corner, then the upper left corner. "
     "Smarter than most of my passengers.",
     "dog", BR_TR_TL),
    (">> SPEAKER 2: So, from above. The car drives from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "car", BL_BR_TR),
    ("Checklist (seen from above)\ncat -- lower left corner, then upper left corner, then upper right corner.",
     "cat", BL_TL_TR),
    ("Seen from above, a bird flies from the lower right corner to the lower left corner, and then to the upper left "
     "corner. Ya can't make this stuff up.",
     "bird", BR_BL_TL),
    (">> SPEAKER 3: FROM ABOVE, A BALL ROLLS FROM THE LOWER RIGHT CORNER TO THE UPPER RIGHT CORNER, THEN THE UPPER "
     "LEFT CORNER. [laughter]",
     "ball", BR_TR_TL),
    ("FIELD NOTES, viewed from above\ndog: lower left corner -> lower right corner -> upper right corner.",
     "dog", BL_BR_TR),
    ("From above, a car goes from the bottom right corner to the bottom left corner, then the top left corner. No "
     "signal, of course.",
     "car", BR_BL_TL),
    (">> SPEAKER 1: Seen from above: a cat runs from the lower right corner up to the upper right corner, then over "
     "to the upper left corner.",
     "cat", BR_TR_TL),
    ("Site: clip (from above)\nbird -- flew lower left corner to upper left corner, then upper right corner.",
     "bird", BL_TL_TR),
    ("From above, a ball rolls from the lower left corner to the lower right corner, then up to the upper right "
     "corner. Nice and easy.",
     "ball", BL_BR_TR),
    (">> SPEAKER 2: AND FROM ABOVE, A DOG WALKS FROM THE LOWER LEFT CORNER TO THE UPPER LEFT CORNER, THEN TO THE "
     "UPPER RIGHT CORNER. [applause]",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
