"""Comparisons for outputs of separately built or loaded models.

Two copies of one model with bit-identical weights can still differ in the last float32 bits: a tensor
read from disk (or copied) may be aligned differently in memory, and the CPU kernels then reduce in
another order. So outputs of *different objects* are compared with a tolerance far below what a wrong
weight causes, and the weights themselves exactly. Exact equality stays for one object recomputing.
"""

from __future__ import annotations

import numpy as np

# Float outputs of order 1: the alignment noise is ~1e-6; a wrong weight moves them by 1e-2 or more.
FLOAT_ATOL = 1e-5
# uint8 video frames: that noise can flip a rounding by one level in a few values, never more.
MAX_LEVELS = 1
MAX_SHARE_OFF_BY_ONE = 0.01


def assert_same_video(actual, expected) -> None:
    """uint8 frames of two model copies: at most one level apart, and only in a small share of the values."""
    actual, expected = np.asarray(actual), np.asarray(expected)
    assert actual.shape == expected.shape, f"shape {actual.shape} != {expected.shape}"
    assert actual.dtype == expected.dtype == np.uint8, (actual.dtype, expected.dtype)
    difference = np.abs(actual.astype(np.int16) - expected.astype(np.int16))
    assert difference.max() <= MAX_LEVELS, f"frames differ by up to {difference.max()} levels"
    share = float((difference > 0).mean())
    assert share <= MAX_SHARE_OFF_BY_ONE, f"{share:.2%} of the values differ by one level"


def assert_same_float(actual, expected, atol: float = FLOAT_ATOL) -> None:
    """Float outputs (numpy arrays or tensors) of two model copies, within ``atol``."""
    actual, expected = _numpy(actual), _numpy(expected)
    assert actual.shape == expected.shape, f"shape {actual.shape} != {expected.shape}"
    np.testing.assert_allclose(actual, expected, rtol=0, atol=atol)


def assert_same_weights(first, second) -> None:
    """Two modules (or state dicts) hold exactly the same parameters and buffers."""
    import torch

    a = first.state_dict() if hasattr(first, "state_dict") else dict(first)
    b = second.state_dict() if hasattr(second, "state_dict") else dict(second)
    assert a.keys() == b.keys(), sorted(set(a) ^ set(b))[:5]
    different = [key for key in a if not torch.equal(a[key], b[key])]
    assert not different, f"{len(different)} tensors differ, e.g. {different[:3]}"


def _numpy(value) -> np.ndarray:
    if hasattr(value, "detach"):
        value = value.detach().float().cpu().numpy()
    return np.asarray(value, dtype=np.float64)
