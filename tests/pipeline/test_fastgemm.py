"""pledgewatch.fastgemm: the run's pipeline multiplies with numpy's gemm, the packaged one with blis; both decide the
same (every token attribute of the sample articles: tests/pipeline/test_fastpipes.py compares the two pipelines)."""

from __future__ import annotations

import numpy as np
import pytest

from pledgewatch import fastgemm
from pledgewatch import nlp as nlpmod
from pledgewatch.nlp import load_nlp


def _ops(nlp, pipe):
    return {(type(node.ops).__name__, getattr(node.ops, "use_blis", None)) for node in nlp.get_pipe(pipe).model.walk()}


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
