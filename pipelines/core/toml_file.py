"""The one TOML writer: settings tables in, text that ``tomllib`` reads back to the same values out.

``tomli_w`` does the escaping (control characters, DEL, quotes, backslashes, unicode) and the key
quoting; this module only decides what a settings file may hold and says which setting is wrong.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from .errors import PhyStudioError


class TomlValueError(PhyStudioError, ValueError):
    """A setting holds a value a TOML settings file cannot; the message names the setting."""


def toml_text(tables: Mapping[str, Mapping[str, Any]], *, finite_only: bool = False) -> str:
    """``{"section": {"key": value}}`` as TOML; ``None`` values are left out (the reader's default applies).

    Values may be strings, paths, booleans, numbers, lists of them and nested tables. ``finite_only``
    refuses NaN and infinities (a form field that asks for a number); otherwise they are written as
    TOML's ``nan`` and ``inf`` and read back as such.
    """
    document: dict[str, Any] = {}
    for section, values in tables.items():
        if not isinstance(values, Mapping):
            raise TomlValueError(f"setting [{section}] must be a table of key = value, got {values!r}")
        document[str(section)] = _table(values, str(section), finite_only)
    return tomli_w.dumps(document)


def _table(values: Mapping[str, Any], where: str, finite_only: bool) -> dict[str, Any]:
    return {str(key): _plain(value, f"{where}.{key}", finite_only) for key, value in values.items() if value is not None}


def _plain(value: Any, where: str, finite_only: bool) -> Any:
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if finite_only and not math.isfinite(value):
            raise TomlValueError(f"setting {where} must be a finite number, got {value!r}")
        return value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return _table(value, where, finite_only)
    if isinstance(value, (list, tuple)) and all(item is not None for item in value):
        return [_plain(item, where, finite_only) for item in value]
    raise TomlValueError(f"setting {where} has a value TOML cannot hold here: {value!r}")
