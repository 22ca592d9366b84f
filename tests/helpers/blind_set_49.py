"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an auction catalogue's lot descriptions ("Lot fourteen: a short film in which ...", "Condition: ...",
  "Provenance: ...", "Estimate on request"), where the lot, the auction house, the saleroom and the
  bidders are never in the video, and lot numbers are written as words;
- customer reviews of a bought stock clip ("Five stars. Exactly what I needed: ...", "Would buy
  again", "Knocked off a star because ..."), where the reviewer, the stars, the purchase and the
  project it was bought for are never in the video, and ratings are written as words;
- a wine taster's tasting note laid over the clip ("Tasting note: opens with ..., the mid-palate brings
  ..., a long finish of ..."), where the wine, the glass and the taster are figures of speech only, and
  the opening, mid-palate and finish are the clip's start, middle and end.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 10-39, and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 5ab736c 161/180 = 89.4% (numeracy 18, attribution 30, visibility 26, one-object 30, two-object 30,
sequential 27 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Lot fourteen: a short film in which one moving car is in view from the first frame to the last, with "
     "nothing else in the picture. Condition: excellent. Estimate on request.", "car", 1),
    ("Five stars. Exactly what I needed: two moving cars, on screen the whole way through, and nothing else "
     "cluttering the shot. Would buy again.", "car", 2),
    ("Tasting note: three moving cars from the first sip to the last, clean and uncomplicated, with nothing "
     "else on the palate.", "car", 3),
    ("Lot twenty-two: four moving cars, present throughout the film and accompanied by nothing else. "
     "Condition: very good. Estimate on request.", "car", 4),
    ("Four stars. It's just one lively cat for the entire clip, nothing else in it, which is what the listing "
     "promised. Would buy again.", "cat", 1),
    ("Tasting note: two lively cats, opening to finish, and not a trace of anything else.", "cat", 2),
    ("Lot nine: a short film of three lively cats, all visible for its full length. No other subjects. "
     "Estimate on request.", "cat", 3),
    ("Five stars from me. Four lively cats, there from start to end, nothing else in frame. Exactly as "
     "described.", "cat", 4),
    ("Tasting note: a single flying bird, present from the opening to the long finish; nothing else comes "
     "through.", "bird", 1),
    ("Lot thirty-one: two flying birds, seen for the whole of the film, with nothing else in view. "
     "Condition: fine. Estimate on request.", "bird", 2),
    ("Five stars. Three flying birds for the whole clip and absolutely nothing else, just as I wanted. Would "
     "buy again.", "bird", 3),
    ("Tasting note: four flying birds, present from first sip to last, and nothing else besides.", "bird", 4),
    ("Lot seventeen: a short film in which one moving ball is on view throughout. Nothing else is shown. "
     "Estimate on request.", "ball", 1),
    ("Three stars, only because it's short. Two moving balls, the whole clip through, nothing else at all. "
     "Otherwise spot on.", "ball", 2),
    ("Tasting note: three moving balls, opening, mid-palate and finish alike, with nothing else in the "
     "blend.", "ball", 3),
    ("Lot forty: four moving balls, in view for the full length of the film, and nothing more. Condition: as "
     "new. Estimate on request.", "ball", 4),
    ("Five stars. One walking dog from the first second to the last, nothing else in the shot. Would buy "
     "again.", "dog", 1),
    ("Tasting note: two walking dogs throughout, a simple pairing, with nothing else to detect.", "dog", 2),
    ("Lot eleven: three walking dogs, on view for the whole of the film and alone in it. Estimate on "
     "request.", "dog", 3),
    ("Four stars. Four walking dogs the whole time and nothing else, exactly what the description said. Would "
     "buy again.", "dog", 4),
    ("Tasting note: two moving cars, present from opening to finish, and nothing else at any point.", "car",
     2),
    ("Lot twenty-six: one lively cat, in view throughout the film, with no other subject. Condition: good. "
     "Estimate on request.", "cat", 1),
    ("Five stars. Four flying birds, start to finish, nothing else in the whole clip. Would buy again.",
     "bird", 4),
    ("Tasting note: one moving ball, and only one, from the first sip through the finish; nothing else on "
     "the palate.", "ball", 1),
    ("Lot thirty-eight: two walking dogs, seen for the full length of the film, and nothing else. Estimate "
     "on request.", "dog", 2),
    ("Five stars. Three moving cars, in the clip from beginning to end, and that's all there is. Would buy "
     "again.", "car", 3),
    ("Tasting note: four lively cats from opening to finish, nothing else coming through.", "cat", 4),
    ("Lot six: a short film of one flying bird, present from the first frame to the last, with nothing else "
     "in view. Estimate on request.", "bird", 1),
    ("Four stars. Three moving balls the whole way through and nothing else in frame. Would buy again.",
     "ball", 3),
    ("Tasting note: four walking dogs throughout, from the opening to the finish, with nothing else to "
     "find.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Lot fifteen: a short film showing a yellow ball beside a pink dog, both present throughout. Condition: "
     "excellent. Estimate on request.", "ball", "yellow", "dog", "pink"),
    ("Five stars. A pink bird next to a gray ball for the whole clip, exactly what I needed. Would buy "
     "again.", "bird", "pink", "ball", "gray"),
    ("Tasting note: a gray dog alongside a purple car, side by side from the opening to the finish.", "dog",
     "gray", "car", "purple"),
    ("Lot twenty: a green cat and a purple ball, side by side for the length of the film. Estimate on "
     "request.", "cat", "green", "ball", "purple"),
    ("Four stars. A green dog beside a gray ball, the whole clip long, nothing else. Would buy again.", "dog",
     "green", "ball", "gray"),
    ("Tasting note: a yellow ball and a pink bird, next to each other throughout, opening to finish.",
     "ball", "yellow", "bird", "pink"),
    ("Lot twenty-seven: a pink cat beside a yellow dog, both in view for the whole of the film. Condition: "
     "fine. Estimate on request.", "cat", "pink", "dog", "yellow"),
    ("Five stars. A brown car and a yellow ball sit side by side the entire clip. Would buy again.", "car",
     "brown", "ball", "yellow"),
    ("Tasting note: a brown car next to a white dog, side by side from the first sip to the last.", "car",
     "brown", "dog", "white"),
    ("Lot thirty-three: an orange dog and a brown car, next to each other throughout the film. Estimate on "
     "request.", "dog", "orange", "car", "brown"),
    ("Five stars. A brown ball beside an orange cat for the whole clip, just as pictured. Would buy again.",
     "ball", "brown", "cat", "orange"),
    ("Tasting note: a gray dog and an orange ball, side by side from opening to finish.", "dog", "gray",
     "ball", "orange"),
    ("Lot eight: a yellow ball next to an orange cat, both present for the full length of the film. "
     "Estimate on request.", "ball", "yellow", "cat", "orange"),
    ("Four stars. A purple dog beside a brown car, start to finish, nothing else. Would buy again.", "dog",
     "purple", "car", "brown"),
    ("Tasting note: a gray dog alongside a blue car, the two side by side throughout.", "dog", "gray", "car",
     "blue"),
    ("Lot forty-four: a white car and an orange bird, side by side for the whole of the film. Condition: "
     "very good. Estimate on request.", "car", "white", "bird", "orange"),
    ("Five stars. A brown car next to a blue bird the whole clip long. Exactly what I needed.", "car",
     "brown", "bird", "blue"),
    ("Tasting note: a blue car beside a yellow cat, side by side from the first sip to the finish.", "car",
     "blue", "cat", "yellow"),
    ("Lot twelve: a gray cat and a yellow bird, next to each other throughout the film. Estimate on "
     "request.", "cat", "gray", "bird", "yellow"),
    ("Five stars. A white dog beside a black car, both there the entire clip. Would buy again.", "dog",
     "white", "car", "black"),
    ("Tasting note: a red car next to a brown bird, side by side from opening to finish.", "car", "red",
     "bird", "brown"),
    ("Lot nineteen: a purple cat beside a green car, both present throughout the film. Condition: good. "
     "Estimate on request.", "cat", "purple", "car", "green"),
    ("Four stars. A gray car and an orange dog, side by side the whole clip. Would buy again.", "car", "gray",
     "dog", "orange"),
    ("Tasting note: a red cat alongside a gray dog, the pair side by side throughout.", "cat", "red", "dog",
     "gray"),
    ("Lot thirty: a red dog beside a gray car, in view together for the whole of the film. Estimate on "
     "request.", "dog", "red", "car", "gray"),
    ("Five stars. A purple dog next to a yellow car from start to finish, nothing else. Would buy again.",
     "dog", "purple", "car", "yellow"),
    ("Tasting note: a red cat and a gray ball, side by side from the first sip to the last.", "cat", "red",
     "ball", "gray"),
    ("Lot twenty-three: a brown cat beside a blue dog, both present for the full length of the film. "
     "Estimate on request.", "cat", "brown", "dog", "blue"),
    ("Five stars. A white dog and a red cat, next to each other the entire clip. Would buy again.", "dog",
     "white", "cat", "red"),
    ("Tasting note: a yellow bird beside an orange car, side by side from opening to finish.", "bird",
     "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Lot five: a short film whose first half shows no car; in the second half a moving car enters and stays "
     "to the end. Estimate on request.", "car"),
    ("Five stars. Nothing at all for the first half, no car, then a moving car shows up in the second half "
     "and stays until the end. Would buy again.", "car"),
    ("Tasting note: opens with no car whatsoever; a moving car arrives in the second half and lingers right "
     "through the finish.", "car"),
    ("Lot thirteen: no cat during the first half of the film; a lively cat appears in the second half and "
     "remains to the close. Estimate on request.", "cat"),
    ("Four stars. The first half has no cat, then a lively cat turns up in the second half and stays to the "
     "end. Exactly as listed.", "cat"),
    ("Tasting note: a first half with no cat at all, then a lively cat comes through in the second half and "
     "holds to the finish.", "cat"),
    ("Lot twenty-one: a short film in which no bird is seen in the first half; a flying bird appears in the "
     "second half and stays until the end. Estimate on request.", "bird"),
    ("Five stars. No bird in the first half, then a flying bird arrives in the second half and is there till "
     "the end. Would buy again.", "bird"),
    ("Tasting note: opens without any bird; a flying bird emerges in the second half and stays through the "
     "finish.", "bird"),
    ("Lot twenty-nine: the first half of the film shows no ball; in the second half a moving ball comes into "
     "view and stays to the end. Estimate on request.", "ball"),
    ("Five stars. First half: no ball. Second half: a moving ball appears and stays right to the end. Would "
     "buy again.", "ball"),
    ("Tasting note: no ball on the opening; a moving ball comes in for the second half and stays to the "
     "finish.", "ball"),
    ("Lot thirty-five: no dog in the first half of the film; a walking dog enters in the second half and "
     "remains until the end. Estimate on request.", "dog"),
    ("Four stars. There's no dog in the first half, then a walking dog comes in during the second half and "
     "stays to the end. Would buy again.", "dog"),
    ("Tasting note: opens with no dog; a walking dog arrives in the second half and carries through to the "
     "finish.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Five stars. A moving car in the first half, and then in the second half no car at all. Would buy "
     "again.", "car"),
    ("Tasting note: opens with a moving car through the first half; the second half has no car at all.",
     "car"),
    ("Lot seven: a short film showing a moving car in the first half and no car in the second half. "
     "Estimate on request.", "car"),
    ("Tasting note: a lively cat on the opening, present for the first half; in the second half there is "
     "no cat left.", "cat"),
    ("Lot sixteen: a lively cat is visible during the first half only; the second half of the film contains "
     "no cat. Estimate on request.", "cat"),
    ("Four stars. A lively cat for the first half, then no cat in the second half. Exactly what I "
     "needed.", "cat"),
    ("Lot twenty-four: a flying bird in the first half of the film; the second half shows no bird. Estimate "
     "on request.", "bird"),
    ("Five stars. A flying bird is there for the first half and then gone, no bird at all in the second "
     "half. Would buy again.", "bird"),
    ("Tasting note: a flying bird through the first half; by the second half there is no bird, and the "
     "finish is empty.", "bird"),
    ("Four stars. A moving ball in the first half, and in the second half no ball anywhere. Would buy "
     "again.", "ball"),
    ("Tasting note: a moving ball for the first half only; the second half has no ball.", "ball"),
    ("Lot thirty-two: a moving ball during the first half of the film and no ball during the second half. "
     "Estimate on request.", "ball"),
    ("Tasting note: opens with a walking dog for the first half; the second half carries no dog at all.",
     "dog"),
    ("Lot thirty-nine: a walking dog in the first half of the film; no dog in the second half. Estimate on "
     "request.", "dog"),
    ("Five stars. A walking dog for the first half, then in the second half there's no dog left. Would buy "
     "again.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Lot ten: a short film in which a moving car starts on the left side of the frame and ends on the right "
     "side. Estimate on request.", "car", RIGHTWARD),
    ("Five stars. A moving car that starts on the right side of the frame and ends on the left side, exactly "
     "what I needed. Would buy again.", "car", LEFTWARD),
    ("Tasting note: opens with a moving car on the left side, crosses the middle on the mid-palate, and "
     "finishes on the right side.", "car", RIGHTWARD),
    ("Lot eighteen: a moving car travels across the frame from the right side to the left side. Estimate on "
     "request.", "car", LEFTWARD),
    ("Four stars. A moving car goes from the left side of the frame to the right side. Would buy again.",
     "car", RIGHTWARD),
    ("Tasting note: a moving car opening on the right side of the frame and finishing on the left side.",
     "car", LEFTWARD),
    ("Lot twenty-five: a lively cat begins on the left side of the frame and ends on the right side. "
     "Condition: fine. Estimate on request.", "cat", RIGHTWARD),
    ("Five stars. A lively cat walks from the right side of the frame to the left side. Would buy again.",
     "cat", LEFTWARD),
    ("Tasting note: a lively cat on the left side at the opening, mid-frame on the mid-palate, on the right "
     "side at the finish.", "cat", RIGHTWARD),
    ("Lot thirty-four: a lively cat crosses the frame from the right side to the left side. Estimate on "
     "request.", "cat", LEFTWARD),
    ("Four stars. A lively cat that starts on the left side and finishes on the right side of the frame. "
     "Would buy again.", "cat", RIGHTWARD),
    ("Tasting note: a lively cat opening on the right side of the frame, finishing on the left side.", "cat",
     LEFTWARD),
    ("Lot forty-one: a flying bird crosses the frame from the left side to the right side. Estimate on "
     "request.", "bird", RIGHTWARD),
    ("Five stars. A flying bird enters on the right side of the frame and leaves on the left side. Would buy "
     "again.", "bird", LEFTWARD),
    ("Tasting note: a flying bird opens on the left side of the frame and finishes on the right side.",
     "bird", RIGHTWARD),
    ("Lot forty-three: a flying bird that starts on the right side of the frame and ends on the left side. "
     "Estimate on request.", "bird", LEFTWARD),
    ("Five stars. A flying bird goes from the left side of the frame all the way to the right side. Would "
     "buy again.", "bird", RIGHTWARD),
    ("Tasting note: a flying bird on the right side at the opening, the centre at mid-palate, the left side "
     "at the finish.", "bird", LEFTWARD),
    ("Lot forty-five: a moving ball rolls from the left side of the frame to the right side. Estimate on "
     "request.", "ball", RIGHTWARD),
    ("Four stars. A moving ball rolls from the right side of the frame over to the left side. Would buy "
     "again.", "ball", LEFTWARD),
    ("Tasting note: a moving ball opens on the left side and rolls to the right side by the finish.", "ball",
     RIGHTWARD),
    ("Lot forty-six: a moving ball begins on the right side of the frame and ends on the left side. "
     "Estimate on request.", "ball", LEFTWARD),
    ("Five stars. A moving ball starting on the left side of the frame and ending on the right side, just as "
     "described. Would buy again.", "ball", RIGHTWARD),
    ("Tasting note: a moving ball on the right side at the opening, rolling to the left side for the "
     "finish.", "ball", LEFTWARD),
    ("Lot forty-seven: a walking dog, first seen on the left side of the frame, ends on the right side. "
     "Estimate on request.", "dog", RIGHTWARD),
    ("Five stars. A walking dog that goes from the right side of the frame to the left side. Would buy "
     "again.", "dog", LEFTWARD),
    ("Tasting note: a walking dog opens on the left side of the frame, passes the centre on the mid-palate, "
     "and finishes on the right side.", "dog", RIGHTWARD),
    ("Lot forty-eight: a walking dog crosses the frame from the right side to the left side. Estimate on "
     "request.", "dog", LEFTWARD),
    ("Four stars. A walking dog sets off on the left side of the frame and ends up on the right side. Would "
     "buy again.", "dog", RIGHTWARD),
    ("Tasting note: a walking dog on the right side of the frame at the opening, on the left side at the "
     "finish.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Lot fifty: a short film in which a car stays still while a bird moves from the left of the car to the "
     "right of the car. Estimate on request.", "bird", "car", RIGHTWARD),
    ("Five stars. A bird stays still and a car drives from the right of the bird to the left of the bird. "
     "Would buy again.", "car", "bird", LEFTWARD),
    ("Tasting note: a bird on the left of a still cat at the opening, on the right of the cat at the finish; "
     "the cat never moves.", "bird", "cat", RIGHTWARD),
    ("Lot fifty-one: a car moves from the right of a bird to the left of the bird; the bird remains still "
     "throughout. Estimate on request.", "car", "bird", LEFTWARD),
    ("Four stars. A dog stays put while a bird flies from the left of the dog to the right of the dog. Would "
     "buy again.", "bird", "dog", RIGHTWARD),
    ("Tasting note: a dog opens on the right of a cat and finishes on the left of the cat, and the cat stays "
     "still throughout.", "dog", "cat", LEFTWARD),
    ("Lot fifty-two: a dog stays still while a ball rolls from the left of the dog to the right of the dog. "
     "Estimate on request.", "ball", "dog", RIGHTWARD),
    ("Five stars. A bird goes from the right of a cat to the left of the cat, and the cat doesn't move at "
     "all. Would buy again.", "bird", "cat", LEFTWARD),
    ("Tasting note: a ball held still throughout, and a car passing from the left of the ball at the opening "
     "to the right of the ball at the finish.", "car", "ball", RIGHTWARD),
    ("Lot fifty-three: a bird remains still while a cat moves from the right of the bird to the left of the "
     "bird. Estimate on request.", "cat", "bird", LEFTWARD),
    ("Five stars. A car stays still and a dog walks from the left of the car to the right of the car. Would "
     "buy again.", "dog", "car", RIGHTWARD),
    ("Tasting note: a ball opens on the right of a bird and finishes on the left of the bird; the bird stays "
     "still.", "ball", "bird", LEFTWARD),
    ("Lot fifty-four: a ball rolls from the left of a dog to the right of the dog, and the dog does not "
     "move. Estimate on request.", "ball", "dog", RIGHTWARD),
    ("Four stars. A cat sits still while a ball rolls from the right of the cat to the left of the cat. "
     "Would buy again.", "ball", "cat", LEFTWARD),
    ("Tasting note: a car on the left of a still ball at the opening, passing the ball on the mid-palate, on "
     "the right of the ball at the finish.", "car", "ball", RIGHTWARD),
    ("Lot fifty-five: a cat stays still while a bird moves from the right of the cat to the left of the cat. "
     "Estimate on request.", "bird", "cat", LEFTWARD),
    ("Five stars. A bird stays still and a dog walks from the left of the bird to the right of the bird. "
     "Would buy again.", "dog", "bird", RIGHTWARD),
    ("Tasting note: a dog opens on the right of a cat and finishes on the left of the cat; the cat never "
     "moves.", "dog", "cat", LEFTWARD),
    ("Lot fifty-six: a car remains still while a ball rolls from the left of the car to the right of the "
     "car. Estimate on request.", "ball", "car", RIGHTWARD),
    ("Four stars. A cat stays put and a dog goes from the right of the cat to the left of the cat. Would buy "
     "again.", "dog", "cat", LEFTWARD),
    ("Tasting note: a bird on the left of a still ball at the opening, on the right of the ball at the "
     "finish.", "bird", "ball", RIGHTWARD),
    ("Lot fifty-seven: a ball stays still while a bird moves from the right of the ball to the left of the "
     "ball. Estimate on request.", "bird", "ball", LEFTWARD),
    ("Five stars. A dog stays still and a bird flies from the left of the dog to the right of the dog. Would "
     "buy again.", "bird", "dog", RIGHTWARD),
    ("Tasting note: a bird opens on the right of a car and finishes on the left of the car; the car stays "
     "still throughout.", "bird", "car", LEFTWARD),
    ("Lot fifty-eight: a cat remains still while a car drives from the left of the cat to the right of the "
     "cat. Estimate on request.", "car", "cat", RIGHTWARD),
    ("Five stars. A ball stays still and a dog walks from the right of the ball to the left of the ball. "
     "Would buy again.", "dog", "ball", LEFTWARD),
    ("Tasting note: a cat on the left of a still ball at the opening, on the right of the ball at the "
     "finish; the ball never moves.", "cat", "ball", RIGHTWARD),
    ("Lot fifty-nine: a dog moves from the right of a ball to the left of the ball, and the ball remains "
     "still. Estimate on request.", "dog", "ball", LEFTWARD),
    ("Four stars. A bird stays put while a cat walks from the left of the bird to the right of the bird. "
     "Would buy again.", "cat", "bird", RIGHTWARD),
    ("Tasting note: a dog opens on the right of a car and finishes on the left of the car, and the car "
     "stays still.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Lot sixty: a short film shot from directly overhead, in which a moving car starts in the lower left "
     "corner, is in the lower right corner halfway through, and ends in the upper right corner. Estimate on "
     "request.", "car", BL_BR_TR),
    ("Five stars. Top-down view: a lively cat starts in the lower left corner, is in the upper left corner "
     "halfway through, and ends in the upper right corner. Would buy again.", "cat", BL_TL_TR),
    ("Tasting note, seen from straight above: a flying bird opens in the lower right corner, is in the lower "
     "left corner on the mid-palate, and finishes in the upper left corner.", "bird", BR_BL_TL),
    ("Lot sixty-one: an overhead film in which a moving ball starts in the lower right corner, reaches the "
     "upper right corner at the midpoint, and finishes in the upper left corner. Estimate on request.",
     "ball", BR_TR_TL),
    ("Four stars. Filmed from straight above, a walking dog goes from the lower left corner to the lower "
     "right corner by halfway, then on to the upper right corner at the end. Would buy again.", "dog",
     BL_BR_TR),
    ("Tasting note, from overhead: a moving car opens in the lower right corner, moves to the lower left "
     "corner on the mid-palate, and finishes in the upper left corner.", "car", BR_BL_TL),
    ("Lot sixty-two: a top-down film of a lively cat that starts in the lower right corner, is in the upper "
     "right corner halfway through, and ends in the upper left corner. Estimate on request.", "cat",
     BR_TR_TL),
    ("Five stars. Bird's-eye view of a flying bird: lower left corner at the start, lower right corner in the "
     "middle, upper right corner at the end. Would buy again.", "bird", BL_BR_TR),
    ("Tasting note, viewed from above: a moving ball opens in the lower left corner, is in the upper left "
     "corner on the mid-palate, and finishes in the upper right corner.", "ball", BL_TL_TR),
    ("Lot sixty-three: filmed from directly above, a walking dog starts in the lower right corner, is in the "
     "lower left corner at the midpoint, and ends in the upper left corner. Estimate on request.", "dog",
     BR_BL_TL),
    ("Four stars. Overhead shot of a moving car that starts in the lower right corner, is in the upper right "
     "corner halfway, and ends in the upper left corner. Would buy again.", "car", BR_TR_TL),
    ("Tasting note, top-down: a lively cat opens in the lower left corner, reaches the lower right corner on "
     "the mid-palate, and finishes in the upper right corner.", "cat", BL_BR_TR),
    ("Lot sixty-four: an overhead film in which a flying bird starts in the lower left corner, is in the "
     "upper left corner halfway through, and ends in the upper right corner. Estimate on request.", "bird",
     BL_TL_TR),
    ("Five stars. Shot looking straight down: a moving ball starts in the lower right corner, is in the "
     "lower left corner by the middle, and ends in the upper left corner. Would buy again.", "ball",
     BR_BL_TL),
    ("Tasting note, seen from above: a walking dog opens in the lower right corner, is in the upper right "
     "corner on the mid-palate, and finishes in the upper left corner.", "dog", BR_TR_TL),
    ("Lot sixty-five: filmed from overhead, a moving car starts in the lower left corner, is in the upper "
     "left corner at the midpoint, and ends in the upper right corner. Estimate on request.", "car",
     BL_TL_TR),
    ("Four stars. From directly above, a lively cat starts in the lower right corner, is in the lower left "
     "corner halfway through, and ends in the upper left corner. Would buy again.", "cat", BR_BL_TL),
    ("Tasting note, overhead: a flying bird opens in the lower right corner, reaches the upper right corner "
     "on the mid-palate, and finishes in the upper left corner.", "bird", BR_TR_TL),
    ("Lot sixty-six: a top-down film of a moving ball that starts in the lower left corner, is in the lower "
     "right corner halfway through, and ends in the upper right corner. Estimate on request.", "ball",
     BL_BR_TR),
    ("Five stars. Overhead view: a walking dog starts in the lower left corner, is in the upper left corner "
     "in the middle, and ends in the upper right corner. Would buy again.", "dog", BL_TL_TR),
    ("Tasting note, from straight above: a moving car opens in the lower left corner, is in the lower right "
     "corner on the mid-palate, and finishes in the upper right corner.", "car", BL_BR_TR),
    ("Lot sixty-seven: shot from directly above, a lively cat starts in the lower left corner, is in the "
     "upper left corner at the midpoint, and ends in the upper right corner. Estimate on request.", "cat",
     BL_TL_TR),
    ("Five stars. Top-down: a flying bird starts in the lower right corner, is in the lower left corner "
     "halfway through, and ends in the upper left corner. Exactly what I needed.", "bird", BR_BL_TL),
    ("Tasting note, viewed from overhead: a moving ball opens in the lower right corner, is in the upper "
     "right corner on the mid-palate, and finishes in the upper left corner.", "ball", BR_TR_TL),
    ("Lot sixty-eight: an overhead film in which a walking dog starts in the lower left corner, is in the "
     "lower right corner halfway through, and ends in the upper right corner. Estimate on request.", "dog",
     BL_BR_TR),
    ("Four stars. Seen from above, a moving car starts in the lower left corner, is in the upper left corner "
     "by the middle, and ends in the upper right corner. Would buy again.", "car", BL_TL_TR),
    ("Tasting note, top-down: a lively cat opens in the lower right corner, moves to the lower left corner "
     "on the mid-palate, and finishes in the upper left corner.", "cat", BR_BL_TL),
    ("Lot sixty-nine: filmed from straight above, a flying bird starts in the lower right corner, is in the "
     "upper right corner at the midpoint, and ends in the upper left corner. Estimate on request.", "bird",
     BR_TR_TL),
    ("Five stars. From overhead, a moving ball starts in the lower left corner, is in the lower right corner "
     "halfway through, and ends in the upper right corner. Would buy again.", "ball", BL_BR_TR),
    ("Tasting note, seen from above: a walking dog opens in the lower left corner, is in the upper left "
     "corner on the mid-palate, and finishes in the upper right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
