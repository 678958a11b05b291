"""The run's pipeline normalises its layers (thinc's LayerNorm, in every tok2vec) with fewer passes over the array.

thinc's `layernorm.forward` computes the mean of each row (`X.mean`), then its variance with `X.var`, which sums
the row again for a mean it already has and subtracts it from X; then `(X - mu)` once more for Xhat, and two new
arrays for the scale and shift. At inference, `forward` below makes the same numpy calls on the same values, in the
same order, once each: the mean as `X.mean`, `X - mu` once (used for the variance and for Xhat), the variance as
numpy's `_var` computes it from there (square, sum along the row, divide by the row's length as an intp), `+ 1e-08`,
`** (-1/2)`, then Xhat, `* G` and `+= b` in place. Every element is the result of the same float32 operation on the
same operands, so the output is the same to the bit (checked on every LayerNorm call of a corpus parse,
docs/BENCHMARK.md round 19; tests/pipeline/test_fastnorm.py compares random arrays), and nothing in the model_id
or the cache keys changes. In training (`is_train`) thinc's own forward runs.

Installed by `nlp.load_nlp` for the run's pipeline (`fast`); `load_nlp(fast=False)` (bare spaCy in the bench) keeps
thinc's. PLEDGEWATCH_FAST_NORM=0 keeps thinc's too.
"""

from __future__ import annotations

import os

import numpy


def enabled() -> bool:
    """The fused LayerNorm for the run's pipeline (default); PLEDGEWATCH_FAST_NORM=0 keeps thinc's."""
    return os.environ.get("PLEDGEWATCH_FAST_NORM", "1") != "0"


def install(nlp) -> int:
    """Every LayerNorm layer of nlp's components runs `forward` below; returns how many were changed."""
    if not enabled():
        return 0
    from thinc.layers import layernorm

    from .layerswap import swap_forward

    return swap_forward(nlp, "layernorm", layernorm.forward, forward)


def forward(model, X, is_train: bool):
    """thinc's LayerNorm forward at inference, each array computed once (module docstring); thinc's in training."""
    if is_train:
        from thinc.layers import layernorm

        return layernorm.forward(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    dist = X - mu
    # numpy's _var(X, axis=1, keepdims=True) from its subtract on: square, sum along the row, true_divide by the
    # row's length (an intp, as _count_reduce_items gives it, minus ddof 0)
    var = numpy.square(dist)
    var = numpy.add.reduce(var, 1, None, None, True)
    var = numpy.true_divide(var, numpy.maximum(numpy.intp(X.shape[1]) - 0, 0), out=var, casting="unsafe",
                            subok=False)
    var = var + 1e-08
    dist *= var ** (-1.0 / 2.0)  # Xhat
    dist *= model.get_param("G")
    dist += model.get_param("b")
    return dist, _no_backprop


def _no_backprop(dY):
    raise NotImplementedError("pledgewatch.fastnorm.forward is for inference only (is_train=False)")
