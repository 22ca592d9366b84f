"""The repository's ``assets/`` folder: CSS and the small browser scripts the tabs load."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def asset_text(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")
