"""pledgewatch.fastgemm: the run's pipeline multiplies with numpy's gemm, the packaged one with blis; both decide the
same (every token attribute of the sample articles: tests/pipeline/test_fastpipes.py compares the two pipelines)."""

from __future__ import annotations

import numpy as np
import pytest

from pledgewatch import fastgemm
from pledgewatch import nlp as nlpmod
from pledgewatch.nlp import load_nlp


def _ops(nlp, pipe):
    from thinc.api import NumpyOps

    return {("NumpyOps" if isinstance(node.ops, NumpyOps) else type(node.ops).__name__, getattr(node.ops, "use_blis", None))
            for node in nlp.get_pipe(pipe).model.walk()}


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(fast=False), load_nlp(fast=True)


def test_the_run_pipeline_multiplies_with_numpy_the_packaged_one_with_blis(pipelines):
    slow, fast = pipelines
    for pipe in ("tok2vec", "parser", "ner"):
        assert _ops(fast, pipe) == {("NumpyOps", False)}, pipe
        assert _ops(slow, pipe) == {("NumpyOps", True)}, pipe
    assert fastgemm.TAG in nlpmod.model_id(fast) and fastgemm.TAG not in nlpmod.model_id(slow)
    assert fastgemm.TAG in nlpmod.additions()  # the run's cache keys (pipeline.context._model_identity)


def test_blas_runs_on_one_thread_once_the_pipeline_is_loaded(pipelines):
    from threadpoolctl import threadpool_info

    assert all(i["num_threads"] == 1 for i in threadpool_info() if i["user_api"] == "blas")


def test_off_switch(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_FAST_GEMM", "0")
    assert fastgemm.tag() == "" and fastgemm.TAG not in nlpmod.additions()
    assert fastgemm.install(object()) == ""  # nothing touched


def test_same_vectors_to_float_precision(pipelines):
    """The layers compute the same values; only the order of each product's sums differs (last bits)."""
    slow, fast = pipelines
    text = "Mr. Austin, the U.S. Defense Secretary, said on Tuesday that Washington would send 31 Abrams tanks."
    a = slow.get_pipe("tok2vec").predict([slow.make_doc(text)])[0]
    b = fast.get_pipe("tok2vec").predict([fast.make_doc(text)])[0]
    assert a.shape == b.shape and np.allclose(a, b, rtol=1e-4, atol=1e-5)


def test_the_run_pipeline_multiplies_through_matmul(pipelines):
    slow, fast = pipelines
    assert {type(node.ops) for node in fast.get_pipe("ner").model.walk()} == {fastgemm._matmul_ops()}
    assert fastgemm._matmul_ops() not in {type(node.ops) for node in slow.get_pipe("ner").model.walk()}


def _pair(rng, m, k, n):
    return rng.standard_normal((m, k), dtype=np.float32), rng.standard_normal((n, k), dtype=np.float32)


@pytest.mark.parametrize("shape", [(900, 288, 864), (700, 96, 64), (30, 64, 1024), (2, 5, 3)])
def test_matmul_gives_numpy_dots_bits(shape):
    """Where the product is one plain sgemm (the layers' products: C-contiguous inputs times a transposed weight
    matrix), matmul and dot make the same BLAS call and give the same bits, with and without `out`."""
    x, w = _pair(np.random.default_rng(7), *shape)
    ops = fastgemm._matmul_ops()(use_blis=False)
    assert fastgemm._sgemm_operands(x, w.T, None)
    ref = np.dot(x, w.T)
    assert ops.gemm(x, w, trans2=True).tobytes() == ref.tobytes()
    out = np.empty_like(ref)
    assert ops.gemm(x, w, out=out, trans2=True) is out and out.tobytes() == ref.tobytes()
    assert ops.gemm(w, x, trans1=False, trans2=True).tobytes() == np.dot(w, x.T).tobytes()


def test_other_products_go_to_numpy_dot():
    rng = np.random.default_rng(3)
    x, w = _pair(rng, 40, 16, 8)
    # one row (gemv), float64, a strided view, one buffer twice (syrk)
    cases = [(x[:1], w.T), (x.astype(np.float64), w.T), (x[:, ::2], w[:, ::2].T), (x, x.T)]
    for a, b in cases:
        assert not fastgemm._sgemm_operands(a, b, None)
        assert fastgemm._matmul_ops()(use_blis=False).gemm(a, b).tobytes() == np.dot(a, b).tobytes()
    assert not fastgemm._sgemm_operands(x, w.T, np.empty((8, 40), dtype=np.float32))  # out of another shape
    with pytest.raises(ValueError):  # thinc's own checks stay
        fastgemm._matmul_ops()(use_blis=False).gemm(x[0], w)
