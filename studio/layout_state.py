"""Per-browser-session state of the Layout tab: the current layout and its undo/redo history.

Lives in a ``gr.State`` so every session gets its own copy; layouts are immutable, so the
history is a list of snapshots and nothing is shared between sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.core.layout import Layout

HISTORY_LIMIT = 100


@dataclass
class LayoutSession:
    layout: Layout | None = None
    prompt: str = ""
    undo_stack: list[Layout] = field(default_factory=list)
    redo_stack: list[Layout] = field(default_factory=list)
    previewed: Layout | None = None  # the layout the preview video currently shows

    def push(self, layout: Layout) -> None:
        """Make ``layout`` current, remembering the previous one for undo."""
        if self.layout is not None and layout != self.layout:
            self.undo_stack.append(self.layout)
            del self.undo_stack[:-HISTORY_LIMIT]
        self.redo_stack.clear()
        self.layout = layout

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        if self.layout is not None:
            self.redo_stack.append(self.layout)
        self.layout = self.undo_stack.pop()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        if self.layout is not None:
            self.undo_stack.append(self.layout)
        self.layout = self.redo_stack.pop()
        return True
