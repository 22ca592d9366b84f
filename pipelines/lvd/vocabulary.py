"""Word lists and phrase patterns for describing words, visibility and relative sides.

Kept apart from the reader so the rules that decide "is this word an object?" can be read and
extended on their own. A word is drawn as an object only when it names a thing; describing words
(adjectives, participles, adverbs) bind to the noun they precede or are reported as not understood.
"""

from __future__ import annotations

import re

# a word of lowered text, a run of lowercase letters ("don't" is "don" and "t", "left-hand" "left" and "hand"): the
# one pattern the readers that step through a clause word by word share
WORD_RE = re.compile(r"[a-z]+")

# Words that close the things told as all there is: "nothing else", "nothing more", "nothing besides", and "and
# nothing beside it/them" (besides; "a cat with nothing beside it" tells where the cat is, no fence). Each reader adds
# its own conditions on what may follow ("nothing else moves" fences what goes on, not what is there).
NOTHING_ELSE = (r"(?:(?:nothing|naught|nought) (?:else|more|besides)|none (?:else|besides)"
                r"|(?<=and )nothing beside (?:it|them))")
# NOTHING_ELSE or another way of saying it: "not a thing besides", "not another thing", "no other objects", "nothing
# joins them"
FENCE_WORDS = (r"(?:" + NOTHING_ELSE + r"|not (?:a|one) (?:single )?thing (?:else|more|besides)|not another thing"
               r"|no other (?:objects?|things?)|nothing (?:else )?joins (?:them|it))")
# Verbs of seeing, for whoever watches the things a fence closes ("the student observes three cars, and nothing else")
SEEING_VERBS = (r"(?:sees|see|saw|seeing|watches|watch|watched|watching|observes|observe|observed|observing"
                r"|views|view|viewed|notices|notice|noticed|spots|spot|spotted|beholds|behold|beheld"
                r"|witnesses|witness|witnessed|(?:looks|look|looked|looking|stares|stare|stared|gazes|gaze|gazed) at)")
# People named by their watching or learning: "the pupil", "the viewer" look at the clip rather than act in it
ONLOOKER_ROLES = frozenset("student pupil learner viewer spectator onlooker observer audience witness reader listener "
                           "watcher".split())

# Adjectives the reader meets often that do not end in a tell-tale suffix.
PLAIN_ADJECTIVES = frozenset(
    "lively long hot warm cold cool rough smooth soft hard sunny rainy windy cloudy foggy snowy misty "
    "more less most few new fresh clean dirty real vivid natural calm busy quiet loud noisy empty bare blank dense "
    "sleepy tabby bouncy fluffy fuzzy shaggy sparkling glossy dusty muddy rusty fancy tiny slim wide "
    "narrow deep shallow high low near far open closed mid top-down lit red-lit dim dark light last sharp separate "
    "shorter longer lower higher faster slower bigger smaller larger wider thinner thicker heavier lighter darker "
    "brighter closer further farther taller whole entire different similar various identical steep rocky loose "
    "upright curved flat dead thick slow handheld asleep awake afloat aloft adrift ashore alert ahead".split()
)
# Endings of words that describe rather than name (checked only on words the tables do not know).
MODIFIER_SUFFIXES = ("ly", "ing", "ed", "ful", "ous", "ive", "ic", "ical", "able", "ible", "ish", "less")
# Words that qualify a count and mean nothing else ("exactly three dogs").
COUNT_QUALIFIERS = frozenset("exactly precisely just only precise".split())
# Nouns that are parts of speech about the video, never objects.
NON_OBJECT_NOUNS = frozenset((
    "number footage film camera shot clip video movie scene view image sequence row line queue formation "
    "hour hours minute minutes seconds day days morning evening afternoon noon midday midnight moment while remainder nothing "
    "entirety duration "
    "nobody direction "
    "period periods spell spells time "
    "pace speed tempo "
    "total group collection size sizes colour colours color colors shape shapes kind kinds sort sorts type types motion "
    "subject subjects angle angles perspective viewpoint vantage bunch herd flock pack crowd swarm bevy "
    "width length breadth point things style styles lapse timelapse fur feathers plumage mane wool paintwork "
    "anywhere nowhere somewhere everywhere appearance entrance exit arrival departure spot trip route path stop beats mood moods "
    "atmosphere ambience ambiance vibe"
    # Words of photography, composition and feel: they describe the picture, never a thing in it.
    " focus composition framing feel feeling feels detail details quality resolution lighting exposure"
    " contrast palette bokeh tone tones texture textures realism aesthetic aesthetics please look render rendering"
    # Abstract nouns of what a thing does or gives off, and chat's vague "stuff": never a thing to draw.
    " energy activity activities behaviour behavior stuff"
    # Nouns of a passive, nominal register: that a thing is there, or how many, is never a thing to draw.
    " presence absence inclusion exclusion depiction portrayal existence disappearance count"
    # What the maker is asked to bring to the work ("You will need: a little patience."): never a thing to draw.
    " patience care attention"
    # What is heard, not seen ("the music plays on"): never a thing to draw.
    " music song songs tune melody noise silence"
    # Qualities of temper and manner a narrator credits a thing with ("of the most amiable disposition", "with perfect
    # composure"), words that are only ever manner: never a thing to draw.
    " disposition temper temperament composure civility complaisance decorum propriety elegance dignity"
    " vivacity liveliness gaiety modesty sensibility cheerfulness alacrity eagerness fortitude forbearance"
    " discretion prudence manners"
).split())
# Words of manner that also name a thing or name what kind a thing is ("with no little spirit" but "a ghostly spirit
# floats", "a spirit level"; "did it credit" but "a credit card"; "with a reserve that ..." but "a reserve tank";
# "with great delicacy" but "eats a delicacy"; "with admirable restraint" but "a child restraint"): manner only in a
# manner's frame (manner_frames.in_manner_frame), a thing everywhere else.
MANNER_OR_THING_NOUNS = frozenset("spirit reserve credit delicacy restraint".split())
# Every form of the verbs of setting a thing in a place: "puts a book on a table", "placed the cup to the left of it"
PLACING_FORMS = frozenset("put puts putting place places placed placing set sets setting lays laid laying".split())
# Every form of the verbs that say a thing goes out of the frame ("leaves", "has left", "exited", "departs")
EXIT_VERBS = frozenset("leave leaves leaving left exit exits exited exiting depart departs departed departing quit quits "
                       "quitting".split())
# Verbs that present the scene rather than move anything in it.
PRESENTING_WORDS = frozenset(
    "records recording recorded captures capturing captured films filming filmed shows showing depicts "
    "depicting depicted features featuring featured presents presenting observes observing "
    "consists consist consisting comprises comprise comprising see sees seeing show holds holding contains includes "
    # a spotter's record: "Logged a bird, in from the right" presents the bird, as "recorded" does
    "logged logging jotted clocked".split()
)
# Verbs of holding a thing up to be seen, each form: "a man shows two cats", "the teacher plays the children a film",
# "the clip shows one ball" (an alternation, for the readers of who shows what to whom)
SHOWING_VERBS = (r"(?:show|shows|showed|shown|present|presents|presented|display|displays|displayed|play|plays|played"
                 r"|screen|screens|screened|feature|features|featured|depict|depicts|depicted)")
# ... said of what is so rather than of a thing held up: "the girl shows that two dogs run", "shows how a ball rolls"
SHOWN_AS_SO = (r" (?:that (?=(?:a|an|the|some|there|it|they|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
               r"|how\b|what\b|why\b|whether\b)")
# Words that say an object is not there yet ("absent at first"): it appears later.
ABSENT_PHRASES = (r"(?:is|are|was|were) (?:nowhere(?: to be (?:seen|found)| in (?:sight|view)"
                  r"|(?= (?:in|for|during|at|until|till) (?:the )?(?:first|opening|start|beginning|early)\b))"
                  r"|absent|missing|hidden|not (?:yet )?(?:visible|present|there|in view|seen|shown|on screen"
                  r"|in (?:the )?(?:frame|picture|shot))(?! (?:again|anymore|any more)\b))"
                  r"(?: at first| initially| at the (?:start|beginning))?")
# A few frequent function words of other languages: a prompt full of them is not English.
FOREIGN_FUNCTION_WORDS = frozenset(
    "un une le la les des du et est dans sur avec qui que el los las una y en con por para es der die das "
    "ein eine und ist mit auf im il lo gli uno della di che e nel".split()
)


def looks_like_modifier(word: str) -> bool:
    """A describing word by its form: never drawn as an object."""
    if word in PLAIN_ADJECTIVES or "-" in word:
        return True
    return len(word) > 4 and word.endswith(MODIFIER_SUFFIXES) and not word.endswith(("ness", "ment"))


_CARRIED = (r"(?:brought|carried|pulled|pushed|moved|taken|led|driven|drawn|dragged|lifted|blown|swept|introduced|added|released|"
            r"let)")
# Visibility: "shows up", "becomes visible", "has left", "is visible only in the first half".
APPEAR_PHRASES = (
    r"(?:shows?|showing|showed|shown|pops?|popping|popped) up|(?:turns?|turning|turned) up(?! (?:to|toward|towards|into) )"
    r"|(?:fades?|fading|faded) in(?:to (?:view|sight))?"
    r"|(?:joins?|joining|joined) (?:the )?(?:scene|frame|picture|shot|action)"
    r"|(?:comes?|coming|came) into (?:view|sight|the (?:frame|picture|shot))"
    r"|(?:becomes?|becoming|became) (?:visible|seen)"
    r"|(?:arrives?|arriving|arrived)(?! there\b)"  # "arriving there halfway through": reaching the place just said
    r"|(?:makes?|making|made) (?:an|its|their|his|her) (?:entrance|entry|appearance)"
    r"|(?:comes?|coming|came) out(?= *(?:[.,;!?]|$| (?:later|then|after|in|during|at)\b))"
    # "steps out from behind a tree": hidden until then, as "emerges from behind" says
    r"|(?:comes?|coming|came|steps?|stepping|stepped|walks?|walking|walked|creeps?|creeping|crept|peeks?|peeking|peeked"
    r"|pops?|popping|popped|runs?|running|ran) out(?= from behind\b)"
    # fronted: "Initially absent, a cat ...": not there at first, so it comes later
    r"|(?:initially|at first|at the (?:start|beginning)|early on),? (?:absent|missing|hidden|unseen|invisible|out of (?:view|"
    r"sight|shot))"
    # passive: "is brought into view", "gets carried into the frame"
    r"|(?:(?:is|are|gets?|being) )?" + _CARRIED + r" into (?:view|sight|the (?:frame|picture|shot|scene))"
)
# the camera's or a place's height in words, one list for the top-down view and the place above a thing: "from
# directly above", "from way up above"
FROM_ABOVE = r"from (?:straight |directly |just |right |high |(?:way |high )?up )?above"
# what carries the camera, and only that (a lamp, a kite or a car pointing down is in the scene); "crane" alone is a
# bird, so the crane carries a camera by name. The prompt's camera leads and its carriers' looks down share it.
CAMERA_CARRIER = (r"(?:drone|quadcopter|camera|cam|webcam|gopro|lens|satellite|blimp|airship|zeppelin|helicopter"
                  r"|chopper|crane[- ]cam(?:era)?|camera crane|balloon(?:[- ]cam(?:era)?)?|spy plane|spy drone)")
# a heading or a label naming a view from above ("Aerial shot:", "Overhead camera:", "camera overhead:"); a bare
# "Above:" names the frame's upper part, so "above" counts only in "from above"
VIEW_FROM_ABOVE_WORDS = frozenset(("overhead", "aerial", "drone", "top-down", "topdown", "bird's-eye", "birds-eye",
                                   "birdseye"))
_VIEW_FROM_ABOVE_RE = re.compile(r"\b" + FROM_ABOVE + r"\b")


def says_a_view_from_above(words: str) -> bool:
    """Whether a heading's or label's words (lower case) say the picture is taken from above."""
    return not VIEW_FROM_ABOVE_WORDS.isdisjoint(words.split()) or _VIEW_FROM_ABOVE_RE.search(words) is not None


DISAPPEAR_PHRASES = (
    r"(?:is|are) (?:not|never) (?:seen|visible|shown|in view) (?:again|anymore|any more)|"
    r"(?:(?:is|are|gets?|being) )?" + _CARRIED + r" (?:out of|away from|off) (?:view|sight|the (?:frame|picture|shot|scene|"
                                                 r"screen))|"
    r"(?:(?:is|are|gets?|being) )?" + _CARRIED + r" away\b|"  # "is picked up and taken away": carried off, gone
    r"(?:has|have|had) (?:gone|left|disappeared|vanished|exited)(?: the (?:frame|scene|view|picture|shot))?"
    # "then it is gone", "then it was gone": a story told in the past leaves the same way
    r"|(?:is|are|was|were) (?:gone|no longer (?:visible|there|present|seen|in view"
    r"|in (?:the )?(?:frame|picture|shot|scene)))"
    r"|(?:goes|go|going|went) (?:away|out of (?:view|sight))"
    r"|(?:leaves?|leaving|left|quits?|quitting) the (?:frame|scene|view|picture|shot)"
    r"|(?:drops?|dropping|dropped|slips?|slipping|slipped|fades?|fading|faded|passes|passing|passed) out of (?:view|sight)"
    # "jumps down out of sight", "dives out of view": a jump or a drop has no way across to leave by, it is gone
    r"|(?:(?:jump|hop|sink|dive|climb|duck)(?:s|ed|ing)?|dove|sank) (?:down |away |off |up |back )?out of (?:view|sight)"
    r"|(?:but|and|then) (?:is |are )?(?:absent|missing|gone|nowhere)"
    r"|(?:is|are) not(?= *(?:[.,;!?]|$))"  # "in the second half it is not": the state said before, negated
    # "it has passed on", "they passed away", "the dog moved on.": the idioms of a going for good, with nothing after
    # them but a clause's end ("passes on the left" is a pass; "moves on and trots right", "moves on, turning left"
    # go on moving)
    r"|(?:(?:has|have|had) )?(?:pass(?:es|ed|ing)?|mov(?:es|ed|ing)) (?:on|away)"
    r"(?= *(?:[.;!?]|$)| (?:for good|forever)\b|,(?! (?:and|then|but|to|towards?|into|across|past|[a-z]+ing)\b))"
    r"|(?:(?:has|have|had) )?(?:passed|pass(?:es|ing)?) away(?= (?:in|during|at|by|halfway|midway|later)\b)"
)
# "it never leaves", "they do not vanish", "won't go away": a going denied, so what was there stays
GOING_DENIED = (r"(?:never|(?:does|do|did|will)(?: not|n't)|won't) (?:ever )?(?:leaves?|left|exits?|exited|quits?"
                r"|vanish(?:es|ed)?|disappears?|disappeared|go(?:es)? away|went away)")
VISIBLE_PHRASES = (
    r"(?:is|are) (?:still )?left(?= *(?:[.,;!?]|$))|"  # "only the lamp is left": it remains
    r"(?:is|are|was|were|being|be|stays?|remains?) (?:only )?(?:visible|present|seen|shown|there|in view|on screen|"
    r"in (?:the )?(?:frame|shot|picture))"
    r"|(?:shows?|showing|showed) (?:itself|themselves)"
    # "never leaving the frame", "without ever leaving it": it stays in view, no exit
    r"|(?:never|without(?: ever)?|not) (?:leaving|exiting|quitting|going out of) (?:the (?:frame|scene|view|picture|shot|screen)|"
    r"it)"
    # "it never leaves", "it never left the frame", "they don't exit the frame": the same, said with the verb
    # ("they do not vanish early", "they do not leave before the end": not gone before it is over, so there all along;
    # "it never leaves its spot": nor does it move from where it is; "it never goes away again": once come, it stays)
    r"|" + GOING_DENIED +
    r"(?: (?:the (?:frame|scene|view|picture|shot|screen)|it|(?:its|his|her|their|the) (?:own )?(?:spot|place|post|position"
    r"|perch|seat|station)))?(?: again)?"
    r"(?: early(?: on)?| before (?:the )?(?:very )?(?:end|finish|close)(?: of (?:the )?(?:clip|video|footage|film))?)?"
    r"(?= *(?:[.,;!?]|$)| (?:while|whilst|as)\b)"
    # "three kites appear in this shot": they are in it, nothing says when they come
    r"|(?:appears?|appearing|appeared) in (?:this|the) (?:shot|video|clip|scene|picture|frame|footage|image)(?= *(?:[.,;!?]|$|"
    r" (?:on|in|at|by|near|under|along)\b))"
)
# "only in the first half of the video" → ("first"), "in the latter half" → ("second").
HALF_WINDOW = (
    r"(?:only )?(?:in|during|for|within|throughout|through) (?:the|its) (?:(?:video|clip|scene|film|footage|shot)'s )?(?:whole |"
    r"entire |full )?(?P<half>first|second|latter|later|early|earlier|last|final|opening|closing|beginning|ending|back|front"
    r"|initial|concluding|remaining) "
    r"(?:half|part|portion|section|third|quarter)(?: of (?:the )?(?:video|clip|scene|film|footage|shot))?"
    r"|(?P<late_subject>the (?:second|latter|later|back|closing|final) (?:half|part)(?= (?:brings|sees|shows|has)\b))"
    r"|(?P<late_from>(?:not |never )(?:until|till|before) (?:the )?(?:second|latter|later|back|closing|last|final) (?:half|part))"
    r"|(?P<until>until|till|before|up to) (?:(?:about|around|roughly|approximately|nearly|almost|just) )?(?:the )?(?:(?:video|"
    r"clip|scene|film|footage|shot)'s )?(?:middle|midpoint|halfway(?: point| mark)?|half[ -]?way(?: point| mark)?"
    r"|(?:a|one) (?:third|quarter) of the way(?: in| into| through)?)"
    r"(?: (?:of|into|through) (?:the )?(?:video|clip|scene|film|footage|shot))?"
    r"|(?P<early>early on|early in (?:the )?(?:video|clip|scene|film|footage|shot)"
    r"|(?:for|in|during|over) the (?:first|opening) (?:few |couple of )?(?:seconds|moments|frames))"
    r"|(?P<late>(?:late|later) in (?:the )?(?:video|clip|scene|film|footage|shot)|towards? the end(?: of (?:the )?(?:video|clip|"
    r"scene|film|footage|shot))?"
    r"|(?:for|in|during|over) the (?:last|final|closing) (?:few |couple of )?(?:seconds|moments|frames))"
    r"|(?P<after>after|from|past) (?:(?:about|around|roughly|approximately|just) )?(?:the )?(?:middle|midpoint|halfway(?: point|"
    r" mark)?|half[ -]?way(?: point| mark)?"
    r"|(?:first|opening|early|front) (?:half|part))"
    r"(?: of (?:the )?(?:video|clip|scene|film|footage|shot))?(?: on(?:wards?)?)?"
)
FIRST_HALF_WORDS = frozenset(("first", "early", "earlier", "opening", "beginning", "front", "initial"))
# what may open a sentence that says again the thing just named or answered, adding nothing: "a fox. so, a fox runs
# left", "a duck. right, a duck swims", "a horse. well then, a horse grazes"
RESTATING_OPENER = (r"(?:(?:so|yes|yeah|yep|well|now|okay|ok|right|alright|all right|sure)"
                    r"(?: indeed| then)?,? )")
# Parts of the clip a sight can be denied for, built from one set of pieces. Each reader takes only the parts it has
# always read: a wider span would turn a clause of the scene into a denied sighting ("yet nobody notices the cat" keeps
# the cat, "the last part" of a room is a place).
_CLIP_OPENING = r"at first|at the (?:start|beginning|outset)|early on"
_UNTIL_LATER = r"until|till"
# "nobody saw a dog in the first seconds / at first / until ... / yet"
SIGHTING_SPAN = (r"(?:(?:in|during|for|through) (?:the )?(?:first|second|opening|closing|early|final|last)"
                 rf" (?:half|part|seconds?|moments?)|{_CLIP_OPENING}|{_UNTIL_LATER}|yet)")
# a span said anywhere in a sentence: "the first half", "at first", "until"; never a bare "yet" or "last part"
SENTENCE_SPAN = rf"(?:(?:first|second|opening|closing) half|{_CLIP_OPENING}|{_UNTIL_LATER})"
# "don't expect a bus in the first half / at first / yet / at the start"
EXPECTATION_SPAN = rf"(?:{HALF_WINDOW}|at first|yet|at the (?:start|beginning))"

# Relative sides: "from the left of a dog", "to the right side of it", "to its left".
_SIDE = r"(?:left|right)"
_FRAME_NOUNS = r"(?:the )?(?:frame|screen|scene|image|video|picture|view|canvas|shot|clip)\b"
_SIDE_PREP = r"(?:from|to|toward|towards|on|at|in)"
_SPOT = r"(?:(?:a|the|some) (?:spot|point|place|position|location) (?:just )?(?:to )?)"  # "from a spot left of a dog"
# "the right side of the room", "the left side of the sky": the setting's side is the frame's (a thing's, "of the table", stays
# its own)
_SETTING_NOUNS = r"(?:the )?(?:room|sky|road|field|street|garden|beach)\b"
SIDE_OF = (r"(?P<side_prep>" + _SIDE_PREP + r" )?" + _SPOT + r"?(?:the )?(?P<side_of>" + _SIDE
           + r")(?:[ -](?:hand )?side)? of (?!" + _FRAME_NOUNS + r"|" + _SETTING_NOUNS + r")")
SIDE_ITS = (r"(?P<its_prep>" + _SIDE_PREP + r" )?(?:its|his|her|their|(?:the|an?) (?:[a-z]+ ){0,2}[a-z]+'s) (?P<its_side>" + _SIDE
            + r")(?:[ -](?:hand )?side)?")

# "from above a car", "from beneath the bridge": a side over or under another thing, at its x
VERTICAL_SIDES = {"above": "above", "on top of": "above", "atop": "above",
                  "below": "below", "beneath": "below", "underneath": "below", "under": "below"}

# "left", "upper", "corner", "middle": the words that alone name a place in the frame (a pattern fragment); each reader
# adds the words it also takes for one ("side", "edge", "above")
FRAME_PLACE_WORDS = r"(?:left|right|top|bottom|upper|lower|middle|centre|center|corner)"

# Where a path starts and ends when no motion verb says so ("starts in the lower left corner").
START_WORDS = (r"(?:starts?|starting|started|begins?|beginning|began|begun|sits?|sitting|is|was|were|initially|first|placed|"
               r"located"
               r"|(?:first|initially) (?:seen|spotted|shown|visible)|seen first)(?: off| out)?")
# "a cat is crouched to the right of a ball": a posture said with a side is where the object is first
SIDE_START_LEADS = (r"(?:" + START_WORDS + r"|crouch(?:es|ed|ing)?|perch(?:es|ed|ing)?|poised|positioned|stationed|seated"
                    r"|huddled|curled|hunched|hiding|hidden|lurk(?:s|ing)?|wait(?:s|ing|ed)?|lie|lies|lying|lay|rest(?:s|ing|ed)?"
                    r"|stand(?:s|ing)?|stood|are|sat|parked|asleep|sleep(?:s|ing)?|slept|doz(?:es|ing)|nap(?:s|ping)|loung(?:es|"
                    r"ing)"
                    r"|idl(?:es|ing)|stay(?:s|ing|ed)?|remain(?:s|ing|ed)?)")
HYPHEN_MODIFIER_TAILS = r"(?:like|shaped|sized|colou?red|hued|tinted|toned|looking|style|themed|lit|haired|eyed|legged|tailed)"
FINISH_WORDS = (r"(?:ends?|ending|ended|settles?|settling|settled|finish(?:es|ing|ed)?|winds?|winding|wound|stops?|stopping|"
                r"stopped"
                r"|(?:comes?|came|coming) to (?:a )?(?:rest|stop|halt|standstill)|arrives?|arriving|pauses?|pausing|paused|"
                r"halts?|halting|halted|(?:last|finally) (?:seen|spotted|shown)|seen last)(?: up)?")


# ------------------------------------------------------------------------------ descriptive words

COLORS = frozenset(
    "red orange yellow green blue purple pink brown black white gray grey silver golden gold beige "
    "violet cyan magenta turquoise navy maroon teal crimson tan".split()
)
# Spellings of one word, LVD's (American) form first: exported names use that form, and guidance finds an
# object's words in the prompt whichever form the user wrote ("a grey cat" is LVD's "gray cat").
SPELLINGS = (("gray", "grey"), ("color", "colour"), ("colored", "coloured"))
_LVD_SPELLING = {variant: forms[0] for forms in SPELLINGS for variant in forms[1:]}
_SPELLING_FORMS = {form: forms for forms in SPELLINGS for form in forms}


def lvd_spelling(word: str) -> str:
    """The word as LVD's vocabulary spells it ("grey" → "gray"); other words unchanged."""
    return _LVD_SPELLING.get(word, word)


def lvd_phrase(phrase: str) -> str:
    """A name in LVD's spelling, word by word ("grey cat" → "gray cat")."""
    return " ".join(lvd_spelling(word) for word in phrase.split())


def spelling_forms(word: str) -> tuple[str, ...]:
    """Every spelling of the word the prompt may use ("gray" → gray, grey), the word itself if it has one."""
    return _SPELLING_FORMS.get(word.lower(), (word,))
SIZE_FACTORS = {
    "tiny": 0.4, "small": 0.6, "little": 0.7, "short": 0.8, "big": 1.5, "large": 1.5, "tall": 1.3,
    "huge": 2.2, "giant": 2.5, "enormous": 2.5, "massive": 2.2, "baby": 0.6,
}
MATERIAL_WORDS = {
    "rubber": "rubber", "glass": "glass", "wooden": "wood", "wood": "wood", "metal": "metal",
    "metallic": "metal", "steel": "metal", "iron": "metal", "plastic": "plastic", "stone": "stone",
    "paper": "paper", "cardboard": "cardboard", "leather": "leather", "ceramic": "ceramic",
    "porcelain": "ceramic", "brass": "metal", "brick": "brick", "copper": "metal", "wax": "wax", "crystal": "glass",
    "golden": "metal", "clay": "ceramic", "ice": "ice",
}
# Descriptive words we accept and keep as a plain "detail" attribute (so they are not reported as unknown).
DETAIL_WORDS = frozenset(
    "shiny fluffy old young happy sad cute fat thin heavy light wet dry bright dark striped spotted "
    "wild brave tired angry furry round square empty full colorful colourful beautiful pretty "
    "tennis bouncy toy cartoon realistic excited playful lone single lonely flying running".split()
)
# Speed adverbs: factor on the object's own speed.
SPEED_WORDS = {
    "slowly": 0.5, "gently": 0.6, "leisurely": 0.6, "calmly": 0.7, "carefully": 0.7, "steadily": 1.0,
    "quickly": 1.6, "fast": 1.6, "rapidly": 1.6, "swiftly": 1.5, "hard": 1.4, "briskly": 1.3, "hurriedly": 1.5,
}
# Throw-height words: the apex of a throw as a fraction of the frame height above the ground.
HEIGHT_WORDS = {"high": 0.78, "higher": 0.8, "low": 0.3, "lightly": 0.4, "softly": 0.4}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "single": 1, "another": 1, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}
# "watch a car move", "see a dog run", "let the ball drop", "make a cat jump": verbs whose object's bare verb follows
# it, so the plain verb after their object is that object's verb
BARE_INFINITIVE_VERBS = frozenset((
    "see sees saw seen seeing watch watches watched watching notice notices noticed noticing spot spots spotted spotting "
    "observe observes observed observing hear hears heard hearing let lets letting make makes made making have has had "
    "help helps helped helping").split())
# The verbs that help another ("has walked", "did the cat chase", "can be seen"), in one place for the modules
# that tell a helping verb from the act it helps
AUXILIARY_VERBS = frozenset("is are was were be been being has have had do does did can could will would may might "
                            "must shall should".split())
# The number words as one regex alternation ("two|three|..."), for the patterns that tell a count from a name
COUNT_WORDS = "|".join(word for word in NUMBER_WORDS if word.isalpha())
# The nouns a prompt names its clip by ("the video", "this footage", "the tape entered into evidence")
CLIP_NOUNS = ("clip", "video", "film", "footage", "recording", "tape", "reel", "movie", "cartoon", "loop", "slideshow",
              "animation", "exhibit")
COUNT_PHRASES = {
    "a pair of": 2, "a couple of": 2, "a duo of": 2, "a trio of": 3, "a quartet of": 4, "a quintet of": 5, "a few": 3,
    "a handful of": 3, "several": 3, "a group of": 4, "a herd of": 4,
    "a flock of": 5, "a pack of": 4, "a bunch of": 4, "a team of": 4, "many": 5, "lots of": 5, "a lot of": 5,
    "some": 2, "a school of": 5, "a swarm of": 6, "a dozen": 12, "half a dozen": 6, "a half dozen": 6,
    # "both of the dogs", "all three of the cats": the whole group, counted (the article still finds one named before)
    "both of": 2, **{f"all {word} of": value for word, value in NUMBER_WORDS.items() if 2 <= value <= 10
                     and word.isalpha() and word != "both"},
}
INDEFINITE = frozenset(("a", "an", "one", "another", "some"))
DEFINITE = frozenset(("the", "this", "that", "these", "those", "his", "her", "its", "their", "my", "your", "our"))
PRONOUNS = frozenset(("it", "they", "he", "she", "him", "them", "itself", "themselves", "former", "latter"))  # "the former"
# The work a reviewer's verdict is about, never a thing of the clip: "Matches the ticket.", "Meets the spec."
WORK_NOUNS = frozenset("brief briefs spec specs specification ticket tickets requirement requirements request "
                       "storyboard script budget checklist criteria mandate assignment deadline notes prompt "
                       "reference references vision intent direction guidelines standard standards set".split())
# The ways of saying "no one at all": "nobody saw a dog", "not a soul noticed a ball"
# "not a soul", "not a single soul", "not another soul": nobody, said with a noun the tables do not know (the one list
# for the readers of empty subjects and of denied sightings alike; "no soul" is how the contrasts pass says "not a
# single soul")
NO_SOUL_WORDINGS = ("not a soul", "not a single soul", "not a living soul", "not one soul", "not one single soul",
                    "not one living soul", "not another soul", "not another living soul", "no soul", "no living soul",
                    "no other soul")
NOBODY_WORDINGS = ("nobody", "no one", "no-one", *NO_SOUL_WORDINGS, "none of us")
# Verbs of staying on where one is: "nobody remains", "it stays put"
LASTING_VERBS = frozenset("stay stays stayed staying remain remains remained remaining linger lingers lingered "
                          "lingering wait waits waited waiting".split())
COMING_VERBS = frozenset(("come", "comes", "came", "coming"))  # "comes rolling in": the participle says how it comes
SEQUENCE_WORDS = frozenset(("then", "finally", "afterwards", "afterward", "next", "later", "eventually", "subsequently", "lastly",
                            "after that", "after this", "thereafter"))

# ------------------------------------------------------------------------------ verbs
# Every form is listed: no stemming, so a rule never fires on a word it was not written for.


def _forms(kind: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), kind)


# the gaits that cover ground at a walk's pace, on foot or on the belly ("a dog trots", "a cat tiptoes", "a snake
# slithers"): a move by one of them travels, as a walk does
GROUND_GAITS = frozenset(
    "walk walks walking walked stroll strolls strolling strolled march marches marching marched travel travels travelling "
    "traveling travelled traveled trek treks trekking trekked hike hikes hiking hiked trudge trudges trudging trudged amble "
    "ambles ambling ambled wander wanders wandering wandered crawl crawls crawling crawled trot trots trotting trotted stride "
    "strides striding strode tiptoe tiptoes tiptoeing tiptoed creep creeps creeping crept slither slithers slithering "
    "slithered".split())

# the kinds of verb by which a thing goes somewhere ("what appears? a dog" names the dog, "what rests?" a still one)
MOVING_KINDS = frozenset(("move", "roll", "fly", "drive", "run", "swim", "glide", "float",
                          "bounce", "jump", "approach", "circle"))
# the kinds of verb by which a thing travels of itself: it sets off ("drives away"), keeps going ("walks on")
SETTING_OFF_KINDS = frozenset(("move", "run", "drive", "roll", "swim", "fly", "glide"))
# the kinds of verb by which a thing goes from place to place: those it sets off by, and drifting and leaping too
TRAVEL_KINDS = SETTING_OFF_KINDS | {"float", "jump"}
# the camera's own moves: a verb of these kinds moves no thing of the scene
CAMERA_KINDS = frozenset(("pan", "dolly", "zoom"))
VERB_KINDS: dict[str, str] = {
    **_forms("move", "move moves moving moved go goes going went walk walks walking walked shift shifts shifting shifted stroll "
                     "strolls "
             "strolling strolled wander wanders wandering wandered march marches marching marched crawl crawls crawling crawled "
             "travel travels travelling traveling travelled traveled step steps stepping stepped head heads heading headed come "
             "comes coming came "
             "turn turns turning turned climb climbs climbing climbed wobble wobbles wobbled tiptoe tiptoes tiptoed trot trots "
             "trotting trotted "
             "slither slithers slithering slithered creep creeps creeping crept pad pads padding padded stride strides striding "
             "strode passing overtake overtakes overtaking overtook overtaken lead leads leading led"),
    **_forms("move", "sneak sneaks sneaking sneaked snuck slink slinks slinking slunk sweep sweeps sweeping swept "
             "blown"),
    **_forms("run", "run runs running ran race races racing raced sprint sprints sprinting sprinted dash dashes dashing dashed "
             "gallop gallops galloping galloped jog jogs jogging jogged hurry hurries hurried rush rushes rushing rushed "
             "chase chases chasing chased speed speeds speeding sped canter canters cantering cantered lope lopes loping loped "
             "scamper scampers scampering scampered flee flees fleeing fled"),
    **_forms("zoom", "zoom zooms zooming zoomed"),
    **_forms("drive", "drive drives driving drove driven ride rides riding rode ridden cycle cycles cycling "
             "cycled pedal pedals pedaling pedalling pedaled pedalled sail sails sailing sailed"),
    **_forms("roll", "roll rolls rolling rolled slide slides sliding slid skate skates skating ski skis skiing "
             "skated skied skid skids skidding skidded"),
    **_forms("swim", "swim swims swimming swam swum paddle paddles paddling paddled"),
    **_forms("fly", "fly flies flying flew flown soar soars soaring hover hovers hovering flutter flutters "
             "fluttering flap flaps flapping soared hovered fluttered flapped"),
    **_forms("glide", "glide glides gliding glided"),
    **_forms("jump", "jump jumps jumping jumped hop hops hopping hopped leap leaps leaping leapt leaped "
             "bound bounds bounding bounded spring springs springing sprang sprung vault vaults vaulted"),
    **_forms("throw", "throw throws throwing threw thrown toss tosses tossing tossed kick kicks kicking "
             "kicked hit hits hitting launch launches launching launched shoot shoots shooting shot "
             "fling flings flinging flung hurl hurls hurling hurled lob lobs lobbing lobbed pass passes passed "
             "serve serves served pitch pitches pitched"),
    **_forms("fall", "fall falls falling fell fallen drop drops dropping dropped tumble tumbles tumbling "
             "tumbled plummet plummets plummeting plummeted plunge plunges plunging plunged dive dives diving dove "
             "sink sinks sinking sank sunk descend descends descending descended"),
    **_forms("bounce", "bounce bounces bouncing bounced rebound rebounds rebounding rebounded"),
    **_forms("land", "land lands landing landed hits_ground"),
    **_forms("break", "break breaks breaking broke shatter shatters shattering shattered smash smashes "
             "smashing smashed crack cracks cracked splat splats"),
    **_forms("float", "float floats floating floated drift drifts drifting drifted rise rises rising rose "
             "risen ascend ascends ascending ascended"),
    **_forms("circle", "circle circles circling circled orbit orbits orbiting orbited spin spins spinning spun loop "
             "loops looping looped"),
    **_forms("rest", "sit sits sitting sat stand stands standing stood rest rests resting lie lies lying lay "
             "rested sleep sleeps sleeping slept wait waits waiting waited stay stays staying stayed remain remains remaining "
             "remained park parks "
             "parked stop stops stopped stopping halt halts halted perch perches perched hang hangs hanging hung "
             # "two sheep graze": idling in place, said with a bare verb a noun that is its own plural would swallow
             "graze grazes grazing grazed doze dozes dozing dozed nap naps napping napped bask basks basking basked "
             "snooze snoozes snoozing snoozed lounge lounges lounging lounged linger lingers lingering lingered "
             "peck pecks pecking pecked"),
    **_forms("appear", "appear appears appearing appeared reappear reappears reappearing reappeared emerge emerges emerging "
                       "emerged arrive arrives "
             "arriving arrived enter enters entering entered pop pops "
             # a game's words for a thing put in or taken out of the world: "it spawns in", "the cat despawns" (never
             # bare "spawn", mostly a noun or a fish's "to spawn": "frog spawn floats", "a late spawn")
             "spawns spawning spawned respawn respawns respawning respawned"),
    **_forms("disappear", "disappear disappears disappearing disappeared vanish vanishes vanishing vanished "
             "fade fades fading faded leave leaves leaving exit exits exiting exited depart departs departing departed "
             "despawn despawns despawning despawned"),
    **_forms("move", "visit visits visiting visited reach reaches reaching reached cross crosses crossing crossed "
             "shuffle shuffles shuffling shuffled continue continues continuing continued proceed proceeds proceeding "
             "proceeded amble ambles ambling ambled scurry scurries scurrying scurried waddle waddles waddling waddled"),
    **_forms("fall", "topple topples toppling toppled slip slips slipping slipped tip tips tipping tipped"),
    **_forms("approach", "approach approaches approaching approached follow follows following followed"),
    **_forms("pan", "pan pans panning panned"),
    **_forms("dolly", "dolly dollies dollying pull pulls pulling pulled push pushes pushing pushed track "
             "tracks tracking"),
}

# "reaches the lower right halfway through": a time said with reaching a place is when it is there, not when it sets off
ARRIVAL_VERBS = frozenset("reach reaches reaching reached gets getting got".split())
# Verbs that change an object's shape, contents or state but not where it is ("a pendulum swings",
# "an ice cube melts"): read, so they are not reported, and the object keeps its place.
STATE_VERBS = frozenset(
    "line lines lined lining slump slumps slumping swing swings swinging swung sway sways swaying melt melts melting melted "
    "shrink shrinks shrinking  soften softens softening boil boils boiling burn burns burning glow glows glowing pour pours "
    "pouring  poured fill fills filling filled squeeze squeezes squeezing stretch stretches stretching bend bends  bending snap "
    "snaps snapping flip flips flipping lean leans leaning press presses  pressing flatten flattens crush crushes crushing "
    "dissolve dissolves dissolving stir stirs stirred  heat heats heated shine shines shining ripple ripples dry dries drying "
    "freeze freezes freezing drip drips  dripping slows slowing slowed scatters  collide collides colliding lurch lurches brake "
    "brakes braking strike strikes striking looks looked looking".split()
    + "collided lurched braked struck swayed shone shrank".split()
)
# Verbs whose direct object is what moves ("a boy kicks a ball": the ball flies, the boy stays).
TRANSITIVE_VERBS = frozenset(
    "throw throws throwing threw toss tosses tossing tossed kick kicks kicking kicked hit hits hitting "
    "launch launches launching launched shoot shoots shooting fling flings flinging flung hurl hurls hurling "
    "hurled lob lobs lobbed pass passes passed serve serves served pitch pitches pitched drop drops dropping "
    "dropped roll rolls rolling rolled bounce bounces bouncing bounced push pushes pushing pushed".split()
)
PASS_VERBS = frozenset(("pass", "passes", "passed", "passing", "overtake", "overtakes", "overtaking", "overtook", "overtaken"))
# Verbs of going that take a rival or a quarry as their object: "a dog races a cat", "the cat chases the ball" runs
# against or after it, which is no new subject ("... but runs past it" is still the racer's or the chaser's).
RIVALLING_VERBS = frozenset(("race", "races", "raced", "racing", "chase", "chases", "chased", "chasing"))
# Verbs that continue a flight instead of starting a new move ("is thrown and bounces").
FLIGHT_KINDS = frozenset(("throw", "fall", "bounce", "jump", "glide"))
CONTINUATION_KINDS = frozenset(("bounce", "land", "break", "fall", "roll"))
# For things that cannot move by themselves, "flies"/"moves"/"slides" after a throw describe that same flight.
PASSIVE_CONTINUATIONS = frozenset(("fly", "move", "glide", "run"))
INSTANT_KINDS = frozenset(("appear", "disappear"))
RELATIVE_PRONOUNS = frozenset(("that", "which", "who", "whose"))
ENTRY_SIDE_UNSAID = "left"  # "walks into the frame": from the left unless it heads left
MODAL_FOLLOWERS = frozenset(("be", "not", "see", "you", "we", "also", "now", "still", "only", "just", "i", "they", "get", "have",
                             "no", "never", "always", "clearly", "barely", "hardly"))
STILL_KINDS = frozenset(("rest", "visible", "appear", "disappear"))
CAMERA_WORDS = frozenset(("camera", "viewer", "view", "shot", "lens"))
CAMERA_PARTICLES = {"in": "in", "closer": "in", "forward": "in", "out": "out", "back": "out", "backward": "out", "away": "out"}


# Words the reader knows carry no meaning for the layout (never reported as "not understood").
STOP_WORDS = frozenset(
    "a an the is are was were be being been am of in on at to by for with from into onto off over under "
    "and or nor neither either but so as while when which who whom whose that this these those there here it its it's they "
    "them their he she his her him we our you your i my me very really just also too then than again "
    "first second third initially slowly all each every some any no not only still even about around after before "
    "until during through up down out away back toward towards across along past behind beside near "
    "video scene frame clip shot image picture view scenery moment time way side corner edge part area "
    "top bottom left right center centre middle half end start beginning same other another own "
    "gets get got getting has have having had do does did can could will would shall should must shall must may might "
    "ought oughta "
    "begin begins began begun start starts started continue continues continued keeps keep try tries "
    "slightly suddenly immediately gradually finally eventually soon now once twice quite rather almost "
    "itself themselves each other something someone somewhere towards upward downward one how what "
    "where why onto upon inside outside between above below beneath underneath against within without "
    "arc arcs curve path trajectory line straight "
    "like unlike via per whilst lands ground surface floor air distance foreground background way together apart "
    "forth others ones alone never ever always respectively else "
    "yet anymore today tonight yesterday tomorrow lately meanwhile".split()
)
COPULA = frozenset(("there", "is", "are", "was", "were", "be", "being", "been"))  # carry nothing alone
# Words after which a colour or size describes the noun before them ("a cat that is red", "a car in blue").
PREDICATE_LINKS = frozenset(("is", "are", "was", "were", "be", "in", "of", "painted", "coloured", "colored", "dyed", "all"))
FRAME_WORDS = frozenset(("picture", "frame", "screen", "image", "illustration", "artwork", "animation"))
# A record's field naming its thing ("Subject: a cat."): said after a route's fields, the route is that thing's
THING_FIELD_LABELS = ("subject", "object", "item", "specimen", "mover", "thing", "target", "entity", "animal",
                      "vehicle", "creature", "character", "organism", "traveller", "traveler", "passenger")
NEGATED_WORDS = frozenset(("not", "absent", "missing", "hidden", "nowhere"))
CLAUSE_WORDS = frozenset(("while", "whereas", "whilst"))
COLOUR_LINKS = frozenset(("painted", "coloured", "colored", "dyed"))
LOCATIVE_WORDS = frozenset(("at", "in", "throughout", "along", "inside", "within", "through", "amid", "among"))
# What covers an animal or a thing: "a cat with orange fur" is an orange cat, the fur is no object.
COVERINGS = frozenset("fur coat feathers feather plumage hair mane wool skin scales paint paintwork shell colour color".split())
# How strong a colour is ("bright orange", "pale blue"): the colour is still the colour, the word does not block it.
INTENSITY_WORDS = frozenset("bright dark pale light deep vivid dull pastel neon rich soft dusty muted vibrant bold "
                            "brilliant electric hot faded glossy matte shiny".split())
DEGREE_WORDS = frozenset("very really rather quite so fairly pretty extremely incredibly truly most somewhat "
                         "entirely completely totally wholly fully mostly mainly largely pure".split())


def is_describing(word: str) -> bool:
    return (word in COLORS or word in SIZE_FACTORS or word in PLAIN_ADJECTIVES or word in DETAIL_WORDS
            or word in MATERIAL_WORDS or (word in VERB_KINDS and word.endswith(("ing", "ed"))))
