"""Text written by one visitor and shown to others."""

from __future__ import annotations

_MARKUP = set("\\`*_{}[]()<>#+-.!|~&\"':@=/$")


def markdown_literal(text: str) -> str:
    """``text`` as Markdown that renders exactly as typed: no links, autolinks, images, HTML or emphasis (a prompt
    written by a visitor is shown to every voter). Markup characters become HTML character references, which
    Markdown leaves alone and the browser shows as the characters; line breaks become spaces."""
    return "".join(f"&#{ord(c)};" if c in _MARKUP else " " if c in "\r\n" else c for c in str(text))
