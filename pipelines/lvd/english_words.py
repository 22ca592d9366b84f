"""Real English words one slip away from a word the layout turns on: never mistypes, whatever the tables know.

The spelling repair mends a word it does not know into the nearest word it does; English is dense at these
lengths, so many real words sit one letter from a layout word ("wire"/"wide", "money"/"monkey", "tuned"/"turned",
"lovely"/"lively", "seem"/"seen", a cook's "simmers"/"swimmers"). These are the common ones a prompt may use for
its things, places and moves.
"""

from __future__ import annotations

REAL_WORDS = frozenset("""
don fro jut lop par pas pat rad rod sow sty tie vie wen
blow clop curt fame firs fist font gong hale hoot info juts lame lash lats lave loot lops matt nett pact pain
pats peen plan poop putt roar rook sake sane seed seem sewn shod sill sire snot sown sows stag stat stow teen
thee tike tine tome vied vies whee wife wile wire wise wive
abode babes bakes bards boars boast bonds booth bower brans canes cases caste caves cites chars clods cocks
corer crepe crepes droop dying ender exert exist filed files fries flats gaols haled hales haves hikes hoots
hoped lades laded lamas laves lobed loins loser lowed lunch meted money muses obits paned panes pants pared
pates payer poser pored rabbi rider rived rivet rover roots ruses sakes sands sated sates seeds sered seres
shins shies shill sided sines singe sings sires sixes sifts slats slums snows sowed spats sprig stags stats
stoop stows sumps swigs tacks tales tiers torts tuned upped vireo waist waled wales wader waked widow
baking bolder bowing though busses casing dances father fatten filing halved hoping lovely parker paring roster
rooter selves sifted siding solder stared stated tuning varnish visibly seeding seeping shoving shoeing
shoring singing sanding sifting starter starved staging staking stowing ruining roiling panting pealing
lunched lunches simmers garages
""".split())
