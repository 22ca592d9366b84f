"""Form values shared by the tabs."""

from __future__ import annotations

from typing import Any

DEFAULT_HINT = "0 or blank: the generator's default"


def size_or_default(value: Any) -> int | None:
    """An optional size/steps field: ``None`` (the generator's default) for blank or 0.

    A blank ``gr.Number`` inside a closed accordion renders as 0 once the accordion opens and then sends 0,
    so 0 has to mean "default" too (no size, frame count or step count can be 0)."""
    if value in (None, ""):
        return None
    number = int(value)
    return number if number > 0 else None
