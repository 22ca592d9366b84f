"""A held-out set for the layout planner: LVD's stage-1 families, every prompt written by hand.

The earlier blind sets fill templates; here each of the 180 prompts is its own sentence, written the
way different people would ask for the same thing: a director's shot note, a child telling what
they saw, a researcher's trial log, a caption, a storyboard panel. Tense and voice, sentence length
(5 to 40 words), counts as digits or words before or after the noun, colours bound in several ways,
times of every kind for visibility, and directions as words, arrows, diagonals and relations to a
second object all vary. Scenery, weather and style words name nothing to draw.

Each prompt is checked by the same LVD predicate as the other sets, with the object's query word
and the expected answer written beside it. The set was written without running the planner on it,
so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): untouched on the planner it was written against, 122/180 = 67.8% (numeracy 19,
attribution 23, visibility 13, one-object 23, two-object 24, sequential 20 of 30). It then served as a
development set for general fixes (unknown words, routes along edges, clock times): 178/180 after them
(attribution 28/30: colours shared out over a counted group, "painted green, while … bright orange").
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects in the scene and nothing else countable.
_NUMERACY = [
    ("Three sheep graze on a windy hillside.", "sheep", 3),
    ("Give me a locked-off shot of 2 horses standing in fresh snow.", "horse", 2),
    ("I saw five ducks swimming and they were all quacking really loud!", "duck", 5),
    ("Caption: a lone owl perched in the dark, eyes wide open.", "owl", 1),
    ("Storyboard note, panel 4: six goats milling about in a dusty yard.", "goat", 6),
    ("Participants viewed a clip containing exactly four rabbits on a lawn.", "rabbit", 4),
    ("Asleep in a heap on the floor are 3 kittens.", "kitten", 3),
    ("The shot will show seven penguins waddling across the ice.", "penguin", 7),
    ("A quiet beach at dawn where two dogs chase each other along the waterline.", "dog", 2),
    ("How about eight balloons drifting lazily against a pale sky?", "balloon", 8),
    ("Only one cat, curled up asleep, in a sunlit room.", "cat", 1),
    ("For the opening of our short film, I'd like a slow, steady tracking shot down a rain-slicked, empty street "
     "at night where exactly four cars sit parked along the curb, their headlights off.", "car", 4),
    ("We have 2 chickens and they peck at the ground all day long.", "chicken", 2),
    ("Frogs: five. Setting: a rainy night. Camera: static.", "frog", 5),
    ("Pigeons strutting on the pavement: I count nine, and none of them are flying.", "pigeon", 9),
    ("A pair of swans glides across still water in the early morning.", "swan", 2),
    ("In slow motion, 3 tennis balls bounce on a clay court.", "ball", 3),
    ("A herd of four zebras crossing dry grassland, filmed in the style of a nature documentary.", "zebra", 4),
    ("The children's book illustration shows six little pigs in a muddy field.", "pig", 6),
    ("Just the one fox, trotting through deep snow.", "fox", 1),
    ("Seven tortoises lie sunning themselves on warm sand, barely moving.", "tortoise", 7),
    ("In a watercolour animation, two bears fish in shallow water.", "bear", 2),
    ("The drone footage reveals a group of 5 deer resting in a clearing.", "deer", 5),
    ("Please generate a video with exactly three parrots and absolutely nothing else in frame.", "parrot", 3),
    ("one puppy. just one. sitting in the hallway looking sad", "puppy", 1),
    ("Buses wait in a long line at the depot, eight of them, all identical.", "bus", 8),
    ("Under grey clouds, six camels plod slowly across the desert sand.", "camel", 6),
    ("A vintage, grainy home movie of 4 squirrels chasing one another across the lawn.", "squirrel", 4),
    ("On a misty, quiet morning at the edge of a sleepy fishing village, while gulls cry somewhere off "
     "screen, two rowing boats bob gently side by side on the grey water.", "boat", 2),
    ("Lined up in a neat row, five teddy bears sit facing the camera.", "bear", 5),
]

# (prompt, first query, its colour, second query, its colour): LVD names them "<colour> <query>".
_ATTRIBUTION = [
    ("A purple kite flutters above a white van.", "kite", "purple", "van", "white"),
    ("My dog is brown and my ball is yellow!", "dog", "brown", "ball", "yellow"),
    ("Caption: orange cat, green bicycle.", "cat", "orange", "bicycle", "green"),
    ("Frame left, a pink pig; frame right, a gray donkey.", "pig", "pink", "donkey", "gray"),
    ("The director wants the horse to be black and the cart beside it to be red.", "horse", "black", "cart", "red"),
    ("On green grass, a white goat stands next to a black lamb.", "goat", "white", "lamb", "black"),
    ("Stimulus pair 7: a blue cube and a yellow sphere, both static.", "cube", "blue", "sphere", "yellow"),
    ("A rabbit whose fur is completely white hops beside a brown fox.", "rabbit", "white", "fox", "brown"),
    ("There was a red tractor and an orange truck parked by the barn.", "tractor", "red", "truck", "orange"),
    ("Put a yellow duck in the bath next to a pink sponge.", "duck", "yellow", "sponge", "pink"),
    ("The boat is painted green, while the canoe tied up beside it is bright orange.",
     "boat", "green", "canoe", "orange"),
    ("A grey pigeon and a white dove share a crumb.", "pigeon", "grey", "dove", "white"),
    ("Two balloons, one red and one blue, float side by side.", "balloon", "red", "balloon", "blue"),
    ("Researchers placed a black beetle beside a green leaf on the tray.", "beetle", "black", "leaf", "green"),
    ("Close-up of a yellow taxi stuck behind a purple bus in traffic.", "taxi", "yellow", "bus", "purple"),
    ("We'll open on a brown bear sniffing at a blue cooler.", "bear", "brown", "cooler", "blue"),
    ("A cat, pure black from nose to tail, watches a white mouse.", "cat", "black", "mouse", "white"),
    ("Storyboard: pink flamingo, left of frame; gray heron, right of frame.",
     "flamingo", "pink", "heron", "gray"),
    ("For the final scene of our short film, I need a bright green frog sitting perfectly still on a brown log "
     "in the middle of a quiet, misty pond at dusk.", "frog", "green", "log", "brown"),
    ("In the toy box: a red car and a blue train.", "car", "red", "train", "blue"),
    ("An elderly white horse grazes near a young brown pony.", "horse", "white", "pony", "brown"),
    ("A yellow school bus passes a black motorcycle.", "school bus", "yellow", "motorcycle", "black"),
    ("A gray elephant towers over a tiny pink piglet.", "elephant", "gray", "piglet", "pink"),
    ("Left: a blue chair. Right: a red table.", "chair", "blue", "table", "red"),
    ("I dreamt about a green dragon chasing an orange butterfly.", "dragon", "green", "butterfly", "orange"),
    ("A hen that is brown stands a little way off from a rooster that is white.",
     "hen", "brown", "rooster", "white"),
    ("A pink bicycle leans against a yellow wall.", "bicycle", "pink", "wall", "yellow"),
    ("Brown owl on the left, white owl on the right.", "owl", "brown", "owl", "white"),
    ("A small orange goldfish circles a purple castle in its tank.", "goldfish", "orange", "castle", "purple"),
    ("Slowly, a white swan glides past a red rowboat.", "swan", "white", "rowboat", "red"),
]

# (prompt, query): out of view in the first half, in view in the second.
_APPEARS = [
    ("Halfway through the shot, a deer steps into frame and stays there for the rest of it.", "deer"),
    ("The field is empty for the first five seconds of this ten-second clip; then a horse trots in.", "horse"),
    ("A bus pulls into view during the closing seconds of the video.", "bus"),
    ("Mummy, the kitten wasn't there at the start but then it came in at the middle!", "kitten"),
    ("Director's note: keep the frame empty until the midpoint, then let the ambulance roll in.", "ambulance"),
    ("At 0:04 of an 8-second clip, a balloon drifts into frame and remains.", "balloon"),
    ("A squirrel that will not be seen until the second half of the video.", "squirrel"),
    ("In the latter part of the footage a tractor is driven into view.", "tractor"),
    ("Nothing moves on the frozen lake until, past the middle of the clip, a fox wanders onto the ice.", "fox"),
    ("A goose is introduced only in the clip's second half.", "goose"),
    ("Time-lapse: the meadow stays bare for the first half, and a tent is pitched in the second half.", "tent"),
    ("Late in the clip, roughly three quarters of the way through, a rabbit hops into the picture.", "rabbit"),
    ("Visibility schedule for the pony: hidden in the first half, visible in the second.", "pony"),
    ("We had waited ages, and then, right when the clip was half done, a hedgehog finally showed up.", "hedgehog"),
    ("The lot is deserted at the beginning; a police car pulls up around the middle and stays.", "car"),
]

# (prompt, query): in view in the first half, out of view in the second.
_VANISHES = [
    ("A small bird perches on the railing for the opening seconds, then flies off well before the middle.", "bird"),
    ("The cow is there at first; by the midpoint she has wandered out of shot.", "cow"),
    ("In a 10-second clip, show a tram only from 0:00 to 0:05.", "tram"),
    ("The goat was there and then it went away in the middle.", "goat"),
    ("For the first half of the video a bicycle leans against the fence; for the second half, it is gone.",
     "bicycle"),
    ("Before the clip reaches its midpoint, the duck has already paddled out of view.", "duck"),
    ("Early on, a helicopter hovers overhead; it flies away after the first few seconds and is never seen again.",
     "helicopter"),
    ("Storyboard, shot 2: lamb visible in the first half only, then the pasture is empty.", "lamb"),
    ("Over the first half the tortoise is visible; over the second, it is not.", "tortoise"),
    ("A taxi idles at the curb, then drives off; it's out of the picture before the video is half done.", "taxi"),
    ("Trial log: the mouse is in the arena for the first 40% of the recording, then exits and does not return.",
     "mouse"),
    ("Shot on a windless night in an old courtyard, the clip opens on a lantern glowing softly on the cobbles; "
     "well before the first half is over, it is carried away and does not come back.", "lantern"),
    ("The snowman melts away completely by the middle of the clip.", "snowman"),
    ("Only during the beginning of the video can a parrot be seen.", "parrot"),
    ("The puppy will be on screen at the start and will run off before half the running time has passed.",
     "puppy"),
]

# (prompt, query, direction): in view at the start and the end, having moved that way.
_DYNAMIC_ONE = [
    ("A fox trots through the snow from left to right.", "fox", RIGHTWARD),
    ("The tram glides along its rails toward the left side of the picture.", "tram", LEFTWARD),
    ("Camera locked off: the cyclist starts at frame right and finishes at frame left.", "cyclist", LEFTWARD),
    ("Daddy, the ball rolled all the way over to the left!", "ball", LEFTWARD),
    ("A hot-air balloon drifts diagonally from the lower left of the sky to the upper right.", "balloon", RIGHTWARD),
    ("Watch as a skateboard coasts down the ramp, from upper right to lower left.", "skateboard", LEFTWARD),
    ("The bus was driven from the right-hand end of the street to the left-hand end.", "bus", LEFTWARD),
    ("A goose waddles toward the right edge of the screen, starting near the left.", "goose", RIGHTWARD),
    ("Shot 5, storyboard: dog runs L→R across the lawn.", "dog", RIGHTWARD),
    ("Over the course of the video, a sailboat inches leftward across the bay.", "sailboat", LEFTWARD),
    ("Starting beside the right margin, a ladybug crawls until it reaches the left margin.", "ladybug", LEFTWARD),
    ("A kite is blown by the wind from the right side of the sky over to the left.", "kite", LEFTWARD),
    ("Experimental condition B: a single dot translates horizontally, left to right, at constant speed.",
     "dot", RIGHTWARD),
    ("A horse gallops rightward across an open plain under a cloudy sky.", "horse", RIGHTWARD),
    ("The car will start on the left and end up on the right side of the shot.", "car", RIGHTWARD),
    ("Moving from right to left, a hedgehog shuffles over the fallen leaves.", "hedgehog", LEFTWARD),
    ("A paper boat floats down the gutter from the right of the frame to the left.", "boat", LEFTWARD),
    ("My cat walked from the window on the left to the door on the right.", "cat", RIGHTWARD),
    ("A tumbleweed bounces along the desert floor from right to left.", "tumbleweed", LEFTWARD),
    ("Left to right, slowly: a snail.", "snail", RIGHTWARD),
    ("The penguin slid on its belly from the upper left down to the lower right.", "penguin", RIGHTWARD),
    ("A deer bounds toward the left, having started on the far right.", "deer", LEFTWARD),
    ("Wide static shot: an ambulance speeds rightward across the frame and stops at the right edge.",
     "ambulance", RIGHTWARD),
    ("A motorbike moves from the lower-right corner of the picture to the upper-left corner.", "motorbike", LEFTWARD),
    ("Can the puppy go from the left over to the right?", "puppy", RIGHTWARD),
    ("The rolling suitcase is pulled from right to left across the airport floor.", "suitcase", LEFTWARD),
    ("We see a butterfly flutter from one side to the other: it begins on the left and ends on the right.",
     "butterfly", RIGHTWARD),
    ("It's late afternoon on a farm, the light is soft and golden, and a tractor crawls along a muddy lane, "
     "heading steadily toward the right of the frame without ever leaving it.", "tractor", RIGHTWARD),
    ("A freight train rumbles from the right side of the shot to the left side, never leaving the frame.",
     "train", LEFTWARD),
    ("A small robot vacuum travels from the left wall to the right wall of an empty room.", "vacuum", RIGHTWARD),
]

# (prompt, mover, reference, direction): the mover starts on one side of the reference and ends on the other.
_DYNAMIC_TWO = [
    ("A dog starts to the left of a sleeping cat and trots until it is to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The mail truck starts to the right of the mailbox, then drives on and pulls up to the left of it.",
     "truck", "mailbox", LEFTWARD),
    ("A horse gallops past a windmill from left to right.", "horse", "windmill", RIGHTWARD),
    ("Storyboard: scooter passes lamppost, moving right to left.", "scooter", "lamppost", LEFTWARD),
    ("Keep the cow still in the centre; the calf walks from the left of the cow over to the right of it.",
     "calf", "cow", RIGHTWARD),
    ("A rabbit that began on the right-hand side of the log ended up on its left-hand side.",
     "rabbit", "log", LEFTWARD),
    ("The hawk swoops from a spot to the left of the scarecrow to a spot on its right.",
     "hawk", "scarecrow", RIGHTWARD),
    ("There's a bench that never moves, and a jogger runs from the right of it to the left of it.",
     "jogger", "bench", LEFTWARD),
    ("The ball is kicked from the left of the goalkeeper to the right of him.", "ball", "goalkeeper", RIGHTWARD),
    ("At the start the duck is to the right of the rock; at the end it is to the left of the rock.",
     "duck", "rock", LEFTWARD),
    ("A toy train runs partway around the teddy bear, going from the right of the bear to the left of it.",
     "train", "bear", LEFTWARD),
    ("Seen side-on, a sheep wanders from the left of a fence post to the right of it.", "sheep", "post", RIGHTWARD),
    ("A motorcycle overtakes a slow bus: at first the motorcycle is left of the bus, at the end it is right of "
     "the bus.", "motorcycle", "bus", RIGHTWARD),
    ("Let the tortoise stay put while the hare races past it, right to left.", "hare", "tortoise", LEFTWARD),
    ("The goose waddled past the wheelbarrow, right to left.", "goose", "wheelbarrow", LEFTWARD),
    ("I want the drone to fly from left of the tree to right of the tree.", "drone", "tree", RIGHTWARD),
    ("A paper plane glides from the right of the lamp to the left of the lamp.", "plane", "lamp", LEFTWARD),
    ("Positioned to the left of a haystack at first, a fox slinks round it and finishes on the right of it.",
     "fox", "haystack", RIGHTWARD),
    ("A red car (moving) and a blue truck (parked): the car goes from right of the truck to left of the truck.",
     "car", "truck", LEFTWARD),
    ("A pelican flies over a fishing boat from left to right.", "pelican", "boat", RIGHTWARD),
    ("Beginning on the right of the statue, the pigeon hops over until it is left of the statue.",
     "pigeon", "statue", LEFTWARD),
    ("In a wide, static shot of a sleepy farmyard on a grey autumn morning, an old tractor chugs slowly across "
     "in front of the red barn, beginning left of it and stopping right of it.",
     "tractor", "barn", RIGHTWARD),
    ("A toddler crawls from the right of the sofa all the way past it to the left.", "toddler", "sofa", LEFTWARD),
    ("As the camera holds still, a swan glides from the left of a buoy to the right of it.",
     "swan", "buoy", RIGHTWARD),
    ("The lorry is to the right of the petrol pump at first and has moved to the left of the pump by the end.",
     "lorry", "pump", LEFTWARD),
    ("A squirrel scampers past a picnic basket, starting on its left and stopping on its right.",
     "squirrel", "basket", RIGHTWARD),
    ("A camel plods from the right of a palm tree to its left.", "camel", "tree", LEFTWARD),
    ("Earlier the kitten was left of the armchair; now it sits right of the armchair.",
     "kitten", "armchair", RIGHTWARD),
    ("A cyclist rides past a bus stop from right to left.", "cyclist", "bus stop", LEFTWARD),
    ("From the left of the snowman, a husky bounds across until it is to the right of the snowman.",
     "husky", "snowman", RIGHTWARD),
]

# (prompt, query, route): at the route's three stops at the start, the middle and the end.
_SEQUENTIAL = [
    ("Seen from a drone over a parking lot, a red car starts in the bottom-left corner of the frame, drives to "
     "the bottom-right corner, then to the top-right corner.", "car", BL_BR_TR),
    ("Overhead shot. The beetle crawls up the left edge from bottom to top, then along the top edge to the "
     "top-right corner.", "beetle", BL_TL_TR),
    ("A toy boat in a square pool that fills the frame: it begins at the lower right, floats across to the lower left, then up "
     "to "
     "the upper left.", "boat", BR_BL_TL),
    ("Plan view — a toy tank starts bottom right, goes up to top right, then over to top left.", "tank", BR_TR_TL),
    ("The ladybug was at the bottom on the left, then it went to the bottom on the right, and then it went up "
     "to the top on the right.", "ladybug", BL_BR_TR),
    ("Trajectory for the rat: waypoint 1 lower-left quadrant, waypoint 2 upper-left quadrant, waypoint 3 "
     "upper-right quadrant (overhead camera).", "rat", BL_TL_TR),
    ("From straight above, I want the puppy to begin bottom right, scamper to bottom left, and finish top left.",
     "puppy", BR_BL_TL),
    ("Peering straight down at a chessboard that fills the frame, a pawn slides from the lower right corner up to the upper "
     "right, then across "
     "to the upper left.", "pawn", BR_TR_TL),
    ("A taxi, seen from high above, first moves right along the bottom of the frame from the bottom-left corner, "
     "then heads straight up to the top-right corner.", "taxi", BL_BR_TR),
    ("Bird's-eye view over a tennis court: a ball begins in the lower-left corner of the frame, is hit to the upper-left "
     "corner, and finally lands in the upper-right corner.", "ball", BL_TL_TR),
    ("Overhead footage: a lawnmower works its way from the bottom right to the bottom left, and from there to "
     "the top left.", "lawnmower", BR_BL_TL),
    ("The ant in this top-down clip starts at the lower right, walks up the right-hand side to the upper right, "
     "and ends at the upper left.", "ant", BR_TR_TL),
    ("Captured from above, the hen will wander from the bottom-left corner to the bottom-right corner before "
     "ending at the top-right corner.", "hen", BL_BR_TR),
    ("Top view: a robot vacuum begins in the lower left, heads up to the upper left, and turns right into the "
     "upper right.", "vacuum", BL_TL_TR),
    ("Storyboard (overhead): goose bottom-right → bottom-left → top-left.", "goose", BR_BL_TL),
    ("Viewed from the ceiling, a mouse scurries across the kitchen floor from the lower-right corner of the shot to the "
     "upper-right corner, and then along the wall to the upper-left corner.", "mouse", BR_TR_TL),
    ("Drone view of a field: the tractor ploughs from bottom left to bottom right, then turns and ploughs up "
     "to top right.", "tractor", BL_BR_TR),
    ("It starts bottom left, goes to top left, then top right — a kitten, filmed from above.", "kitten", BL_TL_TR),
    ("Overhead, a jeep that was parked in the lower right drove to the lower left and then to the upper left.",
     "jeep", BR_BL_TL),
    ("Seen from above, a turtle crawls from the bottom right corner to the top right corner and then all the "
     "way across to the top left corner.", "turtle", BR_TR_TL),
    ("In an overhead view of a playground, a wagon rolls from the lower left to the lower right, then to the "
     "upper right.", "wagon", BL_BR_TR),
    ("A hockey puck, filmed from directly above the rink, slides from the bottom-left corner of the shot to the top-left "
     "corner and then to the top-right one.", "puck", BL_TL_TR),
    ("From the top, with the paddock filling the frame: the horse starts in the lower right, trots over to the lower left, and "
     "ends "
     "in the upper left.", "horse", BR_BL_TL),
    ("Overhead: a red ball rolls up from the bottom-right corner to the top-right corner, then rolls left into "
     "the top-left corner.", "ball", BR_TR_TL),
    ("Viewed from above, the duck paddles across a pond that fills the whole frame, from the lower-left part "
     "to the lower-right part, ending up in the upper-right part.", "duck", BL_BR_TR),
    ("A bird's-eye clip where a fox leaves the bottom-left corner, runs up the left side to the top-left "
     "corner, then runs along the top to the top-right corner.", "fox", BL_TL_TR),
    ("Overhead camera, tabletop: a wind-up toy mouse sets off from the bottom right, reaches the bottom left, "
     "and ends at the top left.", "mouse", BR_BL_TL),
    ("Satellite-style view of a bay: a cargo ship sails from the lower right of the image up to the upper right, then "
     "across to the upper left.", "ship", BR_TR_TL),
    ("From a balcony high above the yard, we watch a dog lying in the bottom-left corner of our view get up, trot "
     "over to the bottom-right corner, sniff around a while, and then wander up to the top-right "
     "corner.", "dog", BL_BR_TR),
    ("Top-down clip of a motorbike: starting bottom left, it rides up to the top left, then right to the "
     "top right.", "motorbike", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-written prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
