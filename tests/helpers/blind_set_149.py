"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a wiki talk-page discussion ("== Proposed description ==", replies indented with colons, bold
  "'''Support'''", "'''Oppose'''", "per nom", "{{done}}", "WP:V", each reply signed and timestamped like
  "--Vellum (talk) 09:15, 11 June 2026 (UTC)"), where the editors, the article, its infobox and the
  wiki are never in the video, and the clip whose description they discuss is the video; an oppose is
  only ever about the page (a merge, a rename, a new section), never about the clip's content, the
  handles carry no digit, colour, class noun or side, and the timestamps' digits are never set beside a
  class noun;
- a free-verse poem, lower case, one phrase a line, with no punctuation at all, where the poet and
  the reader are never in the video and the lines are the clip; it borrows no imagery that a reader
  would draw (no sky, no flowers, no light on water), and in numeracy poems names nothing but the count;
- a hotel guest's formal complaint letter to the manager ("Dear Sir or Madam,", "I wish to lodge a
  formal complaint", "Yours faithfully,", a signed name and now and then a room number), where the
  guest, the manager, the staff, the room, its television and the in-room channel are never in the
  video, and the clip the channel kept playing is the video; numeracy letters are unsigned and carry
  no room number, and a room number is never set beside a class noun.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
guest, no breakfast, no editor's page beside the count) and put no other number word beside it (no
"first", no "both", no "no one", no "pair"). No voice gives its own props a colour (no redlinks, no
bluelinks), no idiom hides a class noun or a side (no "carpet", "catering", "ballroom", "location",
"card", "care", "all right", "left a message" or "per above"), "half" is only said of the clip's halves
(never "half-board" or "on behalf of"), "upper", "lower", "corner", "top" and "bottom" only of a route
(never a "corner room", a "lower floor" or "top-posting"), "above" only of a route's view, and "still"
only of a relation's second object (never "still waiting"). A relation names its second object at both
ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 90-99 then 0-19 and its two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 161/180 (89.4%) on 02453486 (numeracy 18, attribution 29, visibility 29, dynamic_one 29, dynamic_two
26); held back from every fixer of its session and scored again on its last code: 161/180. 180/180 after the fixes of its
own branch in the next session (a talk page's headings, reply indents, bold votes, templates and signatures with their
time stamps are the page's, and a dated day, "11 June 2026", is no count in any voice; free verse's "from" line and
the "to" line after it are one phrase, a line with its own subject and verb, "the dog stays still", opens a sentence,
as a half's line does where the poem's times lead, and an opening bare place, "right side of the frame", is where the
move starts; a complaint's "my dissatisfaction with the channel" is a complaint about it, the guest's own "for the
entirety of my stay" and "from the moment I checked in" and a request that "it is not shown to future guests" name
nothing in the clip, and "Yours faithfully" with a room number under the name closes the letter).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("== Proposed description ==\nThe clip shows one moving car, in view from the start of the clip to its end, and "
     "nothing else.\n:'''Support''', accurate and neutral. --Tessellate (talk) 14:02, 3 May 2026 (UTC)", "car", 1),
    ("two moving cars\nfrom the start of the clip\nto its very end\nand nothing else\nnothing else at all", "car", 2),
    ("Dear Sir or Madam,\n\nI wish to complain about the clip that played on the in-room channel throughout my stay. "
     "It showed three moving cars from its start to its end and nothing else whatsoever. I expect better.\n\nYours "
     "faithfully", "car", 3),
    ("== Caption wording ==\nCurrent caption: four moving cars, there from the start of the clip to the end, nothing "
     "else in frame.\n:'''Support''' keeping it. --Vellum (talk) 09:15, 11 June 2026 (UTC)\n::Agree, it matches the "
     "clip. --Marginalia (talk) 10:27, 11 June 2026 (UTC)", "car", 4),
    ("Dear Manager,\n\nI must bring to your attention the so-called ambience video in my room, which consisted of one "
     "lively cat from the start of the clip to its end and nothing else. For the rate charged, this is frankly "
     "unacceptable.\n\nYours sincerely", "cat", 1),
    ("two lively cats\nthe whole clip through\nstart to finish\nand around them\nnothing else", "cat", 2),
    ("== Is the description complete? ==\nThe clip: three lively cats, from start to finish, and nothing else in it.\n"
     ":'''Comment''' – checked it myself, that is the whole clip. --Sundry (talk) 17:48, 27 July 2026 (UTC)", "cat", 3),
    ("four lively cats\nfrom the opening of the clip\nto its close\nthere is nothing else\nthere is only this",
     "cat", 4),
    ("== Requested edit ==\nPlease change the description to: one flying bird, in view for the whole clip, start to "
     "end, and nothing else.\n:{{done}} --Ferrous (talk) 08:03, 9 October 2026 (UTC)", "bird", 1),
    ("Dear Sir or Madam,\n\nThe welcome video shown on arrival consisted of two flying birds, present from the start "
     "of the clip to the end, and nothing else. I had been promised something rather more informative. I am most "
     "disappointed.\n\nYours faithfully", "bird", 2),
    ("three flying birds\nfrom the start\nto the end of the clip\nnothing else\nonly them", "bird", 3),
    ("== Description ==\nfour flying birds, in view from the start of the clip to its end; nothing else in it.\n"
     ":'''Support''' per nom. --Ingleby (talk) 21:30, 14 November 2026 (UTC)", "bird", 4),
    ("one moving ball\nstart of the clip\nend of the clip\nand nothing else", "ball", 1),
    ("== Proposed description ==\nTwo moving balls, from the start of the clip to its end, and nothing else.\n"
     ":'''Support''' – short and verifiable. --Zephyrine (talk) 12:12, 2 December 2026 (UTC)\n::'''Support''' "
     "--Nonsuch (talk) 13:05, 2 December 2026 (UTC)", "ball", 2),
    ("Dear Manager,\n\nI write regarding the looping clip on the channel in my room: three moving balls from its "
     "start to its end, and nothing else, all night. I could not sleep for it.\n\nYours sincerely", "ball", 3),
    ("four moving balls\nthe whole clip long\nbeginning to end\nnothing else\nnothing else in it", "ball", 4),
    ("Dear Sir or Madam,\n\nThe in-room channel played one walking dog, in view from the start of the clip to its "
     "end, with nothing else in it. I did not book a stay to watch this on a loop.\n\nYours faithfully", "dog", 1),
    ("== Accuracy of description ==\nThe clip shows two walking dogs from start to finish and nothing else.\n"
     ":'''Comment''': verified against the clip, correct as written. --Wendeline (talk) 16:20, 19 January 2026 (UTC)",
     "dog", 2),
    ("three walking dogs\nfrom the start of the clip\nto its end\nand nothing else\nno other thing", "dog", 3),
    ("Dear Manager,\n\nI must complain that the so-called feature presentation in my room was four walking dogs, "
     "present from the start of the clip to its end, and nothing else. I expect a partial refund.\n\nYours sincerely",
     "dog", 4),
    ("one moving car\nall the clip through\nstart to end\nand nothing else beside", "car", 1),
    ("Dear Sir or Madam,\n\nThe video playing in my room on arrival showed two lively cats from the start of the clip "
     "to the end, and nothing else at all. I was unable to change it.\n\nYours faithfully", "cat", 2),
    ("== Description review ==\nThree flying birds, in view from the start of the clip to its end, and nothing else.\n"
     ":'''Support''', accurate. --Quillon (talk) 07:45, 8 April 2026 (UTC)\n:'''Oppose''' the merge proposal; this "
     "clip deserves its own page. The description itself is fine. --Tessellate (talk) 09:02, 8 April 2026 (UTC)",
     "bird", 3),
    ("Dear Manager,\n\nFor the entirety of my stay, the in-room channel showed a clip of one moving ball, there from "
     "its start to its end, with nothing else. I find this extraordinary.\n\nYours sincerely", "ball", 1),
    ("== Description ==\nProposed: four walking dogs, from the start of the clip to its end, nothing else in it.\n"
     ":'''Support''' – matches the clip exactly. --Marginalia (talk) 18:11, 6 August 2026 (UTC)", "dog", 4),
    ("Dear Sir or Madam,\n\nThe clip looping in my room showed two moving cars, in view from the start to the end, "
     "and nothing else. I had requested a quiet room.\n\nYours faithfully", "car", 2),
    ("three lively cats\nfrom the start of the clip to the end\nnothing else\nthe clip holds only them", "cat", 3),
    ("Dear Manager,\n\nI wish to record my dissatisfaction with the channel in my room, which for the whole of my "
     "stay showed one flying bird from the start of the clip to its end and nothing else.\n\nYours sincerely",
     "bird", 1),
    ("== Requested edit ==\nChange description to: four moving balls, in view from start to finish, and nothing else."
     "\n:{{done}}, thanks. --Vellum (talk) 11:11, 3 September 2026 (UTC)", "ball", 4),
    ("two walking dogs\nthe clip from start to finish\nand nothing else\nnothing", "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("== Infobox caption ==\nProposed caption: a white cat and an orange dog, side by side, both in view for the "
     "whole clip.\n:'''Support'''. --Nonsuch (talk) 14:40, 3 May 2026 (UTC)\n::'''Support''', though the infobox "
     "could use a source. --Ingleby (talk) 15:19, 3 May 2026 (UTC)", "cat", "white", "dog", "orange"),
    ("a green bird\nbeside an orange car\ntogether from the start of the clip\nto its end\ngoing nowhere",
     "bird", "green", "car", "orange"),
    ("Dear Manager,\n\nI write to complain about the in-room ambience video, for which I was charged extra: a brown "
     "dog beside a red ball, both in view from the start of the clip to its end, and nothing more.\n\nYours sincerely,"
     "\nT. Everard (Room 214)", "dog", "brown", "ball", "red"),
    ("a yellow car\nand a white bird next to it\nthe whole clip long\nneither of them leaving",
     "car", "yellow", "bird", "white"),
    ("== Colour of the animals ==\nThe clip shows a blue cat next to a brown bird, both present throughout.\n"
     ":'''Support''' the current wording; colours confirmed on a rewatch. --Sundry (talk) 22:41, 11 June 2026 (UTC)",
     "cat", "blue", "bird", "brown"),
    ("Dear Sir or Madam,\n\nThe clip shown in my room throughout my stay was a black bird sitting beside an orange "
     "cat, both in view from start to finish. When I asked for it to be changed, I was ignored.\n\nYours faithfully,\n"
     "Mrs. D. Oyelaran", "bird", "black", "cat", "orange"),
    ("Dear Manager,\n\nPlease note my complaint regarding the screensaver clip on the television in my room: a black "
     "ball next to a red dog, both there for the entire clip. It could not be switched off.\n\nYours sincerely,\nDr. "
     "P. Okonkwo", "ball", "black", "dog", "red"),
    ("== Description ==\nA brown bird next to an orange dog, both visible from the start of the clip to the end.\n"
     ":'''Support'''. --Quillon (talk) 06:58, 27 July 2026 (UTC)\n:'''Oppose''' renaming the page; the description "
     "itself is fine. --Ferrous (talk) 08:30, 27 July 2026 (UTC)", "bird", "brown", "dog", "orange"),
    ("a red ball\nby a purple car\nboth of them there\nfrom the beginning of the clip\nuntil it ends",
     "ball", "red", "car", "purple"),
    ("== Caption check ==\nCaption reads: a purple car beside a white bird, both in view the whole clip.\n:Checked, "
     "accurate. '''Keep'''. --Zephyrine (talk) 19:05, 9 October 2026 (UTC)", "car", "purple", "bird", "white"),
    ("Dear Sir or Madam,\n\nDespite assurances at check-in, the in-room channel showed only a clip of a blue cat "
     "beside a white bird, the pair of them in view from start to finish. This is not what was advertised.\n\nYours "
     "faithfully,\nMs. L. Moreau, Room 309", "cat", "blue", "bird", "white"),
    ("a yellow dog\nand a green ball beside it\nfrom the opening moment of the clip\nto its last",
     "dog", "yellow", "ball", "green"),
    ("a blue dog\nan orange car\nside by side\nall through the clip", "dog", "blue", "car", "orange"),
    ("Dear Manager,\n\nI am writing to express my dissatisfaction with the welcome video: a purple ball next to a "
     "blue car, both in view for the whole of the clip. I fail to see what this has to do with a spa weekend.\n\n"
     "Yours sincerely,\nMr. A. Szymanski", "ball", "purple", "car", "blue"),
    ("== Proposed description ==\nA green dog and a black bird, side by side, both in view from start to finish of "
     "the clip.\n:'''Support''' – WP:V satisfied by the clip itself. --Marginalia (talk) 10:10, 14 November 2026 (UTC)",
     "dog", "green", "bird", "black"),
    ("== Description dispute ==\n:The clip shows a purple ball beside a black cat for the whole of its length, "
     "nothing more contentious than that. --Wendeline (talk) 15:33, 2 December 2026 (UTC)\n::'''Agree''', closing as "
     "resolved. --Tessellate (talk) 16:02, 2 December 2026 (UTC)", "ball", "purple", "cat", "black"),
    ("a black car\nand beside it an orange bird\nthe clip begins\nthe clip ends\nand they are there",
     "car", "black", "bird", "orange"),
    ("Dear Sir or Madam,\n\nI wish to lodge a formal complaint. The clip on the in-room channel, a black ball beside "
     "a purple cat with both in view throughout, played at full volume from the moment I checked in.\n\nYours "
     "faithfully,\nProf. N. Iqbal", "ball", "black", "cat", "purple"),
    ("Dear Manager,\n\nThe relaxation video in my room showed a pink bird next to a brown dog, both present from the "
     "start of the clip to its end. Relaxing it was not.\n\nYours sincerely,\nMrs. J. Pennington",
     "bird", "pink", "dog", "brown"),
    ("a brown ball\na blue dog\nnext to each other\nfrom start to finish\nthe whole clip",
     "ball", "brown", "dog", "blue"),
    ("== Requested edit: caption ==\nPlease amend the caption to: a yellow ball next to a pink dog, both in view "
     "throughout the clip.\n:{{done}} --Ingleby (talk) 12:47, 19 January 2026 (UTC)", "ball", "yellow", "dog", "pink"),
    ("a pink bird\nbeside a gray ball\nand they stay\nthe whole clip\nbeginning to end",
     "bird", "pink", "ball", "gray"),
    ("== Description ==\nA gray dog beside a purple car, both in view from the start of the clip to its end.\n"
     ":'''Support''' per nom. --Vellum (talk) 20:20, 8 April 2026 (UTC)\n:'''Support''' --Quillon (talk) 21:02, 8 "
     "April 2026 (UTC)", "dog", "gray", "car", "purple"),
    ("Dear Sir or Madam,\n\nThe promotional clip that persuaded me to book showed a green cat beside a purple ball, "
     "both in view for the whole clip. I expect an explanation of why the channel in my room shows nothing else.\n\n"
     "Yours faithfully,\nMr. G. Fairweather", "cat", "green", "ball", "purple"),
    ("== Caption accuracy ==\nThe caption says a green dog next to a gray ball, both present for the whole clip. "
     "Having watched it, that is correct.\n:'''Keep''' as is. --Sundry (talk) 09:09, 6 August 2026 (UTC)",
     "dog", "green", "ball", "gray"),
    ("Dear Manager,\n\nThe in-room channel showed, on a loop, a yellow ball beside a pink bird, both there from start "
     "to finish of the clip. I requested a different channel repeatedly, to no avail.\n\nYours sincerely,\nMs. R. "
     "Halvorsen", "ball", "yellow", "bird", "pink"),
    ("a pink cat\nand a yellow dog\nside by side\nfor as long as the clip lasts", "cat", "pink", "dog", "yellow"),
    ("== Proposed description ==\nA brown car and a yellow ball beside it, both in view from the start of the clip to "
     "the end.\n:'''Support''', neutral wording. --Nonsuch (talk) 17:17, 3 September 2026 (UTC)",
     "car", "brown", "ball", "yellow"),
    ("Dear Sir or Madam,\n\nI must complain about the video in my room, which showed a brown car next to a white dog, "
     "both present for the entire clip, and was apparently impossible to switch off.\n\nYours faithfully,\nMr. H. "
     "Lindholm", "car", "brown", "dog", "white"),
    ("an orange dog\nby a brown car\nthe clip holds them\nstart to finish", "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("== Description ==\nIn the first half of the clip there is no car. In the second half a moving car appears and "
     "stays until the end.\n:'''Support''' --Ferrous (talk) 14:25, 3 May 2026 (UTC)", "car"),
    ("no car\nthrough the first half of the clip\nthen in the second half\na moving car\narriving and staying\nto the "
     "end", "car"),
    ("Dear Manager,\n\nI must complain about the clip on the in-room channel. For the first half of it there was no "
     "car at all; in the second half a moving car appeared and remained until the end. I was led to believe there "
     "would be more to it.\n\nYours sincerely,\nMr. T. Everard", "car"),
    ("== Plot summary ==\nNo cat during the first half of the clip. A lively cat appears in the second half and "
     "remains until the end.\n:'''Support''', concise summary. --Marginalia (talk) 11:40, 11 June 2026 (UTC)", "cat"),
    ("the first half of the clip\nno cat\nthe second half\na lively cat comes in\nand stays until the end", "cat"),
    ("Dear Sir or Madam,\n\nThe welcome video showed no cat during its first half, yet in the second half a lively "
     "cat appeared and stayed to the end. I fail to see the purpose.\n\nYours faithfully,\nMrs. D. Oyelaran", "cat"),
    ("== Synopsis wording ==\n:The clip has no bird in its first half; in the second half a flying bird appears and "
     "stays to the end. The synopsis should say exactly that. --Zephyrine (talk) 07:07, 27 July 2026 (UTC)\n"
     "::'''Agree''', and '''oppose''' a separate synopsis section; the caption covers it. --Sundry (talk) 08:15, 27 "
     "July 2026 (UTC)", "bird"),
    ("no bird\nin the first half\nthen a flying bird\nin the second half\nstaying until the clip ends", "bird"),
    ("Dear Manager,\n\nFor the first half of the clip on my room's channel there was no bird whatsoever. Only in the "
     "second half did a flying bird appear, and it remained until the end. This was billed as a nature documentary.\n"
     "\nYours sincerely,\nDr. P. Okonkwo", "bird"),
    ("== Description ==\nFirst half of the clip: no ball. Second half: a moving ball appears and stays until the end."
     "\n:'''Support''' --Quillon (talk) 13:31, 9 October 2026 (UTC)\n::'''Support''' per nom. --Wendeline (talk) "
     "14:05, 9 October 2026 (UTC)", "ball"),
    ("in the first half of the clip\nno ball\nin the second half\na moving ball\nuntil the end", "ball"),
    ("Dear Sir or Madam,\n\nIn the clip shown on the in-room channel there was no ball in the first half; a moving "
     "ball appeared in the second half and stayed until the end. I cannot imagine who chose it.\n\nYours faithfully,\n"
     "Ms. L. Moreau", "ball"),
    ("== Proposed summary ==\nNo dog in the first half of the clip; in the second half a walking dog appears and is "
     "there until the end.\n:'''Support''', matches the clip. --Tessellate (talk) 18:48, 14 November 2026 (UTC)",
     "dog"),
    ("the first half\nno dog at all\nthen in the second half\na walking dog\nthere to the end", "dog"),
    ("Dear Manager,\n\nI write regarding the clip on the lobby screen. During the first half there was no dog; during "
     "the second half a walking dog appeared and stayed until the end. Guests spoke of little else.\n\nYours "
     "sincerely,\nMr. A. Szymanski", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("== Description ==\nA moving car is in the first half of the clip. In the second half there is no car.\n"
     ":'''Support''' --Ingleby (talk) 10:02, 2 December 2026 (UTC)", "car"),
    ("a moving car\nin the first half of the clip\nand in the second half\nno car\nnothing where it was", "car"),
    ("Dear Sir or Madam,\n\nThe clip on the in-room channel showed a moving car during its first half, and then no "
     "car at all in the second half. I sat through the whole thing waiting for it to return.\n\nYours faithfully,\n"
     "Prof. N. Iqbal", "car"),
    ("== Plot summary ==\n:A lively cat is present during the first half of the clip; there is no cat in the second "
     "half. Summary looks fine to me. --Nonsuch (talk) 16:16, 19 January 2026 (UTC)\n::'''Agree''' --Vellum (talk) "
     "17:01, 19 January 2026 (UTC)", "cat"),
    ("a lively cat\nin the first half\nand in the second half\nno cat\nonly the clip going on without it", "cat"),
    ("Dear Manager,\n\nThe relaxation video in my room began promisingly, with a lively cat in the first half of the "
     "clip. In the second half there was no cat whatsoever. I find the whole production baffling.\n\nYours sincerely,"
     "\nMrs. J. Pennington", "cat"),
    ("== Synopsis ==\nA flying bird in the first half of the clip; no bird in the second half.\n:'''Support''', "
     "accurate. --Marginalia (talk) 09:54, 8 April 2026 (UTC)", "bird"),
    ("a flying bird\nfor the first half of the clip\nthen the second half\nand no bird\nno bird anywhere", "bird"),
    ("Dear Sir or Madam,\n\nDuring the first half of the clip on the in-room channel a flying bird was present; "
     "during the second half there was no bird. I expect the channel to be replaced with something sensible.\n\nYours "
     "faithfully,\nMr. G. Fairweather", "bird"),
    ("== Description ==\nFirst half of the clip: a moving ball. Second half: no ball.\n:'''Support''' per nom. "
     "--Zephyrine (talk) 12:30, 6 August 2026 (UTC)\n:'''Support''' --Sundry (talk) 12:44, 6 August 2026 (UTC)",
     "ball"),
    ("a moving ball\nin the first half of the clip\nthe second half\nno ball\nand the end comes", "ball"),
    ("Dear Manager,\n\nThe clip playing in my room showed a moving ball in the first half and no ball at all in the "
     "second half. I have no idea what I was meant to take from it.\n\nYours sincerely,\nMr. A. Szymanski", "ball"),
    ("== Proposed summary ==\nA walking dog is there in the first half of the clip, and there is no dog in the second "
     "half.\n:'''Support''' --Ferrous (talk) 22:22, 3 September 2026 (UTC)", "dog"),
    ("a walking dog\nthrough the first half\nthen the second half of the clip\nwith no dog in it", "dog"),
    ("Dear Sir or Madam,\n\nThe welcome video showed a walking dog in the first half of the clip and no dog in the "
     "second half. I found this in poor taste.\n\nYours faithfully,\nMs. R. Halvorsen", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("== Description ==\nA moving car crosses from the left side of the frame to the right side.\n:'''Support''' "
     "--Tessellate (talk) 14:51, 3 May 2026 (UTC)", "car", RIGHTWARD),
    ("a moving car\nfrom the right side of the frame\nacross\nto the left side", "car", LEFTWARD),
    ("Dear Manager,\n\nThe clip on my room's channel showed nothing more than a moving car travelling from the left "
     "side of the frame to the right side, over and over. I would like it removed.\n\nYours sincerely,\nMr. T. Everard",
     "car", RIGHTWARD),
    ("== Direction of travel ==\n:The caption should say the moving car goes from the right side of the frame to the "
     "left side, as it does in the clip. --Vellum (talk) 15:15, 11 June 2026 (UTC)\n::'''Support''' that fix. "
     "--Ingleby (talk) 15:50, 11 June 2026 (UTC)", "car", LEFTWARD),
    ("left side of the frame\na moving car\ngoing and going\nto the right side", "car", RIGHTWARD),
    ("Dear Sir or Madam,\n\nI wish to complain about the in-room video, in which a moving car drove from the right "
     "side of the frame to the left side. At that hour I expected something calmer.\n\nYours faithfully,\nMrs. D. "
     "Oyelaran", "car", LEFTWARD),
    ("a lively cat\nfrom the left side of the frame\nto the right side\nnot pausing", "cat", RIGHTWARD),
    ("Dear Manager,\n\nThe relaxation channel in my room showed a lively cat running from the right side of the frame "
     "to the left side, which was anything but relaxing.\n\nYours sincerely,\nDr. P. Okonkwo", "cat", LEFTWARD),
    ("== Description ==\nA lively cat runs from the left side of the frame to the right side.\n:'''Support''', clear. "
     "--Sundry (talk) 07:30, 27 July 2026 (UTC)", "cat", RIGHTWARD),
    ("right side of the frame\na lively cat\nrunning\nall the way to the left side", "cat", LEFTWARD),
    ("Dear Sir or Madam,\n\nThe welcome video consisted solely of a lively cat dashing from the left side of the "
     "frame to the right side. I was expecting information about the hotel.\n\nYours faithfully,\nMs. L. Moreau",
     "cat", RIGHTWARD),
    ("== Requested edit ==\nPlease describe the clip as: a lively cat moving from the right side of the frame to the "
     "left side.\n:{{done}} --Quillon (talk) 20:08, 9 October 2026 (UTC)", "cat", LEFTWARD),
    ("Dear Manager,\n\nThe in-room channel played a clip of a flying bird crossing from the left side of the frame to "
     "the right side, repeatedly, through the night. I wish to be compensated.\n\nYours sincerely,\nProf. N. Iqbal",
     "bird", RIGHTWARD),
    ("== Description ==\nA flying bird crosses the frame from the right side to the left side.\n:'''Support''' "
     "--Marginalia (talk) 11:11, 14 November 2026 (UTC)\n::'''Support''' per nom. --Nonsuch (talk) 11:42, 14 November "
     "2026 (UTC)", "bird", LEFTWARD),
    ("a flying bird\nfrom the left side of the frame\nsailing\nto the right side", "bird", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe clip shown in my room was a flying bird moving from the right side of the frame to "
     "the left side. Nothing else. For this I paid a premium.\n\nYours faithfully,\nMrs. J. Pennington",
     "bird", LEFTWARD),
    ("== Caption ==\n:Current caption (a flying bird going from the left side of the frame to the right side) is "
     "accurate; no change needed. --Wendeline (talk) 19:19, 2 December 2026 (UTC)", "bird", RIGHTWARD),
    ("from the right side of the frame\na flying bird\nto the left side\nunhurried", "bird", LEFTWARD),
    ("== Description ==\nA moving ball rolls from the left side of the frame to the right side.\n:'''Support''' "
     "--Zephyrine (talk) 08:08, 19 January 2026 (UTC)", "ball", RIGHTWARD),
    ("a moving ball\nrolling\nright side of the frame\nto the left side", "ball", LEFTWARD),
    ("Dear Manager,\n\nI must report that the in-room channel showed a moving ball rolling from the left side of the "
     "frame to the right side on a loop. I asked for it to be changed and nothing was done.\n\nYours sincerely,\nMr. "
     "A. Szymanski", "ball", RIGHTWARD),
    ("== Direction ==\n:The clip shows a moving ball going from the right side of the frame to the left side, and the "
     "caption now says so. --Ferrous (talk) 13:13, 8 April 2026 (UTC)\n::Thanks, looks correct now. --Tessellate "
     "(talk) 13:40, 8 April 2026 (UTC)", "ball", LEFTWARD),
    ("from the left side of the frame\na moving ball\nrolls on\nto the right side", "ball", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe video in my room showed a moving ball travelling from the right side of the frame to "
     "the left side, and I could not find a way to switch it off.\n\nYours faithfully,\nMr. G. Fairweather",
     "ball", LEFTWARD),
    ("a walking dog\nfrom the left side of the frame\nstep after step\nto the right side", "dog", RIGHTWARD),
    ("Dear Manager,\n\nThe welcome video showed a walking dog going from the right side of the frame to the left "
     "side. Charming, perhaps, but not what I booked.\n\nYours sincerely,\nMs. R. Halvorsen", "dog", LEFTWARD),
    ("== Description ==\nA walking dog walks from the left side of the frame to the right side.\n:'''Support''' "
     "--Sundry (talk) 16:45, 6 August 2026 (UTC)", "dog", RIGHTWARD),
    ("right side of the frame\na walking dog\nslowly\nto the left side", "dog", LEFTWARD),
    ("Dear Sir or Madam,\n\nThe clip on the in-room channel, a walking dog crossing from the left side of the frame "
     "to the right side, played without pause for my entire stay.\n\nYours faithfully,\nMr. H. Lindholm",
     "dog", RIGHTWARD),
    ("== Requested edit ==\nChange caption to: a walking dog going from the right side of the frame to the left side."
     "\n:{{done}}. --Marginalia (talk) 10:59, 3 September 2026 (UTC)", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("== Description ==\nThe dog stays still while a cat runs from the left of the dog to the right of the dog.\n"
     ":'''Support''' --Tessellate (talk) 14:07, 3 May 2026 (UTC)", "cat", "dog", RIGHTWARD),
    ("the dog stays still\nand a ball\nrolls from the right of the dog\nto the left of the dog",
     "ball", "dog", LEFTWARD),
    ("Dear Manager,\n\nThe in-room channel showed a clip in which the bird stays still and a dog walks from the left "
     "of the bird to the right of the bird. I have now seen it more often than I would like.\n\nYours sincerely,\nMr. "
     "T. Everard", "dog", "bird", RIGHTWARD),
    ("== Caption ==\n:Caption: the cat stays still; a bird flies from the right of the cat to the left of the cat. "
     "Accurate as far as I can see. --Vellum (talk) 09:36, 11 June 2026 (UTC)\n::'''Agree''' --Quillon (talk) 10:04, "
     "11 June 2026 (UTC)", "bird", "cat", LEFTWARD),
    ("the bird stays still\na cat goes\nfrom the left of the bird\nto the right of the bird", "cat", "bird", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe video in my room showed a bird flying from the right of the cat to the left of the "
     "cat, while the cat stays still. I did not ask for a wildlife channel.\n\nYours faithfully,\nMrs. D. Oyelaran",
     "bird", "cat", LEFTWARD),
    ("== Proposed description ==\nA dog walks from the left of the cat to the right of the cat; the cat stays still.\n"
     ":'''Support''' --Ingleby (talk) 21:21, 27 July 2026 (UTC)", "dog", "cat", RIGHTWARD),
    ("a bird\nfrom the right of the dog\nto the left of the dog\nand the dog stays still", "bird", "dog", LEFTWARD),
    ("Dear Manager,\n\nI write to complain about the relaxation video: the cat stays still while a dog walks from the "
     "left of the cat to the right of the cat, and that is all.\n\nYours sincerely,\nDr. P. Okonkwo",
     "dog", "cat", RIGHTWARD),
    ("== Description ==\nThe car stays still. A bird flies from the right of the car to the left of the car.\n"
     ":'''Support''' --Zephyrine (talk) 12:00, 9 October 2026 (UTC)\n::'''Support''' per nom. --Sundry (talk) 12:31, "
     "9 October 2026 (UTC)", "bird", "car", LEFTWARD),
    ("the car stays still\nand a bird flies\nfrom the left of the car\nto the right of the car",
     "bird", "car", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe clip on the in-room channel shows the bird staying still while a car drives from the "
     "right of the bird to the left of the bird. Frankly, I found it alarming.\n\nYours faithfully,\nMs. L. Moreau",
     "car", "bird", LEFTWARD),
    ("== Description ==\n:The cat stays still and a bird flies from the left of the cat to the right of the cat. "
     "Happy with the caption as is. --Nonsuch (talk) 17:40, 14 November 2026 (UTC)", "bird", "cat", RIGHTWARD),
    ("a car\nfrom the right of the bird\nto the left of the bird\nthe bird stays still", "car", "bird", LEFTWARD),
    ("Dear Manager,\n\nThe welcome video shows the dog staying still while a bird flies from the left of the dog to "
     "the right of the dog. I fail to see its connection to your hotel.\n\nYours sincerely,\nProf. N. Iqbal",
     "bird", "dog", RIGHTWARD),
    ("== Requested edit ==\nPlease change the caption to: the cat stays still; a dog walks from the right of the cat "
     "to the left of the cat.\n:{{done}} --Wendeline (talk) 08:48, 2 December 2026 (UTC)", "dog", "cat", LEFTWARD),
    ("the dog stays still\na ball rolling\nfrom the left of the dog\nto the right of the dog",
     "ball", "dog", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe video in my room shows a bird flying from the right of the cat to the left of the cat "
     "as the cat stays still. It played on a loop for my entire stay.\n\nYours faithfully,\nMrs. J. Pennington",
     "bird", "cat", LEFTWARD),
    ("== Description ==\nThe ball stays still; a car drives from the left of the ball to the right of the ball.\n"
     ":'''Support''' --Marginalia (talk) 11:25, 19 January 2026 (UTC)", "car", "ball", RIGHTWARD),
    ("a cat\nfrom the right of the bird\nto the left of the bird\nwhile the bird stays still", "cat", "bird", LEFTWARD),
    ("Dear Manager,\n\nI must complain about the clip on the lobby screen, in which the car stays still while a dog "
     "walks from the left of the car to the right of the car. It is shown every morning without fail.\n\nYours "
     "sincerely,\nMr. A. Szymanski", "dog", "car", RIGHTWARD),
    ("== Caption wording ==\n:The bird stays still and a ball rolls from the right of the bird to the left of the "
     "bird; the caption says exactly this. --Ferrous (talk) 14:14, 8 April 2026 (UTC)\n::'''Keep''' --Tessellate "
     "(talk) 14:50, 8 April 2026 (UTC)", "ball", "bird", LEFTWARD),
    ("a ball\nrolls from the left of the dog\nto the right of the dog\nthe dog stays still\nthe dog does not stir",
     "ball", "dog", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe in-room channel showed the cat staying still while a ball rolled from the right of "
     "the cat to the left of the cat. This was the entirety of the evening's entertainment.\n\nYours faithfully,\nMr. "
     "G. Fairweather", "ball", "cat", LEFTWARD),
    ("== Description ==\nA car drives from the left of the ball to the right of the ball, and the ball stays still.\n"
     ":'''Support''' --Quillon (talk) 19:50, 6 August 2026 (UTC)", "car", "ball", RIGHTWARD),
    ("the cat stays still\na bird\nfrom the right of the cat\nto the left of the cat", "bird", "cat", LEFTWARD),
    ("Dear Manager,\n\nThe relaxation video showed a dog walking from the left of the bird to the right of the bird "
     "while the bird stays still. I had hoped for something more restful.\n\nYours sincerely,\nMs. R. Halvorsen",
     "dog", "bird", RIGHTWARD),
    ("== Proposed description ==\nThe cat stays still as a dog walks from the right of the cat to the left of the cat."
     "\n:'''Support''' per nom. --Vellum (talk) 23:05, 3 September 2026 (UTC)", "dog", "cat", LEFTWARD),
    ("the car stays still\nand a ball rolls\nfrom the left of the car\nto the right of the car",
     "ball", "car", RIGHTWARD),
    ("Dear Sir or Madam,\n\nThe video in my room showed a dog walking from the right of the cat to the left of the "
     "cat while the cat stays still. Please ensure it is not shown to future guests.\n\nYours faithfully,\nMr. H. "
     "Lindholm", "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("== Description ==\nSeen from above: a car starts in the lower left corner, moves to the lower right corner, "
     "then to the upper right corner.\n:'''Support''' --Tessellate (talk) 14:33, 3 May 2026 (UTC)", "car", BL_BR_TR),
    ("seen from above\na car\nlower left corner\nthen upper left corner\nthen upper right corner", "car", BL_TL_TR),
    ("Dear Manager,\n\nThe in-room channel showed, seen from above, a car driving from the lower right corner to the "
     "lower left corner and then to the upper left corner. I did not come here to watch this.\n\nYours sincerely,\n"
     "Mr. T. Everard", "car", BR_BL_TL),
    ("== Route description ==\n:Viewed from above, the car goes from the lower right corner to the upper right corner "
     "and then to the upper left corner. Caption matches. --Sundry (talk) 18:18, 11 June 2026 (UTC)\n::'''Agree''', "
     "but '''oppose''' renaming the file. --Ingleby (talk) 18:40, 11 June 2026 (UTC)", "car", BR_TR_TL),
    ("from above\na car\nin the lower left corner\ngoing to the lower right corner\nand on to the upper right corner",
     "car", BL_BR_TR),
    ("Dear Sir or Madam,\n\nThe clip on my room's channel, seen from above, showed a car moving from the lower left "
     "corner to the upper left corner, then to the upper right corner. I watched it far more often than I wished to.\n"
     "\nYours faithfully,\nMrs. D. Oyelaran", "car", BL_TL_TR),
    ("== Description ==\nSeen from above, a cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.\n:'''Support''' --Marginalia (talk) 07:12, 27 July 2026 (UTC)", "cat", BR_BL_TL),
    ("seen from above\na cat in the lower right corner\nruns to the upper right corner\nthen to the upper left corner",
     "cat", BR_TR_TL),
    ("Dear Manager,\n\nThe welcome video, seen from above, shows a cat going from the lower left corner to the lower "
     "right corner and then to the upper right corner. I fail to see how this constitutes a welcome.\n\nYours "
     "sincerely,\nDr. P. Okonkwo", "cat", BL_BR_TR),
    ("== Requested edit ==\nPlease change the caption to: seen from above, a cat moves from the lower left corner to "
     "the upper left corner, then to the upper right corner.\n:{{done}} --Quillon (talk) 15:03, 9 October 2026 (UTC)",
     "cat", BL_TL_TR),
    ("from above\na cat\nlower right corner\nto lower left corner\nto upper left corner", "cat", BR_BL_TL),
    ("Dear Sir or Madam,\n\nSeen from above, the clip in my room showed a cat moving from the lower right corner to "
     "the upper right corner, then on to the upper left corner. It was the only programme available.\n\nYours "
     "faithfully,\nMs. L. Moreau", "cat", BR_TR_TL),
    ("== Caption ==\n:Viewed from above, a bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner. Fine as written. --Zephyrine (talk) 20:45, 14 November 2026 (UTC)", "bird", BL_BR_TR),
    ("seen from above\na bird flies\nfrom the lower left corner\nto the upper left corner\nthen to the upper right "
     "corner", "bird", BL_TL_TR),
    ("Dear Manager,\n\nThe relaxation video, seen from above, showed a bird flying from the lower right corner to the "
     "lower left corner and then to the upper left corner. I found it oddly unsettling.\n\nYours sincerely,\nProf. N. "
     "Iqbal", "bird", BR_BL_TL),
    ("== Description ==\nFrom above: a bird goes from the lower right corner to the upper right corner, then to the "
     "upper left corner.\n:'''Support''' --Nonsuch (talk) 09:27, 2 December 2026 (UTC)\n::'''Support''' per nom. "
     "--Wendeline (talk) 10:02, 2 December 2026 (UTC)", "bird", BR_TR_TL),
    ("a bird seen from above\nthe lower right corner\nthen the lower left corner\nthen the upper left corner",
     "bird", BR_BL_TL),
    ("Dear Sir or Madam,\n\nThe in-room channel showed a bird, seen from above, flying from the lower left corner to "
     "the lower right corner and then to the upper right corner. This was repeated all night.\n\nYours faithfully,\n"
     "Mrs. J. Pennington", "bird", BL_BR_TR),
    ("== Description ==\nSeen from above, a ball rolls from the lower left corner to the upper left corner, then to "
     "the upper right corner.\n:'''Support''' --Ferrous (talk) 12:36, 19 January 2026 (UTC)", "ball", BL_TL_TR),
    ("from above\na ball rolls\nlower right corner\nlower left corner\nupper left corner", "ball", BR_BL_TL),
    ("Dear Manager,\n\nI must complain about the clip in my room, which showed, seen from above, a ball rolling from "
     "the lower right corner to the upper right corner and then to the upper left corner. I have requested a "
     "different room.\n\nYours sincerely,\nMr. A. Szymanski", "ball", BR_TR_TL),
    ("== Route ==\n:Seen from above, the ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner; the caption says the same. --Vellum (talk) 16:00, 8 April 2026 (UTC)\n::'''Agree''' "
     "--Marginalia (talk) 16:21, 8 April 2026 (UTC)", "ball", BL_BR_TR),
    ("seen from above\na ball\nfrom the lower right corner\nto the upper right corner\nand then the upper left corner",
     "ball", BR_TR_TL),
    ("Dear Sir or Madam,\n\nThe video on the in-room channel, seen from above, showed a ball going from the lower "
     "left corner to the upper left corner, then to the upper right corner. I expected a choice of programmes.\n\n"
     "Yours faithfully,\nMr. G. Fairweather", "ball", BL_TL_TR),
    ("== Description ==\nSeen from above: a dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner.\n:'''Support''' --Ingleby (talk) 13:58, 6 August 2026 (UTC)", "dog", BR_TR_TL),
    ("seen from above\na dog walks\nfrom the lower left corner\nto the lower right corner\nthen to the upper right "
     "corner", "dog", BL_BR_TR),
    ("Dear Manager,\n\nThe welcome video, seen from above, showed a dog walking from the lower left corner to the "
     "upper left corner and then to the upper right corner. I expected a greeting, not this.\n\nYours sincerely,\nMs. "
     "R. Halvorsen", "dog", BL_TL_TR),
    ("== Requested edit ==\nCaption should read: seen from above, a dog moves from the lower right corner to the "
     "lower left corner, then to the upper left corner.\n:{{done}} --Tessellate (talk) 21:11, 3 September 2026 (UTC)",
     "dog", BR_BL_TL),
    ("from above\na dog\nlower left corner\nthen upper left corner\nthen upper right corner", "dog", BL_TL_TR),
    ("Dear Sir or Madam,\n\nSeen from above, the clip in my room showed a dog going from the lower right corner to "
     "the lower left corner, then to the upper left corner. I trust it will be replaced before my next stay.\n\nYours "
     "faithfully,\nMr. H. Lindholm", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
