"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a tabloid gossip column ("Sources tell us", "Spotted", "darling", "Exclusive"), where the columnist,
  the celebrities and the readers are never in the video, and the scoop is exactly what the clip shows;
- a medieval herald's proclamation ("Hear ye", "by order of His Majesty", "be it known"), where the
  herald, the crowd, the king and the scroll are never in the video, and what is proclaimed is the clip;
- a legal contract clause ("WHEREAS", "the Party", "hereinafter"), where the parties, the lawyers and the
  document are never in the video, and the clip is what the clause binds the Party to; its clauses are
  lettered only ("(a)", "(b)"), never numbered, and its defined terms ("hereinafter \"the Clip\"")
  name the clip or the scene, never a new thing.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no ordinals, no "the Party of the first part", no lettered
clauses, no "both"). No voice uses a colour word for its own props (no carpets, no seals, no ink), no
idiom hides a class noun or a side (no "exit stage left", no "by right", nothing "left" behind), "Spotted"
always means seen and never a coat, and "still" is only ever said of a relation's second object. A
relation names its second object at both ends and says that object stays still; a route names its
corners "lower" and "upper", now and then "bottom" and "top", and is always seen from above (the contract
sometimes letters its stops). It takes LVD's attribution pairs 10-39 and two-object relations 40-49 and
0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 0792a44 (numeracy 27, visibility 29, dynamic_one 28, sequential 28, the rest 30);
178/180 after the fixes of its own commit (who agrees, asks or proclaims frames the clause, "the Party agrees that",
"be it known that", "By the King's command,", a gossip's "Sources tell us, darling, that", and a recital of who
commissioned the clip names no thing; a crossing goes to the side it reaches); 179/180 with the session's other
fixes (reaching a side of the frame is the move's end, so "enters at the right side ..., it shall fly across the Clip
and reach the left side" is in view from the start). Left: "Nothing else, and our sources swear by it" draws the
sources.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Exclusive, darling: sources tell us the clip shows one moving car from start to finish, and nothing else "
     "whatsoever. You read it here.",
     "car", 1),
    ("Hear ye, hear ye! Be it known that two moving cars shall be seen in the clip from its beginning to its end, "
     "and nothing else besides.",
     "car", 2),
    ("WHEREAS the Party has commissioned a clip, the clip shall contain three moving cars, each in view from start "
     "to finish, and shall contain nothing else.",
     "car", 3),
    ("Spotted, darling: four moving cars, in view from the very start of the clip to the very end. Nothing else, and "
     "our sources swear by it.",
     "car", 4),
    ("By order of His Majesty, be it known: the clip shall show one lively cat, present throughout, and nothing "
     "more.",
     "cat", 1),
    ("The footage (hereinafter \"the Clip\") shall depict two lively cats, visible from beginning to end, and shall "
     "depict nothing else.",
     "cat", 2),
    ("Sources tell us, darling, that three lively cats are on screen the whole way through. Nothing else made the "
     "cut.",
     "cat", 3),
    ("Hear ye! Four lively cats shall fill the clip from start to finish, and be it known that nothing else shall "
     "appear in it.",
     "cat", 4),
    ("The Clip shall show one flying bird, in view throughout, and no other thing; the Party accepts the Clip as so "
     "described.",
     "bird", 1),
    ("Exclusive! Two flying birds, darling, seen from start to finish, and sources say nothing else was anywhere "
     "near them.",
     "bird", 2),
    ("Be it known to all: three flying birds shall be in view from the clip's beginning to its end, and naught else.",
     "bird", 3),
    ("WHEREAS the Clip is to show four flying birds from start to finish, it is hereby agreed that nothing else "
     "shall be shown.",
     "bird", 4),
    ("Darling, the whisper is true: one moving ball, there from start to finish, and absolutely nothing else in the "
     "shot.",
     "ball", 1),
    ("Hear ye, hear ye: two moving balls shall be seen from the clip's opening to its close, and nothing else. So it "
     "is proclaimed.",
     "ball", 2),
    ("The Clip (hereinafter so called) shall contain three moving balls, visible from start to finish, and nothing "
     "further.",
     "ball", 3),
    ("Spotted: four moving balls, in view for the entire clip, darling. Sources confirm that nothing else was seen.",
     "ball", 4),
    ("By royal decree, be it known: one walking dog shall be seen in the clip from start to finish, and nothing "
     "else.",
     "dog", 1),
    ("It is hereby agreed that the Clip depicts two walking dogs, in view throughout, and nothing else of any kind.",
     "dog", 2),
    ("Exclusive, darlings: three walking dogs, seen from the start of the clip to its end, with nothing else in "
     "sight.",
     "dog", 3),
    ("Hear ye! Four walking dogs shall walk the clip from beginning to end; be it known that nothing else shall walk "
     "with them.",
     "dog", 4),
    ("WHEREAS the Party has paid in full, the Clip shall show four moving cars from start to finish, and nothing "
     "else.",
     "car", 4),
    ("Sources tell us two lively cats stole the whole clip, darling, on screen from start to finish while nothing "
     "else got a look in.",
     "cat", 2),
    ("By the King's command, be it known that the clip shall hold one flying bird from start to finish, and nothing "
     "beside it.",
     "bird", 1),
    ("The Clip shall depict two moving balls, visible from beginning to end. No other thing shall be depicted in the "
     "Clip.",
     "ball", 2),
    ("Darling, one walking dog, start to finish, and nothing else at all. Exclusive, and our sources are never "
     "wrong.",
     "dog", 1),
    ("Hear ye: three moving cars shall be seen from the opening of the clip to its close, and no other thing. Be it "
     "known.",
     "car", 3),
    ("It is agreed that the Clip (hereinafter \"the Footage\") shows three lively cats from start to finish, and "
     "nothing else.",
     "cat", 3),
    ("Spotted, darling: four flying birds, seen from start to finish. Nothing else in the clip, our sources whisper.",
     "bird", 4),
    ("Be it known throughout the land: three moving balls shall the clip show from beginning to end, and nothing "
     "more.",
     "ball", 3),
    ("WHEREAS the Clip is delivered as agreed, it shall show four walking dogs in view from start to finish, and "
     "nothing else.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Spotted, darling: a yellow ball beside a pink dog, and the pair stayed in view from start to finish. "
     "Exclusive.",
     "ball", "yellow", "dog", "pink"),
    ("Hear ye! Be it known that a pink bird shall rest beside a gray ball, and both shall remain in the clip from "
     "start to finish.",
     "bird", "pink", "ball", "gray"),
    ("WHEREAS the Clip shows a gray dog beside a purple car, the Party agrees that both remain in view from start to "
     "finish.",
     "dog", "gray", "car", "purple"),
    ("Sources tell us a green cat was seen next to a purple ball for the whole clip, darling. We could not make it "
     "up.",
     "cat", "green", "ball", "purple"),
    ("By order of His Majesty: a green dog and, beside it, a gray ball, both in view from the clip's beginning to "
     "its end.",
     "dog", "green", "ball", "gray"),
    ("The Clip (hereinafter \"the Work\") shall depict a yellow ball next to a pink bird, both visible throughout.",
     "ball", "yellow", "bird", "pink"),
    ("Exclusive! A pink cat cosied up beside a yellow dog, darling, and the two stayed put from start to finish.",
     "cat", "pink", "dog", "yellow"),
    ("Hear ye, hear ye: a brown car, and at its side a yellow ball, shall be seen from beginning to end. So it is "
     "proclaimed.",
     "car", "brown", "ball", "yellow"),
    ("The Party of the first part shall deliver a clip of a brown car with a white dog beside it, both in view from "
     "start to finish.",
     "car", "brown", "dog", "white"),
    ("Darling, sources say an orange dog was spotted beside a brown car the whole clip through. Exclusive to this "
     "column.",
     "dog", "orange", "car", "brown"),
    ("Be it known: a brown ball lies beside an orange cat, and both shall stay in sight from the opening of the clip "
     "to its close.",
     "ball", "brown", "cat", "orange"),
    ("It is hereby agreed that the Clip depicts a gray dog next to an orange ball, each visible from start to "
     "finish.",
     "dog", "gray", "ball", "orange"),
    ("Spotted: a yellow ball and an orange cat, side by side, on screen from start to finish. You heard it here "
     "first, darling.",
     "ball", "yellow", "cat", "orange"),
    ("Hear ye! By the King's command, a purple dog shall stand beside a brown car, and both shall be seen from "
     "beginning to end.",
     "dog", "purple", "car", "brown"),
    ("WHEREAS the Clip shows a gray dog beside a blue car, both shall be kept in view from start to finish "
     "(hereinafter \"the Scene\").",
     "dog", "gray", "car", "blue"),
    ("Sources tell us a white car had an orange bird perched beside it for the entire clip, darling. Exclusive.",
     "car", "white", "bird", "orange"),
    ("Be it known to all: a brown car and a blue bird beside it shall remain in view from start to finish.",
     "car", "brown", "bird", "blue"),
    ("The Clip shall depict a blue car and, next to it, a yellow cat (hereinafter \"the Cat\"), both in view "
     "throughout.",
     "car", "blue", "cat", "yellow"),
    ("Exclusive, darling: a gray cat and a yellow bird, side by side from start to finish, and sources say they got "
     "along famously.",
     "cat", "gray", "bird", "yellow"),
    ("Hear ye, hear ye: a white dog shall sit beside a black car from the clip's beginning to its end. Be it known.",
     "dog", "white", "car", "black"),
    ("WHEREAS the Party requires footage of a red car with a brown bird beside it, both shall be in view from start "
     "to finish.",
     "car", "red", "bird", "brown"),
    ("Spotted: a purple cat lounging beside a green car, darling, the whole clip long. Sources are thrilled.",
     "cat", "purple", "car", "green"),
    ("By order of His Majesty, be it known that a gray car and an orange dog shall stand side by side from start to "
     "finish.",
     "car", "gray", "dog", "orange"),
    ("It is agreed that the Clip shows a red cat beside a gray dog, both visible from beginning to end, and the "
     "Party so accepts.",
     "cat", "red", "dog", "gray"),
    ("Darling, a red dog beside a gray car, from start to finish! Sources tell us it was quite the look.",
     "dog", "red", "car", "gray"),
    ("Hear ye! A purple dog and, at its side, a yellow car shall be seen from the opening of the clip to its close.",
     "dog", "purple", "car", "yellow"),
    ("The Clip (hereinafter \"the Footage\") shall show a red cat next to a gray ball, both in view from start to "
     "finish.",
     "cat", "red", "ball", "gray"),
    ("Exclusive: a brown cat and a blue dog, side by side for the whole clip, darling. Sources say the pair never "
     "parted.",
     "cat", "brown", "dog", "blue"),
    ("Be it known by all: a white dog shall rest beside a red cat, both seen from beginning to end. So it is "
     "proclaimed.",
     "dog", "white", "cat", "red"),
    ("WHEREAS a yellow bird sits beside an orange car, the Clip shall show both from start to finish, and nothing "
     "further is agreed.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Sources tell us there was no car at all in the first half, darling, but in the second half a moving car swept "
     "in and stayed to the end.",
     "car"),
    ("Hear ye! Be it known that no car shall be seen in the first half of the clip; in the second half a moving car "
     "shall appear and remain.",
     "car"),
    ("During the first half of the Clip no car shall be shown; during the second half a moving car shall appear and "
     "remain in view until the end.",
     "car"),
    ("Be it known: the first half of the clip holds no cat, but in the second half a lively cat shall appear and "
     "stay to the end.",
     "cat"),
    ("WHEREAS no cat is present in the first half of the Clip, a lively cat shall appear in the second half and "
     "remain until the end.",
     "cat"),
    ("Fashionably late, darling! No cat in the first half, then a lively cat arrives in the second half and stays to "
     "the very end.",
     "cat"),
    ("The Clip shall show no bird in its first half; in its second half a flying bird shall appear and remain "
     "(hereinafter \"the Arrival\").",
     "bird"),
    ("Exclusive: a flying bird made its entrance only in the second half, darling. The first half? Not a bird in "
     "sight. It stayed to the end.",
     "bird"),
    ("By order of His Majesty, in the first half there shall be no bird; in the second half a flying bird shall "
     "appear and abide to the end.",
     "bird"),
    ("Spotted at last, darling: a moving ball, which turns up in the second half and stays to the end. In the first "
     "half there was no ball at all.",
     "ball"),
    ("Hear ye, hear ye: let no ball be seen in the first half, and in the second half let a moving ball appear and "
     "stay. So it is proclaimed.",
     "ball"),
    ("It is hereby agreed that the first half of the Clip contains no ball, and that a moving ball appears in the "
     "second half and remains to the end.",
     "ball"),
    ("Be it known to all: in the first half there is no dog, and in the second half a walking dog shall appear and "
     "stay until the end.",
     "dog"),
    ("The Party agrees that no dog appears in the first half of the Clip, and that a walking dog appears in the "
     "second half and remains.",
     "dog"),
    ("Sources tell us no dog showed up for the first half, darling, but a walking dog appeared in the second half "
     "and stayed to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("WHEREAS a moving car is shown in the first half of the Clip, it shall be gone in the second half, and no car "
     "shall be shown thereafter.",
     "car"),
    ("Darling, a moving car was there in the first half and then, poof, gone in the second half. No car at all. "
     "Sources are baffled.",
     "car"),
    ("Hear ye! A moving car shall be seen in the first half of the clip, and be it known that in the second half it "
     "shall be gone.",
     "car"),
    ("Exclusive: a lively cat held the screen in the first half, darling, then vanished; in the second half there "
     "was no cat at all.",
     "cat"),
    ("Be it known: a lively cat shall be present in the first half, and in the second half no cat shall remain.",
     "cat"),
    ("The Clip shall show a lively cat during its first half only; during the second half no cat shall be shown.",
     "cat"),
    ("Hear ye, hear ye: a flying bird shall be seen in the first half, and in the second half it shall be gone, and "
     "no bird with it.",
     "bird"),
    ("It is hereby agreed that a flying bird is in view in the first half of the Clip and absent in the second half.",
     "bird"),
    ("Sources tell us a flying bird was there for the first half and had flown by the second half, darling. No bird "
     "in sight after that.",
     "bird"),
    ("The Party agrees that a moving ball appears in the first half of the Clip, and that in the second half there "
     "is no ball.",
     "ball"),
    ("Spotted in the first half: a moving ball. Spotted in the second half: no ball whatsoever, darling. Gone "
     "without a word.",
     "ball"),
    ("By order of His Majesty, a moving ball shall be seen in the first half, and in the second half the ball shall "
     "be gone.",
     "ball"),
    ("Darling, the walking dog made the first half its own, then slipped away; sources say there was no dog in the "
     "second half.",
     "dog"),
    ("Be it known throughout the land: a walking dog shall be seen in the first half, and in the second half there "
     "shall be no dog.",
     "dog"),
    ("WHEREAS a walking dog is present during the first half of the Clip, no dog shall be present during the second "
     "half.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Spotted, darling: a moving car zooming across the frame from the left side to the right side. Sources say it "
     "never slowed.",
     "car", RIGHTWARD),
    ("Be it known: a moving car shall cross the clip from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("The Clip shall show a lively cat running from the left side of the frame to the right side (hereinafter \"the "
     "Crossing\").",
     "cat", RIGHTWARD),
    ("Exclusive! A lively cat dashed from the right edge of the frame all the way to the left edge, darling, and "
     "never looked back.",
     "cat", LEFTWARD),
    ("Hear ye, hear ye: a flying bird shall pass over the clip from the left side of the frame to the right side. So "
     "it is proclaimed.",
     "bird", RIGHTWARD),
    ("WHEREAS a flying bird enters at the right side of the frame, it shall fly across the Clip and reach the left "
     "side.",
     "bird", LEFTWARD),
    ("Sources tell us a moving ball rolled from the left side of the frame clean across to the right side, darling.",
     "ball", RIGHTWARD),
    ("By order of His Majesty, a moving ball shall roll from the right side of the frame to the left side, for all "
     "to behold.",
     "ball", LEFTWARD),
    ("It is hereby agreed that the Clip depicts a walking dog going from the left side of the frame to the right "
     "side.",
     "dog", RIGHTWARD),
    ("Darling, a walking dog strolled from the right of the frame to the left of it, cool as you like. Exclusive.",
     "dog", LEFTWARD),
    ("Be it known to all: a moving car shall drive from the left edge of the frame to the right edge.",
     "car", RIGHTWARD),
    ("The Party requires that a moving car be shown driving from the right side of the frame to the left side, as "
     "hereinafter agreed.",
     "car", LEFTWARD),
    ("Spotted: a lively cat scampering across the frame from the left side to the right side, darling. Sources are "
     "smitten.",
     "cat", RIGHTWARD),
    ("Hear ye! A lively cat shall run from the right side of the frame to the left side. Be it known.",
     "cat", LEFTWARD),
    ("WHEREAS the Clip is to show a flying bird, the bird shall fly from the left side of the frame to the right "
     "side.",
     "bird", RIGHTWARD),
    ("Exclusive, darling: a flying bird swooping from the right side of the frame over to the left side. We saw it "
     "with our own eyes.",
     "bird", LEFTWARD),
    ("By royal decree, be it known that a moving ball shall roll across the clip from the left side of the frame to "
     "the right side.",
     "ball", RIGHTWARD),
    ("The Clip shall depict a moving ball rolling from the right side of the frame to the left side, and the Party "
     "so accepts.",
     "ball", LEFTWARD),
    ("Sources tell us a walking dog sauntered from the left side of the frame over to the right side, darling, "
     "without a care.",
     "dog", RIGHTWARD),
    ("Hear ye, hear ye: a walking dog shall walk from the right side of the frame to the left side. So it is "
     "proclaimed.",
     "dog", LEFTWARD),
    ("It is agreed that a moving car shall travel the width of the frame, from the left side to the right side.",
     "car", RIGHTWARD),
    ("Darling, sources say a moving car raced from the right side of the frame across to the left side. The nerve!",
     "car", LEFTWARD),
    ("Be it known: a lively cat shall go from the left side of the frame to the right side, by order of His Majesty.",
     "cat", RIGHTWARD),
    ("WHEREAS a lively cat starts at the right side of the frame, it shall run to the left side within the Clip.",
     "cat", LEFTWARD),
    ("Spotted, darling: a flying bird gliding from the left side of the frame to the right side. Exclusive, "
     "naturally.",
     "bird", RIGHTWARD),
    ("Hear ye! Let it be known that a flying bird shall fly from the right edge of the frame to the left edge.",
     "bird", LEFTWARD),
    ("The Clip (hereinafter \"the Roll\") shall show a moving ball rolling from the left side of the frame to the "
     "right side.",
     "ball", RIGHTWARD),
    ("Exclusive: a moving ball bounced from the right side of the frame all the way to the left side, darling. "
     "Sources are reeling.",
     "ball", LEFTWARD),
    ("By the King's command, a walking dog shall walk across the clip from the left side of the frame to the right "
     "side.",
     "dog", RIGHTWARD),
    ("The Party agrees that the Clip shows a walking dog moving from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Spotted, darling: the dog stayed still while a cat strolled from the left of the dog to the right of the dog. "
     "Sources are agog.",
     "cat", "dog", RIGHTWARD),
    ("Hear ye! Be it known that the dog shall stay still, and a ball shall roll from the right of the dog to the "
     "left of the dog.",
     "ball", "dog", LEFTWARD),
    ("WHEREAS the bird stays still, a dog shall walk from the left of the bird to the right of the bird within the "
     "Clip.",
     "dog", "bird", RIGHTWARD),
    ("Sources tell us a bird flew from the right of the cat to the left of the cat, darling, and the cat stayed "
     "still throughout.",
     "bird", "cat", LEFTWARD),
    ("By order of His Majesty, the bird shall stay still, and a cat shall run from the left of the bird to the right "
     "of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The Clip shall show the cat staying still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Exclusive: the cat stayed still, darling, while a dog walked from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Hear ye, hear ye: a bird shall fly from the right of the dog to the left of the dog, and the dog shall stay "
     "still.",
     "bird", "dog", LEFTWARD),
    ("It is hereby agreed that the cat stays still and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Darling, the car stayed still and a bird flew from the right of the car to the left of the car. Sources saw it "
     "all.",
     "bird", "car", LEFTWARD),
    ("Be it known to all: the car shall stay still while a bird flies from the left of the car to the right of the "
     "car.",
     "bird", "car", RIGHTWARD),
    ("WHEREAS the bird stays still, a car shall drive from the right of the bird to the left of the bird "
     "(hereinafter \"the Pass\").",
     "car", "bird", LEFTWARD),
    ("Spotted: a bird flying from the left of the cat to the right of the cat, darling, while the cat stayed "
     "perfectly still.",
     "bird", "cat", RIGHTWARD),
    ("Hear ye! The bird shall stay still, and a car shall drive from the right of the bird to the left of the bird. "
     "So it is proclaimed.",
     "car", "bird", LEFTWARD),
    ("The Party agrees that the dog stays still and that a bird flies from the left of the dog to the right of the "
     "dog.",
     "bird", "dog", RIGHTWARD),
    ("Sources tell us the cat stayed still, darling, as a dog trotted from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("By royal decree, a ball shall roll from the left of the dog to the right of the dog, and the dog shall stay "
     "still.",
     "ball", "dog", RIGHTWARD),
    ("The Clip shall depict a bird flying from the right of the cat to the left of the cat while the cat stays "
     "still.",
     "bird", "cat", LEFTWARD),
    ("Exclusive, darling: the ball stayed still and a car drove from the left of the ball to the right of the ball. "
     "Nerves of steel.",
     "car", "ball", RIGHTWARD),
    ("Be it known: the bird shall stay still, and a cat shall run from the right of the bird to the left of the "
     "bird.",
     "cat", "bird", LEFTWARD),
    ("WHEREAS the car stays still, a dog shall walk from the left of the car to the right of the car, as the Party "
     "requires.",
     "dog", "car", RIGHTWARD),
    ("Darling, a ball rolled from the right of the bird to the left of the bird, and the bird stayed still. Sources "
     "confirm.",
     "ball", "bird", LEFTWARD),
    ("Hear ye, hear ye: the dog shall stay still while a ball rolls from the left of the dog to the right of the "
     "dog.",
     "ball", "dog", RIGHTWARD),
    ("It is agreed that the cat stays still and a ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Spotted, darling: a car cruising from the left of the ball to the right of the ball, and the ball stayed still "
     "the whole time.",
     "car", "ball", RIGHTWARD),
    ("By order of His Majesty, a bird shall fly from the right of the cat to the left of the cat, and the cat shall "
     "stay still.",
     "bird", "cat", LEFTWARD),
    ("The Party agrees that the bird stays still and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Sources tell us a dog padded from the right of the cat to the left of the cat while the cat stayed still, "
     "darling.",
     "dog", "cat", LEFTWARD),
    ("Hear ye! The car shall stay still, and a ball shall roll from the left of the car to the right of the car. Be "
     "it known.",
     "ball", "car", RIGHTWARD),
    ("WHEREAS the cat stays still, a dog shall walk from the right of the cat to the left of the cat, and nothing "
     "further is agreed.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Our eye in the sky, darling, looking straight down: a moving car drove from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Be it known: seen from above, a moving car shall drive from the lower left corner to the upper left corner, "
     "and thence to the upper right corner.",
     "car", BL_TL_TR),
    ("The Clip, viewed from above, shall show a moving car that (a) starts at the lower right corner, (b) drives to "
     "the lower left corner and (c) drives on to the upper left corner.",
     "car", BR_BL_TL),
    ("Exclusive overhead shot, darling: a moving car went from the lower right corner to the upper right corner, "
     "then on to the upper left corner.",
     "car", BR_TR_TL),
    ("Hear ye! From on high it shall be seen: a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("WHEREAS the Clip is viewed from directly above, a lively cat shall run from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Sources with a view from above tell us a lively cat ran from the lower right corner to the lower left corner, "
     "then to the upper left corner, darling.",
     "cat", BR_BL_TL),
    ("By order of His Majesty, and as seen from above, a lively cat shall run from the lower right corner to the "
     "upper right corner and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("The Clip shall be a top-down view in which a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Spotted from above, darling: a flying bird went from the lower left corner to the upper left corner, and then "
     "to the upper right corner.",
     "bird", BL_TL_TR),
    ("Hear ye, hear ye: looking down from above, a flying bird shall fly from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("It is hereby agreed that, in a top-down view, a flying bird flies from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Sources tell us, darling, that from overhead a moving ball rolled from the lower left corner to the lower "
     "right corner and then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Be it known to all: seen from on high, a moving ball shall roll from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("WHEREAS the Clip is shot from above, a moving ball shall roll from the lower right corner to the lower left "
     "corner and thereafter to the upper left corner.",
     "ball", BR_BL_TL),
    ("Exclusive, darling, from a top-down view: a moving ball rolled from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("By royal decree: from above, a walking dog shall walk from the lower left corner to the lower right corner, "
     "and thence to the upper right corner.",
     "dog", BL_BR_TR),
    ("The Clip, seen from above, shall show a walking dog that walks from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Spotted from overhead, darling: a walking dog walked from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Hear ye! Seen from above, a walking dog shall walk from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "dog", BR_TR_TL),
    ("The Party agrees that the Clip is viewed from above and that a moving car drives from the bottom left corner "
     "to the bottom right corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("Darling, sources with a top-down view say a lively cat ran from the bottom left corner to the top left corner, "
     "then to the top right corner.",
     "cat", BL_TL_TR),
    ("Be it known: from on high, a flying bird shall fly from the bottom right corner to the bottom left corner, "
     "then to the top left corner.",
     "bird", BR_BL_TL),
    ("WHEREAS the Clip is seen from above, a moving ball shall roll from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Exclusive from above, darling: a walking dog walked from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("Hear ye, hear ye: seen from directly above, a moving car shall drive from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("The Clip shall be viewed from above: a lively cat runs (a) from the lower right corner to the lower left "
     "corner and (b) from there to the upper left corner.",
     "cat", BR_BL_TL),
    ("Sources looking down from above tell us a flying bird flew from the lower right corner to the upper right "
     "corner, then to the upper left corner, darling.",
     "bird", BR_TR_TL),
    ("By order of His Majesty, seen from above, a moving ball shall roll from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("It is agreed that, viewed from above, a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
