"""The numpy MinHash and LSH bands of ingest.dedupe equal datasketch's (the implementation they replace)."""

import random

import numpy as np
import pytest

from pledgewatch.ingest import dedupe

datasketch = pytest.importorskip("datasketch")

_WORDS = ("aid package tanks Berlin minister said the will send more air defence systems to Kyiv next month "
          "officials warned that ammunition is running low").split()


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def test_permutations_and_sketches_equal_datasketch():
    template = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=7, hashfunc=lambda h: h)
    assert np.array_equal(template.permutations[0], dedupe._A)
    assert np.array_equal(template.permutations[1], dedupe._B)
    rng = random.Random(3)
    for n in (40, 120, 900, 2000):
        words = _text(rng, n).split()[:dedupe.MAX_WORDS]
        hashes = dedupe.shingle_hashes(words)
        m = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=7, hashfunc=lambda h: h,
                               permutations=template.permutations, scheme=template.scheme)
        m.update_batch(hashes.tolist())
        assert np.array_equal(m.hashvalues, dedupe.sketch(hashes))


def test_bands_equal_datasketch_lsh():
    from datasketch.lsh import _optimal_param

    assert _optimal_param(dedupe.OVERLAP_THRESHOLD, dedupe.NUM_PERM, 0.5, 0.5) == (dedupe.BANDS, dedupe.ROWS)


def test_candidates_and_decisions_equal_datasketch():
    """Edited copies of a few base texts: the same best match and Jaccard as MinHashLSH + the sketches."""
    rng = random.Random(5)
    bases = [_text(rng, 300) for _ in range(4)]
    texts = []
    for i in range(40):
        w = bases[i % 4].split()
        for _ in range(rng.choice((0, 3, 10, 30, 80))):
            w[rng.randrange(len(w))] = rng.choice(_WORDS)
        texts.append(" ".join(w))
    ours = dedupe.Deduper()
    lsh = datasketch.MinHashLSH(threshold=dedupe.OVERLAP_THRESHOLD, num_perm=dedupe.NUM_PERM)
    template = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=7, hashfunc=lambda h: h)
    sketches = {}
    found = []
    for i, t in enumerate(texts):
        key = f"a{i:02d}"
        m = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=7, hashfunc=lambda h: h,
                               permutations=template.permutations, scheme=template.scheme)
        m.update_batch(dedupe.shingle_hashes(t.lower().split()).tolist())
        want = sorted((-float(np.count_nonzero(m.hashvalues == sketches[k])) / 64, k) for k in lsh.query(m))
        best, j, sk = ours.check_near(t)
        found.append(best)
        if want and -want[0][0] >= dedupe.OVERLAP_THRESHOLD:
            assert (best, j) == (want[0][1], -want[0][0])
        else:
            assert best is None
        ours.add_near(key, sk)
        lsh.insert(key, m)
        sketches[key] = m.hashvalues.copy()
    assert any(found) and not all(found[1:])  # both decisions occur
