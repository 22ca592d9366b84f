"""ZeroGPU: on a ZeroGPU Space a GPU is attached only while a ``spaces.GPU``-decorated function runs.

``gpu_task`` applies that decorator to the handlers that run models when (and only when) the studio is on
ZeroGPU hardware; everywhere else it returns the handler unchanged, and the ``spaces`` package (present on
Spaces, not a dependency of ours) is never imported.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TypeVar

from pipelines.core.deployment import Host

log = logging.getLogger(__name__)

# Longest GPU lease per call, by kind of work (ZeroGPU queues shorter requests first).
GENERATE_S = 300
SCORE_S = 120
REFINE_S = 900
COMPARE_S = 900
Handler = TypeVar("Handler", bound=Callable)


def gpu_task(duration_s: int = 120) -> Callable[[Handler], Handler]:
    """Decorator for GPU event handlers; ``duration_s`` is the longest one call may hold the GPU."""

    def decorate(handler: Handler) -> Handler:
        if not Host.from_environ(os.environ).zero_gpu:
            return handler
        try:
            import spaces
        except ImportError:
            log.warning("SPACES_ZERO_GPU is set but the 'spaces' package is missing; %s runs without a GPU lease",
                        getattr(handler, "__name__", handler))
            return handler
        return spaces.GPU(duration=duration_s)(handler)

    return decorate
