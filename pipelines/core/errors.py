"""The one base class of the errors PhyStudio raises on purpose.

Every domain error (a bad layout, a training config that cannot run, a refused vote, a backend that
cannot be reached) derives from ``PhyStudioError`` and keeps the built-in base it had (``ValueError``
or ``RuntimeError``), so the studio and the CLIs catch one type to show a message the user can act on,
and anything else stays visible as a bug.
"""

from __future__ import annotations


class PhyStudioError(Exception):
    """An error whose message says what is wrong and what to change; safe to show to the user."""
