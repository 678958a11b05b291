"""pledgewatch.fastnorm: the run's pipeline normalises with a LayerNorm forward that gives thinc's output to the bit."""

from __future__ import annotations

import numpy as np
import pytest

from pledgewatch import fastnorm


def _layer(width: int, seed: int):
    from thinc.api import LayerNorm

    rng = np.random.default_rng(seed)
    m = LayerNorm(width)
    m.initialize(X=rng.standard_normal((4, width)).astype("float32"))
    m.set_param("G", rng.standard_normal(width).astype("float32"))
    m.set_param("b", rng.standard_normal(width).astype("float32"))
    return m, rng


@pytest.mark.parametrize("width,rows,seed", [(96, 500, 0), (96, 1, 1), (64, 37, 2), (300, 2000, 3), (96, 0, 4)])
def test_same_bits_as_thincs_forward(width, rows, seed):
    from thinc.layers import layernorm

    m, rng = _layer(width, seed)
    X = (rng.standard_normal((rows, width)) * rng.uniform(0.01, 50)).astype("float32")
    want, _ = layernorm.forward(m, X.copy(), False)
    got, _ = fastnorm.forward(m, X.copy(), False)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()


def test_training_runs_thincs_own_forward():
    m, rng = _layer(32, 5)
    X = rng.standard_normal((8, 32)).astype("float32")
    Y, backprop = fastnorm.forward(m, X, True)
    assert backprop(np.ones_like(Y)).shape == X.shape  # thinc's backprop
    with pytest.raises(NotImplementedError):
        fastnorm.forward(m, X, False)[1](np.ones_like(Y))
