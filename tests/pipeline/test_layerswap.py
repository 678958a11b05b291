"""The run's pipeline swaps thinc's LayerNorm and Maxout forwards for pledgewatch's (fastnorm, fastmaxout, through
layerswap.swap_forward); bare spaCy (`load_nlp(fast=False)`, the bench's baseline) keeps thinc's; each has its off
switch."""

from __future__ import annotations

import pytest

from pledgewatch import fastmaxout, fastnorm
from pledgewatch.nlp import load_nlp

SWAPS = [(fastnorm, "layernorm", "PLEDGEWATCH_FAST_NORM"), (fastmaxout, "maxout", "PLEDGEWATCH_FAST_MAXOUT")]


def _funcs(nlp, name: str) -> set:
    return {node._func for _, p in nlp.pipeline if hasattr(getattr(p, "model", None), "walk")
            for node in p.model.walk() if node.name == name}


@pytest.fixture(scope="module")
def pipelines():
    return load_nlp(fast=False), load_nlp(fast=True)


@pytest.mark.parametrize("module, name, _env", SWAPS)
def test_the_run_pipeline_uses_it_the_packaged_one_does_not(pipelines, module, name, _env):
    slow, fast = pipelines
    assert _funcs(fast, name) == {module.forward}
    assert module.forward not in _funcs(slow, name) and _funcs(slow, name)


@pytest.mark.parametrize("module, _name, env", SWAPS)
def test_off_switch(monkeypatch, module, _name, env):
    monkeypatch.setenv(env, "0")
    assert module.install(object()) == 0
