"""The run's pipeline multiplies its neural layers' matrices with numpy (OpenBLAS) instead of blis.

spaCy's models run on thinc's `NumpyOps`, whose `gemm` calls blis. The blis wheel picks its kernel by CPU at
start-up and falls back to its portable reference kernel on a CPU it does not know (this machine's AMD EPYC:
`BLIS_ARCH_DEBUG=1` prints "selecting sub-configuration 'generic'"): there, a float32 matrix product of the
models' shapes runs at ~35 GFLOP/s against ~90-105 with numpy's OpenBLAS on one thread (measured, 9,000 x 288 x 288
and the other shapes of en_core_web_sm). `install(nlp)` gives every layer of the loaded pipeline
`NumpyOps(use_blis=False)`, whose `gemm` is `numpy.dot`: the same layers, weights and formulas, with the sums of
each product in another order. Products can differ in the last bits of a float32, never in what the pipeline
decides unless two scores tie within that: every annotation (ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB,
ENT_TYPE, SENT_START) of the 567 parsed corpus articles was identical with both (docs/BENCHMARK.md), and the tag is
part of the model_id and so of every cache key (a cache filled with blis is not replayed as numpy's). The parser's
and NER's per-step hidden layers (spaCy's Cython, through thinc's `CBlas`) stay on blis.

The products go through `numpy.matmul` where `numpy.dot` would call the very same `cblas_sgemm` (2-d float32
operands, each C- or F-contiguous, every dimension at least 2, not one buffer twice: the neural layers' products):
numpy's dot first zeroes its output, which sgemm then overwrites (with beta 0), and that memset of every layer's
output was ~4% of the parse's samples (py-spy). Same call, same arguments, same bits (every product of a parse of
corpus articles compared, docs/BENCHMARK.md round 18), so the tag and the cache keys stay. Any other product goes
to numpy.dot as before (`_MatmulOps.gemm`).

OpenBLAS is limited to one thread in a process that loads such a pipeline (blis ran on one): the run's parallelism
is its worker processes, and OpenBLAS threads beside them would compete for the same cores (and spin while
waiting). PLEDGEWATCH_FAST_GEMM=0 keeps blis.
"""

from __future__ import annotations

import functools
import os

import numpy

TAG = "+gemm=numpy"


def enabled() -> bool:
    """numpy's gemm for the run's pipeline (default); PLEDGEWATCH_FAST_GEMM=0 keeps blis."""
    return os.environ.get("PLEDGEWATCH_FAST_GEMM", "1") != "0"


def tag() -> str:
    """The model_id addition of a pipeline given `install()` now: TAG, or '' when disabled."""
    return TAG if enabled() else ""


def install(nlp) -> str:
    """Every thinc layer of nlp's components multiplies with numpy's gemm (when enabled) and BLAS gets one thread.
    Returns the tag of what is used (model_id)."""
    if not enabled():
        return ""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")  # for the rest of the process: see the module docstring
    ops = _matmul_ops()(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return TAG


def _sgemm_operands(x, y, out) -> bool:
    """x @ y is one plain cblas_sgemm in both numpy.dot and numpy.matmul: 2-d float32 operands, each C- or
    F-contiguous, every dimension >= 2 (no gemv/dot special case), not one buffer twice (no syrk) and `out`, if
    given, a C-contiguous float32 array of the product's shape."""
    if not isinstance(x, numpy.ndarray) or not isinstance(y, numpy.ndarray):
        return False
    if x.ndim != 2 or y.ndim != 2 or x.dtype != _F32 or y.dtype != _F32 or min(*x.shape, y.shape[1]) < 2:
        return False
    if x.shape[1] != y.shape[0] or x.ctypes.data == y.ctypes.data:
        return False
    if not (x.flags.c_contiguous or x.flags.f_contiguous) or not (y.flags.c_contiguous or y.flags.f_contiguous):
        return False
    return out is None or (out.dtype == _F32 and out.flags.c_contiguous and out.shape == (x.shape[0], y.shape[1]))


_F32 = numpy.dtype(numpy.float32)


@functools.cache
def _matmul_ops():
    """thinc's NumpyOps whose gemm (`install` makes it with use_blis=False: it never calls blis) calls numpy.matmul where numpy.dot would make the same
    sgemm call (`_sgemm_operands`), and numpy.dot (thinc's own Ops.gemm) for anything else."""
    from thinc.api import NumpyOps

    class _MatmulOps(NumpyOps):
        def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
            a, b = (x.T if trans1 else x), (y.T if trans2 else y)
            if not _sgemm_operands(a, b, out):
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            return numpy.matmul(a, b, out=out)

    return _MatmulOps
