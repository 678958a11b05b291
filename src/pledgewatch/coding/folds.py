"""Article-grouped cross-validation folds that stay put: an article's fold is a hash of its id.

scikit-learn's GroupKFold balances its folds by the number of rows each group holds, so one statement more or less
in one article (a rule that finds or drops a statement, a team row matched again) can move many articles to other
folds: the cross-fitted models and every out-of-fold figure then change with it, and a small rule change reads as a
gain or a loss of a couple of points on half B that is only a new split (round 22 saw the residual model's
coding_dev half-B figure move 0.802 -> 0.787 for five changed speakers). Here an article's fold is
sha1("fold:" + article id) mod k: the same article is in the same fold whatever rows the rules produce, so two
trainings differ only where their rows differ. The folds are not balanced by size (about 1/k of the articles each);
the salt keeps them independent of the md5 parity that splits the development sets into halves A and B.
"""

from __future__ import annotations

import hashlib

import numpy as np


def half_of(article) -> str:
    """The development half of an article: "A" where the md5 of its id is even (the half the project develops on),
    "B" otherwise (the half that stands in for a held-out twin)."""
    return "A" if int(hashlib.md5(str(article).encode()).hexdigest(), 16) % 2 == 0 else "B"


def fold_of(article: str, folds: int) -> int:
    """The fold of one article: sha1("fold:" + id) mod `folds`."""
    return int(hashlib.sha1(f"fold:{article}".encode()).hexdigest(), 16) % folds


def article_folds(groups, folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train indices, test indices) for each fold, as GroupKFold.split gives them, with each row's fold that of its
    article (`groups[i]`); a fold that no article hashes to is left out."""
    of = np.array([fold_of(str(g), folds) for g in groups], dtype=int)
    idx = np.arange(len(of))
    return [(idx[of != k], idx[of == k]) for k in range(folds) if (of == k).any()]
