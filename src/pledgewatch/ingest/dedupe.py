"""Exact and near-duplicate detection, streamed: the first copy is kept, later copies name it in `duplicate_of`.

exact  a hash of the text with case, punctuation and spacing ignored (checked on the text before furniture removal,
       so that records made only of furniture, seen many times, are reported as duplicates too, and after it)
near   MinHash over word 5-shingles (64 permutations, crc32 word hashes combined per shingle, fixed seed) with an LSH index at
       Jaccard 0.5 (14 bands of 4 rows); a candidate is a duplicate at estimated Jaccard >= NEAR_THRESHOLD (0.8), and is reported as an
       overlap (flag only, still processed) between 0.5 and that.
Texts under MIN_WORDS words are only checked for exact copies (short texts share shingles by chance).

The MinHash and the LSH index are datasketch 2.0's ("affine32" scheme: MurmurHash3 finalizer, then a * h + b in
uint32 with seed-7 permutations; MinHashLSH(threshold=0.5, num_perm=64) bands), recomputed here in numpy: the same
sketches and the same candidates (tests/ingest/test_dedupe_sketch.py checks both against datasketch), without
importing datasketch and scipy (0.35 s CPU before the first parse) and without its per-value Python hashing.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

NUM_PERM = 64
SHINGLE = 5
NEAR_THRESHOLD = 0.8
OVERLAP_THRESHOLD = 0.5
MIN_WORDS = 40
MAX_WORDS = 1500  # shingles from the first MAX_WORDS words: bounded cost per article

_TOKEN = re.compile(r"\w+")


def fingerprint(text: str) -> str:
    """Case and spacing ignored (quote characters are already normalised by the cleaner)."""
    return hashlib.blake2b(" ".join(text.lower().split()).encode("utf-8"), digest_size=16).hexdigest()


_U32 = np.uint32
_FMIX = (_U32(16), _U32(0x85EBCA6B), _U32(13), _U32(0xC2B2AE35), _U32(16))  # MurmurHash3 32-bit finalizer
BANDS, ROWS = 14, 4  # datasketch's _optimal_param(0.5, 64, 0.5, 0.5): the LSH bands at Jaccard 0.5


def _permutations(seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of datasketch's affine32 permutations for `seed` (a odd: a bijection on 32-bit values)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=_U32) * _U32(2) + _U32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=_U32)
    return a, b


_A, _B = _permutations()


def sketch(hashes: np.ndarray) -> np.ndarray:
    """The NUM_PERM minimum hash values (uint32) of a set of 32-bit hashes, as datasketch's MinHash.update_batch."""
    s1, m1, s2, m2, s3 = _FMIX
    hv = hashes.astype(_U32).reshape(-1, 1)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv * _A + _B).min(axis=0)


class _Sketch:
    """A MinHash sketch: `hashvalues` (uint32, NUM_PERM)."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues


_MULT = np.array([pow(1_000_003, k, 1 << 32) for k in range(SHINGLE - 1, -1, -1)], dtype=np.uint64)


def shingle_hashes(words: list[str]) -> np.ndarray:
    """32-bit hashes of word 5-shingles: crc32 per word, combined positionally (vectorised)."""
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):
        h = (h + w[k:k + n] * _MULT[k]) & np.uint64(0xFFFFFFFF)
    return np.unique(h)


class Deduper:
    def __init__(self, near_threshold: float = NEAR_THRESHOLD, overlap_threshold: float = OVERLAP_THRESHOLD,
                 near: bool = True):
        self.exact: dict[str, str] = {}
        self.sketches: dict[str, np.ndarray] = {}
        self.near = near
        self.near_threshold = near_threshold
        self.overlap_threshold = overlap_threshold
        if overlap_threshold != OVERLAP_THRESHOLD:  # BANDS x ROWS are datasketch's optimum for 0.5 only
            raise ValueError(f"the LSH bands are fixed for overlap_threshold={OVERLAP_THRESHOLD}")
        self.bands: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]

    def seen_exact(self, fp: str) -> str | None:
        """fp: fingerprint(text)."""
        return self.exact.get(fp)

    def add_exact(self, fp: str, article_id: str) -> None:
        self.exact.setdefault(fp, article_id)

    def minhash(self, text: str) -> _Sketch | None:
        words = _TOKEN.findall(text.lower())[:MAX_WORDS]
        if len(words) < MIN_WORDS:
            return None
        return _Sketch(sketch(shingle_hashes(words)))

    def _bands(self, hv: np.ndarray) -> list[bytes]:
        return [hv[i * ROWS:(i + 1) * ROWS].tobytes() for i in range(BANDS)]

    def check_near(self, text: str) -> tuple[str | None, float, object]:
        """(id of the best earlier match, its estimated Jaccard, the sketch). id None when nothing >= overlap."""
        m = self.minhash(text) if self.near else None
        if m is None:
            return None, 0.0, None
        best, best_j = None, 0.0
        hv = m.hashvalues
        cand = {k for band, h in zip(self.bands, self._bands(hv), strict=True) for k in band.get(h, ())}
        for key in cand:  # (order-free: the highest Jaccard wins, ties go to the smallest id)
            j = float(np.count_nonzero(hv == self.sketches[key])) / NUM_PERM
            if j > best_j or (j == best_j and best is not None and key < best):
                best, best_j = key, j
        if best_j < self.overlap_threshold:
            return None, best_j, m
        return best, best_j, m

    def add_near(self, article_id: str, sketch) -> None:
        if sketch is None or article_id in self.sketches:
            return
        self.sketches[article_id] = sketch.hashvalues.copy()  # 256 bytes per article
        for band, h in zip(self.bands, self._bands(sketch.hashvalues), strict=True):
            band.setdefault(h, []).append(article_id)


__all__ = ["Deduper", "fingerprint", "sketch", "NEAR_THRESHOLD", "np"]
