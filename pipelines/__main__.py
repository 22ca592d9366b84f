"""``python -m pipelines``: the studio's stages without the UI."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
