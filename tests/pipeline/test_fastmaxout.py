"""pledgewatch.fastmaxout: the run's pipeline takes its maxout maxima with numpy, to thinc's output bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from pledgewatch import fastmaxout


def _layer(nO: int, nP: int, nI: int, seed: int):
    from thinc.api import Maxout

    rng = np.random.default_rng(seed)
    m = Maxout(nO, nI, nP=nP)
    m.initialize(X=rng.standard_normal((4, nI)).astype("float32"))
    m.set_param("W", rng.standard_normal((nO, nP, nI)).astype("float32"))
    m.set_param("b", rng.standard_normal((nO, nP)).astype("float32"))
    return m, rng


@pytest.mark.parametrize("nO,nP,nI,rows,seed", [(96, 3, 288, 500, 0), (96, 3, 96, 1, 1), (64, 2, 40, 37, 2),
                                                 (96, 4, 96, 300, 3), (96, 3, 96, 0, 4)])
def test_same_bits_as_thincs_forward(nO, nP, nI, rows, seed):
    from thinc.layers import maxout

    m, rng = _layer(nO, nP, nI, seed)
    X = rng.standard_normal((rows, nI)).astype("float32")
    want, _ = maxout.forward(m, X.copy(), False)
    got, _ = fastmaxout.forward(m, X.copy(), False)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert got.tobytes() == want.tobytes()


def _thincs_best(Z):
    from thinc.api import NumpyOps

    return NumpyOps().maxout(np.ascontiguousarray(Z))[0]


def test_ties_zeros_of_both_signs_and_nans_give_thincs_bits():
    from thinc.api import NumpyOps

    ops = NumpyOps()
    rng = np.random.default_rng(7)
    Z = (np.round(rng.standard_normal((400, 96, 3)) * 2) / 2).astype("float32")  # many ties, many zeros
    Z[Z == 0] = -0.0
    Z[::3, ::2, 1] = 0.0  # +0.0 tied with -0.0
    assert fastmaxout.best_of(Z, ops).tobytes() == _thincs_best(Z).tobytes()
    Z[5, 7, 1] = np.nan
    assert fastmaxout.best_of(Z, ops).tobytes() == _thincs_best(Z).tobytes()
    W = rng.standard_normal((200, 96, 3)).astype("float32")  # no zero, no NaN: numpy's own maxima
    assert fastmaxout.best_of(W, ops).tobytes() == _thincs_best(W).tobytes()


def test_training_runs_thincs_own_forward():
    m, rng = _layer(16, 3, 8, 5)
    X = rng.standard_normal((8, 8)).astype("float32")
    Y, backprop = fastmaxout.forward(m, X, True)
    assert backprop(np.ones_like(Y)).shape == X.shape  # thinc's backprop
    with pytest.raises(NotImplementedError):
        fastmaxout.forward(m, X, False)[1](np.ones_like(Y))
