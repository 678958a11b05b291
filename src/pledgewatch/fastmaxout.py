"""The run's pipeline takes its maxout layers' maxima (thinc's Maxout, in every tok2vec) with numpy at inference.

thinc's `maxout.forward` multiplies, adds the bias, then calls `ops.maxout(Z)` on the (rows, nO, nP) pieces: a C loop
that gives the largest piece of each unit (`best`) and its index (`which`, kept for the backward pass only). At
inference `forward` below makes thinc's same calls up to Z, then takes `best` as `numpy.maximum` over the pieces (one
vectorised pass per piece: ~2 ms against ~8 ms for a 9,000 x 96 x 3 array) and computes no `which`.

The same bits: thinc's loop keeps a piece unless a later one is strictly greater (`argmax` in thinc's
cpu_kernels.hh), so its `best` is one of the pieces, the largest; `numpy.maximum` gives the same value wherever the
largest value is unique or tied between equal numbers. The two can differ only where a row's largest value is a
zero (+0.0 tied with -0.0: either sign may come back) or a NaN (numpy propagates it, thinc's comparisons skip it):
when `best` holds any zero or NaN, thinc's own `ops.maxout` gives the result instead. Checked on every maxout call of
a corpus parse (docs/BENCHMARK.md round 31); tests/pipeline/test_fastmaxout.py compares random arrays with ties,
zeros of both signs and NaNs. Nothing in the model_id or the cache keys changes. In training (`is_train`) thinc's
own forward runs.

Installed by `nlp.load_nlp` for the run's pipeline (`fast`); `load_nlp(fast=False)` (bare spaCy in the bench) keeps
thinc's. PLEDGEWATCH_FAST_MAXOUT=0 keeps thinc's too.
"""

from __future__ import annotations

import os

import numpy


def enabled() -> bool:
    """numpy's maxima for the run's pipeline (default); PLEDGEWATCH_FAST_MAXOUT=0 keeps thinc's."""
    return os.environ.get("PLEDGEWATCH_FAST_MAXOUT", "1") != "0"


def install(nlp) -> int:
    """Every Maxout layer of nlp's components runs `forward` below; returns how many were changed."""
    if not enabled():
        return 0
    from thinc.layers import maxout

    from .layerswap import swap_forward

    return swap_forward(nlp, "maxout", maxout.forward, forward)


def best_of(Z, ops):
    """The largest of the nP pieces of each unit of Z (rows, nO, nP), as thinc's `ops.maxout(Z)[0]` gives it."""
    if Z.ndim != 3 or Z.dtype != numpy.float32 or Z.shape[2] < 2 or not len(Z):
        return ops.maxout(Z)[0]
    P = Z.shape[2]
    best = Z[:, :, P - 1]
    for i in range(P - 2, -1, -1):
        best = numpy.maximum(Z[:, :, i], best)
    if not best.all() or numpy.isnan(best.max()):  # a zero or NaN maximum: thinc's choice (module docstring)
        return ops.maxout(Z)[0]
    return best


def forward(model, X, is_train: bool):
    """thinc's Maxout forward at inference, the maxima taken with numpy (module docstring); thinc's in training."""
    if is_train:
        from thinc.layers import maxout

        return maxout.forward(model, X, is_train)
    nO = model.get_dim("nO")
    nP = model.get_dim("nP")
    nI = model.get_dim("nI")
    b = model.get_param("b")
    W = model.get_param("W")
    W = model.ops.reshape2f(W, nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(b, nO * nP)
    Z = model.ops.reshape3f(Y, Y.shape[0], nO, nP)
    return best_of(Z, model.ops), _no_backprop


def _no_backprop(dY):
    raise NotImplementedError("pledgewatch.fastmaxout.forward is for inference only (is_train=False)")
