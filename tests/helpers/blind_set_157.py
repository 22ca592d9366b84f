"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a Nigerian-English speaker with Pidgin turns ("abeg", "oga", "o!", "sef", "na so e be", "no wahala",
  "e go waka reach"), where the speaker, the "oga" and the "my sister" addressed are never in the video,
  and the video asked for is the clip; numeracy requests address nobody by name;
- a corporate slide deck (a slide title, "•" bullets, "KPI:", "Action item:", "Next steps:", "Owner:"),
  where the presenter, the stakeholders, the design team and the deck itself are never in the video, and
  the scope the slide sets out is the clip; numeracy slides carry no slide number and name no owner;
- a Reddit "Explain like I'm five" answer ("ELI5:", "Okay so imagine...", "Think of it like this:",
  "Edit: formatting", "Source: I'm a dad", "Hope that helps!"), where the answerer, the "kind stranger"
  and the award are never in the video, and what is explained is the clip; numeracy answers carry no
  "ELI5" tag and no edit that names anybody.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
stranger, no owner, no team beside the count) and put no other number word beside it (no "first", no
"both", no "none", no slide number). No voice gives its own props a colour (no red flag, no green light,
no gold award), no idiom hides a class noun or a side (no "carpet", "catalogue", "location", "ballpark",
"leftover", "all right" or "right away"), "half" is only said of the clip's halves (never "on behalf
of"), "upper", "lower", "corner", "top" and "bottom" only of a route (never a "top priority", a "bottom
line" or a "full stop"), and "still" only of a relation's second object (never "still on track"). A
relation names its second object at both ends and says that object stays still; a route is always seen
from above. It takes LVD's attribution pairs 20-49 and its two-object relations 30-49 and 0-9 (in LVD's
order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 162/180 (90.0%) on 662ec485 (visibility 29, dynamic_one 29, dynamic_two 29, sequential 15); held
back from every fixer of its session and scored again on its last code: 162/180. 180/180 after the fixes of its own
branch in the next session (fix157, on 89b41f8a): a Pidgin speaker's "e" is "it" (never another language's "and"),
"dey" is "is" or "is in", "for" before a place "in", "go" before a verb "will", a leg strung on with "go" or "reach"
after the verb or the "from" goes "to", and "Abeg,", "Oga,", a closing "o" or "sef", "No wahala." and "Na so e be."
speak to the listener; a slide's title gives only its view ("Slide:" is no sliding), a footer setting the team a task
names nothing of the clip, and bullets that only list places are one route of the thing the slide names; an ELI5
answer's closing "That's its little loop." sums the route up (no circle), and a move told again after it, "On the
right at the start, on the left at the end.", "Ball doesn't budge, car goes past it.", is that move, not a second one.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Abeg, make the video show one moving car from start to finish o! Nothing else, no extra wahala. Na only the car.",
     "car", 1),
    ("Slide title: Clip Scope\n• Two moving cars in frame for the full clip, start to end\n• Nothing else in "
     "frame\nAction item: keep it lean, no extras",
     "car", 2),
    ("Okay so picture a video. There are three moving cars in it, and they're there the whole time, from the very "
     "start to the very end. That's it, nothing else is in it. Seriously, that's the whole thing.",
     "car", 3),
    ("Make una show four moving cars from beginning to end of the video, abeg. Nothing else dey inside am o. Na so e "
     "suppose be.",
     "car", 4),
    ("Headline: Clip Content\n• Subject: one lively cat\n• Coverage: full clip, start to finish\n• Nothing else on "
     "screen\nKPI: lively cat on screen for the full runtime",
     "cat", 1),
    ("Imagine a video with two lively cats in it. They're in it from the beginning till the end, and nothing else ever "
     "shows up. Just the cats. That's really all there is to it.",
     "cat", 2),
    ("Three lively cats for the whole video, start to finish, abeg. Nothing else o! No add anything join am sef.",
     "cat", 3),
    ("Key Message\n• Four lively cats, on screen start to finish\n• Nothing else in frame, period\nNext steps: approve "
     "as scoped",
     "cat", 4),
    ("So basically the video has one flying bird in it, the whole time, start to end. Nothing else. No extras, "
     "nothing. Hope that helps!",
     "bird", 1),
    ("Abeg picture am: two flying birds dey the video from start reach end. Nothing else dey there o!", "bird", 2),
    ("Slide: What's On Screen\n• Three flying birds, visible start to finish\n• Nothing else in shot\nKPI: full-clip "
     "visibility",
     "bird", 3),
    ("Think of it like this: the video has four flying birds in it. From the very beginning to the very end, there "
     "they are. And there's nothing else in it at all. That's literally it.",
     "bird", 4),
    ("One moving ball dey the video from start to finish, nothing else. Na just the ball o, make una no add anything "
     "sef.",
     "ball", 1),
    ("Scope Summary\n• Two moving balls\n• Duration: full clip, start to end\n• Out of scope: everything else\nAction "
     "item: nothing else enters the frame",
     "ball", 2),
    ("Okay, imagine a video where three moving balls are there from start to finish. Nothing else is in it. Not a "
     "thing. That's the whole video, no joke.",
     "ball", 3),
    ("Four moving balls for the whole video, from the beginning to the end, abeg. Nothing else o, e don do.",
     "ball", 4),
    ("Slide title: Clip Overview\n• One walking dog, on screen from start to finish\n• Nothing else in frame\nKPI: "
     "walking dog visible for the full clip",
     "dog", 1),
    ("So the video is two walking dogs, and they're in it from start to end. Nothing else shows up, not even for a "
     "moment. That's it, that's the video.",
     "dog", 2),
    ("Abeg, three walking dogs from start to finish of the video. Nothing else join dem o! Na dem only.", "dog", 3),
    ("Clip Requirements\n• Four walking dogs in frame, start to end\n• Nothing else on screen\nNext steps: sign-off",
     "dog", 4),
    ("Picture this: a video with one moving car in it from the very start to the very end. That's it. Nothing else. "
     "Edit: formatting",
     "car", 1),
    ("Two moving cars, from the start of the video reach the end. Abeg, nothing else make e dey there o!", "car", 2),
    ("Executive Summary\n• Three lively cats on screen, start to finish\n• Nothing else in frame\nAction item: lock "
     "scope",
     "cat", 3),
    ("Okay so it's a video with three flying birds, and they're in it the whole way through, start to finish. There's "
     "nothing else in it at all. Simple as that.",
     "bird", 3),
    ("Na one flying bird dey the video from start to finish o. Nothing else sef.", "bird", 1),
    ("Slide title: Final Scope\n• Four moving balls, full clip, start to end\n• Nothing else in frame\nKPI: nothing "
     "else on screen",
     "ball", 4),
    ("Imagine a video with two moving balls in it. They're there from the start to the end, and nothing else shows up. "
     "That's the whole thing, promise.",
     "ball", 2),
    ("Abeg, four walking dogs from beginning to end of the video, nothing else. Na dem only o!", "dog", 4),
    ("Clip Spec\n• Three moving cars, in frame start to finish\n• Nothing else in shot\nNext steps: circulate for "
     "sign-off",
     "car", 3),
    ("So here's the deal: one walking dog, in the video from start to finish. Nothing else. That's genuinely all it "
     "is.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Abeg, make the scene get a brown ball and an orange cat, both inside the video from start to finish. No wahala, "
     "na just dem o!",
     "ball", "brown", "cat", "orange"),
    ("Slide: Scene Composition\n• A gray dog\n• An orange ball\n• Both in frame for the full clip\nAction item: "
     "confirm colours match spec",
     "dog", "gray", "ball", "orange"),
    ("ELI5: It's a video of a scene with a yellow ball and an orange cat in it. The ball is yellow, the cat is orange, "
     "and they're both just there. That's the whole scene.",
     "ball", "yellow", "cat", "orange"),
    ("Oga, the scene na purple dog and brown car, both dey the video. Abeg no mix the colours o!",
     "dog", "purple", "car", "brown"),
    ("Scene Spec: Key Assets\n• Gray dog\n• Blue car\nKPI: both assets visible, colours exactly as listed",
     "dog", "gray", "car", "blue"),
    ("Okay so imagine a scene with a white car and an orange bird. The car is white. The bird is orange. Both of them "
     "are in the video. Edit: thanks for the award, kind stranger!",
     "car", "white", "bird", "orange"),
    ("Abeg, scene wey get brown car and blue bird. The car brown, the bird blue, no confuse am sef.",
     "car", "brown", "bird", "blue"),
    ("Slide title: Cast List\n• A blue car\n• A yellow cat\nNext steps: keep both on screen throughout",
     "car", "blue", "cat", "yellow"),
    ("Picture a scene with a gray cat and a yellow bird. That's it. A gray cat, a yellow bird, both hanging out in the "
     "video.",
     "cat", "gray", "bird", "yellow"),
    ("The video na scene with white dog and black car o. Dog white, car black. Abeg make una get am correct.",
     "dog", "white", "car", "black"),
    ("Scene Overview\n• Red car\n• Brown bird\n• Both present in the scene\nAction item: colour check before sign-off",
     "car", "red", "bird", "brown"),
    ("So think of a scene with a purple cat and a green car in it. The cat is purple and the car is green. Nothing "
     "fancy, they're just both there. Source: I'm a dad and I explain stuff like this every day.",
     "cat", "purple", "car", "green"),
    ("Abeg, gray car and orange dog for the scene. Both of dem dey the video, e no hard o!",
     "car", "gray", "dog", "orange"),
    ("Slide: Asset Summary\n• A red cat and a gray dog share the scene\n• Colours are non-negotiable\nKPI: red cat and "
     "gray dog both on screen",
     "cat", "red", "dog", "gray"),
    ("ELI5: There's a scene. In the scene there's a red dog and a gray car. That's honestly the whole thing: a red "
     "dog, a gray car.",
     "dog", "red", "car", "gray"),
    ("My sister, the scene get purple dog and yellow car. Both dey there for the video, na so e be.",
     "dog", "purple", "car", "yellow"),
    ("Creative Brief\n• Scene contains a red cat and a gray ball\n• Both visible in the video\nOwner: Design team",
     "cat", "red", "ball", "gray"),
    ("Okay imagine a video of a scene where there's a brown cat and a blue dog. Brown cat, blue dog. Both in it. You "
     "got it!",
     "cat", "brown", "dog", "blue"),
    ("Oga, white dog and red cat for the scene abeg. Both of dem must show for the video o!",
     "dog", "white", "cat", "red"),
    ("Slide title: Scene Elements\n• A yellow bird\n• An orange car\nAction item: both elements in the scene",
     "bird", "yellow", "car", "orange"),
    ("So basically it's a scene with a green dog and a blue car. The dog is green and the car is blue. Weird combo, "
     "but that's the scene!",
     "dog", "green", "car", "blue"),
    ("The scene go get black cat and brown ball, abeg. Make both dey the video o, no forget.",
     "cat", "black", "ball", "brown"),
    ("Scene Requirements\n• Purple car\n• Red cat\n• Both in the scene together\nKPI: correct colour on each",
     "car", "purple", "cat", "red"),
    ("Imagine a scene, and in that scene there's a gray dog and a brown cat. Both of them are in the video. That's all "
     "there is to it.",
     "dog", "gray", "cat", "brown"),
    ("Abeg o, scene with black car and brown dog. Both dey the video, na im be dat.", "car", "black", "dog", "brown"),
    ("Slide: Visual Inventory\n• A yellow ball\n• A pink dog\nNext steps: keep both in the scene",
     "ball", "yellow", "dog", "pink"),
    ("ELI5 version: the video shows a scene with a gray cat and a white dog. The cat is gray, the dog is white, and "
     "they're both there.",
     "cat", "gray", "dog", "white"),
    ("Yellow dog and orange car for the scene, abeg. Both go dey the video sef.", "dog", "yellow", "car", "orange"),
    ("Scene Breakdown\n• Black bird\n• Brown cat\n• Both on screen together\nAction item: review colours with "
     "stakeholders",
     "bird", "black", "cat", "brown"),
    ("Okay so it's a scene with a white ball and a red car. The ball is white, the car is red. Both in the video. Hope "
     "that clears it up!",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Abeg, for the first half of the video no car dey. Na for the second half a moving car go appear o.", "car"),
    ("Timeline Slide\n• First half: no car on screen\n• Second half: a moving car appears\nKPI: moving car visible "
     "only in the second half",
     "car"),
    ("ELI5: The video has two halves. In the first half, there's no car at all. Then in the second half, a moving car "
     "shows up. That's the trick: it only appears in the second half.",
     "car"),
    ("Slide title: Reveal Timing\n• First half of the video: no cat\n• Second half: a lively cat appears\nAction item: "
     "hold the reveal for the second half",
     "cat"),
    ("So imagine the video is split in the middle. First half? No cat. Second half? Boom, a lively cat appears. It "
     "only shows up in the second half.",
     "cat"),
    ("No cat for the first half of the video o. Na the second half a lively cat go show face, abeg.", "cat"),
    ("Okay so during the first half of the video, there's no bird anywhere. In the second half a flying bird appears. "
     "Only in the second half!",
     "bird"),
    ("Abeg, first half of the video, no bird. Second half, a flying bird go appear. Na so e be o!", "bird"),
    ("Sequence Plan\n• First half: no bird in frame\n• Second half: a flying bird enters\nKPI: flying bird appears "
     "only in the second half",
     "bird"),
    ("For the first half of the video, ball no dey o. Then for the second half, a moving ball go appear sef.", "ball"),
    ("Slide: Phasing\n• Phase A (first half): no ball\n• Phase B (second half): a moving ball appears\nAction item: "
     "ball on screen only in the second half",
     "ball"),
    ("Think of it like a magic trick. For the first half of the video there's no ball. Then in the second half a "
     "moving ball appears. Ta-da!",
     "ball"),
    ("Timeline Review\n• First half: no dog\n• Second half: a walking dog appears\nNext steps: confirm the dog only "
     "appears in the second half",
     "dog"),
    ("ELI5: At first there's no dog, that's the first half of the video. Then in the second half, a walking dog "
     "appears. That's all that happens!",
     "dog"),
    ("Abeg, no dog for the first half of the video. Na for the second half a walking dog go appear o!", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("ELI5: In the first half of the video there's a moving car. Then in the second half it's gone, no car at all. "
     "It's only there in the first half.",
     "car"),
    ("Moving car dey for the first half of the video, but for the second half, no car again o!", "car"),
    ("Slide: Exit Timing\n• First half: a moving car on screen\n• Second half: no car\nKPI: moving car present only in "
     "the first half",
     "car"),
    ("Abeg, lively cat go dey the first half of the video, then for the second half, no cat at all o.", "cat"),
    ("Timeline\n• First half: a lively cat in frame\n• Second half: no cat in frame\nAction item: cat exits before the "
     "second half",
     "cat"),
    ("So there's a lively cat in the first half of the video. Then the second half comes and poof, no cat. It's only "
     "there for the first half.",
     "cat"),
    ("Slide title: Presence Timing\n• First half of the video: a flying bird\n• Second half: no bird\nKPI: flying bird "
     "visible only in the first half",
     "bird"),
    ("Imagine a flying bird in the first half of the video. In the second half, there's no bird anymore. It was only "
     "there for the first half.",
     "bird"),
    ("Flying bird dey for the first half of the video o. Second half? No bird again, e don fly comot.", "bird"),
    ("Okay so a moving ball is there in the first half of the video. In the second half there's no ball. Gone. Only "
     "the first half has the ball.",
     "ball"),
    ("Abeg, moving ball for the first half of the video only. For the second half, no ball o!", "ball"),
    ("Scene Timing\n• First half: a moving ball present\n• Second half: no ball\nAction item: ball gone before the "
     "second half",
     "ball"),
    ("Walking dog dey for the first half of the video, abeg. Second half, no dog again sef.", "dog"),
    ("Slide: Runtime Split\n• First half: a walking dog on screen\n• Second half: no dog\nKPI: walking dog present "
     "only in the first half",
     "dog"),
    ("ELI5: A walking dog is in the first half of the video. In the second half, no dog. He's only around for the "
     "first half, then he's gone.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Abeg, a car go move from the left of the frame to the right o. Na im be the video.", "car", RIGHTWARD),
    ("Slide: Motion Path\n• A car moves from the right to the left\n• Crosses the full frame\nKPI: car starts on the "
     "right, ends on the left",
     "car", LEFTWARD),
    ("ELI5: There's a car, and it drives from the left side to the right side. Starts on the left, ends on the right. "
     "That's it!",
     "car", RIGHTWARD),
    ("Oga, make the car move from the right reach the left, abeg. No wahala.", "car", LEFTWARD),
    ("Movement Spec\n• Subject: car\n• Direction: from the left to the right\nAction item: car exits on the right",
     "car", RIGHTWARD),
    ("Imagine a car moving from the right to the left. It begins on the right and ends up on the left. Simple!",
     "car", LEFTWARD),
    ("Slide title: Travel Direction\n• A cat moves from the left to the right\nKPI: cat finishes on the right",
     "cat", RIGHTWARD),
    ("So there's a cat, and it goes from the right to the left. Think of it walking across the screen that way. Done!",
     "cat", LEFTWARD),
    ("Abeg, the cat go waka from the left reach the right o!", "cat", RIGHTWARD),
    ("Motion Brief\n• A cat crossing from the right to the left\n• Starts right, ends left\nNext steps: sign-off on "
     "direction",
     "cat", LEFTWARD),
    ("ELI5: A cat moves from the left to the right. Left is where it starts, right is where it ends up.",
     "cat", RIGHTWARD),
    ("Cat dey move from the right go the left, abeg make e clear o.", "cat", LEFTWARD),
    ("Okay so picture a bird flying from the left to the right. It starts on the left, finishes on the right. Done and "
     "done.",
     "bird", RIGHTWARD),
    ("Abeg, bird go fly from the right to the left o. Na so e go be.", "bird", LEFTWARD),
    ("Slide: Flight Path\n• A bird moving from the left to the right\nKPI: bird ends on the right", "bird", RIGHTWARD),
    ("A bird moves from the right to the left. That's it. Right side at the start, then left side. Edit: spelling",
     "bird", LEFTWARD),
    ("The bird go move from the left reach the right, abeg. No long thing.", "bird", RIGHTWARD),
    ("Direction Check\n• Bird: from the right to the left\nAction item: confirm bird exits on the left",
     "bird", LEFTWARD),
    ("Abeg, ball go roll from the left to the right o!", "ball", RIGHTWARD),
    ("Slide title: Ball Path\n• Ball moves from the right to the left\nKPI: ball crosses the frame from the right to "
     "the left",
     "ball", LEFTWARD),
    ("Imagine a ball rolling from the left to the right. It starts on the left and ends on the right. That's the whole "
     "video!",
     "ball", RIGHTWARD),
    ("Ball dey move from the right go the left, abeg. Na im be dat o.", "ball", LEFTWARD),
    ("Motion Summary\n• A ball travels from the left to the right\nNext steps: lock the direction", "ball", RIGHTWARD),
    ("ELI5: A ball goes from the right to the left. On the right at the start, on the left at the end. Easy peasy.",
     "ball", LEFTWARD),
    ("Slide: Walk Path\n• A dog moving from the left to the right\nKPI: dog ends on the right", "dog", RIGHTWARD),
    ("So there's a dog walking from the right to the left. Starts right, ends left. Good boy.", "dog", LEFTWARD),
    ("Abeg, dog go waka from the left reach the right o. Make e clear.", "dog", RIGHTWARD),
    ("Movement Plan\n• Dog travels from the right to the left\nAction item: dog finishes on the left", "dog", LEFTWARD),
    ("Okay imagine a dog moving from the left to the right. Left at the start, right at the end. That's it!",
     "dog", RIGHTWARD),
    ("The dog go move from the right go the left, abeg. Na so the video be.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Abeg, the ball stay still, no shaking. Bird go move from the left of the ball reach the right of the ball o.",
     "bird", "ball", RIGHTWARD),
    ("Slide: Relative Motion\n• The ball stays still\n• A bird moves from the right of the ball to the left of the "
     "ball\nKPI: ball does not move",
     "bird", "ball", LEFTWARD),
    ("ELI5: The ball stays still, like it's glued down. A car moves from the left of the ball to the right of the "
     "ball. Ball doesn't budge, car goes past it.",
     "car", "ball", RIGHTWARD),
    ("Oga, dog stay still o. Bird go fly from the right of the dog go the left of the dog.", "bird", "dog", LEFTWARD),
    ("Motion Spec\n• Reference: the car stays still\n• A dog moves from the left of the car to the right of the "
     "car\nAction item: keep the car fixed",
     "dog", "car", RIGHTWARD),
    ("Imagine the ball just sits there and stays still. A bird moves from the right of the ball to the left of the "
     "ball. That's it!",
     "bird", "ball", LEFTWARD),
    ("The cat go stay still, abeg. Dog go waka from the left of the cat reach the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Slide title: Pass-By\n• The car stays still\n• A dog moves from the right of the car to the left of the car",
     "dog", "car", LEFTWARD),
    ("So a dog stays still, and a cat moves from the left of the dog over to the right of the dog. The dog doesn't "
     "move at all.",
     "cat", "dog", RIGHTWARD),
    ("Ball stay still o. Cat go move from the right of the ball go the left of the ball, abeg.",
     "cat", "ball", LEFTWARD),
    ("Key Movement\n• A cat moves from the left of the dog to the right of the dog\n• The dog stays still "
     "throughout\nKPI: dog position unchanged",
     "cat", "dog", RIGHTWARD),
    ("ELI5: There's a dog that stays still. A ball rolls from the right of the dog to the left of the dog. The dog "
     "just watches.",
     "ball", "dog", LEFTWARD),
    ("The bird stay still, abeg. Dog go waka from the left of the bird reach the right of the bird o!",
     "dog", "bird", RIGHTWARD),
    ("Slide: Crossing Shot\n• The cat stays still\n• A bird moves from the right of the cat to the left of the "
     "cat\nNext steps: review with stakeholders",
     "bird", "cat", LEFTWARD),
    ("Okay picture a bird that stays still. Then a cat moves from the left of the bird to the right of the bird. Bird "
     "stays put, cat goes by.",
     "cat", "bird", RIGHTWARD),
    ("Oga, the cat stay still o. Bird go fly from the right of the cat go the left of the cat, no wahala.",
     "bird", "cat", LEFTWARD),
    ("Motion Overview\n• The cat stays still\n• A dog moves from the left of the cat to the right of the cat\nKPI: cat "
     "does not move",
     "dog", "cat", RIGHTWARD),
    ("Imagine a dog that stays still. A bird moves from the right of the dog to the left of the dog. The dog doesn't "
     "move, the bird does.",
     "bird", "dog", LEFTWARD),
    ("Abeg, cat stay still. Dog go move from the left of the cat reach the right of the cat sef.",
     "dog", "cat", RIGHTWARD),
    ("Slide title: Flyby\n• The car stays still\n• A bird moves from the right of the car to the left of the "
     "car\nAction item: confirm the car stays still",
     "bird", "car", LEFTWARD),
    ("ELI5: The car stays still. A bird goes from the left of the car to the right of the car. The car is parked, the "
     "bird is moving.",
     "bird", "car", RIGHTWARD),
    ("The bird stay still o. Car go move from the right of the bird go the left of the bird, abeg.",
     "car", "bird", LEFTWARD),
    ("Relative Position\n• The cat stays still\n• A bird moves from the left of the cat to the right of the cat",
     "bird", "cat", RIGHTWARD),
    ("So there's a bird that stays still, and a car moves from the right of the bird to the left of the bird. Bird "
     "stays, car moves.",
     "car", "bird", LEFTWARD),
    ("Abeg o, dog stay still. Bird go fly from the left of the dog reach the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Slide: Motion Path\n• The cat stays still\n• A dog moves from the right of the cat to the left of the cat\nKPI: "
     "cat unchanged",
     "dog", "cat", LEFTWARD),
    ("Okay imagine a dog that stays still. A ball rolls from the left of the dog to the right of the dog. Dog stays, "
     "ball moves!",
     "ball", "dog", RIGHTWARD),
    ("Cat stay still, abeg. Bird go fly from the right of the cat go the left of the cat o.", "bird", "cat", LEFTWARD),
    ("Scene Motion\n• The ball stays still\n• A car moves from the left of the ball to the right of the ball\nAction "
     "item: ball fixed in place",
     "car", "ball", RIGHTWARD),
    ("ELI5: There's a bird that stays still. A cat moves from the right of the bird to the left of the bird. The bird "
     "doesn't go anywhere.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Abeg, look am from above: the car dey the lower left corner first, e go move to the lower right corner, then e "
     "go reach the upper right corner o.",
     "car", BL_BR_TR),
    ("Slide: Route Plan (View From Above)\n• Start: lower left corner\n• Then: upper left corner\n• End: upper right "
     "corner\nSubject: a cat",
     "cat", BL_TL_TR),
    ("ELI5: Imagine looking down from above. A bird starts in the lower right corner, then moves to the lower left "
     "corner, then to the upper left corner. Like a little trip!",
     "bird", BR_BL_TL),
    ("From above, abeg: ball start for the lower right corner, e go roll reach the upper right corner, then e go the "
     "upper left corner sef.",
     "ball", BR_TR_TL),
    ("Route Overview, Seen From Above\n• A dog begins in the lower left corner\n• Moves to the lower right corner\n• "
     "Finishes in the upper right corner\nKPI: all three corners hit in order",
     "dog", BL_BR_TR),
    ("Okay so picture it from above, like you're hovering over it. A car starts in the lower left corner, goes to the "
     "upper left corner, and then to the upper right corner. That's the whole route.",
     "car", BL_TL_TR),
    ("Oga, na from above we dey look. Cat dey the lower right corner first, e waka go the lower left corner, then e "
     "reach the upper left corner.",
     "cat", BR_BL_TL),
    ("Slide title: Flight Route (From Above)\n• Lower right corner → upper right corner → upper left corner\n• "
     "Subject: a bird\nAction item: keep the order as listed",
     "bird", BR_TR_TL),
    ("So imagine you're looking from above. A ball is in the lower left corner. It rolls to the lower right corner, "
     "then to the upper right corner. Done!",
     "ball", BL_BR_TR),
    ("Seen from above o: dog start for the lower left corner, e waka reach the upper left corner, then the upper right "
     "corner. Abeg follow that order.",
     "dog", BL_TL_TR),
    ("Drive Path, Viewed From Above\n• Start: the car in the lower right corner\n• Next: lower left corner\n• End: "
     "upper left corner\nNext steps: sign-off on the route",
     "car", BR_BL_TL),
    ("ELI5: You're looking down from above. A cat starts in the lower right corner, runs to the upper right corner, "
     "then goes to the upper left corner. That's its little loop.",
     "cat", BR_TR_TL),
    ("Abeg, from above: bird go start for the lower left corner, fly go the lower right corner, then reach the upper "
     "right corner o!",
     "bird", BL_BR_TR),
    ("Slide: Ball Route (Seen From Above)\n• Lower left corner\n• Then upper left corner\n• Then upper right "
     "corner\nKPI: ball follows the route in order",
     "ball", BL_TL_TR),
    ("Okay picture it from above. A dog begins in the lower right corner, walks to the lower left corner, and then to "
     "the upper left corner. Good boy, nice route.",
     "dog", BR_BL_TL),
    ("From above, make the car start for the lower right corner. E go move reach the upper right corner, then the "
     "upper left corner. No wahala.",
     "car", BR_TR_TL),
    ("Route Summary (Overhead, From Above)\n• Cat starts: lower left corner\n• Moves to: lower right corner\n• Ends: "
     "upper right corner",
     "cat", BL_BR_TR),
    ("Imagine you're looking from above. A bird starts in the lower left corner, flies to the upper left corner, and "
     "then to the upper right corner. That's all it does!",
     "bird", BL_TL_TR),
    ("Abeg, see am from above: ball dey the lower right corner, e roll go the lower left corner, then e reach the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("Slide title: Walk Route, View From Above\n• Lower right corner, then upper right corner, then upper left "
     "corner\n• Subject: a dog\nAction item: confirm the order",
     "dog", BR_TR_TL),
    ("ELI5: Think of looking down from above. The car starts in the lower left corner, drives to the lower right "
     "corner, and ends in the upper right corner. Vroom.",
     "car", BL_BR_TR),
    ("From above o: the cat start for the lower left corner, run go the upper left corner, then e reach the upper "
     "right corner. Na so e be.",
     "cat", BL_TL_TR),
    ("Flight Plan, Viewed From Above\n• Start: lower right corner\n• Then: lower left corner\n• End: upper left "
     "corner\nSubject: a bird",
     "bird", BR_BL_TL),
    ("So from above: a ball starts in the lower right corner, rolls to the upper right corner, then to the upper left "
     "corner. Easy, that's the path.",
     "ball", BR_TR_TL),
    ("Oga, look am from above. The dog dey the lower left corner, e waka go the lower right corner, then e reach the "
     "upper right corner sef.",
     "dog", BL_BR_TR),
    ("Slide: Car Route (From Above)\n• Lower left corner → upper left corner → upper right corner\nKPI: car visits the "
     "corners in that order",
     "car", BL_TL_TR),
    ("Okay imagine you're above it all, looking down from above. A cat starts in the lower right corner, goes to the "
     "lower left corner, then to the upper left corner. That's it!",
     "cat", BR_BL_TL),
    ("Abeg, from above: bird start for the lower right corner, fly go the upper right corner, then reach the upper "
     "left corner o!",
     "bird", BR_TR_TL),
    ("Route Spec (Seen From Above)\n• A ball starts in the lower left corner\n• Rolls to the lower right corner\n• "
     "Ends in the upper right corner\nNext steps: lock the route",
     "ball", BL_BR_TR),
    ("ELI5: From above, a dog starts in the lower left corner, walks to the upper left corner, and then walks to the "
     "upper right corner. That's the whole thing!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
