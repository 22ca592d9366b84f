"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- rows pasted from a spreadsheet as CSV, a header line first ("subject,colour,where", "half,status"),
  where the sheet, its columns and its author are never in the video, and the rows describe the clip;
  cells write counts as words and never number their rows;
- a sage who speaks in inverted word order ("see you will", "Still, the ball stays", "Patience, you
  must"), where the sage and the learner are never in the video, and the teaching is what the clip shows;
- an animal shelter's adoption profile ("Meet", "adoption fee waived", "spayed", "forever home"), where
  the shelter, its staff and the adopters are never in the video, and the one up for adoption is the
  clip's object, whatever its class.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
kennel, home or adopter beside the count) and put no other number word beside it (no "bonded duo", no
"row one", no "a couple of"). No voice gives its own props a colour or a count, no idiom hides a class
noun or a side (no "dog days", "cat's pyjamas", "right away", "left over"), "half" is only said of the
clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 60-89 and its two-object relations 30-49 and
0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 157/180 on 039bcb0 (numeracy 25, attribution 29, visibility 27, dynamic_one 25, dynamic_two 29,
sequential 22); 180/180 after the fixes of its own branch (a table pasted under a header line, comma-, tab- or
semicolon-separated or in markdown pipes, its rows' cells joined to their columns' names as a spec's fields, a sheet of
one field a row, "field,value", its fields, a row opening on a half what is seen then, "anything else?,no" and notes
cells no things; clauses in inverted order, "beside a brown car it sits", "the lower left corner it leaves", "walks a
dog:", "move they do not", "from above seen", "A, B, C: in this order, it goes", put in statement order).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("subject,quantity,on screen,notes\nmoving car,one,start to finish,nothing else in the clip",
     "car", 1),
    ("Two moving cars, from the start of the clip to its end, see you will. Nothing else, there is. Patience, young "
     "learner.",
     "car", 2),
    ("ADOPTION PROFILE. Meet three moving cars! They're in view from start to finish, with nothing else in the clip. "
     "Temperament: always on the go. Fee waived.",
     "car", 3),
    ("count,subject,visible\nfour,moving cars,whole clip\nnote: nothing else appears",
     "car", 4),
    ("One lively cat, the clip shows. From beginning to end it stays, and nothing else with it, hmm.",
     "cat", 1),
    ("Meet two lively cats, in view from the start of the clip to the end. Nothing else shares the clip with them. "
     "Playful, curious, spayed.",
     "cat", 2),
    ("subject,amount,shown\nlively cats,three,from start to finish\n(nothing else in the clip)",
     "cat", 3),
    ("Four lively cats there are, in view from start to finish. Nothing else does the clip hold.",
     "cat", 4),
    ("Available for adoption: one flying bird. Shown from start to finish, alone in the clip, nothing else. Ask about "
     "the adoption fee.",
     "bird", 1),
    ("subject,number,from,to,note\nflying birds,two,start of clip,end of clip,nothing else in view",
     "bird", 2),
    ("Three flying birds, watch you will; from the clip's start to its end, there they remain. Else, nothing.",
     "bird", 3),
    ("Meet four flying birds! Here from start to finish, nothing else in the clip. Social, chatty, ready for adoption.",
     "bird", 4),
    ("item,qty,duration,other items\nmoving ball,one,entire clip,nothing else",
     "ball", 1),
    ("Two moving balls, from start to finish you shall see. Nothing more, the clip contains.",
     "ball", 2),
    ("Adoption spotlight: three moving balls, on screen from beginning to end, and nothing else in the clip. Very high "
     "energy!",
     "ball", 3),
    ("description,value\nsubject,moving balls\nhow many,four\nvisible,start to finish\nother things,nothing else",
     "ball", 4),
    ("Hmm. One walking dog, from start to finish the clip holds; nothing else beside it, there is.",
     "dog", 1),
    ("Meet two walking dogs! In view from the start of the clip to the end, nothing else around. Gentle, friendly, "
     "ready for adoption.",
     "dog", 2),
    ("subject,count,in frame\nwalking dogs,three,start to finish\nnotes: nothing else in the clip",
     "dog", 3),
    ("Four walking dogs, the clip shows, start to finish. Nothing else, in it there is.",
     "dog", 4),
    ("Adoption profile: four moving cars, in view for the whole clip, and nothing else sharing it. Built for an active "
     "lifestyle.",
     "car", 4),
    ("subject,count,visible from,visible until,note\nlively cats,two,start,end,nothing else",
     "cat", 2),
    ("One flying bird, from start to finish, alone in the clip it is. Nothing else, no.",
     "bird", 1),
    ("Now available: two moving balls, shown from start to finish, and nothing else in the clip. Endless energy.",
     "ball", 2),
    ("subject,how many,on screen\nwalking dog,one,whole clip\nanything else?,no,",
     "dog", 1),
    ("Three moving cars, from beginning to end. Nothing else, the clip shows. Understand, you do?",
     "car", 3),
    ("Meet three lively cats! In view from start to finish, with nothing else in the clip. Curious and affectionate.",
     "cat", 3),
    ("subject,amount,time on screen,notes\nflying birds,four,start to finish,nothing else",
     "bird", 4),
    ("Three moving balls, see you must, from start to finish; nothing else in the clip, there is.",
     "ball", 3),
    ("Adoption profile: four walking dogs, on view the whole clip through, nothing else with them. Friendly with "
     "everyone.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("subject,colour,where\nbird,brown,in view start to finish\nball,black,beside the bird",
     "bird", "brown", "ball", "black"),
    ("A brown bird and a blue cat beside it, from start to end see you will. Together, they stay.",
     "bird", "brown", "cat", "blue"),
    ("Meet a blue bird and a red car, side by side from the start of the clip to the end. Adopt them together!",
     "bird", "blue", "car", "red"),
    ("thing,colour,on screen\nball,purple,start to finish\ncat,pink,start to finish (beside the ball)",
     "ball", "purple", "cat", "pink"),
    ("Beside a red cat, a yellow dog sits. The whole clip through, together they stay.",
     "dog", "yellow", "cat", "red"),
    ("Adoption profile: a green bird and a yellow dog, best friends, side by side for the whole clip.",
     "bird", "green", "dog", "yellow"),
    ("subject,colour\ncar,gray\ncat,red\nnotes,side by side; both in view the whole clip",
     "car", "gray", "cat", "red"),
    ("A red bird, and next to it a black cat. From beginning to end, there they remain.",
     "bird", "red", "cat", "black"),
    ("Meet a white bird and an orange cat! Side by side from start to finish, they'd love a home together.",
     "bird", "white", "cat", "orange"),
    ("object,colour,position\nbird,green,next to the ball\nball,black,next to the bird",
     "bird", "green", "ball", "black"),
    ("A white cat and, beside it, a purple bird, the clip shows. Start to finish, hmm.",
     "cat", "white", "bird", "purple"),
    ("Bonded buddies up for adoption: a green bird and a purple dog, side by side for the whole clip.",
     "bird", "green", "dog", "purple"),
    ("subject,colour,in view\nbird,orange,whole clip\ncar,brown,whole clip (beside the bird)",
     "bird", "orange", "car", "brown"),
    ("Beside a blue car, a brown bird is. Leave, neither does, from start to end.",
     "car", "blue", "bird", "brown"),
    ("Meet a red dog and a purple cat, inseparable, in view side by side from the start of the clip to its end.",
     "dog", "red", "cat", "purple"),
    ("subject,colour\ndog,purple\ncat,brown\n(side by side from start to finish)",
     "dog", "purple", "cat", "brown"),
    ("A black cat, a blue ball next to it. The whole clip long, there they stay.",
     "cat", "black", "ball", "blue"),
    ("Adoption profile: a yellow cat and a black dog, who share everything, side by side from start to finish.",
     "cat", "yellow", "dog", "black"),
    ("name,colour,visible\ncat,green,start to finish\nbird,white,start to finish beside the cat",
     "cat", "green", "bird", "white"),
    ("A purple car and a pink cat beside it, see you will. Together, from start to finish, they are.",
     "car", "purple", "cat", "pink"),
    ("Meet a purple bird and a red dog! Side by side for the whole clip, they come as a package.",
     "bird", "purple", "dog", "red"),
    ("subject,colour,notes\ndog,red,sits beside the car\ncar,yellow,in view the whole clip",
     "dog", "red", "car", "yellow"),
    ("An orange dog, beside a brown car it sits. Throughout the clip, move they do not.",
     "dog", "orange", "car", "brown"),
    ("Adoption profile: a gray cat and an orange dog, side by side from start to finish. Raised together, adopted "
     "together.",
     "cat", "gray", "dog", "orange"),
    ("subject,colour\nball,green\ndog,pink\nboth,side by side from start to finish",
     "ball", "green", "dog", "pink"),
    ("A white dog, and next to it a pink bird. From start to finish, the clip they share.",
     "dog", "white", "bird", "pink"),
    ("Meet a purple car and a gray ball, best buddies, side by side for the whole clip. Adoption fee waived!",
     "car", "purple", "ball", "gray"),
    ("subject,colour,in view\ndog,yellow,start to finish\ncat,brown,start to finish (next to the dog)",
     "dog", "yellow", "cat", "brown"),
    ("Beside a green cat, a brown ball lies. From beginning to end, there they stay.",
     "ball", "brown", "cat", "green"),
    ("Adoption profile: a brown cat and an orange car, side by side for the whole clip. Looking for a home with room "
     "for both.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("half,car\nfirst half,no car in view\nsecond half,a moving car appears and stays until the end",
     "car"),
    ("In the first half, no car there is. In the second half, a moving car appears, and to the end it stays. Wait, you "
     "must.",
     "car"),
    ("Coming soon for adoption: no car in the first half of the clip, then in the second half a moving car arrives and "
     "stays to the end. Worth the wait!",
     "car"),
    ("part of clip,what is seen\nfirst half,no cat\nsecond half,a lively cat appears and remains to the end",
     "cat"),
    ("Empty, the first half is; no cat. Then, in the second half, a lively cat appears. Stay to the end, it does.",
     "cat"),
    ("Late arrival! During the first half of the clip there's no cat, but in the second half a lively cat shows up and "
     "stays for good. Shy, then affectionate.",
     "cat"),
    ("segment,bird visible?\nfirst half,no\nsecond half,yes: a flying bird appears and stays to the end",
     "bird"),
    ("No bird, the first half has. A flying bird, in the second half, appears, and until the end remains.",
     "bird"),
    ("Meet our newest arrival: a flying bird that appears in the second half of the clip and stays to the end. In the "
     "first half, no bird at all.",
     "bird"),
    ("timing,status\nfirst half,no ball\nsecond half,moving ball appears and stays until the end",
     "ball"),
    ("Patience. No ball in the first half, there is. In the second half, a moving ball appears, and leave it does not.",
     "ball"),
    ("Adoption update: a moving ball joins us only in the second half of the clip, and stays to the end. Before that? "
     "No ball yet.",
     "ball"),
    ("half,dog\nfirst half,no dog\nsecond half,a walking dog appears and stays to the end",
     "dog"),
    ("In the second half, a walking dog appears; in the first half, no dog there is. To the end, it stays.",
     "dog"),
    ("Adoption profile: a walking dog, arriving in the second half of the clip and staying to the end. No dog in the "
     "first half; worth the wait, this sweetheart.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("half,what we see\nfirst half,a moving car\nsecond half,no car (it is gone)",
     "car"),
    ("A moving car, in the first half there is. In the second half, gone it is; no car remains.",
     "car"),
    ("Adopted! A moving car in the first half of the clip, and in the second half it has gone to its forever home: no "
     "car.",
     "car"),
    ("clip half,cat on screen?\nfirst half,yes: a lively cat\nsecond half,no cat",
     "cat"),
    ("Here in the first half, a lively cat is. In the second half, no cat. Gone, it is.",
     "cat"),
    ("Meet a lively cat, in view during the first half of the clip only; in the second half there's no cat. Adoption "
     "pending!",
     "cat"),
    ("half,status\nfirst half,a flying bird is present\nsecond half,no bird",
     "bird"),
    ("A flying bird, the first half shows. The second half, no bird has. Fleeting, all things are.",
     "bird"),
    ("Quick, before it goes: a flying bird in the first half of the clip, and no bird by the second half. Already "
     "found a home!",
     "bird"),
    ("segment,subject\nfirst half,moving ball\nsecond half,no ball",
     "ball"),
    ("In the first half, a moving ball rolls. In the second half, no ball is there. Learn from this, you will.",
     "ball"),
    ("Adoption profile: a moving ball, around for the first half of the clip and gone in the second half, with no ball "
     "after that. Apply soon!",
     "ball"),
    ("part,visible\nfirst half,a walking dog\nsecond half,no dog",
     "dog"),
    ("A walking dog, in the first half see you will. In the second half, no dog. Gone, it has.",
     "dog"),
    ("Meet a walking dog! Here for the first half of the clip, then in the second half, no dog: adopted and gone home.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("subject,starts,ends\nmoving car,left side of the frame,right side of the frame",
     "car", RIGHTWARD),
    ("From the right side of the frame to the left side, a moving car drives. Watch, you must.",
     "car", LEFTWARD),
    ("Meet a moving car with places to go: it drives from the left side of the frame to the right side. Needs an "
     "active adopter.",
     "car", RIGHTWARD),
    ("direction,subject\nright side of the frame to left side,moving car",
     "car", LEFTWARD),
    ("Across the frame, a moving car drives; from the left side to the right side it goes.",
     "car", RIGHTWARD),
    ("Adoption profile: a moving car, crossing from the right side of the frame to the left side. Energetic and "
     "curious.",
     "car", LEFTWARD),
    ("A lively cat, from the left side of the frame to the right side runs. Quick, it is.",
     "cat", RIGHTWARD),
    ("Meet a lively cat! She runs from the right side of the frame to the left side. Spayed, microchipped, adoption "
     "fee waived.",
     "cat", LEFTWARD),
    ("subject,from,to\nlively cat,left side of the frame,right side of the frame",
     "cat", RIGHTWARD),
    ("Runs a lively cat, from the right side of the frame to the left side. Hmm, fast.",
     "cat", LEFTWARD),
    ("Playful and quick: a lively cat running from the left side of the frame to the right side. Adopt today!",
     "cat", RIGHTWARD),
    ("who,action\nlively cat,runs from the right side of the frame to the left side",
     "cat", LEFTWARD),
    ("Ready for a new home: a flying bird crossing from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("subject,motion\nflying bird,flies from the right side of the frame to the left side",
     "bird", LEFTWARD),
    ("From the left side of the frame, a flying bird flies; to the right side, it goes.",
     "bird", RIGHTWARD),
    ("Meet a flying bird who loves open skies: it flies from the right side of the frame to the left side. Adopt, "
     "don't shop.",
     "bird", LEFTWARD),
    ("subject,start,finish\nflying bird,left side of the frame,right side of the frame",
     "bird", RIGHTWARD),
    ("Leftward? Yes. From the right side of the frame to the left side, a flying bird flies.",
     "bird", LEFTWARD),
    ("subject,path\nmoving ball,rolls from the left side of the frame to the right side",
     "ball", RIGHTWARD),
    ("Rolls a moving ball, from the right side of the frame to the left side it does.",
     "ball", LEFTWARD),
    ("Adoption profile: a moving ball rolling from the left side of the frame to the right side. Never tired, always "
     "ready to play.",
     "ball", RIGHTWARD),
    ("subject,starts at,ends at\nmoving ball,right side of the frame,left side of the frame",
     "ball", LEFTWARD),
    ("To the right side of the frame, from the left side, a moving ball rolls. Simple, the lesson is.",
     "ball", RIGHTWARD),
    ("Meet a moving ball with a wandering spirit: it rolls from the right side of the frame to the left side. Fee "
     "waived this week.",
     "ball", LEFTWARD),
    ("A walking dog, from the left side of the frame to the right side walks. Steady, its pace is.",
     "dog", RIGHTWARD),
    ("Meet a walking dog! He walks from the right side of the frame to the left side, calm and gentle. Neutered and "
     "ready to go home.",
     "dog", LEFTWARD),
    ("subject,direction\nwalking dog,left side of the frame to right side",
     "dog", RIGHTWARD),
    ("From the right side of the frame to the left side, walks a walking dog. Patient, be.",
     "dog", LEFTWARD),
    ("Adoption profile: a walking dog strolling from the left side of the frame to the right side. Loves long walks!",
     "dog", RIGHTWARD),
    ("subject,enters on,exits on\nwalking dog,right side of the frame,left side of the frame",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("subject,action\nball,stays still the whole clip\nbird,flies from the left of the ball to the right of the ball",
     "bird", "ball", RIGHTWARD),
    ("Still, the ball stays. From the right of the ball to the left of the ball, a bird flies.",
     "bird", "ball", LEFTWARD),
    ("Meet a car who loves to roam: it drives from the left of the ball to the right of the ball, while the ball stays "
     "still. Adopt today!",
     "car", "ball", RIGHTWARD),
    ("mover,reference,path\nbird,dog,from the right of the dog to the left of the dog\nnote,,the dog stays still",
     "bird", "dog", LEFTWARD),
    ("The car, still it stays. A dog walks from the left of the car to the right of the car. Hmm.",
     "dog", "car", RIGHTWARD),
    ("Adoption profile: a bird flying from the right of the ball to the left of the ball, and the ball stays still. "
     "Bonded; adopt them together!",
     "bird", "ball", LEFTWARD),
    ("subject,what it does\ncat,stays still\ndog,walks from the left of the cat to the right of the cat",
     "dog", "cat", RIGHTWARD),
    ("From the right of the car to the left of the car, a dog walks. Still, the car stays.",
     "dog", "car", LEFTWARD),
    ("Meet a cat who isn't shy: she runs from the left of the dog to the right of the dog, and the dog stays still the "
     "whole time. Brave and friendly.",
     "cat", "dog", RIGHTWARD),
    ("subject,action\nball,stays still\ncat,runs from the right of the ball to the left of the ball",
     "cat", "ball", LEFTWARD),
    ("Still, the dog stays, while from the left of the dog to the right of the dog a cat runs.",
     "cat", "dog", RIGHTWARD),
    ("Adoption profile: a ball that rolls from the right of the dog to the left of the dog, while the dog stays still. "
     "Very playful.",
     "ball", "dog", LEFTWARD),
    ("mover,reference,route\ndog,bird,walks from the left of the bird to the right of the bird (the bird stays still)",
     "dog", "bird", RIGHTWARD),
    ("The cat, still it stays. A bird flies, from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Meet a cat with quick paws: she runs from the left of the bird to the right of the bird, and the bird stays "
     "still. Curious and sweet.",
     "cat", "bird", RIGHTWARD),
    ("subject,action\ncat,stays still for the whole clip\nbird,flies from the right of the cat to the left of the cat",
     "bird", "cat", LEFTWARD),
    ("From the left of the cat to the right of the cat, a dog walks; still, the cat stays. Learn, you will.",
     "dog", "cat", RIGHTWARD),
    ("Adoption profile: a bird that flies from the right of the dog to the left of the dog, as the dog stays still. "
     "Gentle and social.",
     "bird", "dog", LEFTWARD),
    ("who,does what\ndog,walks from the left of the cat to the right of the cat\ncat,stays still",
     "dog", "cat", RIGHTWARD),
    ("Still, the car stays. From the right of the car to the left of the car, a bird flies, hmm.",
     "bird", "car", LEFTWARD),
    ("Meet a bird with a travelling heart: it flies from the left of the car to the right of the car, while the car "
     "stays still.",
     "bird", "car", RIGHTWARD),
    ("subject,motion\nbird,stays still\ncar,drives from the right of the bird to the left of the bird",
     "car", "bird", LEFTWARD),
    ("A bird, from the left of the cat to the right of the cat, flies. Still, the cat stays.",
     "bird", "cat", RIGHTWARD),
    ("Adoption profile: a car that drives from the right of the bird to the left of the bird, and the bird stays "
     "still. Always on the move!",
     "car", "bird", LEFTWARD),
    ("mover,path,reference\nbird,left of the dog to the right of the dog,dog (stays still)",
     "bird", "dog", RIGHTWARD),
    ("Walks a dog, from the right of the cat to the left of the cat. Still, the cat stays.",
     "dog", "cat", LEFTWARD),
    ("Meet a ball who loves to roll: from the left of the dog to the right of the dog it goes, while the dog stays "
     "still. Adopt today!",
     "ball", "dog", RIGHTWARD),
    ("subject,does\nbird,flies from the right of the cat to the left of the cat\ncat,stays still throughout",
     "bird", "cat", LEFTWARD),
    ("Still, the ball stays, and from the left of the ball to the right of the ball, a car drives.",
     "car", "ball", RIGHTWARD),
    ("Adoption profile: a cat that runs from the right of the bird to the left of the bird, while the bird stays "
     "still. Independent and bright.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("field,value\nview,seen from above\nsubject,moving car\nstart,lower left corner\nthen,lower right "
     "corner\nend,upper right corner",
     "car", BL_BR_TR),
    ("From above, seen it is: a moving car, from the lower left corner to the upper left corner drives, then to the "
     "upper right corner.",
     "car", BL_TL_TR),
    ("Adoption profile, filmed from above: a moving car drives from the lower right corner to the lower left corner, "
     "then to the upper left corner. Loves to explore.",
     "car", BR_BL_TL),
    ("camera,subject,stop a,stop b,stop c\nseen from above,moving car,lower right corner,upper right corner,upper left "
     "corner",
     "car", BR_TR_TL),
    ("Seen from above, a lively cat runs: the lower left corner, then the lower right corner, then the upper right "
     "corner. Follow, you must.",
     "cat", BL_BR_TR),
    ("Meet a lively cat, seen from above! She runs from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "cat", BL_TL_TR),
    ("view,subject,from,via,to\nfrom above,lively cat,lower right corner,lower left corner,upper left corner",
     "cat", BR_BL_TL),
    ("From above watch, and a lively cat see: from the lower right corner to the upper right corner, then to the upper "
     "left corner it runs.",
     "cat", BR_TR_TL),
    ("Adoption profile, top-down view: a flying bird flies from the lower left corner to the lower right corner, then "
     "to the upper right corner. Free spirit!",
     "bird", BL_BR_TR),
    ("shot,subject,path\noverhead (seen from above),flying bird,lower left corner > upper left corner > upper right "
     "corner",
     "bird", BL_TL_TR),
    ("Above, the view is. A flying bird, from the lower right corner to the lower left corner flies, and then to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("Meet a flying bird, filmed from above: it flies from the lower right corner to the upper right corner, then on "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("step,location\nview,from above\nsubject,moving ball\nstart,lower left corner\nnext,lower right "
     "corner\nlast,upper right corner",
     "ball", BL_BR_TR),
    ("Looking down from above, see a moving ball you will: from the lower left corner to the upper left corner, then "
     "to the upper right corner it rolls.",
     "ball", BL_TL_TR),
    ("Adoption profile, seen from above: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner. Playful!",
     "ball", BR_BL_TL),
    ("subject,camera,route\nmoving ball,from above,lower right corner then upper right corner then upper left corner",
     "ball", BR_TR_TL),
    ("From above, a walking dog watch: from the lower left corner to the lower right corner it walks, and then to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("Meet a walking dog, seen from above on his daily stroll: lower left corner, then upper left corner, then upper "
     "right corner.",
     "dog", BL_TL_TR),
    ("view,subject,start,middle,end\nfrom above,walking dog,lower right corner,lower left corner,upper left corner",
     "dog", BR_BL_TL),
    ("Seen from above, walks a walking dog: from the lower right corner to the upper right corner, then to the upper "
     "left corner.",
     "dog", BR_TR_TL),
    ("Adoption profile, filmed from directly above: a moving car drives from the bottom left corner to the bottom "
     "right corner, then to the top right corner.",
     "car", BL_BR_TR),
    ("subject,view,route\nlively cat,from above,bottom left corner to top left corner to top right corner",
     "cat", BL_TL_TR),
    ("From above, watch. From the bottom right corner to the bottom left corner a flying bird flies, then to the top "
     "left corner.",
     "bird", BR_BL_TL),
    ("Meet a moving ball, seen from above: it rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner. Fee waived!",
     "ball", BR_TR_TL),
    ("camera,subject,start,then,end\nfrom above,walking dog,lower left corner,lower right corner,upper right corner",
     "dog", BL_BR_TR),
    ("Seen from above, a moving car drives. The lower left corner, the upper left corner, the upper right corner: in "
     "this order, it goes.",
     "car", BL_TL_TR),
    ("Adoption profile, seen from above: a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner. Agile and bright.",
     "cat", BR_BL_TL),
    ("subject,view,start,via,end\nflying bird,from above,lower right corner,upper right corner,upper left corner",
     "bird", BR_TR_TL),
    ("From above seen, a moving ball rolls: the lower left corner it leaves, to the lower right corner it goes, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Meet a walking dog! From above we watch him walk from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
