"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a superhero comic's panel script ("SPLASH PAGE:", "PANEL:", "PANEL 1 (first half):", "CAPTION:",
  "SFX: WHOOSH!"), where the artist, the reader and any hero are never in the video, a caption or sound
  effect only comments on the clip's own objects, and a numbered panel stands for a half of the clip or
  a stop on a route (never for a count: numeracy panels are unnumbered);
- a hard-boiled noir detective's case notes ("Case notes.", "The city was quiet that night.", "I didn't
  trust it."), where the detective, the city and the night are never in the video, and the asides are
  moods, not things (no rain, smoke or streetlights);
- a customer-support chat transcript ("Agent: ... Customer: ..."), where the agent, the customer and the
  product are never in the video, and the customer says plainly what the clip must show.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no numbered panels, no ticket numbers, no "no one"). No voice
uses a colour word for its own props, and "right" always means the side, never "correct". A relation
names its second object at both ends and says that object stays still. It takes LVD's next draws:
attribution pairs 10-39, and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 219fd77 (the session's first code, the planner as at a844498): 147/180 (numeracy 22,
attribution 29, visibility 21, dynamic_one 25, dynamic_two 27, sequential 23; four prompts raised "found no object");
180/180 after the fixes of its own commit (a support chat's turns read as a chat with each question and its answer,
similes and stressing asides naming no thing, a panel's bare half timing what follows, a "no dog" before a dog's timed
arrival being that dog, a crossing told again being that crossing, and a bounce reaching the place it is said to).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("SPLASH PAGE: One moving car, alone in the frame from start to finish. Nothing else in the shot. SFX: "
     "VRRROOOM!",
     "car", 1),
    ("Case notes. The night was quiet, too quiet. Then the frame gave me two moving cars, there from the opening "
     "to the close, and nothing else. No witnesses. No loose ends.",
     "car", 2),
    ("Agent: Thanks for reaching out! What should your clip show? Customer: Three moving cars, in the frame the "
     "whole time. Nothing else at all. Agent: Got it, three moving cars and nothing else.",
     "car", 3),
    ("PANEL: Four moving cars speed through the frame, all of them there from start to finish. Nothing else "
     "drawn. SFX: VROOOOM!",
     "car", 4),
    ("The night was quiet. In the frame there was one lively cat, prowling from start to finish, and nothing "
     "else at all. I didn't trust it.",
     "cat", 1),
    ("Customer: Hi, my video needs two lively cats. Agent: Happy to help! Should anything else be in it? "
     "Customer: No, just the two lively cats, in the frame from start to end.",
     "cat", 2),
    ("PANEL: Three lively cats tumble around the frame, in shot from the opening to the close. CAPTION: Just the "
     "cats. Nothing else. SFX: MRROW!",
     "cat", 3),
    ("Four lively cats prowled the frame from start to finish, and nothing else did. Cats always know more than "
     "they let on.",
     "cat", 4),
    ("Agent: Good morning! How can I help? Customer: I'd like a clip with one flying bird. Just that bird, in "
     "the frame the whole time, nothing else.",
     "bird", 1),
    ("PANEL: Two flying birds wing across the frame, there from start to finish. Nothing else in the panel. SFX: "
     "FWAP FWAP!",
     "bird", 2),
    ("Three flying birds circled in the frame from start to finish, like they knew something I didn't. There was "
     "nothing else there. There never is.",
     "bird", 3),
    ("Customer: The video should show four flying birds. Agent: Sure thing! Anything else in the frame? "
     "Customer: Nothing else. Four flying birds, the whole clip through.",
     "bird", 4),
    ("SPLASH PAGE: One moving ball bounces through the frame, there the whole time and all alone. SFX: BOING!",
     "ball", 1),
    ("Two moving balls. They rolled through the frame from start to finish like they owned the place, and "
     "nothing else showed its face.",
     "ball", 2),
    ("Agent: What would you like in your clip? Customer: Three moving balls, in the frame from beginning to end, "
     "and nothing else. Agent: Noted!",
     "ball", 3),
    ("PANEL: Four moving balls ricochet around the frame from the opening to the close. Nothing else in shot. "
     "SFX: BA-BOING!",
     "ball", 4),
    ("One walking dog. Only that dog, walking in the frame from start to finish, and nothing else. Some nights "
     "that's all you get.",
     "dog", 1),
    ("Customer: Hello, I need a clip of two walking dogs. Agent: Of course! Should anything else appear? "
     "Customer: No, only the two walking dogs, in the frame the whole time.",
     "dog", 2),
    ("PANEL: Three walking dogs trot through the frame from start to finish. CAPTION: Nothing else in the shot. "
     "SFX: WOOF!",
     "dog", 3),
    ("Four walking dogs came into the frame and stayed in it from beginning to end. Nothing else. A quiet night, "
     "the kind that makes you nervous.",
     "dog", 4),
    ("Agent: Thanks for waiting! What's the video? Customer: One moving car in the frame, start to finish, and "
     "nothing else in it.",
     "car", 1),
    ("PANEL: One lively cat pounces around the frame, there from start to finish. Nothing else drawn. SFX: "
     "MRRROW!",
     "cat", 1),
    ("One flying bird held the frame from start to finish. Nothing else. A bird like that sees everything and "
     "sings to nobody.",
     "bird", 1),
    ("Customer: Can you make it show two moving balls? Agent: Absolutely! Anything else? Customer: Nothing else, "
     "just two moving balls from start to finish.",
     "ball", 2),
    ("PANEL: Two walking dogs pad through the frame from start to finish. Nothing else in the panel. SFX: WOOF! "
     "WOOF!",
     "dog", 2),
    ("Four moving cars worked the frame from start to finish, slow and patient, like they had somewhere to be. "
     "Nothing else moved. Nothing else was there.",
     "car", 4),
    ("Agent: Hi there! What can I do for you? Customer: I need three lively cats in the clip, the whole way "
     "through. Nothing else, please.",
     "cat", 3),
    ("PANEL: Four flying birds swoop through the frame, there from start to finish. CAPTION: Nothing else up "
     "here. SFX: SKREEE!",
     "bird", 4),
    ("One moving ball. It rolled around the frame from start to finish, and nothing else came near it. Some "
     "cases are simple. Most aren't.",
     "ball", 1),
    ("Customer: My clip needs three walking dogs, in frame from start to end. Agent: And nothing else? Customer: "
     "Nothing else. Agent: Perfect, three walking dogs it is.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("PANEL: A yellow ball sits beside a pink dog, both in the frame from start to finish. SFX: BOING!",
     "ball", "yellow", "dog", "pink"),
    ("The night was quiet. A pink bird perched beside a gray ball, and the two of them stayed in the frame from "
     "start to finish, keeping their secrets.",
     "bird", "pink", "ball", "gray"),
    ("Customer: I need a gray dog next to a purple car. Agent: Both in frame the whole time? Customer: Yes, side "
     "by side, start to finish.",
     "dog", "gray", "car", "purple"),
    ("PANEL: A green cat bats at a purple ball beside it. Both stay in the frame the whole time. SFX: PAT!",
     "cat", "green", "ball", "purple"),
    ("A green dog and a gray ball, side by side in the frame from start to finish. Odd pair. In this business, "
     "the odd pairs are trouble.",
     "dog", "green", "ball", "gray"),
    ("Agent: Thanks for contacting us! What's the scene? Customer: A yellow ball with a pink bird beside it, "
     "both in the frame the whole clip.",
     "ball", "yellow", "bird", "pink"),
    ("PANEL: A pink cat and a yellow dog stand side by side, in shot from the opening to the close. CAPTION: "
     "Uneasy allies. SFX: HISS!",
     "cat", "pink", "dog", "yellow"),
    ("The city was quiet that night. A brown car sat parked with a yellow ball beside it, both in the frame from "
     "start to finish. Nobody came for either of them.",
     "car", "brown", "ball", "yellow"),
    ("Customer: Hi! My video should show a brown car and a white dog. Agent: Side by side? Customer: Yes, next "
     "to each other, in the frame from start to end.",
     "car", "brown", "dog", "white"),
    ("PANEL: An orange dog waits beside a brown car. Both hold their spots in the frame the whole time. SFX: "
     "ARF!",
     "dog", "orange", "car", "brown"),
    ("A brown ball lay beside an orange cat, and neither of them moved out of the frame, start to finish. The "
     "cat wasn't talking. Cats never do.",
     "ball", "brown", "cat", "orange"),
    ("Agent: How can I help today? Customer: I want a gray dog sitting next to an orange ball, the pair of them "
     "in the frame the whole clip.",
     "dog", "gray", "ball", "orange"),
    ("PANEL: A yellow ball rests by an orange cat. Both stay in the panel from start to finish. CAPTION: Calm... "
     "for now.",
     "ball", "yellow", "cat", "orange"),
    ("Case notes: a purple dog beside a brown car, the two of them in the frame from start to end. The dog had "
     "seen something. So had the car.",
     "dog", "purple", "car", "brown"),
    ("Customer: The clip needs a gray dog and a blue car, side by side. Agent: In the frame the whole time? "
     "Customer: Yes please, from start to finish.",
     "dog", "gray", "car", "blue"),
    ("PANEL: A white car, an orange bird perched beside it. Both in frame from start to finish. SFX: TWEET!",
     "car", "white", "bird", "orange"),
    ("A brown car and a blue bird. They sat side by side in the frame from start to finish, and neither said a "
     "word.",
     "car", "brown", "bird", "blue"),
    ("Agent: What should the video show? Customer: A blue car with a yellow cat next to it, both in frame the "
     "whole time. Agent: Great, noted.",
     "car", "blue", "cat", "yellow"),
    ("PANEL: A gray cat eyes a yellow bird beside it. Both stay put in the frame from start to finish. SFX: "
     "CHIRP?",
     "cat", "gray", "bird", "yellow"),
    ("A white dog sat beside a black car, in the frame from start to finish. The dog was waiting for somebody. "
     "The car knew who.",
     "dog", "white", "car", "black"),
    ("Customer: Hi, I'd like a red car and a brown bird side by side. Agent: For the whole clip? Customer: Yes, "
     "both in frame from beginning to end.",
     "car", "red", "bird", "brown"),
    ("PANEL: A purple cat lounges beside a green car, the pair in shot from start to finish. SFX: PURRR.",
     "cat", "purple", "car", "green"),
    ("A gray car and an orange dog, side by side in the frame from start to finish. I'd seen stranger partners, "
     "but not many.",
     "car", "gray", "dog", "orange"),
    ("Agent: Thanks for reaching out! Customer: My video should have a red cat next to a gray dog, both in the "
     "frame the whole clip. Agent: Got it!",
     "cat", "red", "dog", "gray"),
    ("PANEL: A red dog guards a gray car beside it. Both hold the frame from start to finish. SFX: GRRR!",
     "dog", "red", "car", "gray"),
    ("A purple dog next to a yellow car. They stayed side by side in the frame from start to finish, and nobody "
     "came to ask why.",
     "dog", "purple", "car", "yellow"),
    ("Customer: I need a red cat with a gray ball beside it. Agent: In the frame the whole time? Customer: Yes, "
     "start to finish.",
     "cat", "red", "ball", "gray"),
    ("PANEL: A brown cat and a blue dog face off side by side, both in frame the whole time. SFX: HISSSS!",
     "cat", "brown", "dog", "blue"),
    ("A white dog and a red cat, side by side in the frame from start to finish, like old partners who didn't "
     "trust each other.",
     "dog", "white", "cat", "red"),
    ("Agent: Hello! What's in your scene? Customer: A yellow bird perched next to an orange car, both in frame "
     "from start to end.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("PANEL 1 (first half of the clip): an empty frame, no car in sight. PANEL 2 (second half): a moving car "
     "appears and stays to the end. SFX: VROOOM!",
     "car"),
    ("For the whole first half, the frame was empty. No car. Then, in the second half, a moving car pulled in "
     "and stayed till the end. I'd been waiting for it.",
     "car"),
    ("Customer: The car shouldn't be there at the start. Agent: So no car in the first half? Customer: Exactly. "
     "A moving car appears only in the second half and stays.",
     "car"),
    ("A lively cat. Not in the first half, not a whisker of it. It showed up in the second half and stuck around "
     "to the end. Cats pick their moments.",
     "cat"),
    ("Agent: How should the clip go? Customer: No cat in the first half. In the second half a lively cat appears "
     "and stays in the frame to the end.",
     "cat"),
    ("PANEL 1: First half. Nothing in frame. PANEL 2: Second half. A lively cat leaps into view and stays! SFX: "
     "MRROW!",
     "cat"),
    ("Customer: I want a flying bird that appears only in the second half. Agent: And the first half? Customer: "
     "No bird at all.",
     "bird"),
    ("CAPTION: For the first half, no bird in the frame. PANEL: In the second half a flying bird swoops in and "
     "stays to the end. SFX: FWOOSH!",
     "bird"),
    ("No bird in the first half. I watched the frame and it gave me nothing. Then, second half, a flying bird "
     "came in and stayed in view till the end.",
     "bird"),
    ("PANEL 1 (first half): no ball anywhere. PANEL 2 (second half): a moving ball bounces into frame and stays! "
     "SFX: BOING!",
     "ball"),
    ("The first half was clean. No ball. Then the second half brought a moving ball into the frame, and it "
     "stayed to the end, like trouble always does.",
     "ball"),
    ("Agent: Can you describe the timing? Customer: A moving ball appears only in the second half of the clip. "
     "No ball in the first half.",
     "ball"),
    ("A walking dog came around in the second half. In the first half, no dog, nothing. It stayed in the frame "
     "to the end, and I didn't like it.",
     "dog"),
    ("Customer: The walking dog should appear only in the second half of the video. Agent: So no dog at all in "
     "the first half? Customer: Exactly.",
     "dog"),
    ("PANEL 1: The first half, no dog in sight. PANEL 2: The second half, a walking dog trots into frame and "
     "stays to the end. SFX: WOOF!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car sat in the frame for the first half. Then it was gone. In the second half, no car. Nobody saw "
     "it go.",
     "car"),
    ("Customer: The moving car should be in the first half only. Agent: And in the second half? Customer: No car "
     "at all, it's gone.",
     "car"),
    ("PANEL 1 (first half): a moving car in frame. SFX: VROOM! PANEL 2 (second half): empty frame. No car. "
     "CAPTION: Gone!",
     "car"),
    ("Agent: What happens in the clip? Customer: A lively cat is in the frame in the first half, then "
     "disappears. No cat in the second half.",
     "cat"),
    ("PANEL 1: First half. A lively cat prowls the frame. PANEL 2: Second half. The cat has vanished, no cat "
     "anywhere. CAPTION: Where did it go?!",
     "cat"),
    ("A lively cat worked the frame through the first half. By the second half it had disappeared, no cat "
     "anywhere. Cats are like that.",
     "cat"),
    ("PANEL 1 (first half): a flying bird in the frame. SFX: FLAP! PANEL 2 (second half): no bird. The frame is "
     "empty.",
     "bird"),
    ("A flying bird was there in the first half, plain as day. By the second half it had vanished. No bird. Not "
     "a trace.",
     "bird"),
    ("Customer: The flying bird should appear only in the first half. Agent: So in the second half there's no "
     "bird? Customer: That's correct, no bird.",
     "bird"),
    ("Agent: Tell me about the ball. Customer: A moving ball is in frame during the first half, then gone. No "
     "ball in the second half.",
     "ball"),
    ("PANEL 1: The first half, a moving ball bounces in the frame. SFX: BOING! PANEL 2: The second half, no "
     "ball. CAPTION: Vanished!",
     "ball"),
    ("First half: a moving ball in the frame, rolling like it had nowhere to be. Second half: no ball. Gone, the "
     "way they all go.",
     "ball"),
    ("PANEL 1 (first half): a walking dog trots through the frame. PANEL 2 (second half): no dog. CAPTION: And "
     "just like that... gone.",
     "dog"),
    ("A walking dog was in the frame for the first half. Then, second half, nothing. No dog. I've seen alibis "
     "fall apart slower.",
     "dog"),
    ("Customer: The walking dog appears in the first half only. Agent: And the second half? Customer: No dog in "
     "the frame.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("PANEL: A moving car speeds from the left side of the frame to the right side. SFX: VRRROOOM! CAPTION: Left "
     "to right, no brakes!",
     "car", RIGHTWARD),
    ("A moving car came in on the right side of the frame and crawled over to the left side. Slow. Careful. Like "
     "it didn't want to be followed.",
     "car", LEFTWARD),
    ("Customer: The car should move from the left to the right. Agent: So a moving car starts on the left side "
     "of the frame and ends on the right side? Customer: Yes.",
     "car", RIGHTWARD),
    ("PANEL: A moving car tears across the frame from the right side to the left side. SFX: SKREEE!",
     "car", LEFTWARD),
    ("The city was quiet that night, until a moving car rolled through the frame from the left side to the right "
     "side without stopping.",
     "car", RIGHTWARD),
    ("Agent: Which way does the car go? Customer: A moving car goes from the right of the frame to the left.",
     "car", LEFTWARD),
    ("A lively cat slipped in on the left side of the frame and ran over to the right side. It didn't look back.",
     "cat", RIGHTWARD),
    ("Customer: I need a lively cat moving from the right to the left. Agent: Starting on the right side of the "
     "frame and ending on the left side? Customer: Yes please.",
     "cat", LEFTWARD),
    ("PANEL: A lively cat dashes from the left side of the frame to the right side! SFX: ZOOM!",
     "cat", RIGHTWARD),
    ("A lively cat. Started on the right side of the frame, ended on the left side. Crossed the whole frame like "
     "it owned it.",
     "cat", LEFTWARD),
    ("Agent: Thanks for holding. What's the clip? Customer: A lively cat running from the left side of the frame "
     "to the right side.",
     "cat", RIGHTWARD),
    ("PANEL: Right to left! A lively cat sprints across the frame, from the right side to the left side. SFX: "
     "FWIP!",
     "cat", LEFTWARD),
    ("Customer: A flying bird, please, crossing from the left side of the frame to the right side. Agent: Got "
     "it, left to right.",
     "bird", RIGHTWARD),
    ("PANEL: A flying bird soars from the right side of the frame to the left side. SFX: WHOOSH!",
     "bird", LEFTWARD),
    ("A flying bird cut across the frame from the left side to the right side, fast and low, like it had a tip "
     "to deliver.",
     "bird", RIGHTWARD),
    ("Agent: What's the motion? Customer: A flying bird flies from the right of the frame over to the left.",
     "bird", LEFTWARD),
    ("PANEL: Left to right across the frame, a flying bird beats its wings hard. SFX: FLAP FLAP FLAP!",
     "bird", RIGHTWARD),
    ("A flying bird came in from the right side of the frame and flew to the left side. I watched it go. Birds "
     "don't explain themselves.",
     "bird", LEFTWARD),
    ("PANEL: A moving ball rolls from the left side of the frame to the right side. SFX: BOING... BOING...",
     "ball", RIGHTWARD),
    ("A moving ball started on the right side of the frame and rolled across to the left side. Nobody pushed it. "
     "Nobody had to.",
     "ball", LEFTWARD),
    ("Customer: The moving ball should roll from the left side of the frame to the right side. Agent: "
     "Understood, left to right!",
     "ball", RIGHTWARD),
    ("PANEL: A moving ball careens from the right side of the frame to the left side! SFX: THWUMP!",
     "ball", LEFTWARD),
    ("A moving ball rolled from the left side of the frame over to the right side, slow as a confession.",
     "ball", RIGHTWARD),
    ("Agent: And the direction? Customer: A moving ball rolling from the right to the left of the frame.",
     "ball", LEFTWARD),
    ("A walking dog ambled from the left side of the frame to the right side. Nose down, tail up, minding its "
     "own business.",
     "dog", RIGHTWARD),
    ("Customer: I want a walking dog that goes from the right side of the frame to the left side. Agent: Sure, "
     "right to left.",
     "dog", LEFTWARD),
    ("PANEL: A walking dog trots from the left side of the frame to the right side. SFX: PAD PAD PAD.",
     "dog", RIGHTWARD),
    ("A walking dog showed up on the right side of the frame and walked to the left side. Took its time. Dogs "
     "always do.",
     "dog", LEFTWARD),
    ("Agent: Which way should the dog walk? Customer: A walking dog from the left of the frame to the right.",
     "dog", RIGHTWARD),
    ("PANEL: A walking dog strolls across the frame from the right side to the left side. CAPTION: Just passing "
     "through. SFX: WOOF!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("PANEL: The car stays still. A bird swoops from the left of the car to the right of the car. SFX: WHOOSH!",
     "bird", "car", RIGHTWARD),
    ("The bird didn't move. It sat still while a car rolled from the right of the bird to the left of the bird, "
     "slow, like a warning.",
     "car", "bird", LEFTWARD),
    ("Customer: The cat stays still the whole time. Agent: And the bird? Customer: A bird flies from the left of "
     "the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("PANEL: A bird holds perfectly still. A car speeds past it, from the right of the bird to the left of the "
     "bird. SFX: VROOM!",
     "car", "bird", LEFTWARD),
    ("The dog stayed still, like it was waiting. A bird flew from the left of the dog to the right of the dog, "
     "and the dog never moved.",
     "bird", "dog", RIGHTWARD),
    ("Agent: How do the animals move? Customer: The cat stays still. A dog walks from the right of the cat to "
     "the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("PANEL: The dog sits still. A ball rolls from the left of the dog to the right of the dog. SFX: BOING!",
     "ball", "dog", RIGHTWARD),
    ("A cat sat still and watched. A bird flew from the right of the cat to the left of the cat. The cat didn't "
     "move. Smart cat.",
     "bird", "cat", LEFTWARD),
    ("Customer: The ball doesn't move. A car drives from the left of the ball to the right of the ball. Agent: "
     "Got it, the ball stays still.",
     "car", "ball", RIGHTWARD),
    ("PANEL: The bird stays frozen in place. A cat creeps from the right of the bird to the left of the bird. "
     "SFX: TIPTOE...",
     "cat", "bird", LEFTWARD),
    ("The car sat still, engine cold. A dog walked from the left of the car to the right of the car and never "
     "looked at it.",
     "dog", "car", RIGHTWARD),
    ("Agent: Describe the motion, please. Customer: The bird stays still, and a ball rolls from the right of the "
     "bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("PANEL: A ball rolls from the left of the dog to the right of the dog. The dog stays still, watching. SFX: "
     "ROLLLL...",
     "ball", "dog", RIGHTWARD),
    ("A ball rolled from the right of the cat to the left of the cat. The cat stayed still. It had seen this "
     "game before.",
     "ball", "cat", LEFTWARD),
    ("Customer: A car drives from the left of the ball to the right of the ball. Agent: And the ball? Customer: "
     "It stays still the whole time.",
     "car", "ball", RIGHTWARD),
    ("PANEL: The cat stays still, eyes wide. A bird flits from the right of the cat to the left of the cat. SFX: "
     "FLUTTER!",
     "bird", "cat", LEFTWARD),
    ("A bird sat still. A dog walked from the left of the bird to the right of the bird, and the bird held its "
     "nerve.",
     "dog", "bird", RIGHTWARD),
    ("Agent: What does the dog do? Customer: It walks from the right of the cat to the left of the cat, and the "
     "cat stays still.",
     "dog", "cat", LEFTWARD),
    ("PANEL: The car is parked, not moving. A ball bounces from the left of the car to the right of the car. "
     "SFX: BOINK!",
     "ball", "car", RIGHTWARD),
    ("The cat kept still. The dog walked from the right of the cat to the left of the cat. Old enemies, passing "
     "in the night.",
     "dog", "cat", LEFTWARD),
    ("Customer: The ball stays still. A bird flies from the left of the ball to the right of the ball. Agent: "
     "Perfect.",
     "bird", "ball", RIGHTWARD),
    ("PANEL: A bird glides from the right of the ball to the left of the ball. The ball doesn't budge. SFX: "
     "WHOOSH!",
     "bird", "ball", LEFTWARD),
    ("The dog held still. A bird flew from the left of the dog to the right of the dog, low and quiet.",
     "bird", "dog", RIGHTWARD),
    ("Agent: And the car? Customer: The car stays still. A bird flies from the right of the car to the left of "
     "the car.",
     "bird", "car", LEFTWARD),
    ("PANEL: The cat sits still. A car zooms from the left of the cat to the right of the cat. SFX: VRRM!",
     "car", "cat", RIGHTWARD),
    ("The ball lay still. A dog walked from the right of the ball to the left of the ball and didn't give it a "
     "glance.",
     "dog", "ball", LEFTWARD),
    ("Customer: A cat moves from the left of the ball to the right of the ball. The ball stays still. Agent: "
     "Noted!",
     "cat", "ball", RIGHTWARD),
    ("PANEL: The ball stays still. A dog walks from the right of the ball to the left of the ball. SFX: SNIFF "
     "SNIFF.",
     "dog", "ball", LEFTWARD),
    ("The bird stayed still. A cat walked from the left of the bird to the right of the bird, slow and casual, "
     "the way cats case a joint.",
     "cat", "bird", RIGHTWARD),
    ("Agent: How should it play out? Customer: The car stays still while a dog walks from the right of the car "
     "to the left of the car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("PANEL 1 (overhead shot, looking straight down): a moving car in the lower left corner. PANEL 2: it reaches "
     "the lower right corner. PANEL 3: it ends in the upper right corner. SFX: VROOM!",
     "car", BL_BR_TR),
    ("Seen from above, the whole thing looked simple. A moving car started in the lower left corner, went up to "
     "the upper left corner, then cut over to the upper right corner. Simple never is.",
     "car", BL_TL_TR),
    ("Customer: It's a top-down view. A moving car starts in the lower right corner, drives to the lower left "
     "corner, then to the upper left corner. Agent: Got it, three stops.",
     "car", BR_BL_TL),
    ("PANEL 1 (top-down): a moving car idles in the lower right corner. PANEL 2: it races up to the upper right "
     "corner. PANEL 3: it finishes in the upper left corner. SFX: SKRRT!",
     "car", BR_TR_TL),
    ("I watched from above. A lively cat in the lower left corner, then the lower right corner, then the upper "
     "right corner. Three stops, no wasted moves.",
     "cat", BL_BR_TR),
    ("Agent: What's the camera angle? Customer: Straight down from above. A lively cat goes from the lower left "
     "corner to the upper left corner, and ends in the upper right corner.",
     "cat", BL_TL_TR),
    ("PANEL 1 (overhead view): a lively cat crouches in the lower right corner. PANEL 2: it darts to the lower "
     "left corner. PANEL 3: it lands in the upper left corner. SFX: POUNCE!",
     "cat", BR_BL_TL),
    ("Top-down, the way I like my views. A lively cat started in the lower right corner, slunk up to the upper "
     "right corner, and ended in the upper left corner.",
     "cat", BR_TR_TL),
    ("Customer: The view is top-down. A flying bird starts in the lower left corner, flies to the lower right "
     "corner, then to the upper right corner. Agent: Perfect, noted.",
     "bird", BL_BR_TR),
    ("PANEL 1 (seen from above): a flying bird in the lower left corner. PANEL 2: it flaps up to the upper left "
     "corner. PANEL 3: it glides to the upper right corner. SFX: WHOOSH!",
     "bird", BL_TL_TR),
    ("From up top, you see everything. A flying bird went from the lower right corner to the lower left corner, "
     "then on to the upper left corner, and it never looked down.",
     "bird", BR_BL_TL),
    ("Agent: And the route? Customer: Seen from above, a flying bird goes from the lower right corner to the "
     "upper right corner, then ends in the upper left corner.",
     "bird", BR_TR_TL),
    ("PANEL 1 (overhead shot): a moving ball in the lower left corner. PANEL 2: it rolls to the lower right "
     "corner. PANEL 3: it stops in the upper right corner. SFX: BONK!",
     "ball", BL_BR_TR),
    ("Seen from overhead, a moving ball rolled from the lower left corner to the upper left corner, then over to "
     "the upper right corner. Somebody had set it in motion. I meant to find out who.",
     "ball", BL_TL_TR),
    ("Customer: Top-down view, please. A moving ball rolls from the bottom right corner to the bottom left "
     "corner, then to the top left corner. Agent: Sounds good!",
     "ball", BR_BL_TL),
    ("PANEL 1 (looking straight down): a moving ball in the lower right corner. PANEL 2: it rolls up to the "
     "upper right corner. PANEL 3: it comes to rest in the upper left corner.",
     "ball", BR_TR_TL),
    ("From above, I tracked a walking dog. Lower left corner first, then the lower right corner, then the upper "
     "right corner. It knew where it was going. Most don't.",
     "dog", BL_BR_TR),
    ("Agent: How does the dog move? Customer: It's a top-down view. A walking dog starts in the lower left "
     "corner, walks to the upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("PANEL 1 (top-down): a walking dog sniffs around the lower right corner. PANEL 2: it trots to the lower "
     "left corner. PANEL 3: it ends up in the upper left corner. SFX: SNIFF!",
     "dog", BR_BL_TL),
    ("Top-down view. A walking dog started in the bottom right corner, walked up to the top right corner, and "
     "ended in the top left corner. Clean route. Too clean.",
     "dog", BR_TR_TL),
    ("Customer: From directly above, a moving car drives from the lower left corner to the lower right corner, "
     "and ends in the upper right corner. Agent: Great, thanks!",
     "car", BL_BR_TR),
    ("PANEL 1 (top-down): a moving car waits in the bottom left corner. PANEL 2: it speeds to the top left "
     "corner. PANEL 3: it screeches into the top right corner. SFX: SKREEE!",
     "car", BL_TL_TR),
    ("From overhead, a lively cat moved like it had a score to settle: lower right corner, then lower left "
     "corner, then upper left corner.",
     "cat", BR_BL_TL),
    ("Agent: What route should the cat take? Customer: Seen from above, a lively cat goes from the lower right "
     "corner to the upper right corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("PANEL 1 (overhead view): a flying bird in the lower left corner. PANEL 2: it swoops to the lower right "
     "corner. PANEL 3: it lands in the upper right corner. SFX: SKREE!",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird started in the lower left corner, flew up to the upper left corner, and "
     "ended in the upper right corner. Birds don't lie.",
     "bird", BL_TL_TR),
    ("Customer: It's a view from straight above. A moving ball starts in the lower right corner, rolls to the "
     "lower left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("PANEL 1 (seen from above): a moving ball in the lower right corner. PANEL 2: it bounces to the upper right "
     "corner. PANEL 3: it settles in the upper left corner. SFX: BOING!",
     "ball", BR_TR_TL),
    ("From overhead, a walking dog walked its beat like an old pro: the lower left corner, then the lower right "
     "corner, then the upper right corner.",
     "dog", BL_BR_TR),
    ("Agent: Last question: what's the view? Customer: Top-down. A walking dog goes from the lower left corner "
     "to the upper left corner, and finishes in the upper right corner.",
     "dog", BL_TL_TR),
]



def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
