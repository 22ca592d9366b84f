"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a tarot reading spoken over the clip ("The card shows ...", "Your future holds ...", "In the past
  position ...", "The spread reveals ..."), where the reader, the cards and the querent are never in
  the video; "the past" and "the future" of the reading are the clip's first and second halves, and
  on a route past, present and future are its start, middle and end;
- a lighthouse keeper's log ("Keeper's log. Watch opened: ...", "Mid-watch: ...", "Watch closed: ...",
  "Nothing further to report."), where the keeper, the tower, the lamp and the sea are never in the
  video, and the watch opening and closing are the clip's start and end;
- a train conductor's announcements ("Ladies and gentlemen, ...", "Calling at ...", "Next stop ...",
  "This service terminates at ...", "Mind the gap."), where the conductor, the train, the platform and
  the passengers are never in the video, and a route's three stops are called in order as corners of an
  overhead view.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 0-29, and two-object relations
40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 1792a3c 150/180 = 83.3% (numeracy 20, attribution 30, visibility 28, one-object 26, two-object 26,
sequential 20 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("The card shows one moving car, alone, and it stays in view from the first frame to the last. "
     "Nothing else is drawn.",
     "car", 1),
    ("Keeper's log. Watch opened on two moving cars and nothing else. Mid-watch: both still in view. "
     "Watch closed: the same. Nothing further to report.",
     "car", 2),
    ("Ladies and gentlemen, on your screens for the whole clip: three moving cars, and nothing else at "
     "all. Mind the gap.",
     "car", 3),
    ("Your future holds four moving cars, every one of them in view from start to finish, with nothing "
     "else beside them.",
     "car", 4),
    ("Keeper's log: sighted one lively cat at the start of the watch. Held in view until the end. No "
     "other sightings.",
     "cat", 1),
    ("This is an announcement: the clip shows two lively cats throughout, first frame to last, and "
     "nothing more.",
     "cat", 2),
    ("In this reading I see three lively cats, present the whole time, and no one and nothing else.",
     "cat", 3),
    ("Watch opened: four lively cats in view. They remained so all watch. Nothing else sighted. Log ends.",
     "cat", 4),
    ("Calling at every moment of the clip: one flying bird, on its own, from beginning to end.",
     "bird", 1),
    ("The card turned over shows two flying birds, only those, in view for the whole of the clip.",
     "bird", 2),
    ("Keeper's log. Three flying birds in sight from the start of the watch to its close; nothing else "
     "recorded.",
     "bird", 3),
    ("Ladies and gentlemen, four flying birds are with us for the entire clip, and nothing else is in "
     "view. Thank you.",
     "bird", 4),
    ("Your reading: one moving ball, seen throughout, from the first frame to the last; nothing more.",
     "ball", 1),
    ("Logged at the opening of the watch: two moving balls. Still logged at its close. Nothing else "
     "seen.",
     "ball", 2),
    ("Announcement for all: three moving balls stay in view the whole way through the clip, and nothing "
     "else appears.",
     "ball", 3),
    ("The spread reveals four moving balls, in view from the opening to the end, and nothing beside "
     "them.",
     "ball", 4),
    ("Watch log: one walking dog in view from start to finish. No other sightings. All quiet.",
     "dog", 1),
    ("Ladies and gentlemen, please note: two walking dogs, in view throughout the clip, and nothing else "
     "at all.",
     "dog", 2),
    ("The card shows three walking dogs; they are there from the first moment to the last, and nothing "
     "else is.",
     "dog", 3),
    ("Keeper's log. Four walking dogs sighted at the opening; all four still sighted at the close. No "
     "other entries.",
     "dog", 4),
    ("Next on this service: two moving cars, in view for the whole clip, with nothing else around.",
     "car", 2),
    ("The reading is simple: one lively cat, alone, present from beginning to end.",
     "cat", 1),
    ("Watch opened and closed on the same sight: three flying birds, and nothing else.",
     "bird", 3),
    ("Ladies and gentlemen, just the one moving ball today, in view from the first frame to the last, "
     "and nothing else.",
     "ball", 1),
    ("Your future holds four walking dogs, all of them in view from start to end, and nothing else.",
     "dog", 4),
    ("Keeper's log: four moving cars in view the whole watch. No other sightings.",
     "car", 4),
    ("Announcement: three lively cats on view for the full length of the clip. Nothing else on view.",
     "cat", 3),
    ("The card shows two flying birds in the opening, and the same two flying birds at the close; "
     "nothing else ever.",
     "bird", 2),
    ("Logged: two moving balls, in view throughout the watch. Nothing further to report.",
     "ball", 2),
    ("Calling at the start, the middle and the end of the clip: one walking dog, and nothing else.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("The card shows a blue cat and a white bird together, both in view for the whole clip.",
     "cat", "blue", "bird", "white"),
    ("Keeper's log. Watch opened: a yellow dog beside a green ball. Watch closed: the pair unchanged. "
     "Nothing further.",
     "dog", "yellow", "ball", "green"),
    ("Ladies and gentlemen, in view from start to finish: a blue dog and an orange car, side by side.",
     "dog", "blue", "car", "orange"),
    ("Your future holds a purple ball next to a blue car, both seen throughout.",
     "ball", "purple", "car", "blue"),
    ("Logged at the opening: a green dog and a black bird, side by side. Still logged at the close.",
     "dog", "green", "bird", "black"),
    ("Announcement: a purple ball and a black cat will be in view together for the entire clip.",
     "ball", "purple", "cat", "black"),
    ("The reading turns up a black car with an orange bird beside it, the two of them there from first "
     "frame to last.",
     "car", "black", "bird", "orange"),
    ("Keeper's log: sighted a black ball and a purple cat, close together, all watch long.",
     "ball", "black", "cat", "purple"),
    ("Calling at this scene: a pink bird and a brown dog, in view side by side from beginning to end.",
     "bird", "pink", "dog", "brown"),
    ("In the present position sits a brown ball, and next to it a blue dog; both stay for the whole "
     "clip.",
     "ball", "brown", "dog", "blue"),
    ("Watch opened on a yellow ball beside a pink dog. Both remained in view. Log ends.",
     "ball", "yellow", "dog", "pink"),
    ("Ladies and gentlemen, please look for a pink bird and a gray ball, together on screen for the "
     "full clip.",
     "bird", "pink", "ball", "gray"),
    ("The card shows a gray dog standing by a purple car, both of them in view throughout.",
     "dog", "gray", "car", "purple"),
    ("Keeper's log. In sight the whole watch: a green cat and a purple ball, side by side.",
     "cat", "green", "ball", "purple"),
    ("This service presents a green dog and a gray ball, next to each other from the first frame to "
     "the last.",
     "dog", "green", "ball", "gray"),
    ("Your reading: a yellow ball, and beside it a pink bird, both there from start to end.",
     "ball", "yellow", "bird", "pink"),
    ("Entry for the watch: a pink cat alongside a yellow dog, both in view start to finish.",
     "cat", "pink", "dog", "yellow"),
    ("Ladies and gentlemen, a brown car and a yellow ball, side by side, for the length of the clip.",
     "car", "brown", "ball", "yellow"),
    ("The card reveals a brown car with a white dog beside it, both present all the way through.",
     "car", "brown", "dog", "white"),
    ("Keeper's log: an orange dog and a brown car in view at the opening of the watch and at its close.",
     "dog", "orange", "car", "brown"),
    ("Announcement: on view together for the whole clip, a brown ball and an orange cat.",
     "ball", "brown", "cat", "orange"),
    ("Your future holds a gray dog and an orange ball side by side, from the first moment to the last.",
     "dog", "gray", "ball", "orange"),
    ("Watch log. A yellow ball and an orange cat, next to one another, in sight all watch. All quiet.",
     "ball", "yellow", "cat", "orange"),
    ("Ladies and gentlemen, a purple dog beside a brown car, both on screen throughout. Mind the gap.",
     "dog", "purple", "car", "brown"),
    ("The card shows a gray dog and a blue car, the two together in view the whole time.",
     "dog", "gray", "car", "blue"),
    ("Keeper's log: a white car, and an orange bird next to it. Both logged from opening to close.",
     "car", "white", "bird", "orange"),
    ("Calling at the whole clip: a brown car and a blue bird, seen side by side throughout.",
     "car", "brown", "bird", "blue"),
    ("In the reading a blue car appears with a yellow cat beside it; both remain in view from start to "
     "end.",
     "car", "blue", "cat", "yellow"),
    ("Logged this watch: a gray cat side by side with a yellow bird, both in sight the entire time.",
     "cat", "gray", "bird", "yellow"),
    ("Ladies and gentlemen, a white dog and a black car share the screen for the full clip.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In the past position, the first half of the clip, there is no car. Your future, the second half, "
     "holds a moving car that appears and stays in view.",
     "car"),
    ("Keeper's log. First half of the watch: no car sighted. Halfway through, a moving car comes into "
     "view and stays there until the close.",
     "car"),
    ("Ladies and gentlemen, for the first half of the clip there is no car. A moving car appears in the "
     "second half and remains until the end.",
     "car"),
    ("The card shows an empty frame for the first half: no cat. In the second half a lively cat "
     "arrives and stays.",
     "cat"),
    ("Watch opened with no cat in view. At mid-watch, halfway through the clip, a lively cat appears; "
     "it is still in view at the close.",
     "cat"),
    ("Announcement: no cat during the first half. From halfway on, a lively cat is in view to the end.",
     "cat"),
    ("Your past holds no bird at all, through the first half. Your future, the second half, brings a "
     "flying bird into view.",
     "bird"),
    ("Keeper's log: no bird in the first half. A flying bird appears in the second half and is logged "
     "until the close.",
     "bird"),
    ("Next stop, the second half of the clip, where a flying bird appears. Before that, in the first "
     "half, no bird at all.",
     "bird"),
    ("The reading opens with no ball in the first half; in the second half a moving ball appears and "
     "remains in view.",
     "ball"),
    ("Watch opened: nothing, no ball. Halfway through, a moving ball comes into sight and stays to the "
     "end of the watch.",
     "ball"),
    ("Ladies and gentlemen, the first half shows no ball. In the second half a moving ball appears and "
     "stays until the end.",
     "ball"),
    ("The card shows no dog in the first half of the clip. In the second half a walking dog appears and "
     "stays.",
     "dog"),
    ("Keeper's log. No dog sighted in the first half. Second half: a walking dog in view, held until the "
     "watch closed.",
     "dog"),
    ("Announcement: a walking dog joins us only in the second half of the clip. During the first half, "
     "no dog is seen.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("The card shows a moving car in the first half of the clip. In the second half the car is gone "
     "and does not return.",
     "car"),
    ("Keeper's log. A moving car in view through the first half. Lost from sight halfway through; no car "
     "for the rest of the watch.",
     "car"),
    ("Ladies and gentlemen, a moving car is with us for the first half only. In the second half there "
     "is no car.",
     "car"),
    ("Your past holds a lively cat, seen through the first half. Your future, the second half, holds no "
     "cat at all.",
     "cat"),
    ("Watch opened on a lively cat, in view for the first half. Halfway through it vanishes; no cat "
     "until the close.",
     "cat"),
    ("Announcement: a lively cat is in view in the first half of the clip and is gone for the whole "
     "second half.",
     "cat"),
    ("The reading shows a flying bird during the first half; it disappears halfway, and the second half "
     "has no bird.",
     "bird"),
    ("Keeper's log: flying bird sighted in the first half. No bird in the second half, through to the "
     "close.",
     "bird"),
    ("Ladies and gentlemen, the flying bird you see in the first half leaves halfway through, and no "
     "bird appears in the second half.",
     "bird"),
    ("The card shows a moving ball in the first half. In the second half, no ball remains in view.",
     "ball"),
    ("Watch log. First half: a moving ball in sight. Second half: no ball anywhere. Log ends.",
     "ball"),
    ("Announcement: a moving ball appears only in the first half of the clip; the second half shows no "
     "ball.",
     "ball"),
    ("Your past holds a walking dog, there in the first half. In your future, the second half, the dog "
     "is gone.",
     "dog"),
    ("Keeper's log. A walking dog in view at the opening, through the first half. Halfway through it "
     "disappears; no dog for the second half.",
     "dog"),
    ("Ladies and gentlemen, a walking dog is in view for the first half of the clip only; no dog in the "
     "second half.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("The card shows a moving car that starts on the left side of the frame and drives across to the "
     "right side by the end.",
     "car", RIGHTWARD),
    ("Keeper's log. Watch opened: a moving car on the right side of the frame. Mid-watch: at the centre. "
     "Watch closed: on the left side.",
     "car", LEFTWARD),
    ("Ladies and gentlemen, a moving car travelling from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Your future holds a moving car that begins on the right side of the frame and ends on the left "
     "side.",
     "car", LEFTWARD),
    ("Logged: a moving car crossing from the left side of the frame at the opening to the right side at "
     "the close.",
     "car", RIGHTWARD),
    ("Announcement: a moving car departs from the right side of the frame and arrives on the left side "
     "at the end of the clip.",
     "car", LEFTWARD),
    ("The card shows a lively cat walking from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Keeper's log: a lively cat on the left side of the frame at the start of the watch, on the right "
     "side by the close.",
     "cat", RIGHTWARD),
    ("Ladies and gentlemen, a lively cat now crossing the frame, from the right side over to the left "
     "side.",
     "cat", LEFTWARD),
    ("In the past position a lively cat sits on the left side of the frame; in the future position it "
     "has walked to the right side.",
     "cat", RIGHTWARD),
    ("Watch opened on a lively cat at the right side of the frame. It moved steadily left; at the close "
     "it was on the left side.",
     "cat", LEFTWARD),
    ("Calling first at the left side of the frame and then at the right side: a lively cat, walking "
     "across.",
     "cat", RIGHTWARD),
    ("The reading shows a flying bird that flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Keeper's log. A flying bird crossing the frame, from the right side at the opening to the left "
     "side at the close.",
     "bird", LEFTWARD),
    ("Ladies and gentlemen, a flying bird starting on the left side of the frame and finishing on the "
     "right side.",
     "bird", RIGHTWARD),
    ("Your future holds a flying bird, first on the right side of the frame, flying over to the left "
     "side by the end.",
     "bird", LEFTWARD),
    ("Logged at the opening: a flying bird on the left side of the frame. Logged at the close: the same "
     "bird on the right side.",
     "bird", RIGHTWARD),
    ("Announcement: a flying bird crosses from the right side of the frame to the left side during the "
     "clip.",
     "bird", LEFTWARD),
    ("The card shows a moving ball rolling from the right side of the frame over to the left side.",
     "ball", LEFTWARD),
    ("Keeper's log: a moving ball on the left side of the frame at the opening; it rolled across and was "
     "on the right side at the close.",
     "ball", RIGHTWARD),
    ("Ladies and gentlemen, a moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("In your reading a moving ball begins on the left side of the frame and rolls to the right side.",
     "ball", RIGHTWARD),
    ("Watch log. Moving ball, right side of the frame at the start; left side of the frame at the end.",
     "ball", LEFTWARD),
    ("Calling at the left side of the frame, then terminating at the right side: a moving ball, rolling "
     "across.",
     "ball", RIGHTWARD),
    ("The card shows a walking dog going from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Keeper's log. Watch opened: a walking dog on the right side of the frame. Watch closed: the dog on "
     "the left side.",
     "dog", LEFTWARD),
    ("Ladies and gentlemen, a walking dog, setting off from the left side of the frame and arriving at "
     "the right side.",
     "dog", RIGHTWARD),
    ("Your future holds a walking dog that walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Logged: a walking dog, left side of the frame at the opening, right side of the frame at the "
     "close.",
     "dog", RIGHTWARD),
    ("Announcement: a walking dog crosses the frame from the right side to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The card shows a dog that stays still, and a cat that starts on the left of the dog and ends on "
     "the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Keeper's log. A dog, still all watch. A ball on the right of the dog at the opening, on the left "
     "of the dog at the close.",
     "ball", "dog", LEFTWARD),
    ("Ladies and gentlemen, a bird stays still while a dog moves from the left of the bird to the right "
     "of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Your future holds a cat that never moves, and a bird passing it, from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Watch opened: a cat on the left of a bird, the bird holding still. Watch closed: the cat on the "
     "right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Announcement: a cat stays still for the whole clip; a bird moves from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The reading shows a dog beginning on the left of a cat and ending on the right of the cat, while "
     "the cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("Keeper's log: a dog, unmoving throughout. A bird on the right of the dog at the opening; on the "
     "left of the dog at the close.",
     "bird", "dog", LEFTWARD),
    ("Ladies and gentlemen, with the cat standing still, a dog crosses from the left of the cat to the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The card shows a car standing still and a bird moving from the right of the car to the left of "
     "the car.",
     "bird", "car", LEFTWARD),
    ("Logged: a car, stationary all watch, and a bird that began on the left of the car and finished on "
     "the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Announcement: a bird stays still; a car moves from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Your past holds a bird on the left of a cat; your future holds the bird on the right of the cat. "
     "The cat stays still.",
     "bird", "cat", RIGHTWARD),
    ("Keeper's log. A bird, still the whole watch. A car on the right of the bird at the opening, then "
     "on the left of the bird at the close.",
     "car", "bird", LEFTWARD),
    ("Ladies and gentlemen, a dog that stays still, and a bird moving from the left of the dog to the "
     "right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("The card shows a cat that does not move, and a dog going from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
    ("Watch opened: a ball on the left of a dog, and the dog not moving. Watch closed: the ball on the "
     "right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Announcement: a bird moves from the right of a cat to the left of the cat; the cat stays still "
     "throughout.",
     "bird", "cat", LEFTWARD),
    ("In the reading a ball stays still, and a car moves from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("Keeper's log: a bird, stationary all watch. A cat on the right of the bird at the opening; the cat "
     "on the left of the bird at the close.",
     "cat", "bird", LEFTWARD),
    ("Ladies and gentlemen, a car stays still while a dog goes from the left of the car to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("The card shows a bird that never moves and a ball passing it, from the right of the bird to the "
     "left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Logged at the opening: a ball on the left of a dog. Logged at the close: the ball on the right of "
     "the dog. The dog did not move.",
     "ball", "dog", RIGHTWARD),
    ("Announcement: a cat stays still; a ball moves from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Your future holds a ball that stays still, and a car that travels from the left of the ball to "
     "the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Keeper's log. A cat, still the whole watch. A bird on the right of the cat at the opening, on the "
     "left of the cat at the close.",
     "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, a bird stays still, and a dog moves from the left of the bird to the right "
     "of the bird.",
     "dog", "bird", RIGHTWARD),
    ("The card shows a cat that stays still and a dog moving from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
    ("Watch log: a car, not moving all watch; a ball on the left of the car at the opening and on the "
     "right of the car at the close.",
     "ball", "car", RIGHTWARD),
    ("Announcement: with the cat holding still, a dog passes from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Ladies and gentlemen, this overhead service for a moving car calls at the lower left corner, then "
     "the lower right corner, and terminates at the upper right corner.",
     "car", BL_BR_TR),
    ("The card, seen from directly above, shows a moving car in the lower left corner at the start, the "
     "upper left corner halfway through, and the upper right corner at the end.",
     "car", BL_TL_TR),
    ("Keeper's log, looking straight down. Watch opened: a moving car in the lower right corner. "
     "Mid-watch: the lower left corner. Watch closed: the upper left corner.",
     "car", BR_BL_TL),
    ("Top-down view. Your past: a moving car in the lower right corner. Your present, halfway "
     "through: the upper right corner. Your future: the upper left corner.",
     "car", BR_TR_TL),
    ("Viewed from overhead, this service starts from the lower left corner with a moving car, next stop "
     "the lower right corner, final stop the upper right corner.",
     "car", BL_BR_TR),
    ("Logged from above: a moving car in the lower left corner at the opening, in the upper left corner "
     "at mid-watch, in the upper right corner at the close.",
     "car", BL_TL_TR),
    ("Seen from directly above, the card shows a lively cat starting in the lower right corner, "
     "reaching the lower left corner halfway through, and ending in the upper left corner.",
     "cat", BR_BL_TL),
    ("Ladies and gentlemen, a lively cat seen from overhead. Calling at the lower right corner, the "
     "upper right corner, and terminating at the upper left corner.",
     "cat", BR_TR_TL),
    ("Keeper's log, view straight down: a lively cat in the lower left corner at the opening, the lower "
     "right corner at mid-watch, and the upper right corner at the close.",
     "cat", BL_BR_TR),
    ("From above, the reading runs so: a lively cat begins in the lower left corner, passes to the upper "
     "left corner by the middle, and finishes in the upper right corner.",
     "cat", BL_TL_TR),
    ("Overhead view. This service, a lively cat, departs the lower right corner, calls at the lower "
     "left corner halfway, and terminates in the upper left corner.",
     "cat", BR_BL_TL),
    ("Logged looking down from above: lively cat, lower right corner at the start; upper right corner "
     "halfway; upper left corner at the end.",
     "cat", BR_TR_TL),
    ("The card, from a top-down view: a flying bird in the lower left corner first, then the lower right "
     "corner, then lastly the upper right corner.",
     "bird", BL_BR_TR),
    ("Ladies and gentlemen, seen from straight above, a flying bird: first stop the lower left corner, "
     "next stop the upper left corner, last stop the upper right corner.",
     "bird", BL_TL_TR),
    ("Keeper's log, overhead view. A flying bird in the lower right corner at the opening; the lower "
     "left corner at mid-watch; the upper left corner at the close.",
     "bird", BR_BL_TL),
    ("Your reading, seen from above: a flying bird begins in the lower right corner, rises to the upper "
     "right corner halfway through, and ends in the upper left corner.",
     "bird", BR_TR_TL),
    ("From directly overhead, calling at the lower left corner, the lower right corner, then the upper "
     "right corner: a flying bird.",
     "bird", BL_BR_TR),
    ("Logged from straight above: a flying bird, lower left corner, then upper left corner at "
     "mid-watch, then upper right corner at the close.",
     "bird", BL_TL_TR),
    ("The card, viewed from above, shows a moving ball in the lower right corner at first, then in the "
     "lower left corner, and finally in the upper left corner.",
     "ball", BR_BL_TL),
    ("Ladies and gentlemen, from an overhead view: a moving ball calling at the lower right corner, "
     "then the upper right corner, terminating at the upper left corner.",
     "ball", BR_TR_TL),
    ("Keeper's log, looking down from above. Opening: a moving ball in the lower left corner. Mid-watch: "
     "lower right corner. Close: upper right corner.",
     "ball", BL_BR_TR),
    ("Top-down view. Your past holds a moving ball in the lower left corner; your present, halfway "
     "through, the upper left corner; and your future, the upper right corner.",
     "ball", BL_TL_TR),
    ("Seen from overhead, this service for a moving ball departs the lower right corner, calls next at "
     "the lower left corner, and ends at the upper left corner.",
     "ball", BR_BL_TL),
    ("Logged from above: a moving ball, lower right corner at the opening, upper right corner halfway, "
     "upper left corner at the close.",
     "ball", BR_TR_TL),
    ("The card, seen from directly above: a walking dog starts in the lower left corner, walks to the "
     "lower right corner by halfway, and ends in the upper right corner.",
     "dog", BL_BR_TR),
    ("Ladies and gentlemen, overhead view: a walking dog, first the lower left corner, then the upper "
     "left corner, terminating at the upper right corner.",
     "dog", BL_TL_TR),
    ("Keeper's log, from straight above. Watch opened: a walking dog in the lower right corner. "
     "Mid-watch: lower left corner. Watch closed: upper left corner.",
     "dog", BR_BL_TL),
    ("From above, your reading: a walking dog in the lower right corner, then the upper right corner "
     "halfway through, then the upper left corner at the end.",
     "dog", BR_TR_TL),
    ("Viewed from overhead, calling at the lower left corner, the lower right corner and finally the "
     "upper right corner: a walking dog.",
     "dog", BL_BR_TR),
    ("Logged from directly above: a walking dog in the lower right corner at the opening, in the upper "
     "right corner at mid-watch, in the upper left corner at the close.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
