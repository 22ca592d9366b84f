"""One accelerator, several models: lazy loading and least-recently-used placement under a budget.

The generator, LLM, VLM judge and captioner of a PhyT2V round rarely fit on a 24 GB card
together, but each step needs only one of them. Every backend registers its model here and
wraps each use in ``with manager.use(key) as model:``; the manager loads it on first use, moves
it to the device, and moves the least recently used idle models to the CPU (or drops them) until
the budget holds. Torch is imported only when a model is actually used.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

log = logging.getLogger(__name__)

EVICT_MODES = ("cpu", "unload")


@dataclass
class _Entry:
    key: str
    loader: Callable[[], Any]
    label: str
    mover: Callable[[Any, str], Any] | None
    sizer: Callable[[Any], int] | None
    obj: Any = None
    where: str = "not loaded"  # "not loaded" | "offloaded" (in CPU memory, off the device) | the device
    size_bytes: int = 0
    last_used: float = 0.0
    in_use: int = 0
    loads: int = 0


@dataclass(frozen=True)
class ModelStatus:
    key: str
    label: str
    where: str
    size_gb: float
    in_use: bool
    loads: int


@dataclass
class ModelManager:
    device: str = "auto"
    budget_bytes: int | None = None  # None: the device's memory less a margin (unbounded on CPU)
    evict_to: str = "cpu"
    _entries: dict[str, _Entry] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def __post_init__(self) -> None:
        if self.evict_to not in EVICT_MODES:
            raise ValueError(f"evict_to must be one of {EVICT_MODES}, got {self.evict_to!r}")

    # ---------------------------------------------------------------- registry
    def register(self, key: str, loader: Callable[[], Any], *, label: str = "",
                 mover: Callable[[Any, str], Any] | None = None, sizer: Callable[[Any], int] | None = None) -> None:
        """Declare a model; ``loader`` runs on first use. Re-registering a key replaces it (unloaded)."""
        with self._lock:
            self._entries[key] = _Entry(key, loader, label or key, mover, sizer)

    def is_registered(self, key: str) -> bool:
        return key in self._entries

    def status(self) -> list[ModelStatus]:
        with self._lock:
            return [ModelStatus(e.key, e.label, e.where, e.size_bytes / 2**30, e.in_use > 0, e.loads)
                    for e in self._entries.values()]

    def resolved_device(self) -> str:
        if self.device != "auto":
            return self.device
        import torch

        # the current device, not bare "cuda": under accelerate each process has its own GPU
        return f"cuda:{torch.cuda.current_device()}" if torch.cuda.is_available() else "cpu"

    # --------------------------------------------------------------------- use
    @contextmanager
    def use(self, key: str) -> Iterator[Any]:
        """The model on the device for the duration of the block; never evicted while in use."""
        with self._lock:
            entry = self._entry(key)
            device = self.resolved_device()
            if entry.obj is None:
                started = time.perf_counter()
                entry.obj = entry.loader()
                entry.loads += 1
                entry.size_bytes = (entry.sizer or model_bytes)(entry.obj)
                entry.where = "offloaded"
                log.info("loaded %s (%.2f GB) in %.1f s", entry.label, entry.size_bytes / 2**30, time.perf_counter() - started)
            if entry.where != device:
                self._make_room(entry, device)
                entry.obj = self._move(entry, device)
                entry.where = device
            entry.in_use += 1
            entry.last_used = time.monotonic()
        try:
            yield entry.obj
        finally:
            with self._lock:
                entry.in_use -= 1
                entry.last_used = time.monotonic()

    def unload(self, key: str) -> None:
        with self._lock:
            entry = self._entry(key)
            if entry.in_use:
                raise RuntimeError(f"{entry.label} is in use and cannot be unloaded now")
            entry.obj, entry.where = None, "not loaded"
            _free_accelerator_cache()

    # --------------------------------------------------------------- internals
    def _entry(self, key: str) -> _Entry:
        if key not in self._entries:
            known = ", ".join(self._entries) or "none"
            raise KeyError(f"no model registered as {key!r} (registered: {known})")
        return self._entries[key]

    def _budget(self, device: str) -> int | None:
        if self.budget_bytes is not None:
            return self.budget_bytes
        if device.startswith("cuda"):
            import torch

            total = torch.cuda.get_device_properties(torch.device(device)).total_memory
            return int(total * 0.9)
        return None

    def _make_room(self, incoming: _Entry, device: str) -> None:
        budget = self._budget(device)
        if budget is None:
            return
        resident = [e for e in self._entries.values() if e is not incoming and e.where == device]
        used = sum(e.size_bytes for e in resident)
        for victim in sorted((e for e in resident if not e.in_use), key=lambda e: e.last_used):
            if used + incoming.size_bytes <= budget:
                break
            self._evict(victim)
            used -= victim.size_bytes
        if used + incoming.size_bytes > budget:
            log.warning("%s (%.2f GB) exceeds the %.2f GB budget even after evicting idle models",
                        incoming.label, incoming.size_bytes / 2**30, budget / 2**30)

    def _evict(self, entry: _Entry) -> None:
        if self.evict_to == "unload":
            entry.obj, entry.where = None, "not loaded"
        else:
            entry.obj = self._move(entry, "cpu")
            entry.where = "offloaded"
        log.info("moved %s off the device (%s)", entry.label, entry.where)
        _free_accelerator_cache()

    @staticmethod
    def _move(entry: _Entry, device: str) -> Any:
        if entry.mover is not None:
            return entry.mover(entry.obj, device)
        if hasattr(entry.obj, "to"):
            moved = entry.obj.to(device)
            return entry.obj if moved is None else moved
        return entry.obj


def model_bytes(obj: Any) -> int:
    """Parameter and buffer bytes of a torch module, or of every module in a diffusers pipeline."""
    modules = []
    if hasattr(obj, "parameters") and hasattr(obj, "buffers"):
        modules.append(obj)
    components = getattr(obj, "components", None)
    if isinstance(components, dict):
        modules.extend(m for m in components.values() if hasattr(m, "parameters") and hasattr(m, "buffers"))
    seen: set[int] = set()
    total = 0
    for module in modules:
        for tensor in list(module.parameters()) + list(module.buffers()):
            if id(tensor) not in seen:
                seen.add(id(tensor))
                total += tensor.numel() * tensor.element_size()
    return total


def _free_accelerator_cache() -> None:
    import sys

    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()
