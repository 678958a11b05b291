"""One forward function of thinc's layers swapped for another in a loaded pipeline (fastnorm, fastmaxout).

A thinc Model keeps its forward function in `_func`; `swap_forward` walks every component's model and replaces the
function of each layer named `name` whose `_func` is still thinc's `original`, leaving any other layer (and a layer
already swapped) alone. Components without a thinc model (rules, the sentencizer) are skipped.
"""

from __future__ import annotations


def swap_forward(nlp, name: str, original, replacement) -> int:
    """Every layer called `name` of nlp's components running `original` runs `replacement`; returns how many."""
    n = 0
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if node.name == name and node._func is original:
                node._func = replacement
                n += 1
    return n
