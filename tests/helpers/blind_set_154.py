"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a mathematician's proof ("Let V be the clip.", "Lemma.", "Claim:", "Proposition.", "Proof. By
  inspection.", "Suppose not;", "therefore", "Q.E.D."), where the mathematician, the reader and the page
  are never in the video, and what is proved is the clip; its letters (V, D, n, A and B, x and y, H and
  K) name the clip, its halves or its objects, never anything else, and it writes no digits and numbers
  no lemma;
- a TikTok voice-over opening "POV:" with trend phrases ("it's giving", "main character energy", "no
  notes", "iykyk", "wait for it", "lives rent free in my head", "#fyp", "#foryou"), where the creator,
  the viewers, the phone and the feed are never in the video, and the clip the voice-over talks over is
  the video; no hashtag hides a class noun (no "#dogsoftiktok");
- an Indian-English office e-mail ("Greetings of the day!", "Dear Sir,", "Hi Team,", "As discussed",
  "PFA the requirement", "Kindly do the needful", "revert back at the earliest", "by EOD", "Thanks &
  Regards, Naveen"), where the sender, the addressee, the team and the attachment are never in the
  video, and the clip the mail asks for is the video; numeracy mails open with a greeting only and are
  signed by nobody.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
addressee, no signatory, no creator beside the count) and put no other number word beside it (no
"Lemma 1", no "first frame", no "both", no "no one"). No voice gives its own props a colour (no green
signal, no white paper, no blue ink), no idiom or hashtag hides a class noun or a side (no "#catsoftiktok",
"carbon copy", "left out", "right away" or "all right"), "half" is only said of the clip's halves (never
"on behalf of"), "upper", "lower", "corner", "top" and "bottom" only of a route (never a "top priority"),
and "still" only of a relation's second object (never "still awaiting your reply"). A relation names its
second object at both ends and says that object stays still; a route is always seen from above. It
takes LVD's attribution pairs 60-89 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 173/180 (96.1%) on 4a0a41be (numeracy 28, dynamic_one 29, dynamic_two 27, sequential 29); held back
from every fixer of its session and scored again on its last code: 173/180. 180/180 after the fixes of its own branch in
the next session (fix154 on 662ec485): a new proof reader (proof_voice.py) drops the labels, the close, the proof's
argument after "Proof.", a conclusion restating a labelled statement and a refuted supposition, and says each letter a
"Let" binds in its words ("n equals three" of "the number of lively cats" is three lively cats); and corners listed
with commas alone after a heading ("a cat does lower left corner, lower right corner, ...") stay a route's stops.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Let V be the clip. Claim: V shows exactly one moving car, from its start to its end, and nothing else. Proof: "
     "by inspection of every frame. Q.E.D.",
     "car", 1),
    ("POV: the clip is just two moving cars, start to finish, and nothing else in frame. no because why is this so "
     "satisfying #fyp #foryou",
     "car", 2),
    ("Greetings of the day! Kindly note the clip must show three moving cars from start to end, nothing else. Please "
     "do the needful and revert back at the earliest. Thanks & Regards",
     "car", 3),
    ("Lemma. The clip contains four moving cars throughout, start to end. Proof. Nothing else appears in any frame, "
     "hence the claim. Q.E.D.",
     "car", 4),
    ("POV: you open the clip and it's one lively cat, the whole time, start to end. nothing else. it's giving main "
     "character energy #fyp",
     "cat", 1),
    ("Good morning. This is to inform that the clip must have two lively cats from start to finish and nothing else. "
     "Kindly do the needful and revert back. Thanks and Regards",
     "cat", 2),
    ("Let n denote the number of lively cats in the clip. Claim: n equals three at every moment, start to end, and "
     "nothing else is in view. Therefore the clip shows three lively cats. Q.E.D.",
     "cat", 3),
    ("POV: four lively cats, whole clip, start to finish, nothing else. tell me this isn't peak content #fyp #viral",
     "cat", 4),
    ("Greetings of the day! PFA the requirement: one flying bird, whole clip, start to end, nothing else in frame. "
     "Kindly do the needful at the earliest. Thanks & Regards",
     "bird", 1),
    ("Claim. The clip shows exactly two flying birds from its start to its end. Proof. Suppose something else "
     "appears; by inspection nothing does. Contradiction. Therefore nothing else is in view. Q.E.D.",
     "bird", 2),
    ("POV: three flying birds from the start of the clip to the end and literally nothing else. the vibes are "
     "immaculate #fyp",
     "bird", 3),
    ("Good afternoon. As discussed, the clip should show four flying birds throughout, start to finish, nothing else. "
     "Kindly revert back with confirmation. Thanks & Regards",
     "bird", 4),
    ("Claim: the clip holds exactly one moving ball, from its start to its end, and nothing else. Proof: trivial. "
     "Q.E.D.",
     "ball", 1),
    ("POV: two moving balls, the entire clip, start to finish, and nothing else. oddly satisfying, wait for it #fyp "
     "#satisfying",
     "ball", 2),
    ("Greetings! Kindly ensure the clip has three moving balls from start to end and nothing else. Please do the "
     "needful and revert back by EOD. Regards",
     "ball", 3),
    ("Proposition. The clip shows four moving balls throughout, from start to finish. Proof. By inspection, nothing "
     "else is ever in view. Q.E.D.",
     "ball", 4),
    ("POV: it's one walking dog, start to finish, whole clip, nothing else. no notes #fyp", "dog", 1),
    ("Good morning. Please note: two walking dogs in the clip from start to end, nothing else. Kindly do the needful. "
     "PFA details. Thanks & Regards",
     "dog", 2),
    ("Let D be the clip. Claim: D shows three walking dogs from its start to its end, and nothing else. Proof. "
     "Immediate from inspection. Q.E.D.",
     "dog", 3),
    ("POV: four walking dogs, the whole clip, start to end, nothing else in frame and I'm obsessed #fyp #foryoupage",
     "dog", 4),
    ("Greetings of the day. The clip requires one moving car from start to finish and nothing else. Kindly do the "
     "needful and revert back. Regards",
     "car", 1),
    ("Claim: there are exactly two lively cats in the clip throughout, start to end, and nothing else. Proof. "
     "Trivial. Q.E.D.",
     "cat", 2),
    ("POV: one flying bird, the entire clip, start to finish, nothing else. the serenity is unmatched #fyp", "bird", 1),
    ("Good evening. Kindly note the clip must show four moving balls throughout, start to end, nothing else. Please "
     "revert back at the earliest. Thanks & Regards",
     "ball", 4),
    ("Lemma. The clip has exactly two walking dogs from start to finish, and nothing else is present. Proof. By "
     "inspection. Hence the lemma. Q.E.D.",
     "dog", 2),
    ("POV: three moving cars, start to finish, whole clip, nothing else. this is your sign to watch it #fyp", "car", 3),
    ("Greetings! This is to inform that the clip is to have four lively cats throughout, start to finish, nothing "
     "else. Kindly do the needful. Regards",
     "cat", 4),
    ("Let the clip be given. Claim: it contains three flying birds at all times, start to end, and nothing else. "
     "Therefore the count is three. Q.E.D.",
     "bird", 3),
    ("POV: one moving ball, whole clip, start to end, and nothing else. no thoughts just vibes #fyp", "ball", 1),
    ("Good morning. PFA the brief: four walking dogs for the whole clip, start to finish, nothing else. Kindly do the "
     "needful and revert back ASAP. Thanks & Regards",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Let the clip contain a brown bird and a black ball. Claim: both are in view throughout, side by side. Proof. "
     "Neither leaves the frame at any instant. Q.E.D.",
     "bird", "brown", "ball", "black"),
    ("POV: a brown bird and a blue cat just chilling side by side for the whole clip. the duo we didn't know we "
     "needed #fyp #besties",
     "bird", "brown", "cat", "blue"),
    ("Dear Suresh, Greetings of the day! Kindly arrange the clip with a blue bird and a red car, both in view for the "
     "entire duration. Do the needful and revert back. Thanks & Regards, Anil",
     "bird", "blue", "car", "red"),
    ("Lemma. In the clip, a purple ball sits beside a pink cat, and both are present from start to end. Proof. By "
     "inspection of each frame. Q.E.D.",
     "ball", "purple", "cat", "pink"),
    ("POV: a yellow dog and a red cat hanging out together the entire clip. the besties energy is unmatched #fyp",
     "dog", "yellow", "cat", "red"),
    ("Hi Team, PFA the requirement: a green bird next to a yellow dog, both visible throughout the clip. Kindly do "
     "the needful by EOD and revert back. Regards, Kavitha",
     "bird", "green", "dog", "yellow"),
    ("Let A be a gray car and B a red cat. Claim: A and B stand side by side and are both in view for the whole clip. "
     "Therefore the clip shows a gray car and a red cat. Q.E.D.",
     "car", "gray", "cat", "red"),
    ("POV: a red bird and a black cat are in the same clip start to finish and nobody is fighting. we love growth #fyp",
     "bird", "red", "cat", "black"),
    ("Dear Sir, This is to inform you that the clip should show a white bird and an orange cat together for the full "
     "duration. Kindly do the needful. PFA reference. Thanks & Regards, Venkat",
     "bird", "white", "cat", "orange"),
    ("Claim: a green bird and a black ball are both in view throughout the clip. Proof. Suppose not; then some frame "
     "lacks one of them, which inspection rules out. Q.E.D.",
     "bird", "green", "ball", "black"),
    ("POV: a white cat and a purple bird sharing the frame the whole clip like it's nothing. the duo of the year #fyp",
     "cat", "white", "bird", "purple"),
    ("Good morning Sir, Kindly note the clip must have a green bird beside a purple dog, both in view from start to "
     "end. Please do the needful and revert back at the earliest. Regards, Deepak",
     "bird", "green", "dog", "purple"),
    ("Let the scene be fixed. Lemma. An orange bird and a brown car are present together for the whole clip. Proof. "
     "Immediate. Q.E.D.",
     "bird", "orange", "car", "brown"),
    ("POV: a blue car and a brown bird side by side, whole clip, start to finish. the aesthetic? unmatched #fyp "
     "#aesthetic",
     "car", "blue", "bird", "brown"),
    ("Dear Madam, As per our discussion, the clip is to show a red dog and a purple cat side by side throughout. "
     "Kindly do the needful and revert back. Thanks & Regards, Rajesh",
     "dog", "red", "cat", "purple"),
    ("Claim. The clip shows a purple dog next to a brown cat, both present from its start to its end. Proof. Each "
     "frame contains both. Hence the claim. Q.E.D.",
     "dog", "purple", "cat", "brown"),
    ("POV: a black cat and a blue ball, the entire clip, together. she's guarding it and honestly valid #fyp",
     "cat", "black", "ball", "blue"),
    ("Hi Team, Greetings! PFA the brief: a yellow cat and a black dog together, both in view for the whole clip. "
     "Kindly do the needful. Regards, Lakshmi",
     "cat", "yellow", "dog", "black"),
    ("Let x be a green cat and y a white bird. Claim: x and y are side by side throughout the clip. Proof. Neither "
     "leaves the frame. Therefore both are in view start to end. Q.E.D.",
     "cat", "green", "bird", "white"),
    ("POV: a purple car and a pink cat in the same frame for the whole clip and it's a whole mood #fyp #vibes",
     "car", "purple", "cat", "pink"),
    ("Dear Sir, Kindly note the clip should contain a purple bird next to a red dog, both visible throughout. Please "
     "do the needful and revert back by EOD. Thanks & Regards, Harish",
     "bird", "purple", "dog", "red"),
    ("Lemma. A red dog and a yellow car appear together in the clip, both in view from start to finish. Proof. By "
     "inspection. Q.E.D.",
     "dog", "red", "car", "yellow"),
    ("POV: an orange dog posing next to a brown car the whole clip like it's a runway moment #fyp",
     "dog", "orange", "car", "brown"),
    ("Greetings of the day! Kindly arrange the clip with a gray cat and an orange dog side by side, both present "
     "throughout. Revert back at the earliest. Regards, Pooja",
     "cat", "gray", "dog", "orange"),
    ("Let the clip be given. Claim: a green ball and a pink dog are both present throughout it. Proof. Trivially, "
     "from every frame. Q.E.D.",
     "ball", "green", "dog", "pink"),
    ("POV: a white dog and a pink bird, side by side, the whole clip. this duo lives rent free in my head #fyp",
     "dog", "white", "bird", "pink"),
    ("Dear Team, PFA the requirement: a purple car and a gray ball, both in view for the complete clip. Kindly do the "
     "needful and revert back. Thanks & Regards, Srinivas",
     "car", "purple", "ball", "gray"),
    ("Claim. A yellow dog and a brown cat are side by side from the start of the clip to its end. Proof. Neither ever "
     "leaves the frame. Q.E.D.",
     "dog", "yellow", "cat", "brown"),
    ("POV: a brown ball and a green cat, whole clip, nobody moves an inch. the cat's staring contest era #fyp",
     "ball", "brown", "cat", "green"),
    ("Good morning Sir, As discussed, the clip must show a brown cat and an orange car together throughout. Kindly do "
     "the needful and revert back. Thanks & Regards, Mahesh",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Let the clip be split into its first half and its second half. Claim: no car is present in the first half, and "
     "a moving car appears in the second half and stays to the end. Q.E.D.",
     "car"),
    ("POV: first half of the clip, no car anywhere. second half: a moving car pulls in and stays till the end. wait "
     "for it #fyp",
     "car"),
    ("Dear Sir, Kindly note: no car in the first half of the clip; in the second half a moving car should appear and "
     "remain till the end. Please do the needful. Regards, Naveen",
     "car"),
    ("POV: the first half of the clip is empty, no cat. then in the second half a lively cat walks in and stays. the "
     "entrance #fyp",
     "cat"),
    ("Greetings of the day! PFA the requirement: no cat during the first half of the clip, a lively cat appearing in "
     "the second half and staying till the end. Kindly revert back. Regards, Anita",
     "cat"),
    ("Lemma. There is no cat in the first half of the clip. Claim: a lively cat appears in the second half and "
     "remains until the end. Proof. By inspection of each half. Q.E.D.",
     "cat"),
    ("Hi Team, Kindly ensure there is no bird in the first half of the clip and that a flying bird appears in the "
     "second half and stays to the end. Do the needful. Thanks & Regards, Ramesh",
     "bird"),
    ("Let H be the first half of the clip and K the second half. Claim: no bird is in H; a flying bird appears in K "
     "and remains to the end. Q.E.D.",
     "bird"),
    ("POV: the first half of the clip has no bird at all. second half: a flying bird swoops in and stays till the "
     "end. iykyk #fyp",
     "bird"),
    ("Claim. The first half of the clip contains no ball. In the second half a moving ball appears and stays until "
     "the end. Proof. Immediate. Q.E.D.",
     "ball"),
    ("POV: no ball in the first half of the clip. second half? a moving ball rolls in and stays to the end. the plot "
     "twist #fyp #plottwist",
     "ball"),
    ("Good morning Sir, This is to inform that in the first half of the clip there should be no ball, and in the "
     "second half a moving ball should appear and stay till the end. Kindly do the needful. Regards, Sunil",
     "ball"),
    ("Suppose the clip is cut into halves. Lemma. No dog appears in the first half. Claim: a walking dog appears in "
     "the second half and stays to the end. Q.E.D.",
     "dog"),
    ("POV: you're waiting the whole first half of the clip and there's no dog. then second half, a walking dog "
     "strolls in and stays till the end #fyp",
     "dog"),
    ("Dear Madam, Kindly note no dog is required in the first half of the clip; a walking dog should appear in the "
     "second half and remain till the end. Revert back in case of queries. Thanks & Regards, Geeta",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Dear Sir, Kindly note a moving car should be in view during the first half of the clip, and there should be no "
     "car in the second half. Please do the needful. Regards, Prakash",
     "car"),
    ("Claim. A moving car is present in the first half of the clip, and no car is present in the second half. Proof. "
     "By inspection of each half. Q.E.D.",
     "car"),
    ("POV: a moving car is there the whole first half of the clip and then the second half... no car. gone. vanished "
     "#fyp",
     "car"),
    ("Let the clip be divided into its first half and second half. Claim: a lively cat is in the first half and no "
     "cat is in the second half. Q.E.D.",
     "cat"),
    ("POV: a lively cat in the first half of the clip, and in the second half no cat. she said bye #fyp", "cat"),
    ("Greetings of the day! PFA the brief: a lively cat in the first half of the clip, no cat in the second half. "
     "Kindly do the needful and revert back. Regards, Meena",
     "cat"),
    ("POV: a flying bird in the first half of the clip and then the second half has no bird. blink and you miss it "
     "#fyp",
     "bird"),
    ("Hi Team, Kindly ensure a flying bird is visible in the first half of the clip and no bird is visible in the "
     "second half. Revert back at the earliest. Thanks & Regards, Arun",
     "bird"),
    ("Lemma. A flying bird is in view during the first half of the clip. Claim: no bird is in view during the second "
     "half. Therefore the bird is gone by the second half. Q.E.D.",
     "bird"),
    ("Let the clip have a first half and a second half. Claim: a moving ball is present in the first half and absent "
     "in the second half, where there is no ball. Q.E.D.",
     "ball"),
    ("Good morning, This is to inform that a moving ball should be seen in the first half of the clip, with no ball "
     "in the second half. Kindly do the needful. Regards, Vijay",
     "ball"),
    ("POV: a moving ball in the first half of the clip and by the second half no ball. where did it go?? #fyp #mystery",
     "ball"),
    ("POV: a walking dog in the first half of the clip and then no dog in the second half. he had places to be #fyp",
     "dog"),
    ("Claim. A walking dog is present in the first half of the clip and no dog is present in the second half. Proof. "
     "Trivial. Q.E.D.",
     "dog"),
    ("Dear Sir, Kindly note: a walking dog in the first half of the clip, no dog in the second half. Please do the "
     "needful and revert back by EOD. Thanks & Regards, Kiran",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Let a moving car start at the left side of the frame. Claim: it ends at the right side of the frame. Proof. It "
     "travels left to right throughout. Q.E.D.",
     "car", RIGHTWARD),
    ("POV: a moving car cruising from the right side of the frame to the left side and it's so smooth #fyp #smooth",
     "car", LEFTWARD),
    ("Dear Sir, Kindly note the moving car should travel from the left side of the frame to the right side. Please do "
     "the needful. Regards, Manoj",
     "car", RIGHTWARD),
    ("Claim. A moving car crosses the frame from the right side to the left side. Proof. Compare its position at the "
     "start and at the end. Q.E.D.",
     "car", LEFTWARD),
    ("POV: a moving car enters on the left side of the frame and exits on the right side. the satisfaction #fyp",
     "car", RIGHTWARD),
    ("Greetings of the day! PFA the requirement: a moving car going from the right side of the frame to the left "
     "side. Kindly revert back. Thanks & Regards, Sanjay",
     "car", LEFTWARD),
    ("POV: a lively cat zooming from the left side of the frame to the right side with full zoomies energy #fyp",
     "cat", RIGHTWARD),
    ("Hi Team, Kindly ensure a lively cat runs from the right side of the frame to the left side. Do the needful and "
     "revert back. Regards, Swati",
     "cat", LEFTWARD),
    ("Lemma. A lively cat begins at the left side of the frame and ends at the right side. Proof. By inspection of "
     "the start and end. Q.E.D.",
     "cat", RIGHTWARD),
    ("POV: a lively cat sprinting right to left across the frame like it's late for something #fyp", "cat", LEFTWARD),
    ("Dear Madam, The clip should show a lively cat moving from the left side of the frame to the right side. Kindly "
     "do the needful. Thanks & Regards, Rohit",
     "cat", RIGHTWARD),
    ("Let the frame be given. Claim: a lively cat moves from the right side of the frame to the left side. Proof. "
     "Immediate. Q.E.D.",
     "cat", LEFTWARD),
    ("Good morning Sir, Kindly note a flying bird should fly from the left side of the frame to the right side. "
     "Revert back at the earliest. Regards, Gopal",
     "bird", RIGHTWARD),
    ("Claim. A flying bird flies from the right side of the frame to the left side. Proof. Its position at the end "
     "lies to the left of its position at the start. Q.E.D.",
     "bird", LEFTWARD),
    ("POV: a flying bird gliding from the left side of the frame to the right side and you forget to breathe #fyp",
     "bird", RIGHTWARD),
    ("Greetings! PFA the brief: a flying bird crossing from the right side of the frame to the left side. Kindly do "
     "the needful. Thanks & Regards, Nisha",
     "bird", LEFTWARD),
    ("Let the clip show a flying bird. Lemma. It travels from the left side of the frame to the right side. Q.E.D.",
     "bird", RIGHTWARD),
    ("POV: a flying bird cuts right to left across the frame, no hesitation. obsessed #fyp #nature", "bird", LEFTWARD),
    ("POV: a moving ball rolling from the left side of the frame to the right side, so satisfying I watched it on "
     "loop #fyp #oddlysatisfying",
     "ball", RIGHTWARD),
    ("Claim. A moving ball rolls from the right side of the frame to the left side. Proof. Trivial. Q.E.D.",
     "ball", LEFTWARD),
    ("Dear Sir, Kindly note the moving ball should roll from the left side of the frame to the right side. Please do "
     "the needful and revert back. Regards, Ashok",
     "ball", RIGHTWARD),
    ("POV: a moving ball rolls right to left across the frame and it's weirdly calming #fyp", "ball", LEFTWARD),
    ("Let a moving ball begin at the left side of the frame. Claim: it ends at the right side. Therefore it crosses "
     "left to right. Q.E.D.",
     "ball", RIGHTWARD),
    ("Hi Team, The clip requires a moving ball going from the right side of the frame to the left side. Kindly do the "
     "needful by EOD. Thanks & Regards, Divya",
     "ball", LEFTWARD),
    ("Good morning, Kindly note a walking dog should walk from the left side of the frame to the right side. Revert "
     "back in case of any doubts. Regards, Sachin",
     "dog", RIGHTWARD),
    ("POV: a walking dog strolling from the right side of the frame to the left side like he owns the place #fyp",
     "dog", LEFTWARD),
    ("Lemma. A walking dog walks from the left side of the frame to the right side. Proof. By inspection. Q.E.D.",
     "dog", RIGHTWARD),
    ("Greetings of the day! PFA the requirement: a walking dog crossing from the right side of the frame to the left "
     "side. Kindly do the needful. Thanks & Regards, Rekha",
     "dog", LEFTWARD),
    ("POV: a walking dog trotting left to right across the frame, tail going, no notes #fyp", "dog", RIGHTWARD),
    ("Let the clip show a walking dog. Claim: it moves from the right side of the frame to the left side. Q.E.D.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Let the car stay still. Claim: a dog moves from the left of the car to the right of the car. Proof. Compare the "
     "start and the end. Q.E.D.",
     "dog", "car", RIGHTWARD),
    ("POV: the bird stays still while a ball rolls from the right of the bird to the left of the bird. the bird did "
     "not flinch #fyp",
     "ball", "bird", LEFTWARD),
    ("Dear Sir, Kindly note the dog should stay still while a ball moves from the left of the dog to the right of the "
     "dog. Please do the needful. Regards, Kumar",
     "ball", "dog", RIGHTWARD),
    ("Lemma. The cat stays still. Claim: a ball rolls from the right of the cat to the left of the cat. Q.E.D.",
     "ball", "cat", LEFTWARD),
    ("POV: the ball stays still and a car drives from the left of the ball to the right of the ball. clean pass, no "
     "contact #fyp",
     "car", "ball", RIGHTWARD),
    ("Greetings of the day! PFA the brief: the cat stays still and a bird flies from the right of the cat to the left "
     "of the cat. Kindly revert back. Regards, Uma",
     "bird", "cat", LEFTWARD),
    ("Let the bird stay still throughout. Claim: a dog walks from the left of the bird to the right of the bird. "
     "Proof. By inspection. Q.E.D.",
     "dog", "bird", RIGHTWARD),
    ("POV: the cat stays still, totally unbothered, while a dog walks from the right of the cat to the left of the "
     "cat #fyp",
     "dog", "cat", LEFTWARD),
    ("Hi Team, Kindly ensure the car stays still and a ball rolls from the left of the car to the right of the car. "
     "Do the needful by EOD. Thanks & Regards, Farhan",
     "ball", "car", RIGHTWARD),
    ("Claim. A dog moves from the right of the cat to the left of the cat, and the cat stays still. Proof. Trivial. "
     "Q.E.D.",
     "dog", "cat", LEFTWARD),
    ("POV: the ball stays still and a bird flies from the left of the ball to the right of the ball. the flyby #fyp",
     "bird", "ball", RIGHTWARD),
    ("Dear Madam, The clip should show a bird flying from the right of the ball to the left of the ball while the "
     "ball stays still. Kindly do the needful. Regards, Sheetal",
     "bird", "ball", LEFTWARD),
    ("Let the dog stay still. Lemma. A bird flies from the left of the dog to the right of the dog. Q.E.D.",
     "bird", "dog", RIGHTWARD),
    ("POV: the car stays still and a bird flies from the right of the car to the left of the car. main character bird "
     "#fyp",
     "bird", "car", LEFTWARD),
    ("Good morning Sir, Kindly note the cat stays still while a car drives from the left of the cat to the right of "
     "the cat. Please revert back at the earliest. Regards, Vinod",
     "car", "cat", RIGHTWARD),
    ("Claim. The ball stays still and a dog walks from the right of the ball to the left of the ball. Proof. Compare "
     "positions at the start and the end. Q.E.D.",
     "dog", "ball", LEFTWARD),
    ("POV: the ball stays still and a cat runs from the left of the ball to the right of the ball, ignoring it "
     "completely. iconic #fyp",
     "cat", "ball", RIGHTWARD),
    ("Greetings! PFA the requirement: the ball stays still and a dog walks from the right of the ball to the left of "
     "the ball. Kindly do the needful. Thanks & Regards, Ravi",
     "dog", "ball", LEFTWARD),
    ("Let the bird stay still. Claim: a cat moves from the left of the bird to the right of the bird. Therefore the "
     "cat passes the bird. Q.E.D.",
     "cat", "bird", RIGHTWARD),
    ("POV: the car stays still and a dog walks from the right of the car to the left of the car, no detours #fyp",
     "dog", "car", LEFTWARD),
    ("Dear Sir, Kindly ensure the ball stays still while a bird flies from the left of the ball to the right of the "
     "ball. Revert back by EOD. Regards, Imran",
     "bird", "ball", RIGHTWARD),
    ("Lemma. The ball stays still. Claim: a bird flies from the right of the ball to the left of the ball. Proof. By "
     "inspection. Q.E.D.",
     "bird", "ball", LEFTWARD),
    ("POV: the ball stays still and a car rolls from the left of the ball to the right of the ball. the precision #fyp",
     "car", "ball", RIGHTWARD),
    ("Hi Team, The clip requires the dog to stay still while a bird flies from the right of the dog to the left of "
     "the dog. Kindly do the needful. Thanks & Regards, Jyoti",
     "bird", "dog", LEFTWARD),
    ("Suppose the car stays still. Claim: a dog walks from the left of the car to the right of the car. Hence the dog "
     "passes it. Q.E.D.",
     "dog", "car", RIGHTWARD),
    ("POV: the ball stays still and a bird swoops from the right of the ball to the left of the ball #fyp #nature",
     "bird", "ball", LEFTWARD),
    ("Good morning, Kindly note the cat should stay still and a dog should walk from the left of the cat to the right "
     "of the cat. Please do the needful. Regards, Pradeep",
     "dog", "cat", RIGHTWARD),
    ("Claim. The car stays still while a dog moves from the right of the car to the left of the car. Proof. "
     "Immediate. Q.E.D.",
     "dog", "car", LEFTWARD),
    ("POV: the dog stays still and a cat runs from the left of the dog to the right of the dog. the audacity #fyp",
     "cat", "dog", RIGHTWARD),
    ("Dear Sir, PFA the brief: the ball stays still and a cat runs from the right of the ball to the left of the "
     "ball. Kindly do the needful and revert back. Thanks & Regards, Ajay",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Let the clip be seen from above. Claim: a car moves from the lower left corner to the lower right corner, then "
     "to the upper right corner. Q.E.D.",
     "car", BL_BR_TR),
    ("POV: seen from above, a car goes lower left corner to upper left corner to upper right corner. the route is so "
     "clean #fyp",
     "car", BL_TL_TR),
    ("Dear Sir, Kindly note, seen from above, the car should go from the lower right corner to the lower left corner "
     "and then to the upper left corner. Please do the needful. Regards, Tarun",
     "car", BR_BL_TL),
    ("Lemma. Seen from above, a cat runs from the lower right corner to the upper right corner, then to the upper "
     "left corner. Proof. By inspection. Q.E.D.",
     "cat", BR_TR_TL),
    ("POV: from above, a cat does lower left corner, lower right corner, upper right corner, in that order. zoomies "
     "#fyp",
     "cat", BL_BR_TR),
    ("Greetings of the day! PFA the route, seen from above: the cat moves from the lower left corner to the upper "
     "left corner, then to the upper right corner. Kindly revert back. Regards, Seema",
     "cat", BL_TL_TR),
    ("Let the view be from above. Claim: a bird flies from the lower right corner to the lower left corner, then to "
     "the upper left corner. Q.E.D.",
     "bird", BR_BL_TL),
    ("POV: seen from above, a bird flies lower right corner to upper right corner to upper left corner. the flight "
     "path?? #fyp",
     "bird", BR_TR_TL),
    ("Hi Team, Kindly ensure, seen from above, the bird flies from the lower left corner to the lower right corner "
     "and then to the upper right corner. Do the needful. Thanks & Regards, Mohan",
     "bird", BL_BR_TR),
    ("Claim. Seen from above, a ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner. Proof. Trivial. Q.E.D.",
     "ball", BL_TL_TR),
    ("POV: from above, a ball rolls lower right corner to lower left corner, then upper left corner. satisfying #fyp "
     "#oddlysatisfying",
     "ball", BR_BL_TL),
    ("Dear Madam, As discussed, seen from above, the ball should roll from the lower right corner to the upper right "
     "corner and then to the upper left corner. Kindly do the needful. Regards, Naresh",
     "ball", BR_TR_TL),
    ("Let the clip be viewed from above. Lemma. A dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner. Q.E.D.",
     "dog", BL_BR_TR),
    ("POV: seen from above, a dog walks lower left corner, upper left corner, upper right corner. doing laps #fyp",
     "dog", BL_TL_TR),
    ("Good morning Sir, Kindly note, seen from above, the dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner. Revert back at the earliest. Regards, Alok",
     "dog", BR_BL_TL),
    ("Claim. Seen from above, a car drives from the lower right corner to the upper right corner, then to the upper "
     "left corner. Proof. Immediate. Q.E.D.",
     "car", BR_TR_TL),
    ("POV: seen from above, a cat goes lower right corner to lower left corner to upper left corner. patrol mode #fyp",
     "cat", BR_BL_TL),
    ("Greetings! PFA the brief, seen from above: the bird flies from the lower left corner to the upper left corner "
     "and then to the upper right corner. Kindly do the needful. Thanks & Regards, Rina",
     "bird", BL_TL_TR),
    ("Let the view be from above. Claim: a ball rolls from the lower left corner to the lower right corner, then to "
     "the upper right corner. Therefore it visits them in order. Q.E.D.",
     "ball", BL_BR_TR),
    ("POV: from above, a dog walks lower right corner to upper right corner to upper left corner. the zoomies route "
     "#fyp",
     "dog", BR_TR_TL),
    ("Dear Sir, Kindly note, seen from above, the car should move from the lower left corner to the lower right "
     "corner and then the upper right corner. Please revert back. Regards, Harsha",
     "car", BL_BR_TR),
    ("Lemma. Seen from above, a cat moves from the lower left corner to the upper left corner, then to the upper "
     "right corner. Q.E.D.",
     "cat", BL_TL_TR),
    ("POV: seen from above, a bird glides from the lower right corner to the lower left corner, then the upper left "
     "corner #fyp",
     "bird", BR_BL_TL),
    ("Hi Team, Kindly ensure, seen from above, the ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Do the needful. Regards, Pallavi",
     "ball", BR_TR_TL),
    ("Let the clip be seen from above. Claim: a dog walks from the lower right corner to the lower left corner, then "
     "to the upper left corner. Proof. By inspection. Q.E.D.",
     "dog", BR_BL_TL),
    ("POV: from above, a car drives lower left corner to upper left corner to upper right corner, clean turns #fyp",
     "car", BL_TL_TR),
    ("Good morning, Kindly note, seen from above, the cat runs from the lower right corner to the upper right corner "
     "and then to the upper left corner. Please do the needful. Regards, Yogesh",
     "cat", BR_TR_TL),
    ("Claim. Seen from above, a bird flies from the lower left corner to the lower right corner, then to the upper "
     "right corner. Proof. Trivial. Q.E.D.",
     "bird", BL_BR_TR),
    ("POV: from above, a ball rolls lower left corner to upper left corner to upper right corner and I can't look "
     "away #fyp",
     "ball", BL_TL_TR),
    ("Dear Sir, PFA the route seen from above: the dog walks from the lower right corner to the upper right corner, "
     "then to the upper left corner. Kindly do the needful. Thanks & Regards, Ganesh",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
