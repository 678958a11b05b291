"""Distinctive words of two groups of statements: Fightin' Words (Monroe, Colaresi & Quinn 2008) with an informative
Dirichlet prior, reported as z-scores; tokens and stop words; proper nouns to leave out."""

from __future__ import annotations

import functools
import re
from collections import Counter

import numpy as np
import pandas as pd

from .. import config
from .base import Z95


def proper_nouns(texts, *, min_share: float = 0.8, min_count: int = 2) -> set[str]:
    """Words (lower-cased) that the texts capitalise in at least `min_share` of their uses away from the start of
    a sentence: names of people, places, organisations and outlets (sievierodonetsk, azovstal, zelensky). They are
    what a statement is about, not how it is said, so the rhetoric comparisons leave them out. Learnt from the
    texts themselves: no list to keep up."""
    cap, total = Counter(), Counter()
    for t in texts:
        t = str(t).replace("’", "'")
        for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]", t):
            w = m.group(0)
            start = m.start()
            before = t[:start].rstrip()
            if not before or before[-1] in ".!?:;\"“":  # sentence-initial: capitalised anyway
                continue
            low = w.lower()
            total[low] += 1
            if w[0].isupper():
                cap[low] += 1
    return {w for w, n in total.items() if n >= min_count and cap[w] / n >= min_share}


_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        words = set(STOP_WORDS)
    except Exception:  # spaCy absent: a short list
        words = {r["word"] for r in config.word_list("fallback_stop")}
    return frozenset(words | {r["word"] for r in config.word_list("speech_stop")})


def tokens(text: str, stop: set[str] | None = None) -> list[str]:
    stop = _stopwords() if stop is None else stop
    return [w for w in _TOKEN.findall(str(text).lower().replace("’", "'")) if len(w) > 2 and w not in stop]


def fightin_words(texts_a, texts_b, background=None, *, prior_scale: float = 0.1, min_count: int = 3,
                  exclude: set[str] | None = None) -> pd.DataFrame:
    """Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) of each word in corpus a
    vs corpus b. The prior alpha_w = prior_scale * (count of w in the background), background defaulting to
    a + b; delta_w and its variance follow eq. 16-22; z = delta / sqrt(var). Positive z: more typical of a.
    prior_scale = 0.1 gives the background a tenth of its weight: it shrinks rare words without swamping the
    groups' own counts (1.0 counts the background as much evidence as the data: very conservative z-scores;
    the ranking of words barely changes with the scale, the number with |z| > 1.96 does).

    Returns term, count_a, count_b, total, delta, var, z, sorted by z; words with fewer than min_count uses in
    a + b are dropped, and so are the words in `exclude` (names and places: see `proper_nouns`).
    """
    stop = _stopwords() | set(exclude or ())  # exclude: e.g. proper_nouns(texts), names and places
    ca, cb = Counter(), Counter()
    for t in texts_a:
        ca.update(tokens(t, stop))
    for t in texts_b:
        cb.update(tokens(t, stop))
    cols = ["term", "count_a", "count_b", "total", "delta", "var", "z"]
    if not ca or not cb:
        return pd.DataFrame(columns=cols)
    bg = Counter()
    if background is None:
        bg = ca + cb
    else:
        for t in background:
            bg.update(tokens(t, stop))
        bg.update(ca + cb)  # every word of a and b gets prior mass
    vocab = sorted(w for w in set(ca) | set(cb) if ca[w] + cb[w] >= min_count)
    if not vocab:
        return pd.DataFrame(columns=cols)
    ya = np.array([ca[w] for w in vocab], float)
    yb = np.array([cb[w] for w in vocab], float)
    bg_tot = sum(bg.values())
    alpha = prior_scale * np.array([bg[w] for w in vocab], float)
    a0 = prior_scale * bg_tot
    na, nb = sum(ca.values()), sum(cb.values())
    delta = (np.log((ya + alpha) / (na + a0 - ya - alpha)) - np.log((yb + alpha) / (nb + a0 - yb - alpha)))
    var = 1 / (ya + alpha) + 1 / (yb + alpha)
    t = pd.DataFrame({"term": vocab, "count_a": ya.astype(int), "count_b": yb.astype(int),
                      "total": (ya + yb).astype(int), "delta": delta, "var": var, "z": delta / np.sqrt(var)})
    return t.sort_values("z", ascending=False).reset_index(drop=True)


def describe_fightin(fw: pd.DataFrame, label_a: str, label_b: str) -> str:
    """A title stating what Fightin' Words found: the top distinctive word of each side, or that none is."""
    if fw.empty:
        return "Too few words to compare"
    a = fw[fw["z"] > Z95]
    b = fw[fw["z"] < -Z95]
    if a.empty and b.empty:
        return (f"No word separates {label_a} from {label_b} beyond chance (all |z| < 1.96); "
                f"closest: '{fw.iloc[0]['term']}' vs '{fw.iloc[-1]['term']}'")
    parts = []
    if len(a):
        parts.append(f"{label_a}: " + ", ".join(f"'{w}'" for w in a["term"].head(2)))
    if len(b):
        parts.append(f"{label_b}: " + ", ".join(f"'{w}'" for w in b["term"].iloc[::-1].head(2)))
    return "Most distinctive words. " + "; ".join(parts) + f" ({len(a) + len(b)} words with |z| > 1.96)"
