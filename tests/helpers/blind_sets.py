"""The held-out planner sets that retell LVD's prompts in one table, in order of writing.

Sets 17 and 18 hold only some families and are tested on their own; every set from 19 on holds
all six, so the shape test and the planner's GPT-4-level test both walk this one table.
"""

from tests.helpers import (
    blind_set_19,
    blind_set_20,
    blind_set_21,
    blind_set_22,
    blind_set_23,
    blind_set_24,
    blind_set_25,
    blind_set_26,
    blind_set_27,
    blind_set_28,
    blind_set_29,
    blind_set_30,
    blind_set_31,
    blind_set_32,
    blind_set_33,
    blind_set_34,
    blind_set_35,
    blind_set_36,
    blind_set_37,
    blind_set_38,
    blind_set_39,
    blind_set_40,
    blind_set_41,
    blind_set_42,
    blind_set_43,
    blind_set_44,
    blind_set_45,
    blind_set_46,
    blind_set_47,
    blind_set_48,
    blind_set_49,
    blind_set_50,
    blind_set_51,
    blind_set_52,
    blind_set_53,
    blind_set_54,
    blind_set_55,
    blind_set_56,
    blind_set_57,
    blind_set_58,
    blind_set_59,
    blind_set_60,
    blind_set_61,
    blind_set_62,
    blind_set_63,
    blind_set_64,
    blind_set_65,
    blind_set_66,
    blind_set_67,
    blind_set_68,
    blind_set_69,
    blind_set_70,
    blind_set_71,
    blind_set_72,
    blind_set_73,
    blind_set_74,
    blind_set_75,
    blind_set_76,
    blind_set_77,
    blind_set_78,
    blind_set_79,
    blind_set_80,
    blind_set_81,
    blind_set_82,
    blind_set_83,
    blind_set_84,
    blind_set_85,
    blind_set_86,
    blind_set_87,
    blind_set_88,
    blind_set_89,
    blind_set_90,
    blind_set_91,
    blind_set_92,
    blind_set_93,
    blind_set_94,
    blind_set_95,
    blind_set_96,
    blind_set_97,
    blind_set_98,
    blind_set_99,
    blind_set_100,
    blind_set_101,
    blind_set_102,
    blind_set_103,
    blind_set_104,
    blind_set_105,
)

FULL_SETS = (blind_set_19, blind_set_20, blind_set_21, blind_set_22, blind_set_23, blind_set_24, blind_set_25,
             blind_set_26, blind_set_27, blind_set_28, blind_set_29, blind_set_30, blind_set_31, blind_set_32,
             blind_set_33, blind_set_34, blind_set_35, blind_set_36, blind_set_37, blind_set_38,
             blind_set_39, blind_set_40, blind_set_41, blind_set_42, blind_set_43,
             blind_set_44, blind_set_45, blind_set_46, blind_set_47, blind_set_48, blind_set_49,
             blind_set_50, blind_set_51, blind_set_52, blind_set_53, blind_set_54, blind_set_55,
             blind_set_56, blind_set_57, blind_set_58, blind_set_59, blind_set_60, blind_set_61,
             blind_set_62, blind_set_63,
             blind_set_64, blind_set_65,
             blind_set_66, blind_set_67, blind_set_68, blind_set_69, blind_set_70, blind_set_71, blind_set_72,
             blind_set_73, blind_set_74,
             blind_set_75, blind_set_76, blind_set_77, blind_set_78, blind_set_79, blind_set_80, blind_set_81, blind_set_82,
             blind_set_83, blind_set_84, blind_set_85, blind_set_86, blind_set_87, blind_set_88, blind_set_89,
             blind_set_90, blind_set_91, blind_set_92, blind_set_93, blind_set_94, blind_set_95, blind_set_96,
             blind_set_97, blind_set_98, blind_set_99, blind_set_100, blind_set_101, blind_set_102, blind_set_103,
             blind_set_104,
             blind_set_105)
# The sets whose misses have been read and fixed: a new set is scored untouched first, waits in UNFIXED_SETS, and
# joins the planner's GPT-4-level test only once its fixes are in (98, 102, 103 and 104 wait: written and scored this
# session, held back from its fixers to measure how far their fixes carry over; their misses are the next session's to
# read).
UNFIXED_SETS: tuple = (blind_set_98, blind_set_102, blind_set_103, blind_set_104)
FIXED_SETS = tuple(s for s in FULL_SETS if s not in UNFIXED_SETS)


def set_name(module) -> str:
    return module.__name__.rsplit(".", 1)[1]


def set_number(module) -> int:
    """The set's number in order of writing, which says what later rules of writing it follows."""
    return int(set_name(module).rsplit("_", 1)[1])
