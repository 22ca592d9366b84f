"""Methods attach to a diffusers model through its ``HookRegistry``: named hooks, removed by name.

A pipeline labels every denoiser call with a cache context (``cache_context("cond", step_index=i)``
and ``"uncond"`` in ``WanPipeline``); diffusers hands that label to the *stateful* hooks only, so a
hook that needs to know which branch or step it is in is registered as one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def registry(module: Any) -> Any:
    """The module's ``HookRegistry`` (created empty when it has none)."""
    from diffusers.hooks import HookRegistry

    return HookRegistry.check_if_exists_or_initialize(module)


def call_hook(*, pre: Callable[..., None] | None = None, post: Callable[..., Any] | None = None,
              labelled: bool = False) -> Any:
    """A ``ModelHook`` calling ``pre(module, args, kwargs)`` before the forward and ``post(module, args,
    kwargs, output)`` after it (a non-None result of ``post`` replaces the output). ``labelled``: ``pre``
    also receives the call's cache context (``label.name``, ``label.step_index``; None for a call made
    outside a pipeline's loop)."""
    from diffusers.hooks import ModelHook
    from diffusers.hooks.hooks import BaseState, StateManager

    class _NoState(BaseState):
        def reset(self, *args: Any, **kwargs: Any) -> None:
            pass

    class CallHook(ModelHook):
        _is_stateful = labelled  # diffusers passes the cache context to stateful hooks only

        def __init__(self) -> None:
            super().__init__()
            self.state = StateManager(_NoState)
            self.call: tuple[tuple, dict] = ((), {})

        def pre_forward(self, module: Any, *args: Any, **kwargs: Any) -> tuple[tuple, dict]:
            if post is not None:
                self.call = (args, kwargs)
            if pre is not None and labelled:
                try:
                    label = self.state.context
                except ValueError:  # no cache context set
                    label = None
                pre(module, args, kwargs, label)
            elif pre is not None:
                pre(module, args, kwargs)
            return args, kwargs

        def post_forward(self, module: Any, output: Any) -> Any:
            if post is None:
                return output
            args, kwargs = self.call
            self.call = ((), {})
            changed = post(module, args, kwargs, output)
            return output if changed is None else changed

        def reset_state(self, module: Any) -> Any:
            self.state.reset()
            return module

    return CallHook()
