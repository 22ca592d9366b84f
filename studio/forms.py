"""Form values shared by the tabs."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import gradio as gr

DEFAULT_HINT = "0 or blank: the generator's default"


def size_or_default(value: Any) -> int | None:
    """An optional size/steps field: ``None`` (the generator's default) for blank or 0.

    A blank ``gr.Number`` inside a closed accordion renders as 0 once the accordion opens and then sends 0,
    so 0 has to mean "default" too (no size, frame count or step count can be 0)."""
    if value in (None, ""):
        return None
    number = int(value)
    return number if number > 0 else None


FILE_ROUTE = "/gradio_api/file="


def file_url(path: str | Path) -> str:
    """Where a client downloads a served file (relative to the app's URL; the folder must be an allowed path)."""
    return f"{FILE_ROUTE}{Path(path).resolve()}"


def file_data(path: str | Path, name: str | None = None) -> dict[str, Any]:
    """A file in a named API's JSON answer, in gradio's FileData shape: gradio_client downloads it,
    other clients read ``url`` (relative to the app) or ``path`` (on the server)."""
    path = Path(path).resolve()
    return {"path": str(path), "url": file_url(path), "orig_name": name or path.name, "meta": {"_type": "gradio.FileData"}}


def resolved(fn: Callable) -> Callable:
    """``fn`` with its annotations evaluated: ``gr.api`` reads the return annotation as written, and under
    ``from __future__ import annotations`` that is a string, so ``tuple[A, B]`` would become one output."""
    fn.__signature__ = inspect.signature(fn, eval_str=True)
    return fn


def bound(fn: Callable, *first: Any) -> Callable:
    """``fn`` with its first arguments given (like ``functools.partial``), in a form gradio can read: gradio
    finds its ``gr.Request`` / ``gr.SelectData`` parameters by type hint, and a partial hides them."""

    if inspect.isgeneratorfunction(fn):  # gradio streams only from a generator function
        @functools.wraps(fn)
        def handler(*rest, **kwargs):
            yield from fn(*first, *rest, **kwargs)
    else:
        @functools.wraps(fn)
        def handler(*rest, **kwargs):
            return fn(*first, *rest, **kwargs)

    signature = inspect.signature(fn, eval_str=True)
    handler.__signature__ = signature.replace(parameters=list(signature.parameters.values())[len(first):])
    return handler


def by_name(fn: Callable, outputs: Mapping[str, Any]) -> Callable:
    """``fn`` answering ``{name: value}`` for the components ``outputs`` names, wired with
    ``list(outputs.values())`` as the event's outputs: gradio gets ``{component: value}`` and leaves every
    component not named as it is, so no answer is matched to its outputs by position. An empty answer changes
    nothing (gradio reads an empty dict as a wrong number of outputs, so it becomes one ``gr.skip()``). A
    generator function stays one, each of its updates answered by name."""

    def named(answer: Mapping[str, Any]) -> Any:
        return {outputs[name]: value for name, value in answer.items()} or gr.skip()

    if inspect.isgeneratorfunction(fn):  # gradio streams only from a generator function
        @functools.wraps(fn)
        def handler(*args, **kwargs):
            for answer in fn(*args, **kwargs):
                yield named(answer)
    else:
        @functools.wraps(fn)
        def handler(*args, **kwargs):
            return named(fn(*args, **kwargs))

    handler.__signature__ = inspect.signature(fn, eval_str=True)
    return handler
