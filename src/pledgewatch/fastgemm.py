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

OpenBLAS is limited to one thread in a process that loads such a pipeline (blis ran on one): the run's parallelism
is its worker processes, and OpenBLAS threads beside them would compete for the same cores (and spin while
waiting). PLEDGEWATCH_FAST_GEMM=0 keeps blis.
"""

from __future__ import annotations

import os

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
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")  # for the rest of the process: see the module docstring
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return TAG
